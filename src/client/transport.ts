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
 * Seconds to wait from a `Retry-After` value: delta-seconds (`120`) or an HTTP date (time from
 * `now` until then, never negative). `undefined` when absent or unreadable (for example when a
 * cross-origin response does not expose the header).
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  const text = value?.trim() ?? '';
  const date = Date.parse(text);
  return /^\d+$/.test(text) ? Number(text) : Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

const KINDS: Record<number, BadgesErrorKind> = { 401: 'unauthorized', 403: 'forbidden', 404: 'not-found', 408: 'timeout', 410: 'not-found', 429: 'rate-limited' };

/** True for an axios-like instance (an object with `.get`), false for a `fetch`. */
export function isAxiosLike(client: FetchLike | AxiosLike): client is AxiosLike {
  return typeof client !== 'function' && typeof (client as AxiosLike | undefined)?.get === 'function';
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
    let timedOut = false;
    const timer = timeoutMs > 0 ? setTimeout(() => {
      timedOut = true;
      abort();
    }, timeoutMs) : undefined;
    signal?.addEventListener('abort', abort);
    try {
      if (signal?.aborted) throw signal.reason;
      const own = sameOrigin(url, baseUrl);
      const headers: Record<string, string> = { Accept: 'application/json' };
      let answer: Answer;
      if (isAxiosLike(client)) {
        try {
          answer = await client.get(url, { signal: controller.signal, headers });
        } catch (cause) {
          const { response, code = '' } = (cause ?? {}) as { response?: Answer; code?: string };
          if (!response?.status) throw /^E(CONNABORTED|TIMEDOUT)$/.test(code) ? requestError('timeout', url, code, { cause }) : cause;
          answer = response;
        }
      } else {
        if (own) headers['USE-JWT-COOKIE'] = 'true';
        const response = await client(url, { signal: controller.signal, headers, credentials: own ? 'include' : 'same-origin' });
        answer = { status: response.status, headers: response.headers, data: response.ok ? await response.text() : undefined };
      }
      const { status, data } = answer;
      if (status < 200 || status > 299) {
        const kind = KINDS[status] ?? (status > 499 ? 'server' : status > 399 ? 'bad-request' : 'invalid-response');
        // fetch's Headers and axios's AxiosHeaders have get(); older axios gives lower-cased keys.
        const h = answer.headers as { get?: (name: string) => unknown; 'retry-after'?: unknown } | undefined;
        const retryAfter = kind === 'rate-limited' ? parseRetryAfter(String(h?.get?.('Retry-After') ?? h?.['retry-after'] ?? '')) : undefined;
        throw requestError(kind, url, `HTTP ${status}`, { status, retryAfter });
      }
      if (typeof data !== 'string') return data;
      const text = data.trim();
      if (text[0] === '<') throw requestError('invalid-response', url, `HTTP ${status}, an HTML page, not JSON`, { status });
      try {
        return JSON.parse(text);
      } catch (cause) {
        throw requestError('invalid-response', url, `HTTP ${status}, not valid JSON (empty or cut?)`, { status, cause });
      }
    } catch (cause) {
      if (cause instanceof BadgesRequestError) throw cause;
      throw timedOut
        ? requestError('timeout', url, `no answer in ${timeoutMs} ms`, { cause })
        : requestError(signal?.aborted ? 'aborted' : 'network', url, String(cause), { cause });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    }
  };
}
