import { describe, expect, it } from 'vitest';
import { parseBadges } from '../../src/parsers';
import { mergeBadges } from '../../src/client';
import embedded from '../fixtures/providers/ob2-assertion-embedded.json';
import credentials from '../fixtures/providers/ob3-credentials.json';

const now = Date.parse('2026-11-27T12:00:00Z');

describe('Open Badges 2.0 assertions', () => {
  it('reads an assertion with embedded BadgeClass and Issuer, single values and object-valued links', () => {
    const result = parseBadges(embedded, { now });
    expect(result.format).toBe('openbadges2');
    expect(result.problems).toEqual([]);
    expect(result.badges).toEqual([
      {
        id: 'https://badges.fenwick-college.example/assertions/2f6e1d9c-8b7a-4c65-a4d3-e2f1a0b9c8d7',
        provider: 'openbadges',
        name: 'Marine Ecology Field Work',
        description: 'Planned and completed a field survey of a marine habitat.',
        imageUrl: 'https://badges.fenwick-college.example/images/assertion-2f6e1d9c.png',
        issuer: {
          name: 'Fenwick College',
          url: 'https://www.fenwick-college.example/',
          imageUrl: 'https://badges.fenwick-college.example/images/fenwick-logo.png',
        },
        issuedAt: '2025-11-03T08:30:00Z',
        expiresAt: '2030-11-03',
        status: 'active',
        publicUrl: 'https://badges.fenwick-college.example/assertions/2f6e1d9c-8b7a-4c65-a4d3-e2f1a0b9c8d7',
        skills: ['marine biology'],
        criteria: {
          url: 'https://www.fenwick-college.example/badges/marine-ecology/criteria',
          narrative: 'Complete a supervised field survey and submit a report.',
        },
        evidence: [
          { url: 'https://portfolio.fenwick-college.example/students/ines/reef-survey', name: 'Reef survey report', narrative: 'Led a three-week survey of the northern reef.' },
          { narrative: 'Ines mapped **seagrass** coverage with a drone.' },
        ],
        alignments: [{ name: 'Ocean Literacy Principle 5', url: 'https://oceanliteracy.example.org/principles/5', framework: 'Ocean Literacy', code: 'OLP5' }],
        templateId: 'https://badges.fenwick-college.example/badgeclasses/marine-ecology',
      },
    ]);
  });

  it('reads arrays as well as single values, and criteria given as a URL string', () => {
    const badge = { ...embedded.badge, tags: ['marine biology', 'fieldwork'], criteria: 'https://www.fenwick-college.example/criteria', alignment: [embedded.badge.alignment, embedded.badge.alignment] };
    const [parsed] = parseBadges({ ...embedded, badge, evidence: ['https://portfolio.fenwick-college.example/a', embedded.evidence] }, { now }).badges;
    expect(parsed!.skills).toEqual(['marine biology', 'fieldwork']);
    expect(parsed!.criteria).toEqual({ url: 'https://www.fenwick-college.example/criteria' });
    expect(parsed!.alignments).toHaveLength(2);
    expect(parsed!.evidence[0]).toEqual({ url: 'https://portfolio.fenwick-college.example/a' });
  });

  it('maps revoked with revocationReason, and expires in the past to expired', () => {
    expect(parseBadges({ ...embedded, revoked: true, revocationReason: 'Issued to the wrong learner' }, { now }).badges[0]).toMatchObject({
      status: 'revoked',
      revocationReason: 'Issued to the wrong learner',
    });
    expect(parseBadges({ ...embedded, expires: '2026-01-01T00:00:00Z' }, { now }).badges[0]!.status).toBe('expired');
  });

  it('drops an assertion whose badge is only a URL with an unresolved problem naming the field', () => {
    const result = parseBadges([{ ...embedded, badge: 'https://badges.fenwick-college.example/badgeclasses/marine-ecology' }, embedded], { now });
    expect(result.badges).toHaveLength(1);
    expect(result.problems).toEqual([
      {
        index: 0,
        itemId: embedded.id,
        field: 'badge',
        message: expect.stringContaining('https://badges.fenwick-college.example/badgeclasses/marine-ecology'),
        kind: 'unresolved',
      },
    ]);
  });

  it('keeps a badge whose issuer is only a URL, with the fallback issuer name and an unresolved problem', () => {
    const result = parseBadges({ ...embedded, badge: { ...embedded.badge, issuer: 'https://badges.fenwick-college.example/issuer.json' } }, { now, defaultIssuerName: 'Fenwick' });
    expect(result.badges[0]!.issuer).toEqual({ name: 'Fenwick' });
    expect(result.problems).toEqual([expect.objectContaining({ index: 0, field: 'badge.issuer', kind: 'unresolved' })]);
    expect(parseBadges({ ...embedded, badge: { ...embedded.badge, issuer: 'https://x.example/i.json' } }).badges[0]!.issuer.name).toBe('Open Badges issuer');
  });

  it('detects an assertion without a type from badge + issuedOn', () => {
    const { type: _type, ...untyped } = embedded;
    expect(parseBadges(untyped).format).toBe('openbadges2');
  });
});

describe('Open Badges 3.0 credentials', () => {
  const result = parseBadges(credentials, { now });
  const [vc11, vc2] = result.badges;

  it('reads a list of credentials', () => {
    expect(result.format).toBe('openbadges3');
    expect(result.badges).toHaveLength(2);
  });

  it('reads VC 1.1 dates, type as a string, image as {id}, criteria id, tags and alignment', () => {
    expect(vc11).toEqual({
      id: 'urn:uuid:7a1c5e9f-3b2d-4e8a-9c6f-0d4b8e2a1f57',
      provider: 'openbadges',
      name: 'Network Fundamentals',
      description: 'TCP/IP, subnetting and routing basics.',
      imageUrl: 'https://credentials.granite-state-tech.example/images/net-fundamentals.png',
      issuer: { name: 'Open Badges issuer' },
      issuedAt: '2026-05-14T17:00:00Z',
      expiresAt: '2028-05-14T17:00:00Z',
      status: 'active',
      skills: ['Networking', 'TCP/IP'],
      criteria: { url: 'https://www.granite-state-tech.example/programs/networking/criteria' },
      evidence: [],
      alignments: [{ name: 'Configure IP addressing', url: 'https://frameworks.example.org/it/ip-addressing', code: 'IT.NET.3' }],
      templateId: 'https://credentials.granite-state-tech.example/achievements/net-fundamentals',
    });
  });

  it('reports an issuer given only as an identifier as unresolved', () => {
    expect(result.problems).toEqual([expect.objectContaining({ index: 0, itemId: 'urn:uuid:7a1c5e9f-3b2d-4e8a-9c6f-0d4b8e2a1f57', field: 'issuer', kind: 'unresolved' })]);
  });

  it('prefers VC 2.0 validFrom over issuanceDate, reads the issuer profile and an embedded revocation', () => {
    expect(vc2).toMatchObject({
      name: 'Welding Safety',
      issuer: { name: 'Granite State Technical College', url: 'https://www.granite-state-tech.example/' },
      issuedAt: '2026-06-01T00:00:00Z',
      expiresAt: '2026-09-01T00:00:00Z',
      status: 'revoked',
      revocationReason: 'Replaced by a corrected credential',
      imageUrl: 'https://credentials.granite-state-tech.example/images/welding-safety.png',
      criteria: { narrative: 'Pass the shop safety practical.' },
      publicUrl: 'https://credentials.granite-state-tech.example/credentials/5b0c9d8e',
    });
  });

  it('marks a credential past validUntil expired when not revoked', () => {
    const { credentialStatus: _status, ...unrevoked } = credentials[1]!;
    expect(parseBadges(unrevoked, { now }).badges[0]!.status).toBe('expired');
    expect(parseBadges(unrevoked, { now: Date.parse('2026-07-01T00:00:00Z') }).badges[0]!.status).toBe('active');
  });

  it('detects a credential whose type is a plain string', () => {
    const { credentialSubject: _subject, ...rest } = credentials[0]!;
    const typed = { ...rest, type: 'OpenBadgeCredential', credentialSubject: credentials[0]!.credentialSubject };
    expect(parseBadges(typed, { now }).format).toBe('openbadges3');
    expect(parseBadges(typed, { now }).badges[0]!.name).toBe('Network Fundamentals');
  });

  it('unwraps a verifiable presentation', () => {
    expect(parseBadges({ type: 'VerifiablePresentation', verifiableCredential: credentials }, { now }).badges).toEqual(result.badges);
  });

  it('a credential without its own id: no public URL, and an id of its achievement and issue date, so a renewal stays its own badge', () => {
    const { id: _id, ...first } = structuredClone(credentials[1]!);
    const renewal = { ...first, validFrom: '2027-06-01T00:00:00Z', validUntil: '2027-09-01T00:00:00Z' };
    const parsed = parseBadges([first, renewal], { now });
    const achievement = 'https://credentials.granite-state-tech.example/achievements/welding-safety';
    expect(parsed.badges.map((b) => [b.id, b.publicUrl, b.templateId])).toEqual([
      [`${achievement}|2026-06-01T00:00:00Z`, undefined, achievement],
      [`${achievement}|2027-06-01T00:00:00Z`, undefined, achievement],
    ]);
    expect(mergeBadges([parsed.badges])).toHaveLength(2);
    // Deterministic: the same credential always gets the same id.
    expect(parseBadges(renewal, { now }).badges[0]!.id).toBe(parsed.badges[1]!.id);
  });

  it('rejects a credential whose achievement has no name (and the credential none either)', () => {
    const nameless = structuredClone(credentials[1]!) as Record<string, unknown> & typeof credentials[1];
    delete (nameless.credentialSubject.achievement as { name?: string }).name;
    const parsed = parseBadges([nameless, credentials[0]], { now });
    expect(parsed.badges).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ index: 0, field: 'credentialSubject.achievement.name', kind: 'invalid-item' });
  });
});
