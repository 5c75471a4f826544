/** Small text helpers shared by the builders: templates, HTML escaping, X's weighted length. */

/** Fills `{name}`-style placeholders in one pass (a value containing `{url}` stays literal). */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}

/** Escapes text for HTML content and double-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function segments(text: string, granularity: 'grapheme' | 'word', locale?: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return granularity === 'word' ? text.split(/(\s+)/) : Array.from(text);
  return Array.from(new Intl.Segmenter(locale, { granularity }).segment(text), (s) => s.segment);
}

// twitter-text v3: code points in these ranges weigh 1, all others 2; an emoji sequence weighs 2.
const LIGHT = [0, 4351, 8192, 8205, 8208, 8223, 8242, 8247];

/** X's weighted length of a text (a URL inside the text is not special-cased: pass URLs apart). */
export function xWeight(text: string): number {
  let weight = 0;
  for (const grapheme of segments(text.normalize('NFC'), 'grapheme')) {
    if (/\p{Extended_Pictographic}/u.test(grapheme)) {
      weight += 2;
      continue;
    }
    for (const char of grapheme) {
      const code = char.codePointAt(0) ?? 0;
      let light = false;
      for (let i = 0; i < LIGHT.length; i += 2) light ||= code >= LIGHT[i]! && code <= LIGHT[i + 1]!;
      weight += light ? 1 : 2;
    }
  }
  return weight;
}

/**
 * Shortens a text to `budget` weighted characters with an ellipsis, between words (word
 * segmentation handles scripts without spaces). Only a single word longer than the budget is cut
 * between graphemes.
 */
export function fitText(text: string, budget: number, locale?: string): string {
  const clean = text.normalize('NFC').trim();
  if (xWeight(clean) <= budget) return clean;
  const room = budget - xWeight('…');
  let out = '';
  let used = 0;
  for (const part of segments(clean, 'word', locale)) {
    used += xWeight(part);
    if (used > room) break;
    out += part;
  }
  out = out.replace(/[\s\p{P}]+$/u, '');
  if (!out) {
    used = 0;
    for (const part of segments(clean, 'grapheme')) {
      used += xWeight(part);
      if (used > room) break;
      out += part;
    }
  }
  return `${out}…`;
}

/** Percent-encodes a value for a query string or a `mailto:` header (RFC 3986 / 6068: `%20`, never `+`). */
export function encode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Builds `base?k=v&…`, encoding every value and omitting empty ones. */
export function withQuery(base: string, params: Record<string, string | number | undefined>): string {
  const query = Object.entries(params)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${encode(String(value))}`)
    .join('&');
  return query ? `${base}?${query}` : base;
}
