import { afterAll, describe, expect, it } from 'vitest';
import { buildEmailSignature, buildEmbedHtml, type EmailSignature } from '../../src/share';
import { makeBadge } from '../helpers/badges';

let longestHtml = 0;
function signature(...args: Parameters<typeof buildEmailSignature>): EmailSignature {
  const result = buildEmailSignature(...args);
  longestHtml = Math.max(longestHtml, result.html.length);
  return result;
}
afterAll(() => console.info(`longest signature HTML: ${longestHtml} characters`));

function parse(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html; // jsdom does not run scripts: we only inspect the markup
  return host;
}

const hostile = makeBadge({
  name: '<script>alert(1)</script><iframe src="javascript:alert(2)"></iframe>" onmouseover="alert(3)',
  issuer: { name: '<b onclick=alert(4)>Evil & Co</b>' },
  publicUrl: 'javascript:alert(5)',
  imageUrl: 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
});

describe('buildEmailSignature', () => {
  it('links the hosted image to the public page, with size and an alt naming badge and issuer', () => {
    const badge = makeBadge({ id: 'sig-1' });
    const { html, text } = signature(badge, { size: 'large' });
    const img = parse(html).querySelector('a[href="https://www.credly.com/badges/sig-1"] > img')!;
    expect(img).not.toBeNull();
    expect(img.getAttribute('src')).toBe(badge.imageUrl);
    expect(img.getAttribute('width')).toBe('128');
    expect(img.getAttribute('height')).toBe('128');
    expect(img.getAttribute('alt')).toBe('Data Analysis with Python badge issued by Lakeside University');
    expect(parse(html).textContent).toContain('Lakeside University');
    expect(text).toBe('Data Analysis with Python – Lakeside University\nhttps://www.credly.com/badges/sig-1');
  });

  it('offers size choices and an image-only form', () => {
    expect(parse(signature(makeBadge(), { size: 'small' }).html).querySelector('img')!.getAttribute('width')).toBe('64');
    const imageOnly = parse(signature(makeBadge(), { showDetails: false }).html);
    expect(imageOnly.querySelector('img')!.getAttribute('width')).toBe('96');
    expect(imageOnly.textContent).toBe('');
  });

  it('uses translated alt and text templates', () => {
    const { html, text } = signature(makeBadge({ publicUrl: 'https://example.org/b' }), { alt: 'Insignia {name} de {issuer}', text: '{name}\n{url}' });
    expect(parse(html).querySelector('img')!.alt).toBe('Insignia Data Analysis with Python de Lakeside University');
    expect(text).toBe('Data Analysis with Python\nhttps://example.org/b');
  });

  it('escapes every value and lets no script, iframe, handler, javascript: or data URI through', () => {
    const { html, text } = signature(hostile);
    const dom = parse(html);
    expect(dom.querySelector('script, iframe, [onmouseover], [onclick], a, img')).toBeNull();
    expect(html).not.toMatch(/<script|<iframe/i);
    for (const el of dom.querySelectorAll('*')) for (const attr of el.attributes) expect(attr.value).not.toMatch(/javascript:|data:/i);
    expect(dom.textContent).toContain('<script>alert(1)</script>');
    expect(dom.textContent).toContain('<b onclick=alert(4)>Evil & Co</b>');
    expect(text).toBe(`${hostile.name} – ${hostile.issuer.name}`); // no URL line at all
  });

  it('accepts only an https image (an http one is left out)', () => {
    const dom = parse(signature(makeBadge({ imageUrl: 'http://images.example.org/b.png' })).html);
    expect(dom.querySelector('img')).toBeNull();
    expect(dom.textContent).toContain('Data Analysis with Python');
  });

  it('escapes quotes and ampersands inside URLs without breaking them', () => {
    const dom = parse(signature(makeBadge({ publicUrl: 'https://example.org/b?a=1&b="2"' })).html);
    expect(dom.querySelector('a')!.getAttribute('href')).toBe('https://example.org/b?a=1&b=%222%22');
  });

  it('stays under Gmail’s 10,000 characters with huge hostile values', () => {
    const huge = makeBadge({
      name: '"&<>'.repeat(5000),
      issuer: { name: '🎓&"'.repeat(3000) },
      publicUrl: `https://example.org/${'&'.repeat(355)}`,
      imageUrl: `https://example.org/${'&'.repeat(355)}.png`,
    });
    const { html } = signature(huge, { size: 'large' });
    expect(html.length).toBeLessThan(10_000);
    expect(parse(html).querySelector('img')).not.toBeNull();
    expect(parse(html).textContent).toContain('…');
    expect(parse(html).querySelectorAll('a')).toHaveLength(2);
  });

  it('drops a URL that would push the signature past the cap', () => {
    const html = signature(makeBadge({ publicUrl: `https://example.org/${'&'.repeat(2000)}` })).html;
    expect(parse(html).querySelector('a')).toBeNull();
    expect(parse(html).querySelector('img')).not.toBeNull();
  });
});

describe('buildEmbedHtml', () => {
  it('builds a script-free card with the linked image, name and issuer', () => {
    const dom = parse(buildEmbedHtml(makeBadge({ id: 'emb-1', name: 'مهارات البيانات' })));
    const link = dom.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://www.credly.com/badges/emb-1');
    expect(link.querySelector('img')!.alt).toBe('مهارات البيانات badge issued by Lakeside University');
    expect(dom.textContent).toContain('مهارات البيانات');
    expect(dom.querySelector('[dir="auto"]')).not.toBeNull();
  });

  it('keeps hostile values as text', () => {
    const dom = parse(buildEmbedHtml(hostile));
    expect(dom.querySelector('script, iframe, a, img, [onclick]')).toBeNull();
    for (const el of dom.querySelectorAll('*')) for (const attr of el.attributes) expect(attr.value).not.toMatch(/javascript:|data:/i);
    expect(dom.textContent).toContain('<script>');
  });
});
