import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BadgeFormatError } from '../../src/model';
import { detectFormat, parseBadges, parseProgress } from '../../src/parsers';
import page from '../fixtures/providers/openedx-badges-page.json';
import org from '../fixtures/providers/credly-org-badges.json';
import embedded from '../fixtures/providers/ob2-assertion-embedded.json';
import credentials from '../fixtures/providers/ob3-credentials.json';
import single from '../fixtures/providers/accredible-v1-credential.json';

const now = Date.parse('2026-11-27T12:00:00Z');
const accepted = page.results[0]!;

describe('format detection', () => {
  it('recognises each envelope once', () => {
    expect(detectFormat(page)).toBe('openedx');
    expect(detectFormat({ count: 0, next: null, previous: null, results: [] })).toBe('openedx');
    expect(detectFormat({ count: 0, previous: null, num_pages: 0, results: [] })).toBe('openedx-legacy');
    expect(detectFormat({ data: [], metadata: {} })).toBe('credly');
    expect(detectFormat(org)).toBe('credly');
    expect(detectFormat(single)).toBe('accredible-v1');
    expect(detectFormat({ credentials: [], meta: { count: 0, from: 0, size: 50 } })).toBe('accredible-v2');
    expect(detectFormat(embedded)).toBe('openbadges2');
    expect(detectFormat(credentials[0])).toBe('openbadges3');
    expect(detectFormat([])).toBe('openedx');
    // OB 3.0 `type` may be a plain string; OB 2.0 is known by its type or by badge + issuedOn.
    expect(detectFormat({ type: 'OpenBadgeCredential', issuer: 'did:web:x.example' })).toBe('openbadges3');
    expect(detectFormat({ type: 'Assertion', id: 'urn:uuid:1' })).toBe('openbadges2');
  });

  it('returns undefined for what it does not recognise', () => {
    expect(detectFormat({ badges: [] })).toBeUndefined();
    expect(detectFormat(null)).toBeUndefined();
  });

  it('detects a page from a later item when the first one is malformed', () => {
    const result = parseBadges({ count: 2, next: null, results: [{ nonsense: true }, accepted] }, { now });
    expect(result.format).toBe('openedx');
    expect(result.badges).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ index: 0, kind: 'invalid-item' });
  });
});

describe('BadgeFormatError', () => {
  it('is thrown for an unknown envelope with what was seen and which formats are supported', () => {
    let error: unknown;
    try {
      parseBadges({ badges: [], total: 0 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BadgeFormatError);
    const message = (error as Error).message;
    expect(message).toContain('badges, total');
    for (const format of ['openedx', 'openedx-legacy', 'credly', 'credly-earner', 'accredible-v1', 'accredible-v2', 'openbadges2', 'openbadges3']) {
      expect(message).toContain(format);
    }
    expect(message).toContain('options.format');
  });

  it('describes primitives and lists of junk', () => {
    expect(() => parseBadges(null)).toThrow(/got null/);
    expect(() => parseBadges(42)).toThrow(/got a number/);
    expect(() => parseBadges('<html>Bad gateway</html>')).toThrow(/got a string/);
    expect(() => parseBadges([1, 2])).toThrow(/a list whose first item is a number/);
  });

  it('is thrown for an unknown options.format, carrying the format', () => {
    expect(() => parseBadges(page, { format: 'badgr' as never })).toThrow(BadgeFormatError);
    try {
      parseBadges(null, { format: 'credly' });
    } catch (error) {
      expect(error).toBeInstanceOf(BadgeFormatError);
      expect((error as BadgeFormatError).format).toBe('credly');
      expect((error as Error).message).toMatch(/as credly/);
    }
  });

  it('is not thrown when a format is forced on a mismatching object: the items become problems', () => {
    const result = parseBadges(embedded, { format: 'credly' });
    expect(result.badges).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ index: 0, kind: 'invalid-item' })]);
  });
});

describe('URL policy', () => {
  const hostile = {
    ...accepted,
    public_url: 'javascript:alert(document.cookie)',
    template: {
      ...accepted.template,
      image_url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      criteria_url: '/courses/relative/about',
      issuer: { ...accepted.template.issuer, url: 'vbscript:msgbox(1)', image_url: 'data:image/png;base64,iVBORw0KGgo=' },
    },
  };
  const result = parseBadges(hostile, { now });
  const [badge] = result.badges;

  it('drops javascript:, data:text/html, vbscript: and relative URLs and keeps the badge', () => {
    expect(badge!.name).toBe('Accessible Web Design Practitioner');
    expect(badge!.imageUrl).toBeUndefined();
    expect(badge!.issuer.url).toBeUndefined();
    expect(badge!.criteria).toEqual({ narrative: 'Pass the graded audit project with 75% or more.' });
    expect(JSON.stringify(badge)).not.toMatch(/javascript:|vbscript:|data:text/);
  });

  it('keeps data:image URIs in image fields only', () => {
    expect(badge!.issuer.imageUrl).toBe('data:image/png;base64,iVBORw0KGgo=');
    const [asLink] = parseBadges({ ...accepted, public_url: 'data:image/png;base64,iVBORw0KGgo=' }, { now }).badges;
    expect(asLink!.publicUrl).toBe('https://www.credly.com/badges/b8e41f0c-52d7-4a9e-8c13-6f0a2d9e4b77');
  });

  it('reports each dropped URL with the item and the field', () => {
    expect(result.problems.map((p) => [p.index, p.itemId, p.field, p.kind])).toEqual(
      expect.arrayContaining([
        [0, accepted.external_id, 'public_url', 'dropped-field'],
        [0, accepted.external_id, 'template.image_url', 'dropped-field'],
        [0, accepted.external_id, 'template.criteria_url', 'dropped-field'],
        [0, accepted.external_id, 'template.issuer.url', 'dropped-field'],
      ]),
    );
    expect(result.problems).toHaveLength(4);
  });

  it('reports a non-text id once (why it was dropped, then the missing id), naming its kind with the right article', () => {
    const result = parseBadges({ ...org.data[0], id: { uuid: 'x' } }, { now });
    expect(result.badges).toEqual([]);
    expect(result.problems.map((p) => [p.field, p.kind, p.message])).toEqual([
      ['id', 'dropped-field', 'Dropped an object: not text'],
      ['id', 'invalid-item', 'Missing id'],
    ]);
    expect(parseBadges({ ...org.data[0], badge_template: undefined }, { now, format: 'credly' }).problems[0]!.message).toBe('Expected object, got undefined');
  });

  it('drops an unsafe next link rather than following it', () => {
    expect(parseBadges({ ...page, next: 'javascript:alert(1)' }).page).toEqual({ count: 46 });
    for (const next of ['java\nscript:alert(1)', ' data:text/html,x', 'vbscript:x', 'mailto:a@b.example']) {
      expect(parseBadges({ ...page, next }).page).toEqual({ count: 46 });
    }
  });

  it('keeps a relative next link as given (the client resolves it against the page URL)', () => {
    expect(parseBadges({ ...page, next: '/api/badges/v1/learners/x/badges/?page=2' }).page).toEqual({ count: 46, next: '/api/badges/v1/learners/x/badges/?page=2' });
    expect(parseBadges({ ...page, next: '?page=2' }).page?.next).toBe('?page=2');
  });

  it('reports unsafe URLs in other formats too (Credly evidence, OB 2.0 image)', () => {
    const credly = parseBadges({ ...org.data[0], evidence: [{ type: 'UrlEvidence', name: 'x', value: 'javascript:alert(1)' }] }, { now });
    expect(credly.badges[0]!.evidence).toEqual([{ name: 'x' }]);
    expect(credly.problems).toEqual([expect.objectContaining({ field: 'evidence.0.value', kind: 'dropped-field' })]);
    const ob2 = parseBadges({ ...embedded, image: 'data:text/html,<script>alert(1)</script>' }, { now });
    expect(ob2.badges[0]!.imageUrl).toBe('https://badges.fenwick-college.example/images/marine-ecology.png');
    expect(ob2.problems).toEqual([expect.objectContaining({ field: 'image', kind: 'dropped-field' })]);
  });
});

describe('one bad item among good ones', () => {
  it('keeps the good items and names the bad one by index, id and field', () => {
    const badItem = { ...accepted, external_id: 'bad-1', template: { ...accepted.template, skills: 'WCAG' } };
    const result = parseBadges({ ...page, results: [page.results[1], badItem, page.results[2], 17, null] }, { now });
    expect(result.badges.map((b) => b.id)).toEqual([page.results[1]!.external_id, page.results[2]!.external_id]);
    expect(result.problems).toEqual([
      expect.objectContaining({ index: 1, itemId: 'bad-1', field: 'template.skills', kind: 'invalid-item' }),
      expect.objectContaining({ index: 3, field: '', kind: 'invalid-item' }),
      expect.objectContaining({ index: 4, field: '', kind: 'invalid-item' }),
    ]);
  });

  it('drops a non-text field but keeps the badge', () => {
    const result = parseBadges({ ...accepted, template: { ...accepted.template, description: { html: '<b>hi</b>' } } }, { now });
    expect(result.badges[0]!.description).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ field: 'template.description', kind: 'dropped-field' })]);
  });

  it('drops an unreadable date and reports it', () => {
    const result = parseBadges({ ...accepted, awarded_at: '2026-02-30T10:00:00Z' }, { now });
    expect(result.badges[0]!.issuedAt).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ field: 'awarded_at', kind: 'dropped-field' })]);
  });

  it('turns an item whose getters throw into a problem', () => {
    const trap = { ...accepted };
    Object.defineProperty(trap, 'template', { enumerable: true, get: () => { throw new Error('boom'); } });
    const result = parseBadges({ count: 2, next: null, results: [trap, accepted] }, { now });
    expect(result.badges).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ index: 0, kind: 'invalid-item' });
  });
});

describe('never throws anything but BadgeFormatError', () => {
  const onlyFormatErrors = (run: () => unknown) => {
    try {
      const result = run() as { badges: unknown[]; problems: unknown[] };
      expect(Array.isArray(result.badges) && Array.isArray(result.problems)).toBe(true);
    } catch (error) {
      expect(error).toBeInstanceOf(BadgeFormatError);
    }
  };

  it('for arbitrary JSON values, with or without a forced format', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 'openedx', 'credly', 'accredible-v1', 'openbadges2', 'openbadges3', 'openedx-legacy') as fc.Arbitrary<never>, (value, format) => {
        onlyFormatErrors(() => parseBadges(value, { format, now }));
        onlyFormatErrors(() => parseProgress(value, { now }));
      }),
      { numRuns: 300 },
    );
  });

  it('for deep junk inside every known envelope: items become problems, nothing throws', () => {
    const envelopes = [
      (items: unknown[]) => ({ count: 1, next: null, results: items }),
      (items: unknown[]) => ({ data: items, metadata: {} }),
      (items: unknown[]) => ({ credentials: items, meta: { from: 0 } }),
      (items: unknown[]) => items,
    ];
    const junkItem = fc.oneof(
      fc.anything(),
      fc.record({ external_id: fc.anything(), origin: fc.constantFrom('credly', 'accredible'), template: fc.anything(), state: fc.anything(), public_url: fc.anything() }),
      fc.record({ id: fc.anything(), badge_template: fc.dictionary(fc.string(), fc.anything()), issuer: fc.anything(), evidence: fc.anything() }),
      fc.record({ id: fc.anything(), type: fc.constant('Assertion'), badge: fc.anything(), issuedOn: fc.anything() }),
      fc.record({ type: fc.constant(['VerifiableCredential', 'OpenBadgeCredential']), issuer: fc.anything(), credentialSubject: fc.anything(), credentialStatus: fc.anything() }),
      fc.record({ template: fc.anything(), groups: fc.anything(), ratio: fc.anything(), resets: fc.anything() }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...envelopes), fc.array(junkItem, { maxLength: 5 }), (wrap, items) => {
        const input = wrap([...items, accepted]);
        const result = parseBadges(input, { now });
        // Every item is accounted for: it is a badge, or exactly one problem says why it was dropped.
        const dropped = result.problems.filter((p) => p.kind === 'invalid-item' || (p.kind === 'unresolved' && p.field === 'badge'));
        expect(new Set(dropped.map((p) => p.index)).size).toBe(dropped.length);
        expect(result.badges.length + dropped.length).toBe(items.length + 1);
        for (const badge of result.badges) expect(badge.name.trim()).not.toBe('');
        onlyFormatErrors(() => parseProgress(input, { now }));
      }),
      { numRuns: 300 },
    );
  });
});
