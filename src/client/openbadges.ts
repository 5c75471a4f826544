import type { Badge, BadgeProblem, BadgesRequestError } from '../model';
import { safeHttpUrl } from '../model';
import { parseBadges } from '../parsers';
import type { ParseOptions } from '../parsers';
import { asRequestError, isAbort, requestError } from './transport';
import type { GetJson } from './transport';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Badges read from hosted Open Badges 2.0 assertions, in URL order. */
export interface OpenBadgesResult {
  items: Badge[];
  /** Problems are reported against each assertion's position in the URL list. */
  problems: BadgeProblem[];
  truncated: false;
  /** The first failure other than a revoked (410) assertion. */
  error?: BadgesRequestError;
}

/**
 * Fetches hosted OB 2.0 assertions and parses them, embedding their `badge` (BadgeClass) and its
 * `issuer` (Profile) when those are given as URLs, fetching each linked document once. A link that
 * cannot be fetched stays a URL (the parser reports it as `unresolved`). An assertion that cannot
 * be fetched becomes a problem; a 410 means the issuer revoked it (Open Badges hosted verification).
 * Aborting rejects.
 */
export async function readOpenBadges(urls: readonly string[], getJson: GetJson, options: ParseOptions, signal?: AbortSignal): Promise<OpenBadgesResult> {
  const cache = new Map<string, Promise<unknown>>();
  const get = (url: string) => {
    if (!cache.has(url)) cache.set(url, getJson(url, signal));
    return cache.get(url)!;
  };
  const embed = async (value: unknown) => {
    const url = safeHttpUrl(value);
    try {
      const doc = url && (await get(url));
      return isObject(doc) ? doc : value;
    } catch (error) {
      if (isAbort(error)) throw error;
      return value;
    }
  };
  const results = await Promise.all(urls.map(async (url, index) => {
    try {
      const assertion = await get(url);
      if (!isObject(assertion)) throw requestError('invalid-response', url, 'not an Open Badges assertion');
      const badge = await embed(assertion.badge);
      if (isObject(badge)) badge.issuer = await embed(badge.issuer);
      const { badges, problems } = parseBadges([{ ...assertion, badge }], { ...options, format: 'openbadges2' });
      return { badges, problems: problems.map((problem) => ({ ...problem, index })) };
    } catch (cause) {
      if (isAbort(cause)) throw cause;
      const error = asRequestError(cause, url);
      const revoked = error.status === 410;
      const problem: BadgeProblem = { index, itemId: url, field: '', message: error.message + (revoked ? ' Gone: revoked by the issuer' : ''), kind: 'invalid-item' };
      return { badges: [], problems: [problem], error: revoked ? undefined : error };
    }
  }));
  return {
    items: results.flatMap((result) => result.badges),
    problems: results.flatMap((result) => result.problems),
    truncated: false,
    error: results.find((result) => result.error)?.error,
  };
}
