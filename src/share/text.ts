import { wellFormed } from '../model/url';

/** Small text helpers shared by the builders: templates, HTML escaping, X's weighted length. */

/** The placeholders of the templates, as values: formatting a translated template with them keeps them for `fill`. */
export const PLACEHOLDERS = { name: '{name}', issuer: '{issuer}', url: '{url}' };

/** Fills `{name}`-style placeholders in one pass (a value containing `{url}` stays literal). */
export const fill = (template: string, values: Record<string, string>): string => template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);

/** Escapes text for HTML content and double-quoted attribute values. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const segments = (text: string, granularity: 'grapheme' | 'word', locale?: string): string[] =>
  typeof Intl.Segmenter === 'function'
    ? Array.from(new Intl.Segmenter(locale, { granularity }).segment(text), (s) => s.segment)
    : granularity === 'word'
      ? text.split(/(\s+)/)
      : Array.from(text);

/** What X may auto-link in a post's text: a URL or a bare domain (`learn.example.org`). */
const LINKISH = /(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?:\/\S*)?/giu;

/** twitter-text v3: code points below U+1100 and in three punctuation ranges weigh 1, all others 2; an emoji sequence weighs 2. */
function plainWeight(text: string): number {
  let weight = 0;
  for (const grapheme of segments(text, 'grapheme')) {
    if (/\p{Extended_Pictographic}/u.test(grapheme)) weight += 2;
    else for (const char of grapheme) weight += char.codePointAt(0)! < 4352 || /[\u2000-\u200d\u2010-\u201f\u2032-\u2037]/.test(char) ? 1 : 2;
  }
  return weight;
}

/**
 * X's weighted length of a text (twitter-text v3). Anything X may turn into a link, a URL or a
 * bare domain-like word such as `learn.example.org` or `Node.js`, weighs 23 like a link; a bare
 * domain weighs its own length when that is more (X links only known top-level domains and
 * counts other words character by character): a post can only come out shorter than X allows,
 * never longer.
 */
export function xWeight(text: string): number {
  const clean = text.normalize('NFC');
  let weight = 0;
  let last = 0;
  for (const match of clean.matchAll(LINKISH)) {
    // X always shortens a URL to 23; a bare domain only when X knows its top-level domain.
    weight += plainWeight(clean.slice(last, match.index)) + (/^https?:/i.test(match[0]) ? 23 : Math.max(23, plainWeight(match[0])));
    last = match.index + match[0].length;
  }
  return weight + plainWeight(clean.slice(last));
}

/**
 * Shortens a text to `budget` weighted characters with an ellipsis, between words (word
 * segmentation handles scripts without spaces). Only a single word longer than the budget is cut
 * between graphemes.
 */
export function fitText(text: string, budget: number, locale?: string): string {
  const clean = text.normalize('NFC').trim();
  if (xWeight(clean) <= budget) return clean;
  const take = (parts: string[]) => {
    let out = '';
    for (const part of parts) {
      // The whole prefix is weighed (the ellipsis weighs 2): a link's parts weigh more together.
      if (xWeight(out + part) + 2 > budget) break;
      out += part;
    }
    return out;
  };
  return `${take(segments(clean, 'word', locale)).replace(/[\s\p{P}]+$/u, '') || take(segments(clean, 'grapheme'))}…`;
}

/** Percent-encodes a value for a query string or a `mailto:` header (RFC 3986 / 6068: `%20`, never `+`). */
// A lone surrogate (legal in JSON) would make encodeURIComponent throw: it becomes U+FFFD.
export const encode = (value: string): string => encodeURIComponent(wellFormed(value)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Builds `base?k=v&…`, encoding every value and omitting empty ones. */
export const withQuery = (base: string, params: Record<string, string | number | undefined>): string =>
  `${base}?${Object.entries(params)
    .filter(([, value]) => value != null && value !== '')
    .map(([key, value]) => `${key}=${encode(String(value))}`)
    .join('&')}`;
