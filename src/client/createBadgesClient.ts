import { sameOrigin } from '../model';
import type { Badge, BadgeFormat, BadgeProblem, BadgesRequestError, ParseResult } from '../model';
import { parseBadges, parseProgress } from '../parsers';
import type { ParseOptions } from '../parsers';
import { readOpenBadges } from './openbadges';
import { asRequestError, createTransport, isAbort, requestError } from './transport';
import type { GetJson } from './transport';
import type { AxiosLike, BadgesClient, FetchLike } from './types';

/**
 * An extra place to read badges from, merged after the Open edX endpoint.
 * - `url`: a proxy or endpoint returning any format `parseBadges` reads (Credly, Accredible,
 *   Open Badges, …); `{username}` in the URL is replaced. Pages are followed on the same origin.
 * - `openbadges`: hosted Open Badges 2.0 assertion URLs; linked `badge` and `issuer` documents are
 *   fetched and embedded before parsing.
 * Either may bring its own `httpClient` (e.g. plain `fetch` for public hosts, when the main client
 * sends credentials that a public CORS policy rejects).
 */
export type BadgeSource =
  | { kind: 'url'; url: string; format?: BadgeFormat; httpClient?: FetchLike | AxiosLike }
  | { kind: 'openbadges'; urls: readonly string[]; httpClient?: FetchLike | AxiosLike };

/** Options of `createBadgesClient`. */
export interface BadgesClientOptions {
  /** The credentials service base URL (`CREDENTIALS_BASE_URL`) serving the learner badges contract. */
  baseUrl: string;
  /**
   * The host's http client: a `fetch`, or an axios-like instance such as frontend-platform's
   * `getAuthenticatedHttpClient()`. @default globalThis.fetch
   */
  httpClient?: FetchLike | AxiosLike;
  /** `page_size` asked of the Open edX endpoint (1–100). @default 100 */
  pageSize?: number;
  /** Most pages read per source and list; beyond it the result is `truncated`. @default 50 */
  maxPages?: number;
  /** Per-request timeout in ms; 0 disables it. @default 20000 */
  timeoutMs?: number;
  /** Extra badge sources merged after the Open edX endpoint (first wins on duplicates). */
  sources?: readonly BadgeSource[];
  /** Passed to the parsers: the clock for expiry and the issuer-name fallback. */
  parse?: { now?: Date | number; defaultIssuerName?: string };
}

interface Pages<T> {
  items: T[];
  problems: BadgeProblem[];
  total?: number;
  truncated?: boolean;
  error?: BadgesRequestError;
}

/** `link` resolved against `from` (itself against the document, in a browser), or as given when it cannot be. */
function resolve(link: string, from: string): string {
  try {
    return new URL(link, new URL(from, globalThis.location?.href)).href;
  } catch {
    return link;
  }
}

/**
 * Reads pages from `url` (absolute, or relative to the document such as a same-origin proxy),
 * following `next` links (resolved against the page they came from) on its origin only. Later
 * pages are parsed as the format detected on the first (or the one `options` forces). A failure on
 * the first page throws (unless `secondary`: a secondary source never hides the primary's
 * badges); a later failure (or a foreign `next` link) returns what loaded with `error` set.
 * Aborting always throws. Problems are numbered by position in the whole list and carry the
 * list's URL as `source`.
 */
async function readPages<T>(
  getJson: GetJson,
  url: string,
  parser: (data: unknown, options: ParseOptions) => ParseResult<T>,
  options: ParseOptions,
  maxPages: number,
  signal?: AbortSignal,
  secondary?: boolean,
): Promise<Pages<T> & { truncated: boolean }> {
  const out: Pages<T> & { truncated: boolean } = { items: [], problems: [], truncated: false };
  const seen = new Set<string>();
  let next: string | null | undefined = url;
  let offset = 0;
  let { format } = options;
  while (next && !seen.has(next)) {
    const current: string = next;
    try {
      if (current !== url && !sameOrigin(current, url)) throw requestError('invalid-response', current, 'next link to another origin');
      if (seen.size >= maxPages) {
        out.truncated = true;
        break;
      }
      seen.add(current);
      const { badges, problems, page, ...result } = parser(await getJson(current, signal), { ...options, format });
      ({ format } = result);
      if (current === url) out.total = page?.count;
      out.items.push(...badges);
      out.problems.push(...problems.map((problem) => ({ ...problem, index: problem.index + offset, source: url })));
      offset += badges.length + new Set(problems.filter((problem) => problem.kind === 'invalid-item').map((problem) => problem.index)).size;
      next = page?.next && resolve(page.next, current);
    } catch (cause) {
      const error = asRequestError(cause, current);
      if ((current === url && !secondary) || isAbort(error)) throw error;
      out.error = error;
      break;
    }
  }
  return out;
}

/** Merges lists in order: an item sharing any defined key (`keysOf`) with an earlier one is dropped, so the first wins. */
export function mergeBy<T>(lists: readonly T[][], keysOf: (item: T) => unknown[]): T[] {
  const seen = new Set<unknown>();
  return lists.flat().filter((item) => {
    const keys = keysOf(item).filter((key) => key !== undefined);
    if (keys.some((key) => seen.has(key))) return false;
    keys.forEach((key) => seen.add(key));
    return true;
  });
}

/** A badge's identity (ADR 0001): `provider` + `id`, and its `publicUrl` when it has one. */
export const badgeKeys = ({ provider, id, publicUrl }: Badge): unknown[] => [`${provider}\n${id}`, publicUrl];

/** Merges badge lists in order: the first badge with a `provider` + `id` (or `publicUrl`) wins. */
export function mergeBadges(lists: readonly Badge[][]): Badge[] {
  return mergeBy(lists, badgeKeys);
}

/**
 * Creates the typed badges client. It lists a learner's badges (the Open edX learner badges
 * endpoint plus any `sources`, merged without duplicates) and progress toward badges, follows
 * DRF pagination on the base URL's origin up to `maxPages`, passes `signal` through and turns
 * every failure into a `BadgesRequestError`: a failure on the first page throws, a later one
 * returns what loaded with `error` set, and a failing secondary source never hides the primary's
 * badges.
 * @example
 * const client = createBadgesClient({ baseUrl: getConfig().CREDENTIALS_BASE_URL, httpClient: getAuthenticatedHttpClient() });
 */
export function createBadgesClient(options: BadgesClientOptions): BadgesClient {
  const {
    baseUrl,
    httpClient = (input: string, init?: RequestInit) => globalThis.fetch(input, init),
    pageSize = 100,
    maxPages = 50,
    timeoutMs = 20_000,
    sources = [],
    parse = {},
  } = options;
  const root = baseUrl.replace(/\/+$/, '');
  const transport = (client: FetchLike | AxiosLike = httpClient) => createTransport(client, root, timeoutMs);
  const getJson = transport();
  const size = Math.min(100, Math.max(1, Math.floor(pageSize)));
  const list = <T,>(username: string, kind: string, parser: (data: unknown, options: ParseOptions) => ParseResult<T>, signal?: AbortSignal) =>
    readPages(getJson, `${root}/api/badges/v1/learners/${encodeURIComponent(username)}/${kind}/?page_size=${size}`, parser, parse, maxPages, signal);

  return {
    async listBadges(username, { signal } = {}) {
      // The format is detected, not forced: a body in no known envelope is an `invalid-response`.
      const all = await Promise.all([
        list(username, 'badges', parseBadges, signal),
        ...sources.flatMap((source): Promise<Pages<Badge>> | Promise<Pages<Badge>>[] => {
          const get = source.httpClient ? transport(source.httpClient) : getJson;
          return source.kind === 'url'
            ? readPages(get, source.url.replace(/\{username\}/g, encodeURIComponent(username)), parseBadges, { ...parse, format: source.format }, maxPages, signal, true)
            : readOpenBadges(source.urls, get, parse, signal);
        }),
      ]);
      return {
        badges: mergeBadges(all.map((pages) => pages.items)),
        problems: all.flatMap((pages) => pages.problems),
        total: all[0].total,
        truncated: all.some((pages) => pages.truncated),
        error: all.find((pages) => pages.error)?.error,
      };
    },
    async listProgress(username, { signal } = {}) {
      const { items, ...rest } = await list(username, 'progress', parseProgress, signal);
      return { progress: items, ...rest };
    },
  };
}
