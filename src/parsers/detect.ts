/**
 * Format detection: reads the envelope once (list, DRF page, Credly `{data, metadata}`,
 * Accredible `{credential}` / `{credentials, meta}`, a VC presentation, or a single item) and
 * the first item where the envelope alone is ambiguous.
 */
import { BadgeFormatError, safeHttpUrl } from '../model';
import type { BadgeFormat, BadgePageInfo } from '../model';
import { isObject, kindOf, list } from './common';

/** What the envelope holds: the format, the items and the pagination facts. */
export interface Envelope {
  format: BadgeFormat;
  items: unknown[];
  page?: BadgePageInfo;
}

/**
 * A next link the client may follow: absolute `http(s)` (normalized), or relative to the page it
 * came from, as DRF may send it (`/api/…?page=2`, `?page=2`; kept as given, the client resolves
 * it). A value starting with `/` or `?` cannot carry a scheme; anything else is dropped.
 */
function nextLink(value: unknown): string | undefined {
  return typeof value === 'string' && /^[/?]/.test(value.trim()) ? value.trim() : safeHttpUrl(value);
}

/** Pagination facts from an envelope: `keys` names its count, next URL, page and total pages fields. */
function pageInfo(source: Record<string, unknown>, keys: string): BadgePageInfo {
  const out: Record<string, unknown> = {};
  keys.split(' ').forEach((key, i) => {
    const value = i === 1 ? nextLink(source[key]) : source[key];
    if (i === 1 ? value : typeof value === 'number' && value >= 0 && value < Infinity) out[['count', 'next', 'page', 'totalPages'][i] as string] = value;
  });
  return out;
}

/** The format of one item, from the keys only its format has. */
function itemFormat(item: unknown): BadgeFormat | undefined {
  if (!isObject(item)) return undefined;
  const has = (key: string) => key in item;
  const types = list(item.type);
  const template = item.badge_template;
  if (isObject(template)) return has('earner_path') || has('user_is_earner') || list(template.skills).some(isObject) ? 'credly-earner' : 'credly';
  if (isObject(item.badge_class)) return 'openedx-legacy';
  if (has('external_id') && isObject(item.template)) return 'openedx';
  if (types.some((t) => /^(OpenBadge|Achievement)Credential$/.test(t as string)) || isObject(item.credentialSubject)) return 'openbadges3';
  if (has('issued_on') || has('group_name') || has('encoded_id')) return has('issuer_id') || isObject(item.group) ? 'accredible-v2' : 'accredible-v1';
  if (types.includes('Assertion') || (has('badge') && has('issuedOn'))) return 'openbadges2';
  return undefined;
}

/** A short description of what was seen, for error messages. */
export function describe(input: unknown): string {
  if (Array.isArray(input)) return `a list whose first item is ${describe(input[0])}`;
  return isObject(input) ? `an object with keys ${Object.keys(input).slice(0, 8).join(', ')}` : kindOf(input);
}

/** The items, the format the envelope implies (`hint`), the one to assume when no item is recognisable (`fallback`), and the pagination. */
function unwrap(input: unknown): [items: unknown[], hint?: BadgeFormat, fallback?: BadgeFormat, page?: BadgePageInfo] | undefined {
  if (Array.isArray(input)) return [input, undefined, input.length ? undefined : 'openedx'];
  if (!isObject(input)) return undefined;
  const { data, metadata, credentials, meta, credential, results, verifiableCredential } = input;
  if (Array.isArray(results)) return [results, undefined, 'num_pages' in input ? 'openedx-legacy' : 'openedx', pageInfo(input, 'count next - num_pages')];
  if (Array.isArray(data) && isObject(metadata)) return [data, undefined, 'credly', pageInfo(metadata, 'total_count next_page_url current_page total_pages')];
  if (Array.isArray(credentials)) {
    const m = isObject(meta) ? meta : {};
    return [credentials, 'cursor' in m || 'from' in m ? 'accredible-v2' : undefined, 'accredible-v1', pageInfo(m, `${'total_count' in m ? 'total_' : ''}count next_page current_page total_pages`)];
  }
  if (isObject(credential)) return [[credential], 'accredible-v1'];
  if (verifiableCredential) return [list(verifiableCredential), 'openbadges3'];
  return [[input]];
}

/**
 * Reads a payload's envelope: its format (forced by `format`, else detected from the envelope,
 * then from the first recognisable item), its items and its pagination. Throws
 * `BadgeFormatError`, and only that, when the envelope matches no format (its message lists
 * the supported `formats`).
 */
export function readEnvelope(input: unknown, format?: BadgeFormat, formats: string[] = []): Envelope {
  let seen = 'an unreadable value';
  try {
    seen = describe(input);
    const found = unwrap(input);
    if (found) {
      const [items, hint, fallback, page] = found;
      let chosen = format ?? hint;
      for (const item of items) {
        if (chosen) break;
        try {
          chosen = itemFormat(item);
        } catch {
          // An unreadable item (a throwing getter) says nothing about the format; the parser reports it.
        }
      }
      chosen ??= fallback;
      if (chosen) return { format: chosen, items, ...(page && { page }) };
    }
  } catch {
    // An input that cannot even be read (a throwing getter, a revoked Proxy) is an unknown envelope.
  }
  throw new BadgeFormatError(
    format
      ? `Cannot read this payload as ${format}: got ${seen}`
      : `Unrecognised badges payload: got ${seen}. Supported formats: ${formats.join(', ')}; pass options.format to force one`,
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
