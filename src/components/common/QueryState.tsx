import './common.css';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { isBadgesRequestError } from '../../model/errors';
import { queryStateMessages as m } from './messages';

/** Props of {@link QueryState}. Precedence: `error`, then `loading`, else the empty state. */
export interface QueryStateProps {
  /** The failed load (ideally a `BadgesRequestError`): an alert worded by its `kind`. */
  error?: unknown;
  /** Loading: a visually hidden "Loading badges…" status, then `children` (a skeleton). */
  loading?: boolean;
  /** Retry button on the error state. */
  onRetry?: () => void;
  /** "Sign in again" link on a 401 (`unauthorized`). */
  signInUrl?: string;
  /** Empty state title, e.g. "No badges yet". */
  emptyTitle?: ReactNode;
  /** Empty state text. @default "Badges you earn in courses will appear here." */
  emptyText?: ReactNode;
  /** "Find a course" link on the empty state. */
  findCourseUrl?: string;
  /** Shown after the loading status (aria-hidden skeleton). */
  children?: ReactNode;
}

/**
 * The loading, empty and error state shared by the wall and progress components, with its
 * wording (one message per error kind: network/timeout, unauthorized, forbidden, not found,
 * rate limited, anything else). Class `fcb-state` (a bordered box).
 *
 * ```tsx
 * <QueryState error={error} onRetry={refetch} signInUrl={loginUrl} />
 * <QueryState emptyTitle="No badges yet" findCourseUrl={catalogUrl} />
 * ```
 */
export function QueryState({ error, loading, onRetry, signInUrl, emptyTitle, emptyText, findCourseUrl, children }: QueryStateProps) {
  const t = useIntl().formatMessage;
  if (loading && !error) {
    return (
      <>
        <p role="status" className="fcb-visually-hidden">
          {t(m.loading)}
        </p>
        {children}
      </>
    );
  }
  const kind = isBadgesRequestError(error) ? error.kind : '';
  const href = error ? kind === 'unauthorized' && signInUrl : findCourseUrl;
  return (
    <div className="fcb-state" role={error ? 'alert' : undefined}>
      {error ? (
        <p>{t(m.error, { kind: kind === 'timeout' ? 'network' : kind.replace('-', '_') })}</p>
      ) : (
        <>
          <b>{emptyTitle}</b>
          <p>{emptyText ?? t(m.empty)}</p>
        </>
      )}
      {href && (
        <a className="fcb-btn fcb-btn--primary" href={href}>
          {t(error ? m.signIn : m.findCourse)}
        </a>
      )}
      {!!error && onRetry && (
        <button type="button" className="fcb-btn" onClick={onRetry}>
          {t(m.retry)}
        </button>
      )}
    </div>
  );
}
