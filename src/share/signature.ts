import { safeHttpUrl, type Badge } from '../model';
import { escapeHtml, fill } from './text';
import type { EmailSignature, ShareImageSize, SignatureOptions } from './types';

/** Pixel sizes of the signature and embed image choices. */
export const SHARE_IMAGE_SIZES: Record<ShareImageSize, number> = { small: 64, medium: 96, large: 128 };

/** English defaults of the signature's translatable templates. */
export const DEFAULT_SIGNATURE_MESSAGES = { alt: '{name} badge issued by {issuer}', text: '{name} – {issuer}\n{url}' };

// Keeps the worst case (every character escaped) under Gmail's 10,000-character cap: names and
// issuers are shortened to 120 characters, URLs over 1,800 escaped characters are dropped.
const clamp = (value: string) => {
  const chars = Array.from(value.trim());
  return chars.length > 120 ? `${chars.slice(0, 119).join('')}…` : chars.join('');
};

const httpUrl = (value: string | undefined, httpsOnly?: boolean) => {
  const url = safeHttpUrl(value);
  return url && escapeHtml(url).length <= 1800 && (!httpsOnly || url.startsWith('https:')) ? url : undefined;
};

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
  const size = SHARE_IMAGE_SIZES[options.size!] ?? 96;
  const href = httpUrl(badge.publicUrl);
  const src = httpUrl(badge.imageUrl, true);
  const values = { name: clamp(badge.name), issuer: clamp(badge.issuer.name), url: href ?? '' };
  const details = options.showDetails !== false || !src;
  return {
    href,
    image: src ? { src, width: size, height: size, alt: fill(options.alt ?? DEFAULT_SIGNATURE_MESSAGES.alt, values) } : undefined,
    name: details ? values.name : undefined,
    issuer: details ? values.issuer : undefined,
    text: fill(options.text ?? DEFAULT_SIGNATURE_MESSAGES.text, values).trim(),
  };
}

const link = (href: string | undefined, inner: string, style = '') => (href ? `<a href="${escapeHtml(href)}" style="text-decoration:none;${style}">${inner}</a>` : inner);

const cell = (content: string, style: string) => `<td style="vertical-align:middle;${style}">${content}</td>`;

/**
 * An email signature block: a linked, hosted badge image with explicit size and alt text naming
 * the badge and issuer, and (optionally) a name/issuer line. Every value is escaped; no script,
 * iframe or data URI; table layout and inline styles, as email clients need. `text` is the
 * plain-text fallback (Apple Mail, mobile clients).
 */
export function buildEmailSignature(badge: Badge, options: SignatureOptions = {}): EmailSignature {
  const { href, image, name, issuer = '', text } = signatureParts(badge, options);
  return {
    html:
      '<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;"><tr>' +
      (image
        ? cell(
            link(href, `<img src="${escapeHtml(image.src)}" width="${image.width}" height="${image.height}" alt="${escapeHtml(image.alt)}" style="display:block;border:0;">`),
            name ? 'padding-right:10px;' : '',
          )
        : '') +
      (name
        ? cell(
            `${link(href, `<b dir="auto">${escapeHtml(name)}</b>`, 'color:#0a3055;')}<br><span dir="auto" style="color:#595959;">${escapeHtml(issuer)}</span>`,
            'font-family:Arial,Helvetica,sans-serif;font-size:13px;line-height:1.4;',
          )
        : '') +
      '</tr></table>',
    text,
  };
}

/**
 * Script-free HTML for showing a badge on a website: the signature block (linked image, name and
 * issuer) in a small bordered card. Inline styles only (it lives on other sites); every value
 * escaped; `dir="auto"` so right-to-left names display correctly.
 */
export const buildEmbedHtml = (badge: Badge, options: SignatureOptions = {}): string =>
  `<div style="display:inline-block;padding:12px;border:1px solid #ccc;border-radius:6px;background:#fff;">${buildEmailSignature(badge, { ...options, showDetails: true }).html}</div>`;
