import { describe, expect, it } from 'vitest';
import { parseBadges } from '../../src/parsers';
import single from '../fixtures/providers/accredible-v1-credential.json';
import list from '../fixtures/providers/accredible-v1-credentials.json';
import search from '../fixtures/providers/accredible-v2-search.json';

const now = Date.parse('2026-11-27T12:00:00Z');

describe('Accredible v1', () => {
  it('reads {credential} with datetime issued_on, private flag, evidence and share switches', () => {
    const result = parseBadges(single, { now });
    expect(result.format).toBe('accredible-v1');
    expect(result.page).toBeUndefined();
    expect(result.problems).toEqual([]);
    expect(result.badges).toEqual([
      {
        id: '61450233',
        provider: 'accredible',
        name: 'Project Management Professional Prep',
        description: 'Completed 35 contact hours of project management education.',
        imageUrl: 'https://api.accredible.com/v1/frontend/credential_badge_image/61450233',
        issuer: { name: 'Harbourview Institute', url: 'https://harbourview.example.ac/' },
        issuedAt: '2026-04-18T15:20:00Z',
        expiresAt: '2029-04-18',
        status: 'active',
        publicUrl: 'https://credentials.harbourview.example.ac/61450233',
        isPublic: false,
        skills: [],
        evidence: [
          { name: 'Final assessment' },
          { name: 'Schedule network diagram', url: 'https://files.harbourview.example.ac/evidence/9032/network-diagram.pdf' },
        ],
        alignments: [],
        templateId: '80412',
        shareSwitches: { addToLinkedIn: 'public', embed: 'public', emailShare: 'private', downloadBadge: 'disabled', sharing: 'public' },
      },
    ]);
  });

  it('reads {credentials, meta}: approve false is pending/issuing, a past date-only expiry is expired, an empty name falls back to the group', () => {
    const result = parseBadges(list, { now });
    expect(result.format).toBe('accredible-v1');
    expect(result.page).toEqual({ count: 2, page: 1, totalPages: 1 });
    expect(result.badges[0]).toMatchObject({ id: '61450240', status: 'pending', pendingReason: 'issuing', issuedAt: '2026-05-02', isPublic: true });
    expect(result.badges[1]).toMatchObject({ id: '61450251', name: 'Basic Life Support', status: 'expired', expiresAt: '2025-03-14' });
    expect(result.badges[0]!.shareSwitches).toBeUndefined();
  });

  it('keeps a date-only expiry active through its last day (UTC)', () => {
    const onLastDay = parseBadges(list, { now: Date.parse('2025-03-14T23:59:00Z') });
    expect(onLastDay.badges[1]!.status).toBe('active');
  });

  it('rejects a credential with no name at all, naming the field', () => {
    const item = { ...list.credentials[1], name: null, group_name: null };
    const result = parseBadges({ credentials: [list.credentials[0], item], meta: list.meta });
    expect(result.badges).toHaveLength(1);
    expect(result.problems).toEqual([expect.objectContaining({ index: 1, itemId: '61450251', field: 'name', kind: 'invalid-item' })]);
  });
});

describe('Accredible v2 search', () => {
  const result = parseBadges(search, { now });

  it('is detected from the search meta and reads slim items', () => {
    expect(result.format).toBe('accredible-v2');
    expect(result.page).toEqual({ count: 2 });
    expect(result.problems).toEqual([]);
    expect(result.badges[0]).toEqual({
      id: '70331845',
      provider: 'accredible',
      name: 'Clinical Data Management',
      imageUrl: 'https://api.accredible.com/v1/frontend/credential_seo_image/70331845',
      issuer: { name: 'Accredible' },
      issuedAt: '2026-06-30',
      status: 'active',
      isPublic: true,
      skills: [],
      evidence: [],
      alignments: [],
      templateId: '80910',
    });
  });

  it('names a nameless credential after its group course, marks private ones, and uses defaultIssuerName', () => {
    const named = parseBadges(search, { now, defaultIssuerName: 'Harbourview Institute' });
    expect(named.badges[1]).toMatchObject({ name: 'Pharmacovigilance Basics', isPublic: false, issuer: { name: 'Harbourview Institute' } });
    expect(named.badges[1]!.publicUrl).toBeUndefined();
  });

  it('detects a bare list of slim items as v2', () => {
    expect(parseBadges(search.credentials).format).toBe('accredible-v2');
  });
});
