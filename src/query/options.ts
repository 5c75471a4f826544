import { queryOptions } from '@tanstack/react-query';
import type { BadgesClient } from '../client/types';
import { isBadgesRequestError, isRetryableError } from '../model/errors';
import { badgesQueryKeys } from './keys';

const MAX_RETRIES = 3;
/** Longest wait honoured from a `Retry-After` header before retrying (60 s). */
const MAX_RETRY_AFTER_MS = 60_000;

/** Retry only what is worth retrying: network, timeout, 5xx and 429; never 4xx such as 401/403/404. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isRetryableError(error);
}

/** Exponential back-off (1 s, 2 s, 4 s…), or the server's `Retry-After` for a 429. */
export function retryDelay(failureCount: number, error: unknown): number {
  if (isBadgesRequestError(error) && error.kind === 'rate-limited' && error.retryAfter !== undefined) {
    return Math.min(error.retryAfter * 1000, MAX_RETRY_AFTER_MS);
  }
  return Math.min(1000 * 2 ** failureCount, 30_000);
}

const shared = { retry: shouldRetry, retryDelay, staleTime: 5 * 60_000 } as const;

/** `queryOptions` for a learner's earned badges: use with `useQuery`, `prefetchQuery`, `ensureQueryData`. */
export function badgesQueryOptions(client: BadgesClient, username: string) {
  return queryOptions({
    queryKey: badgesQueryKeys.badges(username),
    queryFn: ({ signal }) => client.listBadges(username, { signal }),
    ...shared,
  });
}

/** `queryOptions` for a learner's progress toward badges. */
export function badgeProgressQueryOptions(client: BadgesClient, username: string) {
  return queryOptions({
    queryKey: badgesQueryKeys.progress(username),
    queryFn: ({ signal }) => client.listProgress(username, { signal }),
    ...shared,
  });
}
