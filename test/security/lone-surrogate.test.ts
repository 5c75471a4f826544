/**
 * A lone UTF-16 surrogate is legal in JSON (`"\ud800"`), so a provider can send one in a badge
 * name; `encodeURIComponent` throws on it, which crashed every share link (and the share button,
 * the detail dialog and the wall with it). Found by the XSS corpus; fixed at both depths: the
 * parsers make text well-formed, and src/share/text.ts encodes safely whatever a host passes in.
 */
import { describe, expect, it } from 'vitest';
import { parseBadges } from '../../src/parsers';
import { buildShareLinks } from '../../src/share';

const item = JSON.parse(
  '{"uuid":"c3d40001-1111-4222-8333-444455556666","origin":"credly","external_id":"0b7e0001-5c1d-4e8a-9f3b-a1c2d3e4f5a6","state":"accepted",' +
    '"awarded_at":"2026-03-01T10:00:00Z","public_url":"https://www.credly.com/badges/0b7e0001-5c1d-4e8a-9f3b-a1c2d3e4f5a6","is_public":true,' +
    '"template":{"uuid":"tpl-1","name":"Data \\ud800 Science \\udfff","skills":[],"issuer":{"name":"Lakeside \\udbff University"}}}',
);

describe('share links with lone surrogates', () => {
  it('parses the text well-formed: each lone surrogate becomes U+FFFD', () => {
    const [badge] = parseBadges({ count: 1, next: null, previous: null, results: [item] }).badges;
    expect(badge!.name).toBe('Data \ufffd Science \ufffd');
    expect(badge!.issuer.name).toBe('Lakeside \ufffd University');
  });

  it('builds every link from a hand-built badge that still has lone surrogates, with U+FFFD in their place', () => {
    const [parsed] = parseBadges({ count: 1, next: null, previous: null, results: [item] }).badges;
    const badge = { ...parsed!, name: 'Data \ud800 Science \udfff', issuer: { name: 'Lakeside \udbff University' } };
    const links = buildShareLinks(badge);
    expect(links.unavailable).toEqual({});
    const linkedIn = new URL(links.linkedInAddToProfile!);
    expect(linkedIn.searchParams.get('name')).toBe('Data \ufffd Science \ufffd');
    expect(linkedIn.searchParams.get('organizationName')).toBe('Lakeside \ufffd University');
    expect(links.email).toContain('Data%20%EF%BF%BD%20Science');
    expect(new URL(links.x!).searchParams.get('text')).toContain('Data \ufffd Science \ufffd');
  });

  it('keeps well-formed surrogate pairs (emoji) intact', () => {
    const [badge] = parseBadges({ count: 1, next: null, previous: null, results: [{ ...item, template: { ...item.template, name: 'Community Helper 🌟' } }] }).badges;
    expect(new URL(buildShareLinks(badge!).linkedInAddToProfile!).searchParams.get('name')).toBe('Community Helper 🌟');
  });
});
