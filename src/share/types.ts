/** Types of the share builders. See docs/decisions/0001-public-api.md and PRODUCT.md §4. */

/** A share target that `buildShareLinks` builds a URL for. */
export type ShareLinkTarget = 'linkedInAddToProfile' | 'linkedInPost' | 'x' | 'facebook' | 'email';

/**
 * Why a target cannot be used (or, for `expired`, why it comes with a warning):
 * `pending` the learner must accept it or it is still being issued; `private` the badge page is
 * not public; `revoked`; `expired`; `disabled-by-issuer` an issuer share switch is off;
 * `no-public-url` there is no public page to point at.
 */
export type ShareBlockReason = 'pending' | 'private' | 'revoked' | 'expired' | 'disabled-by-issuer' | 'no-public-url';

/** What the learner can do about a blocked target: accept the badge, make it public, renew it. */
export interface ShareFix {
  kind: 'accept' | 'make-public' | 'renew';
  /** Where to do it (always an absolute `http(s)` URL), when known. */
  url?: string;
}

/** A reason a target is unavailable or comes with a warning, and its fix where one exists. */
export interface ShareIssue {
  reason: ShareBlockReason;
  fix?: ShareFix;
}

/**
 * Message templates, already translated by the host (e.g. with `intl.formatMessage`). Each may
 * use the placeholders `{name}` (badge), `{issuer}` and `{url}` (public page).
 */
export interface ShareMessageTemplates {
  /** Post text for X and the native share sheet. The URL is sent apart, so omit `{url}`. */
  post?: string;
  /** Email subject. */
  emailSubject?: string;
  /** Email body; line breaks become `%0D%0A`. */
  emailBody?: string;
}

/** Options of `buildShareLinks`. */
export interface ShareOptions {
  /**
   * Host configuration: LinkedIn organizationId per issuer name (exact match), used when the
   * badge's issuer carries none. Only numeric ids are used; otherwise `organizationName` is sent.
   */
  linkedInOrganizationIds?: Record<string, string>;
  /** Translated templates; English defaults otherwise. */
  messages?: ShareMessageTemplates;
  /** Hashtags for X, without `#` (letters, digits, `_`; others are dropped). */
  hashtags?: string[];
  /** X account to credit (`via=`), without `@`. */
  via?: string;
  /** Locale of the templates, for word breaking in scripts without spaces. */
  locale?: string;
  /** Clock for the expiry check (stories, tests). */
  now?: Date | number;
}

/** The result of `buildShareLinks`: a URL per usable target, and why the others are not. */
export interface ShareLinks {
  linkedInAddToProfile?: string;
  linkedInPost?: string;
  x?: string;
  facebook?: string;
  /** A `mailto:` URL (RFC 6068). */
  email?: string;
  /** Every target without a URL, with the reason and the fix where one exists. */
  unavailable: Partial<Record<ShareLinkTarget, ShareIssue>>;
  /** Targets that work but deserve a note (an expired badge). */
  warnings?: Partial<Record<ShareLinkTarget, ShareIssue>>;
}

/** Badge sizes offered for signatures and embeds, in CSS pixels. */
export type ShareImageSize = 'small' | 'medium' | 'large';

/** Options of `buildEmailSignature` and `buildEmbedHtml`. */
export interface SignatureOptions {
  /** Image size. @default 'medium' */
  size?: ShareImageSize;
  /** Show the badge name and issuer beside the image. @default true */
  showDetails?: boolean;
  /** Translated alt text template (`{name}`, `{issuer}`). */
  alt?: string;
  /** Translated plain-text template (`{name}`, `{issuer}`, `{url}`). */
  text?: string;
}

/** The two forms of an email signature: rich HTML (under Gmail's 10,000 characters) and plain text. */
export interface EmailSignature {
  html: string;
  text: string;
}
