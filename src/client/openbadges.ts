import type { Badge, BadgeProblem, BadgesRequestError } from '../model';
import { safeHttpUrl } from '../model';
import { parseBadges } from '../parsers';
import type { ParseOptions } from '../parsers';
import { isObject } from '../parsers/common';
import { asRequestError, isAbort, requestError } from './transport';
import type { GetJson } from './transport';

/** The badge read from one hosted assertion, or why there is none. */
export interface AssertionResult {
  items: Badge[];
  /** Reported against the assertion's position in the URL list. */
  problems: BadgeProblem[];
  /** Why the assertion could not be read; unset for a revoked (410) one, which is an answer. */
  error?: BadgesRequestError;
}

/**
 * Reads hosted Open Badges 2.0 assertions, one result per URL in order. Each assertion's `badge`
 * (BadgeClass) and its `issuer` (Profile) are fetched and embedded when given as URLs, each
 * linked document once for all assertions. A link that cannot be fetched stays a URL (the parser
 * reports it as `unresolved`). An assertion that cannot be fetched becomes a problem; a 410 means
 * the issuer revoked it (Open Badges hosted verification). Aborting rejects.
 */
export function readOpenBadges(urls: readonly string[], getJson: GetJson, options: ParseOptions, signal?: AbortSignal): Promise<AssertionResult>[] {
  const cache = new Map<string, Promise<unknown>>();
  const get = (url: string) => {
    if (!cache.has(url)) cache.set(url, getJson(url, signal));
    return cache.get(url)!;
  };
  const embed = async (value: unknown) => {
    const url = safeHttpUrl(value);
    const doc = url && (await get(url).catch((error: unknown) => {
      if (isAbort(error)) throw error;
    }));
    return isObject(doc) ? doc : value;
  };
  return urls.map(async (url, index): Promise<AssertionResult> => {
    try {
      const assertion = await get(url);
      if (!isObject(assertion)) throw requestError('invalid-response', url, 'not an assertion');
      const badge = await embed(assertion.badge);
      if (isObject(badge)) badge.issuer = await embed(badge.issuer);
      const { badges, problems } = parseBadges([{ ...assertion, badge }], { ...options, format: 'openbadges2' });
      return { items: badges, problems: problems.map((problem) => ({ ...problem, index, source: url })) };
    } catch (cause) {
      if (isAbort(cause)) throw cause;
      const error = asRequestError(cause, url);
      const revoked = error.status === 410;
      const problem: BadgeProblem = { index, itemId: url, field: '', message: error.message + (revoked ? ' Gone (revoked)' : ''), kind: 'invalid-item', source: url };
      return { items: [], problems: [problem], error: revoked ? undefined : error };
    }
  });
}
