// The errors' fields are `declare`d and set in their constructors: the same own properties,
// without the class-field helpers that a build for ES2020 would otherwise bundle.

/** Thrown by `parseBadges` when a payload's envelope matches no supported format. */
export class BadgeFormatError extends Error {
  declare readonly name: 'BadgeFormatError';
  /** The format that was forced with `options.format`, if any. */
  declare readonly format?: string;
  constructor(message: string, format?: string) {
    super(message);
    this.name = 'BadgeFormatError';
    this.format = format;
  }
}

/** What went wrong with a request, as a finite set a UI can switch on. */
export type BadgesErrorKind =
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'rate-limited'
  | 'server'
  | 'invalid-response';

/** Every failure of the badges client, typed by `kind`. */
export class BadgesRequestError extends Error {
  declare readonly name: 'BadgesRequestError';
  declare readonly kind: BadgesErrorKind;
  /** HTTP status, when a response arrived. */
  declare readonly status?: number;
  /** For `rate-limited`: seconds to wait, from `Retry-After` when it was readable. */
  declare readonly retryAfter?: number;
  /** The URL that failed. */
  declare readonly url?: string;
  constructor(
    kind: BadgesErrorKind,
    message: string,
    details: { status?: number; retryAfter?: number; url?: string; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'BadgesRequestError';
    this.kind = kind;
    this.status = details.status;
    this.retryAfter = details.retryAfter;
    this.url = details.url;
  }
}

/** Type guard for errors produced by the badges client. */
export function isBadgesRequestError(error: unknown): error is BadgesRequestError {
  return error instanceof BadgesRequestError;
}

/** True for failures worth retrying automatically: network, timeout, 5xx and 429. */
export function isRetryableError(error: unknown): boolean {
  if (!isBadgesRequestError(error)) return false;
  return error.kind === 'network' || error.kind === 'timeout' || error.kind === 'server' || error.kind === 'rate-limited';
}
