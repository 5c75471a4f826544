import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { BadgeCollection, ProgressCollection } from '../client/types';
import type { BadgesRequestError } from '../model/errors';
import { useBadgesClient } from './BadgesProvider';
import { badgeProgressQueryOptions, badgesQueryOptions } from './options';

/** Options of {@link useBadges} and {@link useBadgeProgress}. */
export interface UseBadgesOptions {
  /** Set to `false` to hold the request (e.g. until the username is known). */
  enabled?: boolean;
}

/**
 * A learner's earned badges through the provider's client. Components on one page that ask for
 * the same learner share one request (same query key).
 */
export function useBadges(username: string | undefined, options: UseBadgesOptions = {}): UseQueryResult<BadgeCollection, BadgesRequestError> {
  const client = useBadgesClient();
  return useQuery({
    ...badgesQueryOptions(client, username ?? ''),
    enabled: options.enabled !== false && Boolean(username),
  }) as UseQueryResult<BadgeCollection, BadgesRequestError>;
}

/** A learner's progress toward badges through the provider's client. */
export function useBadgeProgress(username: string | undefined, options: UseBadgesOptions = {}): UseQueryResult<ProgressCollection, BadgesRequestError> {
  const client = useBadgesClient();
  return useQuery({
    ...badgeProgressQueryOptions(client, username ?? ''),
    enabled: options.enabled !== false && Boolean(username),
  }) as UseQueryResult<ProgressCollection, BadgesRequestError>;
}
