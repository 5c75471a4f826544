/**
 * Format detection: reads the envelope once (list, DRF page, Credly `{data, metadata}`,
 * Accredible `{credential}` / `{credentials, meta}`, a VC presentation, or a single item) and
 * the first item where the envelope alone is ambiguous.
 */
import { BadgeFormatError, safeHttpUrl } from '../model';
import type { BadgeFormat, BadgePageInfo } from '../model';
import { isObject, list } from './common';

/** What the envelope holds: the format, the items and the pagination facts. */
export interface Envelope {
  format: BadgeFormat;
  items: unknown[];
  page?: BadgePageInfo;
}

/** Every format `parseBadges` reads, in detection order of importance. */
export const FORMATS: BadgeFormat[] = ['openedx', 'openedx-legacy', 'credly', 'credly-earner', 'accredible-v1', 'accredible-v2', 'openbadges2', 'openbadges3'];

const has = (value: object, key: string) => key in value;

/** Pagination facts from an envelope: `keys` names its count, next URL, page and total pages fields. */
function pageInfo(source: Record<string, unknown>, keys: string): BadgePageInfo {
  const [count, next, page, totalPages] = keys.split(' ').map((key) => source[key]);
  const out: BadgePageInfo = { next: safeHttpUrl(next) };
  Object.entries({ count, page, totalPages }).forEach(([key, value]) => {
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) out[key as 'count'] = value;
  });
  if (!out.next) delete out.next;
  return out;
}

/** The format of one item, from the keys only its format has. */
export function itemFormat(item: unknown): BadgeFormat | undefined {
  if (!isObject(item)) return undefined;
  const types = list(item.type);
  if (isObject(item.badge_template)) {
    const skills = isObject(item.badge_template) ? list(item.badge_template.skills) : [];
    return has(item, 'earner_path') || has(item, 'user_is_earner') || skills.some(isObject) ? 'credly-earner' : 'credly';
  }
  if (isObject(item.badge_class)) return 'openedx-legacy';
  if (has(item, 'external_id') && isObject(item.template)) return 'openedx';
  if (types.includes('OpenBadgeCredential') || types.includes('AchievementCredential') || isObject(item.credentialSubject)) return 'openbadges3';
  if (has(item, 'issued_on') || has(item, 'group_name') || has(item, 'encoded_id')) {
    return has(item, 'issuer_id') || isObject(item.group) ? 'accredible-v2' : 'accredible-v1';
  }
  if (types.includes('Assertion') || (has(item, 'badge') && has(item, 'issuedOn'))) return 'openbadges2';
  return undefined;
}

/** A short description of what was seen, for error messages. */
function describe(input: unknown): string {
  if (Array.isArray(input)) return `a list whose first item is ${describe(input[0])}`;
  if (isObject(input)) {
    const keys = Object.keys(input);
    return keys.length ? `an object with keys ${keys.slice(0, 8).join(', ')}${keys.length > 8 ? ', …' : ''}` : 'an empty object';
  }
  return input === null ? 'null' : `a ${typeof input}`;
}

interface Unwrapped {
  items: unknown[];
  /** The format the envelope itself implies. */
  hint?: BadgeFormat;
  /** The format to assume when no item is recognisable (e.g. a page of malformed items). */
  fallback?: BadgeFormat;
  page?: BadgePageInfo;
}

/** The items and pagination of an envelope, and the format it implies (if any). */
function unwrap(input: unknown): Unwrapped | undefined {
  if (Array.isArray(input)) return { items: input, fallback: input.length ? undefined : 'openedx' };
  if (!isObject(input)) return undefined;
  const { data, metadata: m, credentials, meta, credential, results, verifiableCredential } = input;
  if (Array.isArray(results)) {
    return {
      items: results,
      fallback: has(input, 'num_pages') ? 'openedx-legacy' : 'openedx',
      page: pageInfo(input, 'count next - num_pages'),
    };
  }
  if (Array.isArray(data) && isObject(m)) {
    return {
      items: data,
      fallback: 'credly',
      page: pageInfo(m, 'total_count next_page_url current_page total_pages'),
    };
  }
  if (Array.isArray(credentials)) {
    const pageMeta = isObject(meta) ? meta : {};
    return {
      items: credentials,
      hint: has(pageMeta, 'cursor') || has(pageMeta, 'from') ? 'accredible-v2' : undefined,
      fallback: 'accredible-v1',
      page: pageInfo(pageMeta, `${has(pageMeta, 'total_count') ? 'total_count' : 'count'} next_page current_page total_pages`),
    };
  }
  if (isObject(credential)) return { items: [credential], hint: 'accredible-v1' };
  if (verifiableCredential) return { items: list(verifiableCredential), hint: 'openbadges3' };
  return { items: [input] };
}

/** The format of the first recognisable item. */
function scan(items: unknown[]): BadgeFormat | undefined {
  for (const item of items) {
    try {
      const format = itemFormat(item);
      if (format) return format;
    } catch {
      // An unreadable item says nothing about the format; the parser reports it.
    }
  }
  return undefined;
}

/**
 * Reads a payload's envelope: its format (forced by `format`, else detected), its items and its
 * pagination. Throws `BadgeFormatError`, and only that, when the envelope matches no format.
 */
export function readEnvelope(input: unknown, format?: BadgeFormat): Envelope {
  let seen = 'an unreadable value';
  try {
    seen = describe(input);
    const found = unwrap(input);
    if (found) {
      const { items, hint, fallback, page } = found;
      const chosen = format ?? hint ?? scan(items) ?? fallback;
      if (chosen) return { format: chosen, items, ...(page && { page }) };
    }
  } catch {
    // An input that cannot even be read (a throwing getter, a revoked Proxy) is an unknown envelope.
  }
  throw new BadgeFormatError(
    format
      ? `Cannot read this payload as ${format}: got ${seen}. Pass a JSON object or list.`
      : `Unrecognised badges payload: got ${seen}. Supported formats: ${FORMATS.join(', ')} (see docs/decisions/0001-public-api.md); pass options.format to force one.`,
    format,
  );
}

/** The format `parseBadges` would read this payload as, or `undefined` when none matches. */
export function detectFormat(input: unknown): BadgeFormat | undefined {
  try {
    return readEnvelope(input).format;
  } catch {
    return undefined;
  }
}
