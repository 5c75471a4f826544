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

// Query layer

// Share builders

// Components

// i18n
