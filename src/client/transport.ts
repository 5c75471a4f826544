import { BadgesRequestError, sameOrigin } from '../model';
import type { BadgesErrorKind } from '../model';
import type { AxiosLike, FetchLike } from './types';

/** Fetches one JSON document; every failure is a `BadgesRequestError`. */
export type GetJson = (url: string, signal?: AbortSignal) => Promise<unknown>;

/** A typed error about `GET url`. */
export const requestError = (kind: BadgesErrorKind, url: string, detail: string, more?: { status?: number; retryAfter?: number; cause?: unknown }) =>
  new BadgesRequestError(kind, `GET ${url}: ${detail}`, { url, ...more });

/** True for an abort, which always propagates (a cancelled query keeps no partial result). */
export const isAbort = (error: unknown) => error instanceof BadgesRequestError && error.kind === 'aborted';

/**
 * Any failure while reading `url` as a typed error: anything but a `BadgesRequestError` (such as
 * the parsers' `BadgeFormatError` for an unknown envelope) is an `invalid-response`.
 */
export const asRequestError = (error: unknown, url: string) =>
  error instanceof BadgesRequestError ? error : requestError('invalid-response', url, String(error), { cause: error });

/**
 * Seconds to wait from a `Retry-After` value (RFC 9110): delay-seconds (digits only: `120`) or an
 * HTTP date (time from `now` until then, never negative). Only a value with letters is read as a
 * date (`1.5` or `-1` would otherwise parse as one). `undefined` when absent or unreadable (for
 * example when a cross-origin response does not expose the header).
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  const text = value?.trim() ?? '';
  const date = /[a-z]/i.test(text) ? Date.parse(text) : NaN;
  return /^\d+$/.test(text) ? +text : Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

const KINDS: Record<number, BadgesErrorKind> = { 401: 'unauthorized', 403: 'forbidden', 404: 'not-found', 408: 'timeout', 410: 'not-found', 429: 'rate-limited' };

/**
 * True for an axios-like instance: anything with a `.get` method. An axios instance is itself a
 * function (`axios.create()` returns a callable), so being callable says nothing; `fetch` has no `.get`.
 */
export function isAxiosLike(client: FetchLike | AxiosLike): client is AxiosLike {
  return typeof (client as Partial<AxiosLike> | undefined)?.get === 'function';
}

interface Answer {
  status: number;
  headers?: unknown;
  data?: unknown;
}

/**
 * Builds `getJson` over a `fetch` or an axios-like client. `baseUrl`'s origin gets the JWT-cookie
 * treatment (`credentials: 'include'`, `USE-JWT-COOKIE: true`, with fetch); other origins get a
 * plain request. `timeoutMs` (0 = none) aborts a request that takes too long (kind `timeout`).
 * Statuses map to kinds (401 `unauthorized`, 403 `forbidden`, 404/410 `not-found`, 408 `timeout`,
 * 429 `rate-limited` with `retryAfter`, 5xx `server`, other 4xx `bad-request`); a body that is not
 * JSON (HTML, empty, truncated) is an `invalid-response`; no answer is `network`.
 */
export function createTransport(client: FetchLike | AxiosLike, baseUrl: string, timeoutMs: number): GetJson {
  return async (url, signal) => {
    const controller = new AbortController();
    const abort = () => controller.abort();
    const timer = timeoutMs > 0 ? setTimeout(abort, timeoutMs) : undefined;
    signal?.addEventListener('abort', abort);
    try {
      if (signal?.aborted) throw signal.reason;
      const headers: Record<string, string> = { Accept: 'application/json' };
      const own = sameOrigin(url, baseUrl);
      const axios = isAxiosLike(client);
      const answer: Answer | Response = axios
        ? // axios rejects a non-2xx answer: its `response` is read like any other answer. Its own JSON
          // parsing is turned off (identity transformResponse): the body is parsed once, below, as with fetch.
          await client.get(url, { signal: controller.signal, headers, transformResponse: (data: unknown) => data }).catch((cause: { response?: Answer } | undefined) => {
            if (cause?.response?.status) return cause.response;
            throw cause;
          })
        : await (client as FetchLike)(url, { signal: controller.signal, headers: own ? { ...headers, 'USE-JWT-COOKIE': 'true' } : headers, credentials: own ? 'include' : 'same-origin' });
      const { status } = answer;
      if (status < 200 || status > 299) {
        const kind = KINDS[status] ?? (status > 499 ? 'server' : status > 399 ? 'bad-request' : 'invalid-response');
        // fetch's Headers and axios's AxiosHeaders have get(); older axios gives lower-cased keys.
        const h = answer.headers as { get?: (name: string) => unknown; 'retry-after'?: unknown } | undefined;
        const retryAfter = kind === 'rate-limited' ? parseRetryAfter((h?.get?.('Retry-After') ?? h?.['retry-after']) as string | undefined) : undefined;
        throw requestError(kind, url, `HTTP ${status}`, { status, retryAfter });
      }
      // A fetch body is read only for a success.
      const data = axios ? (answer as Answer).data : await (answer as Response).text();
      try {
        return typeof data === 'string' ? JSON.parse(data) : data;
      } catch (cause) {
        throw requestError('invalid-response', url, `not valid JSON${/^\s*</.test(data as string) ? ': an HTML page' : ''}`, { status, cause });
      }
    } catch (cause) {
      if (cause instanceof BadgesRequestError) throw cause;
      // Aborted by the caller; else by our timer, or the http client's own timeout (axios: ECONNABORTED / ETIMEDOUT).
      const timeout = controller.signal.aborted || /^E(CONNABORTED|TIMEDOUT)$/.test((cause as { code?: string } | undefined)?.code as string);
      throw requestError(signal?.aborted ? 'aborted' : timeout ? 'timeout' : 'network', url, String(cause), { cause });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    }
  };
}
