import { BadgeFormatError, BadgesRequestError, sameOrigin } from '../model';
import type { Badge, BadgeFormat, BadgeProblem, ParseResult } from '../model';
import { parseBadges, parseProgress } from '../parsers';
import { resolveOpenBadges } from './openbadges';
import { createTransport } from './transport';
import type { GetJson } from './transport';
import type { AxiosLike, BadgeCollection, BadgesClient, FetchLike, RequestOptions } from './types';

/** Default `maxPages`: at 100 badges a page, up to 5,000 badges per source. */
export const DEFAULT_MAX_PAGES = 50;
/** Default `pageSize`: the contract's maximum, so a long list takes few requests. */
export const DEFAULT_PAGE_SIZE = 100;
/** Default `timeoutMs` per request. */
export const DEFAULT_TIMEOUT_MS = 20_000;

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
  truncated: boolean;
  error?: BadgesRequestError;
}

const toRequestError = (error: unknown, url: string): BadgesRequestError => {
  if (error instanceof BadgesRequestError) return error;
  if (error instanceof BadgeFormatError) {
    return new BadgesRequestError('invalid-response', `GET ${url} returned JSON in no supported format: ${error.message}`, { url, cause: error });
  }
  return new BadgesRequestError('invalid-response', `GET ${url} could not be read: ${String(error)}`, { url, cause: error });
};

/** Problems of one page, renumbered to their position in the whole list. */
function offsetProblems(problems: BadgeProblem[], offset: number): BadgeProblem[] {
  return offset ? problems.map((problem) => ({ ...problem, index: problem.index + offset })) : problems;
}

/**
 * Reads pages from `url`, following `next` links on the same origin only. A failure on the first
 * page throws; a later failure (or a foreign `next` link) returns what loaded with `error` set.
 * Aborting always throws.
 */
async function readPages<T>(
  getJson: GetJson,
  url: string,
  parse: (data: unknown) => ParseResult<T>,
  maxPages: number,
  signal?: AbortSignal,
): Promise<Pages<T>> {
  const out: Pages<T> = { items: [], problems: [], truncated: false };
  const seen = new Set<string>();
  let next: string | undefined = url;
  let offset = 0;
  while (next) {
    if (seen.size >= maxPages) {
      out.truncated = true;
      break;
    }
    const current: string = next;
    seen.add(current);
    let result: ParseResult<T>;
    try {
      result = parse(await getJson(current, signal));
    } catch (cause) {
      const error = toRequestError(cause, current);
      if (seen.size === 1 || error.kind === 'aborted') throw error;
      out.error = error;
      break;
    }
    if (seen.size === 1) out.total = result.page?.count;
    out.items.push(...result.badges);
    out.problems.push(...offsetProblems(result.problems, offset));
    offset += result.badges.length + new Set(result.problems.filter((p) => p.kind === 'invalid-item').map((p) => p.index)).size;
    next = result.page?.next;
    if (next && !sameOrigin(next, url)) {
      out.error = new BadgesRequestError('invalid-response', `Stopped paging: the next link ${next} is not on the origin of ${url}.`, { url: next });
      break;
    }
    if (next && seen.has(next)) break;
  }
  return out;
}

/** Merges badge lists in order: the first badge with a `provider` + `id` (or `publicUrl`) wins. */
export function mergeBadges(lists: readonly Badge[][]): Badge[] {
  const keys = new Set<string>();
  const merged: Badge[] = [];
  for (const badge of lists.flat()) {
    const idKey = `${badge.provider}\n${badge.id}`;
    if (keys.has(idKey) || (badge.publicUrl && keys.has(badge.publicUrl))) continue;
    keys.add(idKey);
    if (badge.publicUrl) keys.add(badge.publicUrl);
    merged.push(badge);
  }
  return merged;
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
    pageSize = DEFAULT_PAGE_SIZE,
    maxPages = DEFAULT_MAX_PAGES,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    sources = [],
    parse = {},
  } = options;
  const root = baseUrl.replace(/\/+$/, '');
  const transport = (client: FetchLike | AxiosLike = httpClient) => createTransport(client, root, timeoutMs);
  const getJson = transport();
  const size = Math.min(100, Math.max(1, Math.floor(pageSize)));
  const endpoint = (username: string, kind: 'badges' | 'progress') =>
    `${root}/api/badges/v1/learners/${encodeURIComponent(username)}/${kind}/?page_size=${size}`;

  const readSource = async (source: BadgeSource, username: string, signal?: AbortSignal): Promise<Pages<Badge>> => {
    const get = source.httpClient ? transport(source.httpClient) : getJson;
    if (source.kind === 'url') {
      const url = source.url.replace(/\{username\}/g, encodeURIComponent(username));
      return readPages(get, url, (data) => parseBadges(data, { ...parse, format: source.format }), maxPages, signal);
    }
    const resolved = await resolveOpenBadges(source.urls, get, signal);
    const result = resolved.assertions.length
      ? parseBadges(resolved.assertions, { ...parse, format: 'openbadges2' })
      : { badges: [], problems: [] };
    const problems = result.problems.map((p) => ({ ...p, index: resolved.positions[p.index] ?? p.index }));
    return { items: result.badges, problems: [...resolved.problems, ...problems], truncated: false, error: resolved.error };
  };

  return {
    async listBadges(username: string, { signal }: RequestOptions = {}): Promise<BadgeCollection> {
      // The format is detected, not forced: a body in no known envelope is an `invalid-response`.
      const primary = readPages(getJson, endpoint(username, 'badges'), (data) => parseBadges(data, parse), maxPages, signal);
      const secondary = sources.map((source) => readSource(source, username, signal).catch((error: unknown) => {
        if (error instanceof BadgesRequestError && error.kind === 'aborted') throw error;
        return { items: [], problems: [], truncated: false, error: toRequestError(error, source.kind === 'url' ? source.url : '') } as Pages<Badge>;
      }));
      const [first, ...rest] = await Promise.all([primary, ...secondary]);
      const all = [first, ...rest] as Pages<Badge>[];
      return {
        badges: mergeBadges(all.map((pages) => pages.items)),
        problems: all.flatMap((pages) => pages.problems),
        total: first?.total,
        truncated: all.some((pages) => pages.truncated),
        error: all.find((pages) => pages.error)?.error,
      };
    },
    async listProgress(username: string, { signal }: RequestOptions = {}) {
      const pages = await readPages(getJson, endpoint(username, 'progress'), (data) => parseProgress(data, parse), maxPages, signal);
      return { progress: pages.items, problems: pages.problems, total: pages.total, truncated: pages.truncated, error: pages.error };
    },
  };
}
