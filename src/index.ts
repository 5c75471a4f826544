/**
 * frontend-component-badges: the package root. Every export is deliberate; see
 * docs/decisions/0001-public-api.md. Mocks live in `frontend-component-badges/mocks`, translations
 * in `frontend-component-badges/i18n` (so neither weighs on a host's bundle unless imported).
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
export { parseBadges, parseProgress, detectFormat } from './parsers';
export type { ParseOptions } from './parsers';

// Client
export { createBadgesClient, createOpenEdxBadgesClient } from './client';
export type { AxiosLike, BadgeCollection, BadgeSource, BadgesClient, BadgesClientOptions, FetchLike, OpenEdxPlatform, ProgressCollection, RequestOptions } from './client';

// Query layer
export { BadgesProvider, useBadgesClient, useBadges, useBadgeProgress, badgesQueryKeys, badgesQueryOptions, badgeProgressQueryOptions } from './query';
export type { BadgesProviderProps, UseBadgesOptions } from './query';

// Share builders
export { buildShareLinks, buildEmailSignature, buildEmbedHtml, getShareIssue, SHARE_IMAGE_SIZES } from './share';
export type { ShareLinks, ShareLinkTarget, ShareBlockReason, ShareFix, ShareIssue, ShareOptions, ShareMessageTemplates, ShareImageSize, SignatureOptions, EmailSignature } from './share';

// Components
export { BadgeWall } from './components/BadgeWall';
export type { BadgeWallProps, BadgeWallView, BadgeWallQuery, BadgeWallSort, BadgeWallGroup, BadgeWallFilters } from './components/BadgeWall';
export { BadgeDetail } from './components/BadgeDetail';
export type { BadgeDetailProps } from './components/BadgeDetail';
export { ShareBadgeButton, DEFAULT_SHARE_TARGETS } from './components/ShareBadgeButton';
export type { ShareBadgeButtonProps, ShareButtonTarget, ShareEvent } from './components/ShareBadgeButton';
export { BadgeProgress } from './components/BadgeProgress';
export type { BadgeProgressProps, BadgeProgressSort, BadgeProgressItemState } from './components/BadgeProgress';
export { EmailSignatureBuilder } from './components/EmailSignatureBuilder';
export type { EmailSignatureBuilderProps } from './components/EmailSignatureBuilder';

