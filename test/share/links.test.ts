import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { buildShareLinks, fitText, xWeight, type ShareLinks } from '../../src/share';
import { makeBadge } from '../helpers/badges';

let longestLinkedIn = 0;
function links(...args: Parameters<typeof buildShareLinks>): ShareLinks {
  const result = buildShareLinks(...args);
  longestLinkedIn = Math.max(longestLinkedIn, result.linkedInAddToProfile?.length ?? 0);
  return result;
}
afterAll(() => console.info(`longest LinkedIn add-to-profile URL: ${longestLinkedIn} characters`));

function params(url: string | undefined): URLSearchParams {
  expect(url).toBeDefined();
  return new URL(url!).searchParams;
}

/** The X post as X composes it: text, URL (23), hashtags, via. */
function xPostWeight(url: string): number {
  const p = params(url);
  const tags = p.get('hashtags') ? ` #${p.get('hashtags')!.split(',').join(' #')}` : '';
  const via = p.get('via') ? ` via @${p.get('via')}` : '';
  return xWeight(p.get('text') ?? '') + (p.get('url') ? 24 : 0) + xWeight(tags + via);
}

describe('LinkedIn add to profile', () => {
  it('sends every field with 1-based months, exactly one organization field and the credential', () => {
    const badge = makeBadge({ id: 'abc-123', issuedAt: '2026-01-15T09:00:00Z', expiresAt: '2028-12-31' });
    const p = params(links(badge).linkedInAddToProfile);
    expect(Object.fromEntries(p)).toEqual({
      startTask: 'CERTIFICATION_NAME',
      name: 'Data Analysis with Python',
      organizationName: 'Lakeside University',
      issueYear: '2026',
      issueMonth: '1',
      expirationYear: '2028',
      expirationMonth: '12',
      certUrl: 'https://www.credly.com/badges/abc-123',
      certId: 'abc-123',
    });
  });

  it('uses December as 12 and omits expiry fields for a badge that never expires', () => {
    const p = params(links(makeBadge({ issuedAt: '2025-12-01', expiresAt: undefined })).linkedInAddToProfile);
    expect(p.get('issueMonth')).toBe('12');
    expect(p.get('issueYear')).toBe('2025');
    expect(p.has('expirationYear')).toBe(false);
    expect(p.has('expirationMonth')).toBe(false);
  });

  it('omits the issue date when unknown, never sending empty parameters', () => {
    const url = links(makeBadge({ issuedAt: undefined })).linkedInAddToProfile!;
    expect(url).not.toMatch(/=(&|$)/);
    expect(params(url).has('issueYear')).toBe(false);
  });

  describe('in time zones far from UTC', () => {
    const saved = process.env.TZ;
    afterEach(() => {
      process.env.TZ = saved;
    });
    for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
      it(`never shifts a date-only value, and reads instants in UTC (${zone})`, () => {
        process.env.TZ = zone;
        const dateOnly = params(links(makeBadge({ issuedAt: '2026-01-01', expiresAt: '2026-12-31' })).linkedInAddToProfile);
        expect([dateOnly.get('issueYear'), dateOnly.get('issueMonth')]).toEqual(['2026', '1']);
        expect([dateOnly.get('expirationYear'), dateOnly.get('expirationMonth')]).toEqual(['2026', '12']);
        const nearMidnight = params(links(makeBadge({ issuedAt: '2025-12-31T23:59:59Z' })).linkedInAddToProfile);
        expect([nearMidnight.get('issueYear'), nearMidnight.get('issueMonth')]).toEqual(['2025', '12']);
      });
    }
  });

  it('prefers the issuer organizationId, then host configuration, and never sends both', () => {
    const fromIssuer = params(links(makeBadge({ issuer: { name: 'Lakeside University', linkedInOrganizationId: '1337' } })).linkedInAddToProfile);
    expect(fromIssuer.get('organizationId')).toBe('1337');
    expect(fromIssuer.has('organizationName')).toBe(false);
    const fromHost = params(links(makeBadge(), { linkedInOrganizationIds: { 'Lakeside University': '98765' } }).linkedInAddToProfile);
    expect(fromHost.get('organizationId')).toBe('98765');
    expect(fromHost.has('organizationName')).toBe(false);
    const junk = params(links(makeBadge({ issuer: { name: 'Lakeside', linkedInOrganizationId: '12&x=1' } })).linkedInAddToProfile);
    expect(junk.has('organizationId')).toBe(false);
    expect(junk.get('organizationName')).toBe('Lakeside');
  });

  it('encodes &, #, quotes, non-Latin text and emoji so they round-trip', () => {
    const name = 'R&D #1: "Quotes" & \'apostrophes\' — 数据分析 مهارات 🎓👩🏽‍💻';
    const issuer = 'Université de Montréal & Co. #2';
    const url = links(makeBadge({ name, issuer: { name: issuer } })).linkedInAddToProfile!;
    expect(url).not.toMatch(/[ "'#<>]|&(?!(name|organizationName|issueYear|issueMonth|certUrl|certId)=)/);
    expect(params(url).get('name')).toBe(name);
    expect(params(url).get('organizationName')).toBe(issuer);
    expect(url).toContain('%20');
    expect(url).not.toContain('+');
  });

  it('is still offered for an expired badge, with its past expiry', () => {
    const result = links(makeBadge({ status: 'expired', issuedAt: '2023-03-10', expiresAt: '2025-03-10' }));
    expect(params(result.linkedInAddToProfile).get('expirationYear')).toBe('2025');
    expect(result.warnings?.linkedInAddToProfile).toBeUndefined();
    expect(result.warnings?.x).toEqual({ reason: 'expired', fix: { kind: 'renew' } });
    expect(result.x).toBeDefined();
  });
});

describe('LinkedIn post and Facebook', () => {
  it('send only the public URL to the https endpoints', () => {
    const badge = makeBadge({ publicUrl: 'https://www.credly.com/badges/x?a=1&b=2#frag' });
    const { linkedInPost, facebook } = links(badge);
    expect(linkedInPost).toBe('https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fwww.credly.com%2Fbadges%2Fx%3Fa%3D1%26b%3D2%23frag');
    expect(facebook).toBe('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.credly.com%2Fbadges%2Fx%3Fa%3D1%26b%3D2%23frag');
  });
});

describe('X', () => {
  it('keeps a normal post whole, with hashtags and via', () => {
    const url = links(makeBadge(), { hashtags: ['OpenEdX', 'bad tag', 'learning'], via: 'openedx' }).x!;
    const p = params(url);
    expect(p.get('text')).toBe('I earned the Data Analysis with Python badge from Lakeside University!');
    expect(p.get('hashtags')).toBe('OpenEdX,learning');
    expect(p.get('via')).toBe('openedx');
    expect(url.startsWith('https://twitter.com/intent/tweet?')).toBe(true);
  });

  it('weighs URLs 23, CJK and emoji 2, Latin 1', () => {
    expect(xWeight('abc')).toBe(3);
    expect(xWeight('東京')).toBe(4);
    expect(xWeight('🎓')).toBe(2);
    expect(xWeight('👩🏽‍💻')).toBe(2);
    expect(xWeight('é')).toBe(1);
    // X links URLs and bare domains inside the text: each weighs 23, whatever its length.
    expect(xWeight('see https://learn.example.org/courses/course-v1:Org+CS101+2026/about now')).toBe(4 + 23 + 4);
    expect(xWeight('Cloud.ai')).toBe(23);
    expect(xWeight('v2.0 e.g.')).toBe(9);
    // Not a top-level domain X knows: X counts it plainly, so it never weighs less than its length.
    expect(xWeight('System.Security.Cryptography')).toBe(28);
  });

  it('keeps a post with link-like words in its badge name within 280', () => {
    const name = Array.from({ length: 30 }, (_, i) => `Cloud${i}.ai`).join(' ');
    const url = links(makeBadge({ name })).x!;
    const text = params(url).get('text')!;
    expect(xPostWeight(url)).toBeLessThanOrEqual(280);
    // 23 per link-like word: far fewer characters fit than the ~250 plain weighing would keep.
    expect(text.length).toBeGreaterThan(80);
    expect(text.length).toBeLessThan(160);
    expect(text.endsWith('…')).toBe(true);
  });

  it('keeps dotted names that are not links within 280 too', () => {
    const name = Array.from({ length: 12 }, (_, i) => `System.Security.Cryptography${i}`).join(' ');
    const url = links(makeBadge({ name })).x!;
    expect(xPostWeight(url)).toBeLessThanOrEqual(280);
    // X's own count of such words is their length: the text itself stays within X's 280 minus the link.
    expect(params(url).get('text')!.length).toBeLessThanOrEqual(280 - 24);
  });

  it('fits a long Latin post within 280 without cutting a word', () => {
    const name = Array.from({ length: 60 }, (_, i) => `Word${i}`).join(' ');
    const url = links(makeBadge({ name }), { hashtags: ['OpenEdX'], via: 'openedx' }).x!;
    const text = params(url).get('text')!;
    expect(xPostWeight(url)).toBeLessThanOrEqual(280);
    expect(xPostWeight(url)).toBeGreaterThan(260);
    expect(text.endsWith('…')).toBe(true);
    const words = text.slice(0, -1).split(' ');
    expect(name.split(' ')).toEqual(expect.arrayContaining(words.slice(3)));
  });

  it('fits CJK text by its double weight, breaking between words', () => {
    const name = 'データ分析と機械学習の基礎'.repeat(12);
    const post = '{name}を取得しました';
    const url = links(makeBadge({ name }), { messages: { post }, locale: 'ja' }).x!;
    const text = params(url).get('text')!;
    expect(xPostWeight(url)).toBeLessThanOrEqual(280);
    expect(xPostWeight(url)).toBeGreaterThan(240);
    // every kept piece ends where the Japanese word segmenter puts a boundary
    const cut = text.slice(0, -1);
    const boundaries = new Set([...new Intl.Segmenter('ja', { granularity: 'word' }).segment(name)].map((s) => s.index));
    expect(boundaries.has(cut.length)).toBe(true);
  });

  it('counts emoji as 2 and never splits an emoji sequence', () => {
    const name = '🎓👩🏽‍💻 '.repeat(80);
    const url = links(makeBadge({ name })).x!;
    expect(xPostWeight(url)).toBeLessThanOrEqual(280);
    expect(params(url).get('text')).toMatch(/^I earned the (🎓👩🏽‍💻 )*🎓👩🏽‍💻…$/u);
  });

  it('cuts a single over-long word only between graphemes', () => {
    expect(fitText('x'.repeat(400), 10)).toBe(`${'x'.repeat(8)}…`);
  });
});

describe('email', () => {
  it('builds an RFC 6068 mailto with %20 spaces and %0D%0A line breaks', () => {
    const badge = makeBadge({ name: 'Q&A #7 "Café" 🎓', publicUrl: 'https://www.credly.com/badges/q?x=1&y=2' });
    const url = links(badge, { messages: { emailSubject: '{name}', emailBody: 'Line one\nLine two {url}' } }).email!;
    expect(url).toBe(
      'mailto:?subject=Q%26A%20%237%20%22Caf%C3%A9%22%20%F0%9F%8E%93&body=Line%20one%0D%0ALine%20two%20https%3A%2F%2Fwww.credly.com%2Fbadges%2Fq%3Fx%3D1%26y%3D2',
    );
  });

  it('does not substitute placeholders that appear inside values', () => {
    const url = links(makeBadge({ name: '{url} {issuer}' }), { messages: { emailSubject: '{name}' } }).email!;
    expect(decodeURIComponent(url.split('subject=')[1]!.split('&')[0]!)).toBe('{url} {issuer}');
  });
});

describe('availability', () => {
  const all = ['linkedInAddToProfile', 'linkedInPost', 'x', 'facebook', 'email'] as const;

  it('offers nothing for a revoked badge', () => {
    const result = links(makeBadge({ status: 'revoked', revocationReason: 'Issued in error' }));
    for (const target of all) {
      expect(result[target]).toBeUndefined();
      expect(result.unavailable[target]).toEqual({ reason: 'revoked' });
    }
  });

  it('asks to accept a pending badge first, with the accept URL as the fix', () => {
    const badge = makeBadge({ status: 'pending', pendingReason: 'accept', publicUrl: undefined, acceptUrl: 'https://www.credly.com/earner/earned/badge/abc/accept' });
    const result = links(badge);
    expect(result.x).toBeUndefined();
    expect(result.unavailable.linkedInAddToProfile).toEqual({ reason: 'pending', fix: { kind: 'accept', url: 'https://www.credly.com/earner/earned/badge/abc/accept' } });
  });

  it('has no fix while a badge is still being issued', () => {
    expect(links(makeBadge({ status: 'pending', pendingReason: 'issuing' })).unavailable.email).toEqual({ reason: 'pending' });
  });

  it('asks to make a private badge public', () => {
    const result = links(makeBadge({ isPublic: false }));
    expect(result.facebook).toBeUndefined();
    expect(result.unavailable.facebook?.reason).toBe('private');
    expect(result.unavailable.facebook?.fix?.kind).toBe('make-public');
  });

  it('honours issuer switches per target', () => {
    const result = links(makeBadge({ shareSwitches: { addToLinkedIn: 'disabled', sharing: 'public', emailShare: 'private' } }));
    expect(result.unavailable.linkedInAddToProfile).toEqual({ reason: 'disabled-by-issuer' });
    expect(result.unavailable.email).toEqual({ reason: 'private' });
    expect(result.x).toBeDefined();
    expect(result.linkedInPost).toBeDefined();
  });

  it('treats an expiry date in the past as expired even if the status lags', () => {
    const result = links(makeBadge({ expiresAt: '2026-01-31' }), { now: Date.parse('2026-02-01T00:00:00Z') });
    expect(result.warnings?.facebook?.reason).toBe('expired');
  });

  it('never lets a hostile URL or markup reach any link', () => {
    const badge = makeBadge({
      name: '<img src=x onerror=alert(1)>',
      publicUrl: 'javascript:alert(1)',
      acceptUrl: 'javascript:alert(2)',
    });
    const result = links(badge);
    for (const target of all) expect(result.unavailable[target]).toEqual({ reason: 'no-public-url' });
    const pending = links({ ...badge, status: 'pending', pendingReason: 'accept' });
    expect(pending.unavailable.x).toEqual({ reason: 'pending', fix: { kind: 'accept', url: undefined } });
    const withPage = links({ ...badge, publicUrl: 'https://www.credly.com/badges/1' });
    for (const target of all) {
      const url = withPage[target]!;
      expect(url).not.toMatch(/javascript|<|>/i);
      expect(url).toMatch(/^(https:\/\/(www\.linkedin\.com|twitter\.com|www\.facebook\.com)\/|mailto:\?)/);
    }
  });
});
