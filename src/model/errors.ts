/** Thrown by `parseBadges` when a payload's envelope matches no supported format. */
export class BadgeFormatError extends Error {
  override readonly name = 'BadgeFormatError';
  /** The format that was forced with `options.format`, if any. */
  readonly format?: string;
  constructor(message: string, format?: string) {
    super(message);
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
  override readonly name = 'BadgesRequestError';
  readonly kind: BadgesErrorKind;
  /** HTTP status, when a response arrived. */
  readonly status?: number;
  /** For `rate-limited`: seconds to wait, from `Retry-After` when it was readable. */
  readonly retryAfter?: number;
  /** The URL that failed. */
  readonly url?: string;
  constructor(
    kind: BadgesErrorKind,
    message: string,
    details: { status?: number; retryAfter?: number; url?: string; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
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
