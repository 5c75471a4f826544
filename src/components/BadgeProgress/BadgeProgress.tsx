import type { MouseEvent, ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Badge, BadgeProgressData, BadgeRequirement } from '../../model/types';
import { useBadgeProgress, useBadges } from '../../query/hooks';
import { IntlFallback } from '../common/IntlFallback';
import { QueryState } from '../common/QueryState';
import { messages as m } from './messages';
import { ProgressItem, progressCounts } from './ProgressItem';
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

type ViewProps = BadgeProgressProps & { list?: readonly BadgeProgressData[]; partial?: boolean };

function View(props: ViewProps) {
  const t = useIntl().formatMessage;
  const { progress, error, onRetry } = props;
  const single = progress && 'template' in progress ? progress : undefined;
  const sort = props.sort ?? 'closest';
  const closeness = (d: BadgeProgressData) => (d.completed ? -1 : progressCounts(d).ratio);
  // filter() copies, so sorting never mutates the host's array.
  const items = (single ? [single] : (props.list ?? (progress as readonly BadgeProgressData[] | undefined) ?? [])).filter(
    (d) => !props.courseKey || d.template.course?.key === props.courseKey,
  );
  if (sort !== 'none') items.sort((a, b) => (sort === 'name' ? 0 : closeness(b) - closeness(a)) || a.template.name.localeCompare(b.template.name));
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
          {props.partial && <p className="fcb-progress__warn">{t(m.partial)}</p>}
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
      partial={Boolean(data?.error)}
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
