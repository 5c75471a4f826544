/**
 * The normalized badge and progress model. Every parser produces these shapes, every component
 * consumes them. Field names are a public contract: see docs/decisions/0001-public-api.md.
 */

/** Who issued and hosts a badge. A Credly badge served by the Open edX endpoint is `'credly'`. */
export type BadgeProvider = 'credly' | 'accredible' | 'openbadges' | 'openedx';

/**
 * A badge's state for the learner. Precedence when several apply:
 * `revoked` > `expired` > `pending` > `active`.
 */
export type BadgeStatus = 'active' | 'pending' | 'expired' | 'revoked';

/** Why a `pending` badge is pending: the learner must accept it, or the provider is still issuing it. */
export type PendingReason = 'accept' | 'issuing';

/** An issuer's setting for one sharing feature (Accredible `recipient_functions`). */
export type ShareSwitch = 'public' | 'private' | 'disabled';

/** The issuer's share switches, where the provider has them. Absent means "no restriction known". */
export interface BadgeShareSwitches {
  /** LinkedIn add-to-profile. */
  addToLinkedIn?: ShareSwitch;
  /** Embedding on a website. */
  embed?: ShareSwitch;
  /** Sharing by email. */
  emailShare?: ShareSwitch;
  /** Downloading the badge image. */
  downloadBadge?: ShareSwitch;
  /** Social sharing in general (LinkedIn post, X, Facebook). */
  sharing?: ShareSwitch;
}

/** The organisation that issued a badge. `name` is never empty. */
export interface BadgeIssuer {
  name: string;
  url?: string;
  imageUrl?: string;
  /** LinkedIn organizationId, from the payload or the host's per-issuer configuration. */
  linkedInOrganizationId?: string;
}

/** How a badge is earned: a criteria page and/or a narrative (Markdown in Open Badges: show as text). */
export interface BadgeCriteria {
  url?: string;
  narrative?: string;
}

/** One piece of evidence attached to an earned badge. */
export interface BadgeEvidence {
  url?: string;
  name?: string;
  description?: string;
  narrative?: string;
}

/** A competency framework alignment (Open Badges `alignment`). */
export interface BadgeAlignment {
  name: string;
  url?: string;
  description?: string;
  framework?: string;
  code?: string;
}

/** The Open edX course a badge or a badge template belongs to, where known. */
export interface BadgeCourse {
  /** Course key, e.g. `course-v1:OpenedX+DemoX+2026`. */
  key: string;
  name?: string;
  url?: string;
}

/** An earned badge, normalized from any supported source. */
export interface Badge {
  /** The provider's own id, as a string. `provider` + `id` identify a badge across sources. */
  id: string;
  provider: BadgeProvider;
  /** Never empty: an item without a name is reported as a problem, not returned as a badge. */
  name: string;
  description?: string;
  /** Absolute `http(s)` URL or a `data:image/*` URI; only ever used as an `<img src>`. */
  imageUrl?: string;
  issuer: BadgeIssuer;
  /** ISO 8601: an instant in UTC (`2026-03-01T10:00:00Z`) or a date-only value (`2026-03-01`). */
  issuedAt?: string;
  /** ISO 8601 as `issuedAt`. A date-only expiry lasts to the end of that day (UTC). */
  expiresAt?: string;
  status: BadgeStatus;
  /** Why a `pending` badge is pending. */
  pendingReason?: PendingReason;
  /** Why a `revoked` badge was revoked, when the source says. */
  revocationReason?: string;
  /** The public page that verifies the badge. Absent for badges whose page is not public yet. */
  publicUrl?: string;
  /** Where the learner accepts a pending badge (Credly). */
  acceptUrl?: string;
  /** Whether the badge page is public; `undefined` when the source does not say. */
  isPublic?: boolean;
  skills: string[];
  criteria?: BadgeCriteria;
  evidence: BadgeEvidence[];
  alignments: BadgeAlignment[];
  course?: BadgeCourse;
  /** The template / badge class id, when the source has one (joins earned badges to progress). */
  templateId?: string;
  shareSwitches?: BadgeShareSwitches;
}

/** One requirement of a badge template (credentials `BadgeRequirement`). */
export interface BadgeRequirement {
  id: string;
  description: string;
  fulfilled: boolean;
  /** Where the learner can meet it (e.g. the course or unit), absolute `http(s)`. */
  url?: string;
}

/**
 * A group of requirements (credentials `blend`). Requirements in one group are alternatives
 * ("any one of these"); all groups must be fulfilled.
 */
export interface BadgeRequirementGroup {
  /** The group letter (`A`–`Z`) or another stable id. */
  id: string;
  requirements: BadgeRequirement[];
  /** True when at least one requirement of the group is fulfilled. */
  fulfilled: boolean;
}

/** A penalty that reset requirements and so lowered progress (credentials `BadgePenalty`). */
export interface BadgeProgressReset {
  /** Requirements the penalty reset. */
  requirementIds: string[];
  /** Plain-language reason, when the endpoint kept one. */
  reason?: string;
  /** ISO 8601 instant (UTC) of the reset. */
  occurredAt?: string;
}

/** The template a learner is working toward. */
export interface BadgeTemplateSummary {
  id: string;
  provider: Extract<BadgeProvider, 'credly' | 'accredible'>;
  name: string;
  description?: string;
  imageUrl?: string;
  issuer?: BadgeIssuer;
  course?: BadgeCourse;
}

/** A learner's progress toward one badge template (credentials `BadgeProgress`). */
export interface BadgeProgressData {
  template: BadgeTemplateSummary;
  /** Fulfilled groups / total groups, 0..1, rounded to 2 decimals. */
  ratio: number;
  completed: boolean;
  groups: BadgeRequirementGroup[];
  resets: BadgeProgressReset[];
  /** The earned badge once awarded (same `provider` + `id` as in the badges list). */
  earnedBadgeId?: string;
}

/** Formats `parseBadges` recognises. */
export type BadgeFormat =
  | 'openedx'
  | 'openedx-legacy'
  | 'credly'
  | 'credly-earner'
  | 'accredible-v1'
  | 'accredible-v2'
  | 'openbadges2'
  | 'openbadges3';

/** What went wrong with one item, or one field of one item, while parsing. */
export interface BadgeProblem {
  /** Position of the item in the source list (0 for a single item). */
  index: number;
  /** The item's id when it could be read. */
  itemId?: string;
  /** Dotted path of the offending field, e.g. `badge_template.name`; empty for the whole item. */
  field: string;
  /** Human-readable explanation a developer can act on. */
  message: string;
  /**
   * `invalid-item`: the item was dropped. `dropped-field`: a field was unusable (e.g. an unsafe
   * URL) and left out, the badge was kept. `unresolved`: a linked document could not be filled.
   */
  kind: 'invalid-item' | 'dropped-field' | 'unresolved';
  /**
   * Where the item came from, set by the client (never by `parseBadges`, which reads no URL): the
   * list's URL (its first page; `index` counts across its pages) or, for a hosted Open Badges
   * assertion, the assertion's URL. It tells problems of merged sources apart, whose indexes
   * can repeat.
   */
  source?: string;
}

/** Pagination facts read from a page envelope. */
export interface BadgePageInfo {
  /** Total number of items across pages, when known. */
  count?: number;
  /**
   * URL of the next page, when the format has one: absolute `http(s)`, or relative to the URL of
   * this page (resolve it with `new URL(next, pageUrl)`). Never another scheme.
   */
  next?: string;
  /** Current page number (1-based), when known. */
  page?: number;
  /** Total number of pages, when known. */
  totalPages?: number;
}

/** The result of parsing one payload. */
export interface ParseResult<T = Badge> {
  format: BadgeFormat;
  badges: T[];
  problems: BadgeProblem[];
  page?: BadgePageInfo;
}
