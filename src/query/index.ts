export { BadgesProvider, useBadgesClient, useOptionalBadgesClient } from './BadgesProvider';
export type { BadgesProviderProps } from './BadgesProvider';
export { useBadges, useBadgeProgress } from './hooks';
export type { UseBadgesOptions } from './hooks';
export { badgesQueryKeys } from './keys';
export { badgesQueryOptions, badgeProgressQueryOptions, shouldRetry, retryDelay } from './options';
