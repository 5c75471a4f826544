/**
 * frontend-component-badges: the package root. Every export is deliberate; see
 * docs/decisions/0001-public-api.md. Mocks live in `frontend-component-badges/mocks`.
 */
import './styles/tokens.css';

// Model: types, rules and errors
export type {
  Badge,
  BadgeAlignment,
  BadgeCourse,
  BadgeCriteria,
  BadgeEvidence,
  BadgeFormat,
  BadgeIssuer,
  BadgePageInfo,
  BadgeProblem,
  BadgeProgressData,
  BadgeProgressReset,
  BadgeProvider,
  BadgeRequirement,
  BadgeRequirementGroup,
  BadgeShareSwitches,
  BadgeStatus,
  BadgeTemplateSummary,
  ParseResult,
  PendingReason,
  ShareSwitch,
  BadgesErrorKind,
} from './model';
export { BadgeFormatError, BadgesRequestError, isBadgesRequestError } from './model';

// Parsers

// Client
export { createBadgesClient, createOpenEdxBadgesClient } from './client';
export type { AxiosLike, BadgeCollection, BadgeSource, BadgesClient, BadgesClientOptions, FetchLike, OpenEdxPlatform, ProgressCollection, RequestOptions } from './client';

// Query layer
export { BadgesProvider, useBadgesClient, useBadges, useBadgeProgress, badgesQueryKeys, badgesQueryOptions, badgeProgressQueryOptions } from './query';
export type { BadgesProviderProps, UseBadgesOptions } from './query';

// Share builders

// Components

// i18n
export { messages } from './i18n';
export type { BadgesLocale } from './i18n';
