import { BadgesRequestError, sameOrigin } from '../model';
import { statusError } from './errors';
import type { AxiosLike, FetchLike } from './types';

/** Fetches one JSON document; every failure is a `BadgesRequestError`. */
export type GetJson = (url: string, signal?: AbortSignal) => Promise<unknown>;

/** True for an axios-like instance (an object with `.get`), false for a `fetch`. */
export function isAxiosLike(client: FetchLike | AxiosLike): client is AxiosLike {
  return typeof client !== 'function' && typeof (client as AxiosLike | undefined)?.get === 'function';
}

/** Parses a response body as JSON, or explains why it is not JSON. */
function parseBody(body: unknown, url: string, status: number): unknown {
  if (typeof body !== 'string') return body;
  const text = body.trim();
  if (text.startsWith('<')) {
    throw new BadgesRequestError('invalid-response', `GET ${url} returned an HTML page where JSON was expected (HTTP ${status}).`, { status, url });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new BadgesRequestError('invalid-response', `GET ${url} returned a body that is not valid JSON (empty or truncated?).`, { status, url, cause });
  }
}

function readHeader(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  const h = headers as { get?: (n: string) => unknown } & Record<string, unknown>;
  const value = typeof h.get === 'function' ? h.get(name) : h[name.toLowerCase()] ?? h[name];
  return value == null ? undefined : String(value);
}

interface AxiosErrorShape {
  code?: string;
  name?: string;
  message?: string;
  response?: { status: number; headers?: unknown; data?: unknown };
}

/**
 * Builds `getJson` over a `fetch` or an axios-like client. `baseUrl`'s origin gets the JWT-cookie
 * treatment (`credentials: 'include'`, `USE-JWT-COOKIE: true`, with fetch); other origins get a
 * plain request. `timeoutMs` (0 = none) aborts a request that takes too long (kind `timeout`).
 */
export function createTransport(client: FetchLike | AxiosLike, baseUrl: string, timeoutMs: number): GetJson {
  return async (url, signal) => {
    if (signal?.aborted) throw new BadgesRequestError('aborted', `GET ${url} was aborted.`, { url });
    const controller = new AbortController();
    let timedOut = false;
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort);
    const timer = timeoutMs > 0 ? setTimeout(() => { timedOut = true; controller.abort(); }, timeoutMs) : undefined;
    const fail = (cause: unknown, fallback: BadgesRequestError) => {
      if (cause instanceof BadgesRequestError) return cause;
      if (timedOut) return new BadgesRequestError('timeout', `GET ${url} took longer than ${timeoutMs} ms.`, { url, cause });
      if (signal?.aborted) return new BadgesRequestError('aborted', `GET ${url} was aborted.`, { url, cause });
      return fallback;
    };
    try {
      const own = sameOrigin(url, baseUrl);
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (isAxiosLike(client)) {
        let response: { data: unknown; status: number; headers?: unknown };
        try {
          response = await client.get(url, { signal: controller.signal, headers, transformResponse: (data: unknown) => data });
        } catch (cause) {
          const error = (cause ?? {}) as AxiosErrorShape;
          const res = error.response;
          if (res && typeof res.status === 'number') throw statusError(res.status, url, readHeader(res.headers, 'Retry-After'));
          if (error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT') {
            throw new BadgesRequestError('timeout', `GET ${url} timed out (${error.code}).`, { url, cause });
          }
          throw fail(cause, new BadgesRequestError('network', `GET ${url} failed: no response (${error.message ?? 'network error'}).`, { url, cause }));
        }
        if (response.status < 200 || response.status > 299) throw statusError(response.status, url, readHeader(response.headers, 'Retry-After'));
        return parseBody(response.data, url, response.status);
      }
      if (own) headers['USE-JWT-COOKIE'] = 'true';
      const response = await client(url, { signal: controller.signal, headers, credentials: own ? 'include' : 'same-origin' });
      if (!response.ok) throw statusError(response.status, url, response.headers.get('Retry-After'));
      return parseBody(await response.text(), url, response.status);
    } catch (cause) {
      throw fail(cause, new BadgesRequestError('network', `GET ${url} failed: ${(cause as Error)?.message ?? 'network error'}.`, { url, cause }));
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  };
}
