/** The typed badges client: transport (fetch or axios-like), pagination, sources, typed errors. */
export { createBadgesClient, mergeBadges } from './createBadgesClient';
export type { BadgeSource, BadgesClientOptions } from './createBadgesClient';
export { createOpenEdxBadgesClient } from './openedx';
export type { OpenEdxPlatform } from './openedx';
export { parseRetryAfter } from './transport';
export type { AxiosLike, BadgeCollection, BadgesClient, FetchLike, ProgressCollection, RequestOptions } from './types';
