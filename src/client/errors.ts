import { BadgesRequestError } from '../model';
import type { BadgesErrorKind } from '../model';

/**
 * Seconds to wait from a `Retry-After` value: delta-seconds (`120`) or an HTTP date (time from
 * `now` until then, never negative). `undefined` when absent or unreadable (for example when a
 * cross-origin response does not expose the header).
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** The error kind for a non-2xx HTTP status. */
export function kindForStatus(status: number): BadgesErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 408) return 'timeout';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  if (status >= 400) return 'bad-request';
  return 'invalid-response';
}

/** A typed error for an HTTP response that was not a success. */
export function statusError(status: number, url: string, retryAfterHeader?: string | null): BadgesRequestError {
  const kind = kindForStatus(status);
  const retryAfter = kind === 'rate-limited' ? parseRetryAfter(retryAfterHeader) : undefined;
  return new BadgesRequestError(kind, `GET ${url} answered HTTP ${status} (${kind}).`, { status, url, retryAfter });
}
