import { queryOptions, replaceEqualDeep } from '@tanstack/react-query';
import { badgeKeys, mergeBy } from '../client/createBadgesClient';
import type { BadgesClient } from '../client/types';
import type { BadgeProgressData } from '../model';
import { isBadgesRequestError, isRetryableError } from '../model/errors';
import type { BadgesRequestError } from '../model/errors';
import { badgesQueryKeys } from './keys';

const MAX_RETRIES = 3;
/**
 * A request that timed out already kept the learner waiting for the client's whole `timeoutMs`:
 * it is retried once, not three times, so a hanging server reaches the error state (with its
 * retry button) in about two timeouts instead of four.
 */
const MAX_TIMEOUT_RETRIES = 1;
/** Longest wait honoured from a `Retry-After` header before retrying (60 s). */
const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Retry only what is worth retrying: network, timeout (once), 5xx and 429; never 4xx such as
 * 401/403/404, nor a 429 whose `Retry-After` is longer than we are willing to wait (retrying
 * sooner would only be throttled again).
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!isRetryableError(error)) return false;
  const { kind, retryAfter } = error as BadgesRequestError;
  if (retryAfter !== undefined && retryAfter * 1000 > MAX_RETRY_AFTER_MS) return false;
  return failureCount < (kind === 'timeout' ? MAX_TIMEOUT_RETRIES : MAX_RETRIES);
}

/** Exponential back-off (1 s, 2 s, 4 s…), or the server's `Retry-After` for a 429. */
export function retryDelay(failureCount: number, error: unknown): number {
  if (isBadgesRequestError(error) && error.kind === 'rate-limited' && error.retryAfter !== undefined) {
    return Math.min(error.retryAfter * 1000, MAX_RETRY_AFTER_MS);
  }
  return Math.min(1000 * 2 ** failureCount, 30_000);
}

const shared = { retry: shouldRetry, retryDelay, staleTime: 5 * 60_000 } as const;

/** Progress is one item per badge template. */
const templateKeys = ({ template }: BadgeProgressData) => [`${template.provider}\n${template.id}`];

/**
 * Structural sharing that never loses what is on screen: when a refetch stops part-way (a later
 * page failed, `error` set), items of the previous data that the partial answer lacks are kept,
 * by the same identity rule as the client's merge (`keysOf`: for badges `provider` + `id` or `publicUrl`).
 */
const keepShown = <T,>(field: 'badges' | 'progress', keysOf: (item: T) => unknown[]) => (old: unknown, fresh: unknown): unknown => {
  const prev = (old as Record<string, T[]> | undefined)?.[field];
  const next = fresh as { error?: unknown } & Record<string, T[]>;
  if (prev && next.error) fresh = { ...next, [field]: mergeBy([next[field]!, prev], keysOf) };
  return replaceEqualDeep(old, fresh);
};

/** `queryOptions` for a learner's earned badges: use with `useQuery`, `prefetchQuery`, `ensureQueryData`. */
export function badgesQueryOptions(client: BadgesClient, username: string) {
  return queryOptions({
    queryKey: badgesQueryKeys.badges(username),
    queryFn: ({ signal }) => client.listBadges(username, { signal }),
    structuralSharing: keepShown('badges', badgeKeys),
    ...shared,
  });
}

/** `queryOptions` for a learner's progress toward badges. */
export function badgeProgressQueryOptions(client: BadgesClient, username: string) {
  return queryOptions({
    queryKey: badgesQueryKeys.progress(username),
    queryFn: ({ signal }) => client.listProgress(username, { signal }),
    structuralSharing: keepShown('progress', templateKeys),
    ...shared,
  });
}
