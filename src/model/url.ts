/**
 * The URL policy: the only URLs the library ever keeps, renders or follows. Anything else
 * (`javascript:`, `vbscript:`, `data:text/html`, relative paths, junk) is dropped by the parsers
 * and reported as a problem.
 */

/** Returns the URL, normalized, when it is absolute `http:` or `https:`; otherwise `undefined`. */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!/^https?:\/\//i.test(text)) return undefined;
  try {
    const url = new URL(text);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

const DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp|avif|svg\+xml)(;[a-z0-9=.+-]+)*(;base64)?,[a-z0-9!$&'()*+,;=\-._~:@/?%\s]*$/i;

/**
 * For image fields only: an absolute `http(s)` URL, or a `data:image/*` URI (used solely as an
 * `<img src>`, where even SVG cannot run script). Otherwise `undefined`.
 */
export function safeImageUrl(value: unknown): string | undefined {
  if (typeof value === 'string' && DATA_IMAGE.test(value.trim())) return value.trim();
  return safeHttpUrl(value);
}

/** True when both URLs share scheme, host and port (a relative URL is on the document's origin, in a browser). */
export function sameOrigin(a: string, b: string): boolean {
  try {
    const base = globalThis.location?.href;
    return new URL(a, base).origin === new URL(b, base).origin;
  } catch {
    return false;
  }
}

/** Lone UTF-16 surrogates (legal in JSON, fatal to `encodeURIComponent`) become U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g, (unit) => (unit.length > 1 ? unit : '\uFFFD'));
}
