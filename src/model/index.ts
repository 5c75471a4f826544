export * from './types';
export { normalizeDate, isDateOnly, dateToTime, isPastExpiry, calendarParts } from './dates';
export { safeHttpUrl, safeImageUrl, sameOrigin } from './url';
export { resolveStatus, daysUntilExpiry } from './status';
export { BadgeFormatError, BadgesRequestError, isBadgesRequestError, isRetryableError } from './errors';
export type { BadgesErrorKind } from './errors';
export type { StatusFacts } from './status';
