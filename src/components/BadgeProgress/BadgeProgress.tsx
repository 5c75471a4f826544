import type { MouseEvent, ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Badge, BadgeProgressData, BadgeRequirement } from '../../model/types';
import { useBadgeProgress, useBadges } from '../../query/hooks';
import { IntlFallback } from '../common/IntlFallback';
import { ShareBadgeButton } from '../ShareBadgeButton';
import { messages as m } from './messages';
import { ProgressItem, type ProgressItemOptions } from './ProgressItem';
import { arrangeProgress, errorMessage, findEarnedBadge, type BadgeProgressSort } from './utils';
import './BadgeProgress.css';

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

const defaultShare = (badge: Badge) => <ShareBadgeButton badge={badge} />;

type ViewProps = BadgeProgressProps & { list?: readonly BadgeProgressData[]; partial?: boolean };

function View(props: ViewProps) {
  const intl = useIntl();
  const { progress, list, error, isLoading, variant = 'full', onRetry } = props;
  const single = progress && !Array.isArray(progress) ? (progress as BadgeProgressData) : undefined;
  const items = arrangeProgress(single ? [single] : (list ?? (progress as readonly BadgeProgressData[] | undefined) ?? []), props.sort ?? 'closest', props.courseKey);
  const state = isLoading ? 'loading' : error ? 'error' : items.length ? 'ready' : 'empty';
  const options: ProgressItemOptions = {
    variant,
    headingLevel: props.headingLevel ?? 3,
    renderShare: props.renderShare ?? defaultShare,
    onRequirementClick: props.onRequirementClick,
  };
  let body: ReactNode;
  switch (state) {
    case 'loading':
      body = (
        <>
          <span role="status" className="fcb-visually-hidden">
            {intl.formatMessage(m.loading)}
          </span>
          <span className="fcb-progress__skeleton" aria-hidden="true" />
          <span className="fcb-progress__skeleton" aria-hidden="true" />
        </>
      );
      break;
    case 'error': {
      const unauthorized = errorMessage(error) === m.errorUnauthorized;
      body = (
        <div role="alert" className="fcb-progress__state">
          <p>{intl.formatMessage(errorMessage(error))}</p>
          {unauthorized && props.signInUrl && <a href={props.signInUrl}>{intl.formatMessage(m.signIn)}</a>}
          {onRetry && (
            <button type="button" className="fcb-progress__button" onClick={onRetry}>
              {intl.formatMessage(m.retry)}
            </button>
          )}
        </div>
      );
      break;
    }
    case 'empty':
      body = (
        <div className="fcb-progress__state">
          <p className="fcb-progress__cheer">{intl.formatMessage(m.emptyTitle)}</p>
          <p>{intl.formatMessage(m.emptyBody)}</p>
          {props.findCourseUrl && (
            <a className="fcb-progress__button" href={props.findCourseUrl}>
              {intl.formatMessage(m.emptyCta)}
            </a>
          )}
        </div>
      );
      break;
    case 'ready':
      body = single ? (
        <ProgressItem data={items[0]!} options={{ ...options, earnedBadge: findEarnedBadge(items[0]!, props.earnedBadges) }} collapsible={false} />
      ) : (
        <>
          {props.partial && <p className="fcb-progress__notice">{intl.formatMessage(m.partial)}</p>}
          <ul className="fcb-progress__list" aria-label={intl.formatMessage(m.listLabel)}>
            {items.map((data) => (
              <li key={`${data.template.provider}:${data.template.id}`}>
                <ProgressItem data={data} options={{ ...options, earnedBadge: findEarnedBadge(data, props.earnedBadges) }} collapsible />
              </li>
            ))}
          </ul>
        </>
      );
      break;
    default:
      body = state satisfies never;
  }
  return (
    <div className={`fcb-root fcb-progress${props.className ? ` ${props.className}` : ''}`} data-state={state} data-variant={variant} aria-busy={state === 'loading' || undefined}>
      {body}
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
