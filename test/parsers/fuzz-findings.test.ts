/**
 * Regression tests for what the parser fuzzing (test/fuzz, scripts/fuzz.mjs) found, each fixed
 * at its root in the parsers or the model's date rules.
 */
import { describe, expect, it } from 'vitest';
import { parseBadges, parseProgress } from '../../src/parsers';
import page from '../fixtures/providers/openedx-badges-page.json';
import progressPage from '../fixtures/providers/openedx-progress-page.json';
import org from '../fixtures/providers/credly-org-badges.json';
import single from '../fixtures/providers/accredible-v1-credential.json';
import embedded from '../fixtures/providers/ob2-assertion-embedded.json';

const now = Date.parse('2026-11-27T12:00:00Z');
const [accepted, pending] = page.results;
const progress = progressPage.results[0]!;

describe('found by fuzzing', () => {
  it('treats text made only of invisible characters (zero-width, bidi marks) as absent', () => {
    const result = parseBadges({ ...accepted, template: { ...accepted!.template, name: '\u200B\u2066\u200F', uuid: '\u200B' } }, { now });
    expect(result.badges).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ field: 'template.name', kind: 'invalid-item' })]);
    const [kept] = parseBadges({ ...accepted, template: { ...accepted!.template, uuid: '\u200B', description: '\uFEFF ' } }, { now }).badges;
    expect(kept!.templateId).toBeUndefined();
    expect(kept!.description).toBeUndefined();
    // Visible text keeps its marks: an RTL name with a bidi mark is a real name.
    const [rtl] = parseBadges({ ...accepted, template: { ...accepted!.template, name: '\u200Fشارة' } }, { now }).badges;
    expect(rtl!.name).toBe('\u200Fشارة');
  });

  it('offers no accept link once a pending badge has expired', () => {
    const [contract] = parseBadges({ ...pending, expires_at: '2026-01-01' }, { now }).badges;
    expect(contract).toMatchObject({ status: 'expired' });
    expect(contract!.acceptUrl).toBeUndefined();
    const [credly] = parseBadges({ ...org.data[1], expires_at: '2026-01-01T00:00:00Z' }, { now }).badges;
    expect(credly).toMatchObject({ status: 'expired' });
    expect(credly!.acceptUrl).toBeUndefined();
  });

  it('drops a date whose offset pushes it out of 4-digit years, and reports it', () => {
    const result = parseBadges({ ...accepted, awarded_at: '0000-01-01T00:00:00+01:00', expires_at: '9999-12-31T23:00:00-14:00' }, { now });
    expect(result.badges[0]!.issuedAt).toBeUndefined();
    expect(result.badges[0]!.expiresAt).toBeUndefined();
    expect(result.problems.map((p) => [p.field, p.kind]).sort()).toEqual([
      ['awarded_at', 'dropped-field'],
      ['expires_at', 'dropped-field'],
    ]);
  });

  it('drops evidence entries left empty once their unusable fields are removed', () => {
    const credly = parseBadges({ ...org.data[0], evidence: [{ type: 'UrlEvidence', value: 'javascript:alert(1)' }, org.data[0]!.evidence[0]] }, { now });
    expect(credly.badges[0]!.evidence).toEqual([{ url: 'https://git.lakeside.example.edu/priya/ml-capstone', name: 'Capstone repository', description: 'Source code of the final project' }]);
    expect(credly.problems).toEqual([expect.objectContaining({ field: 'evidence.0.value', kind: 'dropped-field' })]);
    const accredible = parseBadges({ credential: { ...single.credential, evidence_items: [{ description: ' ', link_url: null }] } }, { now });
    expect(accredible.badges[0]!.evidence).toEqual([]);
    const ob2 = parseBadges({ ...embedded, evidence: 'not a url' }, { now });
    expect(ob2.badges[0]!.evidence).toEqual([{ narrative: 'Ines mapped **seagrass** coverage with a drone.' }]);
  });

  it('never crashes on a field holding an object with a non-callable toString (valid JSON)', () => {
    const result = parseBadges(JSON.parse(JSON.stringify({ ...accepted, public_url: { toString: 1 }, template: { ...accepted!.template, description: { toString: 'x' } } })), { now });
    expect(result.badges).toHaveLength(1);
    expect(result.problems.map((p) => [p.field, p.kind])).toEqual(expect.arrayContaining([['template.description', 'dropped-field']]));
    expect(result.problems.every((p) => !/Unreadable/.test(p.message))).toBe(true);
  });

  it('keeps a Credly badge whose id is not URL-safe, without inventing a Credly page for it', () => {
    const cases: [unknown, string][] = [
      // Lone surrogates are made well-formed (U+FFFD) like all text; the id stays otherwise as sent.
      [{ ...org.data[0], id: 'a\uD800b', badge_url: null }, 'a\uFFFDb'],
      [{ ...accepted, external_id: 'x/\uDFFF', public_url: null }, 'x/\uFFFD'],
    ];
    for (const [item, id] of cases) {
      const result = parseBadges(item, { now });
      expect(result.badges.map((b) => [b.id, b.publicUrl])).toEqual([[id, undefined]]);
      expect(result.problems).toEqual([]);
    }
  });

  it('progress: a group is fulfilled exactly when one of its requirements is, whatever its flag says', () => {
    const groups = structuredClone(progress.groups);
    (groups[0] as { fulfilled?: boolean }).fulfilled = false;
    (groups[2] as { fulfilled?: boolean }).fulfilled = true;
    const [parsed] = parseProgress({ ...progress, groups, ratio: null }).badges;
    expect(parsed!.groups.map((g) => g.fulfilled)).toEqual([true, false, false]);
    expect(parsed!.ratio).toBe(0.33);
    const [empty] = parseProgress({ ...progress, groups: [{ blend: 'A', fulfilled: true, requirements: [] }], ratio: null }).badges;
    expect(empty!.groups[0]!.fulfilled).toBe(true);
  });

  it('progress: a requirement with an empty id drops the item; empty reset ids are skipped', () => {
    const groups = structuredClone(progress.groups);
    groups[0]!.requirements[0]!.id = ' ';
    const broken = parseProgress([{ ...progress, groups }, progressPage.results[1]]);
    expect(broken.badges).toHaveLength(1);
    expect(broken.problems).toEqual([expect.objectContaining({ index: 0, field: 'groups.0.requirements.0.id', kind: 'invalid-item' })]);
    const [resets] = parseProgress({ ...progress, resets: [{ requirement_ids: ['', '312', 313], reason: null }] }).badges;
    expect(resets!.resets).toEqual([{ requirementIds: ['312', '313'] }]);
  });
});

describe('text is well-formed Unicode', () => {
  it('turns lone surrogates into U+FFFD and keeps real pairs (emoji)', () => {
    const page = JSON.parse('{"count":1,"next":null,"previous":null,"results":[{"uuid":"u1","origin":"credly","external_id":"b1","state":"accepted","awarded_at":"2026-01-01T00:00:00Z","template":{"uuid":"t1","name":"Bad \\ud800 name 🎓","issuer":{"name":"Org \\udc00"}}}]}');
    const [badge] = parseBadges(page, { format: 'openedx' }).badges;
    expect(badge?.name).toBe('Bad \uFFFD name 🎓');
    expect(badge?.issuer.name).toBe('Org \uFFFD');
    expect(() => encodeURIComponent(badge!.name)).not.toThrow();
  });
});
