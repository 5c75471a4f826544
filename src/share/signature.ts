import { safeHttpUrl, type Badge } from '../model';
import { escapeHtml, fill } from './text';
import type { EmailSignature, ShareImageSize, SignatureOptions } from './types';

/** Pixel sizes of the signature and embed image choices. */
export const SHARE_IMAGE_SIZES: Record<ShareImageSize, number> = { small: 64, medium: 96, large: 128 };

const DEFAULT_ALT = '{name} badge issued by {issuer}';
const DEFAULT_TEXT = '{name} – {issuer}\n{url}';
// Keeps the worst case (every character escaped) under Gmail's 10,000-character cap.
const MAX_TEXT = 120;
const MAX_URL = 1800;

function clamp(value: string): string {
  const chars = Array.from(value.trim());
  return chars.length > MAX_TEXT ? `${chars.slice(0, MAX_TEXT - 1).join('')}…` : chars.join('');
}

function httpUrl(value: string | undefined, httpsOnly = false): string | undefined {
  const url = safeHttpUrl(value);
  return url && escapeHtml(url).length <= MAX_URL && (!httpsOnly || url.startsWith('https:')) ? url : undefined;
}

/**
 * What a signature shows, as plain values: the same parts feed the HTML string and the React
 * preview. The image must be hosted on https (a `data:` image means no image); link targets are
 * the badge's http(s) public page only. Long names are shortened to keep under Gmail's cap.
 */
export interface SignatureParts {
  href?: string;
  image?: { src: string; width: number; height: number; alt: string };
  name?: string;
  issuer?: string;
  text: string;
}

/** Computes the parts of an email signature or embed card for a badge. */
export function signatureParts(badge: Badge, options: SignatureOptions = {}): SignatureParts {
  const size = SHARE_IMAGE_SIZES[options.size ?? 'medium'] ?? SHARE_IMAGE_SIZES.medium;
  const href = httpUrl(badge.publicUrl);
  const src = httpUrl(badge.imageUrl, true);
  const values = { name: clamp(badge.name), issuer: clamp(badge.issuer.name), url: href ?? '' };
  const details = options.showDetails !== false;
  return {
    href,
    image: src ? { src, width: size, height: size, alt: fill(options.alt ?? DEFAULT_ALT, values) } : undefined,
    name: details || !src ? values.name : undefined,
    issuer: details || !src ? values.issuer : undefined,
    text: fill(options.text ?? DEFAULT_TEXT, values).trim(),
  };
}

const FONT = 'font-family:Arial,Helvetica,sans-serif;';

function link(href: string | undefined, inner: string, style = ''): string {
  return href ? `<a href="${escapeHtml(href)}" style="text-decoration:none;${style}">${inner}</a>` : inner;
}

function img(image: SignatureParts['image'], style: string): string {
  if (!image) return '';
  const { src, width, height, alt } = image;
  return `<img src="${escapeHtml(src)}" width="${width}" height="${height}" alt="${escapeHtml(alt)}" style="display:block;border:0;${style}">`;
}

/**
 * An email signature block: a linked, hosted badge image with explicit size and alt text naming
 * the badge and issuer, and (optionally) a name/issuer line. Every value is escaped; no script,
 * iframe or data URI; table layout and inline styles, as email clients need. `text` is the
 * plain-text fallback (Apple Mail, mobile clients).
 */
export function buildEmailSignature(badge: Badge, options: SignatureOptions = {}): EmailSignature {
  const parts = signatureParts(badge, options);
  const cell = (content: string, style = '') => `<td style="vertical-align:middle;${style}">${content}</td>`;
  const details =
    parts.name &&
    cell(
      `${link(parts.href, `<b dir="auto">${escapeHtml(parts.name)}</b>`, 'color:#0a3055;')}<br><span style="color:#595959;">${escapeHtml(parts.issuer ?? '')}</span>`,
      `${FONT}font-size:13px;line-height:1.4;`,
    );
  const html =
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;"><tr>` +
    (parts.image ? cell(link(parts.href, img(parts.image, '')), details ? 'padding-right:10px;' : '') : '') +
    (details || '') +
    `</tr></table>`;
  return { html, text: parts.text };
}

/**
 * Script-free HTML for showing a badge on a website: a small card with the linked image, name
 * and issuer. Inline styles only (it lives on other sites); every value escaped; `dir="auto"` so
 * right-to-left names display correctly.
 */
export function buildEmbedHtml(badge: Badge, options: SignatureOptions = {}): string {
  const parts = signatureParts(badge, { ...options, showDetails: true });
  const image = img(parts.image, 'margin:0 auto 8px;');
  return (
    `<div style="display:inline-block;max-width:${(parts.image?.width ?? 96) + 120}px;padding:12px;border:1px solid #ccc;border-radius:6px;background:#fff;text-align:center;${FONT}">` +
    link(parts.href, `${image}<b dir="auto" style="display:block;color:#0a3055;">${escapeHtml(parts.name ?? '')}</b>`) +
    `<span dir="auto" style="display:block;color:#595959;font-size:13px;">${escapeHtml(parts.issuer ?? '')}</span></div>`
  );
}
