import type { BadgeProblem } from '../model';
import { BadgesRequestError, safeHttpUrl } from '../model';
import type { GetJson } from './transport';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The hosted Open Badges 2.0 assertions, with linked `badge` and `issuer` documents embedded. */
export interface ResolvedAssertions {
  assertions: Json[];
  /** For each assertion, its position in the URL list (to report problems against it). */
  positions: number[];
  problems: BadgeProblem[];
  /** The first failure other than a revoked (410) assertion. */
  error?: BadgesRequestError;
}

/**
 * Fetches hosted OB 2.0 assertions and embeds their `badge` (BadgeClass) and its `issuer`
 * (Profile) when those are given as URLs, fetching each linked document once. A link that cannot
 * be fetched stays a URL (the parser reports it as `unresolved`). An assertion that cannot be
 * fetched becomes a problem; a 410 means the issuer revoked it (Open Badges hosted verification).
 */
export async function resolveOpenBadges(urls: readonly string[], getJson: GetJson, signal?: AbortSignal): Promise<ResolvedAssertions> {
  const cache = new Map<string, Promise<unknown>>();
  const fetchOnce = (url: string) => {
    let pending = cache.get(url);
    if (!pending) {
      pending = getJson(url, signal);
      cache.set(url, pending);
    }
    return pending;
  };
  const embed = async (value: unknown): Promise<unknown> => {
    const url = typeof value === 'string' ? safeHttpUrl(value) : undefined;
    if (!url) return value;
    try {
      const doc = await fetchOnce(url);
      return isObject(doc) ? doc : value;
    } catch (error) {
      if (error instanceof BadgesRequestError && error.kind === 'aborted') throw error;
      return value;
    }
  };
  const problems: BadgeProblem[] = [];
  let error: BadgesRequestError | undefined;
  const settled = await Promise.all(urls.map(async (url, index) => {
    try {
      const assertion = await fetchOnce(url);
      if (!isObject(assertion)) throw new BadgesRequestError('invalid-response', `${url} is not an Open Badges assertion.`, { url });
      const badge = await embed(assertion.badge);
      if (isObject(badge)) badge.issuer = await embed(badge.issuer);
      return { index, doc: { ...assertion, badge } };
    } catch (cause) {
      if (cause instanceof BadgesRequestError && cause.kind === 'aborted') throw cause;
      const failure = cause instanceof BadgesRequestError ? cause : new BadgesRequestError('invalid-response', String(cause), { url, cause });
      const revoked = failure.status === 410;
      problems.push({
        index,
        itemId: url,
        field: '',
        message: revoked ? `${url} answered 410 Gone: the issuer revoked this assertion.` : failure.message,
        kind: 'invalid-item',
      });
      if (!revoked) error ??= failure;
      return undefined;
    }
  }));
  const loaded = settled.filter((entry) => entry !== undefined);
  return { assertions: loaded.map((entry) => entry.doc), positions: loaded.map((entry) => entry.index), problems, error };
}
