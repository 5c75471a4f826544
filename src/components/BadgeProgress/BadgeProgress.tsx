import { useId, useState, type MouseEvent, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Badge, BadgeProgressData, BadgeRequirement } from '../../model/types';
import { safeHttpUrl } from '../../model/url';
import { useBadgeProgress, useBadges } from '../../query/hooks';
import { BadgeImage } from '../common/BadgeImage';
import { dateFormatter } from '../common/badgeState';
import { IntlFallback } from '../common/IntlFallback';
import { queryStateMessages } from '../common/messages';
import { QueryState } from '../common/QueryState';
import { ShareBadgeButton } from '../ShareBadgeButton';
import { messages as m } from './messages';
import './BadgeProgress.css';

/** How a list of progress records is ordered. `closest`: nearest to completion first, earned last. */
export type BadgeProgressSort = 'closest' | 'name' | 'none';

/** A progress record's state, rendered as `data-state`: earned > regressed > in-progress > not-started. */
export type BadgeProgressItemState = 'earned' | 'regressed' | 'in-progress' | 'not-started';

/** Props of {@link BadgeProgress}. Pass `username` (data through the hooks) or `progress` (data from the host). */
export interface BadgeProgressProps {
  /** Learner whose progress to load through `<BadgesProvider>`; ignored when `progress` is given. */
  username?: string;
  /** Progress passed in by the host: one record (shown as a card with its checklist) or a list. */
  progress?: BadgeProgressData | readonly BadgeProgressData[];
  /** Show only badges of this course (e.g. on a course card). */
  courseKey?: string;
  /** `full`: cards with checklists. `compact`: one line per badge (small image, name, meter, percent). @default 'full' */
  variant?: 'full' | 'compact';
  /** Order of a list: nearest to completion first (earned last), by name, or as given. @default 'closest' */
  sort?: BadgeProgressSort;
  /** Earned badges, to offer sharing on completed records. Loaded through the hooks when omitted in `username` mode. */
  earnedBadges?: readonly Badge[];
  /** Renders the share control of an earned badge. @default `<ShareBadgeButton badge={badge} />` */
  renderShare?: (badge: Badge) => ReactNode;
  /**
   * Called when the learner follows a requirement's link: for analytics, or to route inside the
   * host (call `event.preventDefault()` and navigate with the host's router).
   */
  onRequirementClick?: (requirement: BadgeRequirement, progress: BadgeProgressData, event: MouseEvent<HTMLAnchorElement>) => void;
  /** Course catalog URL for the empty state's call to action. */
  findCourseUrl?: string;
  /** Sign-in URL offered when the session has ended (401). */
  signInUrl?: string;
  /** Host-driven loading state (props mode). */
  isLoading?: boolean;
  /** Host-driven error (props mode), ideally a `BadgesRequestError`. */
  error?: unknown;
  /** Retries a failed load; in `username` mode the query is refetched as well. */
  onRetry?: () => void;
  /** Heading level of each badge name (full variant). @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Extra class on the root. */
  className?: string;
}

/** Fulfilled and total groups, and the share (0..1) the meter shows. Groups win over `ratio` (0..1 in the model) when present. */
function progressCounts({ groups, completed, ratio }: BadgeProgressData) {
  const total = groups.length;
  const done = completed ? total : groups.filter((g) => g.fulfilled).length;
  return { done, total, ratio: completed ? 1 : total ? done / total : ratio };
}

const ICONS = {
  done: 'M3 8.5l3 3 7-7',
  todo: 'M2 8a6 6 0 1 0 12 0A6 6 0 1 0 2 8',
  skip: 'M4 8h8',
  warn: 'M8 2l7 12H1zm0 5v3m0 2v1',
};

const icon = (d: keyof typeof ICONS) => (
  <svg className="fcb-progress__icon" viewBox="0 0 16 16" aria-hidden="true">
    <path d={ICONS[d]} />
  </svg>
);

/**
 * One badge's progress: a card with its checklist (full), a disclosure row (full, in a list) or
 * a single line with a small meter (compact).
 */
function ProgressItem({ data, props, collapsible }: { data: BadgeProgressData; props: BadgeProgressProps; collapsible?: boolean }) {
  const intl = useIntl();
  const t = intl.formatMessage;
  const [open, setOpen] = useState(false);
  const id = useId();
  const { template, completed, groups } = data;
  const { name } = template;
  const compact = props.variant === 'compact';
  const met = new Set(groups.flatMap((g) => g.requirements.filter((r) => r.fulfilled).map((r) => r.id)));
  // A reset still matters while one of its requirements is not met again.
  const resets = completed ? [] : data.resets.filter((r) => r.requirementIds.some((req) => !met.has(req)));
  const { done, total, ratio } = progressCounts(data);
  const percent = intl.formatNumber(ratio, { style: 'percent' });
  const text = t(m.done, { done, total, percent });
  const next = completed ? -1 : groups.findIndex((g) => !g.fulfilled);
  const earned =
    completed &&
    props.earnedBadges?.find((b) => b.provider === template.provider && (data.earnedBadgeId ? b.id === data.earnedBadgeId : b.templateId === template.id));
  const Heading = compact ? 'span' : (`h${props.headingLevel ?? 3}` as const);
  const show = !collapsible || open;
  return (
    <article className="fcb-progress__item" data-state={completed ? 'earned' : resets.length ? 'regressed' : ratio ? 'in-progress' : 'not-started'}>
      <div className="fcb-progress__head">
        <BadgeImage src={template.imageUrl} size={compact ? 32 : 64} alt={t(m.image, { name, earned: completed })} />
        <div className="fcb-progress__body">
          <Heading className="fcb-progress__name" dir="auto">
            {name}
          </Heading>
          {!compact && template.description && (
            <p className="fcb-note" dir="auto">
              {template.description}
            </p>
          )}
          <div className="fcb-progress__meter">
            <div
              role="progressbar"
              aria-label={t(m.meter, { name })}
              aria-valuemin={0}
              aria-valuemax={total || 100}
              aria-valuenow={total ? done : Math.round(ratio * 100)}
              aria-valuetext={text}
            >
              <span style={{ inlineSize: `${ratio * 100}%` }} />
            </div>
            {/* The progressbar already announces this text. */}
            <span className="fcb-note" aria-hidden="true">
              {compact ? percent : text}
            </span>
          </div>
        </div>
      </div>
      {!compact && (
        <>
          {resets.map((reset, i) => (
            <p key={i} className="fcb-progress__warn">
              {icon('warn')}
              <span>
                {t(m.regressed, {
                  hasDate: !!reset.occurredAt,
                  // Formatted here: a default message would format in the default locale. A date-only value in UTC, so it keeps its day.
                  date: dateFormatter(intl, 'long')(reset.occurredAt),
                  hasReason: !!reset.reason,
                  reason: <bdi>{reset.reason?.replace(/[\s.!]+$/, '')}</bdi>,
                  count: reset.requirementIds.length,
                })}
              </span>
            </p>
          ))}
          {completed && (
            <div className="fcb-progress__cheer">
              <b>{t(m.earned)}</b>
              <span>{t(m.cheer, { issued: !!earned })}</span>
              {earned && (props.renderShare ?? ((badge) => <ShareBadgeButton badge={badge} />))(earned)}
            </div>
          )}
          {collapsible && groups.length > 0 && (
            <button type="button" className="fcb-btn" aria-expanded={open} aria-controls={id} aria-label={t(m.toggle, { name })} onClick={() => setOpen(!open)}>
              {t(m.reqs)}
            </button>
          )}
          {show && groups.length > 0 && (
            <>
              <b id={`${id}l`}>{t(groups.length > 1 ? m.allOf : m.reqs)}</b>
              <ol id={id} className="fcb-progress__list" aria-labelledby={`${id}l`}>
                {groups.map((group, gi) => {
                  const anyOf = group.requirements.length > 1 ? `${id}g${gi}` : undefined;
                  return (
                    <li key={group.id} className="fcb-progress__group" data-next={gi === next || undefined}>
                      {gi === next && <strong className="fcb-chip">{t(m.next)}</strong>}
                      {anyOf && <b id={anyOf}>{t(m.anyOf)}</b>}
                      <ul aria-labelledby={anyOf}>
                        {group.requirements.map((req) => {
                          const mark = req.fulfilled ? 'done' : group.fulfilled ? 'skip' : 'todo';
                          return (
                            <li key={req.id} className="fcb-progress__req" data-state={mark}>
                              {icon(mark)}
                              <span className="fcb-visually-hidden">{t(m.mark, { mark })} </span>
                              {safeHttpUrl(req.url) ? (
                                <a href={safeHttpUrl(req.url)} dir="auto" onClick={(event) => props.onRequirementClick?.(req, data, event)}>
                                  {req.description}
                                </a>
                              ) : (
                                <bdi>{req.description}</bdi>
                              )}
                              {!req.fulfilled && resets.some((r) => r.requirementIds.includes(req.id)) && (
                                <span className="fcb-progress__warn">
                                  {icon('warn')}
                                  {t(m.reset)}
                                </span>
                              )}
                            </li>
                          );
                        })}
                      </ul>
                    </li>
                  );
                })}
              </ol>
            </>
          )}
        </>
      )}
    </article>
  );
}

type ViewProps = BadgeProgressProps & { list?: readonly BadgeProgressData[]; partial?: boolean };

function View(props: ViewProps) {
  const intl = useIntl();
  const t = intl.formatMessage;
  const { progress, error, onRetry } = props;
  const single = progress && 'template' in progress ? progress : undefined;
  const sort = props.sort ?? 'closest';
  const closeness = (d: BadgeProgressData) => (d.completed ? -1 : progressCounts(d).ratio);
  // filter() copies, so sorting never mutates the host's array.
  const items = (single ? [single] : (props.list ?? (progress as readonly BadgeProgressData[] | undefined) ?? [])).filter(
    (d) => !props.courseKey || d.template.course?.key === props.courseKey,
  );
  // Names in the viewer's language order, as on the wall.
  const { compare } = new Intl.Collator(intl.locale, { sensitivity: 'base', numeric: true });
  if (sort !== 'none') items.sort((a, b) => (sort === 'name' ? 0 : closeness(b) - closeness(a)) || compare(a.template.name, b.template.name));
  const state = error ? 'error' : props.isLoading ? 'loading' : items.length ? 'ready' : 'empty';
  return (
    <div
      className={`fcb-root fcb-progress ${props.className ?? ''}`}
      data-state={state}
      data-variant={props.variant ?? 'full'}
      aria-busy={state === 'loading' || undefined}
    >
      {state !== 'ready' ? (
        <QueryState error={error} loading={props.isLoading} onRetry={onRetry} signInUrl={props.signInUrl} emptyTitle={t(m.empty)} findCourseUrl={props.findCourseUrl}>
          <span className="fcb-img fcb-img--empty" aria-hidden="true" />
        </QueryState>
      ) : single ? (
        <ProgressItem data={single} props={props} />
      ) : (
        <>
          {props.partial && (
            <p className="fcb-progress__warn" role="status">
              <span>{t(m.partial)}</span>{' '}
              {onRetry && (
                <button type="button" className="fcb-btn" onClick={onRetry}>
                  {t(queryStateMessages.retry)}
                </button>
              )}
            </p>
          )}
          <ul className="fcb-progress__list" aria-label={t(m.list)}>
            {items.map((data) => (
              <li key={data.template.provider + data.template.id}>
                <ProgressItem data={data} props={props} collapsible />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function Connected(props: BadgeProgressProps & { username: string }) {
  const query = useBadgeProgress(props.username);
  const needEarned = !props.earnedBadges && Boolean(query.data?.progress.some((d) => d.completed));
  const earned = useBadges(props.username, { enabled: needEarned });
  const data = query.data;
  return (
    <View
      {...props}
      list={data?.progress}
      // A later page failed, or a refetch failed while earlier data is still on screen.
      partial={Boolean(data?.error) || query.isRefetchError}
      earnedBadges={props.earnedBadges ?? earned.data?.badges}
      isLoading={props.isLoading || query.isPending}
      error={props.error ?? (data ? undefined : query.error)}
      onRetry={() => {
        props.onRetry?.();
        void query.refetch();
      }}
    />
  );
}

/**
 * A learner's progress toward badges: a meter, the requirement checklist ("all of these" /
 * "any one of these"), the next step, why progress went down after a penalty, and sharing once
 * earned. One record renders as a card; a list is ordered by closeness to completion, filterable
 * by course, in a full or a compact (course card) variant. Handles loading, empty and error states.
 *
 * ```tsx
 * <BadgeProgress username={username} courseKey={courseId} variant="compact" />
 * <BadgeProgress progress={record} earnedBadges={badges} />
 * ```
 */
export function BadgeProgress(props: BadgeProgressProps) {
  return (
    <IntlFallback>{props.progress === undefined && props.username ? <Connected {...props} username={props.username} /> : <View {...props} />}</IntlFallback>
  );
}
