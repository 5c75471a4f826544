import { describe, expect, it } from 'vitest';
import { parseBadges } from '../../src/parsers';
import org from '../fixtures/providers/credly-org-badges.json';
import earner from '../fixtures/providers/credly-earner-badges.json';

const now = Date.parse('2026-11-27T12:00:00Z');

describe('Credly organization API', () => {
  const result = parseBadges(org, { now });
  const byId = (id: string) => result.badges.find((b) => b.id === id)!;

  it('reads {data, metadata} with its pagination facts', () => {
    expect(result.format).toBe('credly');
    expect(result.page).toEqual({
      count: 12,
      next: 'https://api.credly.com/v1/organizations/8b3e2d1c-0f9a-4b7e-a6d5-c4b3a2f1e0d9/badges?filter=recipient_email::priya.raman%40lakeside.example.edu&page=2',
      page: 1,
      totalPages: 3,
    });
  });

  it('drops the rejected badge as a problem and keeps the rest', () => {
    expect(result.badges.map((b) => b.name)).toEqual([
      'Applied Machine Learning',
      'Data Engineering Essentials',
      'Security Awareness 2024',
      'Statistics for Researchers',
    ]);
    expect(result.problems).toEqual([
      { index: 4, itemId: '7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910', field: 'state', message: expect.stringMatching(/rejected/), kind: 'invalid-item' },
    ]);
  });

  it('maps an accepted badge: primary issuer entity, issued_at over issued_at_date, skills, evidence, alignments', () => {
    expect(byId('2e7d9b41-c6a3-4f58-8e0b-d1f4a7c92b65')).toEqual({
      id: '2e7d9b41-c6a3-4f58-8e0b-d1f4a7c92b65',
      provider: 'credly',
      name: 'Applied Machine Learning',
      description: 'Earners train, evaluate and deploy supervised learning models.',
      imageUrl: 'https://images.credly.com/images/a1c4e7f2-5b8d-4e0a-9c3f-6d2b8e1a4c70/image.png',
      issuer: { name: 'Lakeside University', url: 'https://www.credly.com/org/lakeside-university' },
      // issued_at (23:30 UTC on Jan 31) wins over issued_at_date (Feb 1).
      issuedAt: '2026-01-31T23:30:00Z',
      status: 'active',
      publicUrl: 'https://www.credly.com/badges/2e7d9b41-c6a3-4f58-8e0b-d1f4a7c92b65',
      isPublic: true,
      skills: ['Machine Learning', 'Python', 'Model Evaluation'],
      criteria: { url: 'https://www.credly.com/org/lakeside-university/badge/applied-machine-learning' },
      evidence: [
        { url: 'https://git.lakeside.example.edu/priya/ml-capstone', name: 'Capstone repository', description: 'Source code of the final project' },
        { name: 'Grade', narrative: 'Passed with distinction' },
      ],
      alignments: [{ name: 'ESCO: machine learning', url: 'http://data.europa.eu/esco/skill/machine-learning-example', description: 'Use algorithms that learn from data.' }],
      templateId: 'c0d1e2f3-a4b5-4c6d-8e7f-901a2b3c4d5e',
    });
  });

  it('maps pending to pending/accept with acceptUrl from accept_badge_url and no publicUrl', () => {
    const badge = byId('6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c21');
    expect(badge).toMatchObject({
      status: 'pending',
      pendingReason: 'accept',
      acceptUrl: 'https://www.credly.com/earner/earned/badge/6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c21',
      isPublic: false,
      expiresAt: '2028-03-05T10:00:00Z',
    });
    expect(badge.publicUrl).toBeUndefined();
  });

  it('gives an accepted badge without badge_url the Credly page, and marks it expired by date', () => {
    expect(byId('9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a')).toMatchObject({
      status: 'expired',
      expiresAt: '2025-05-20T14:00:00Z',
      publicUrl: 'https://www.credly.com/badges/9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
    });
  });

  it('maps revoked with its reason', () => {
    expect(byId('3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98')).toMatchObject({ status: 'revoked', revocationReason: 'Academic integrity review', isPublic: false });
  });

  it('reads a bare list and a single badge like the page', () => {
    expect(parseBadges(org.data, { now }).badges).toEqual(result.badges);
    expect(parseBadges(org.data[0], { now }).badges).toEqual([result.badges[0]]);
    expect(parseBadges(org.data[0], { now }).format).toBe('credly');
  });

  it('maps the provider state expired', () => {
    const item = { ...org.data[0], state: 'expired' };
    expect(parseBadges(item, { now }).badges[0]!.status).toBe('expired');
  });

  it('uses issued_at_date only when issued_at is missing or invalid (the invalid one is reported)', () => {
    const missing = parseBadges({ ...org.data[0], issued_at: null }, { now });
    expect(missing.badges[0]!.issuedAt).toBe('2026-02-01');
    expect(missing.problems).toEqual([]);
    const invalid = parseBadges({ ...org.data[0], issued_at: 'last Tuesday' }, { now });
    expect(invalid.badges[0]!.issuedAt).toBe('2026-02-01');
    expect(invalid.problems).toEqual([expect.objectContaining({ index: 0, field: 'issued_at', kind: 'dropped-field' })]);
  });

  it('uses expires_at_date when expires_at is missing', () => {
    const [badge] = parseBadges({ ...org.data[1], expires_at: null, state: 'accepted' }, { now }).badges;
    expect(badge!.expiresAt).toBe('2028-03-05');
  });
});

describe('Credly public earner JSON', () => {
  const result = parseBadges(earner, { now });

  it('is detected from the earner markers and skill objects', () => {
    expect(result.format).toBe('credly-earner');
    expect(result.problems).toEqual([]);
    expect(result.page).toEqual({ count: 2, page: 1, totalPages: 1 });
  });

  it('reads skills as objects, converts offset timestamps to UTC and builds the public URL', () => {
    expect(result.badges[0]).toMatchObject({
      name: 'Linux System Administrator',
      skills: ['Linux', 'Shell scripting', 'systemd'],
      issuedAt: '2025-10-02T00:30:00Z',
      publicUrl: 'https://www.credly.com/badges/5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170',
      issuer: { name: 'Open Systems Guild', url: 'https://www.credly.com/org/open-systems-guild' },
      status: 'active',
    });
    expect(result.badges[1]).toMatchObject({ issuedAt: '2026-02-28T14:45:00Z', expiresAt: '2027-02-28T14:45:00Z', skills: ['Kubernetes'] });
  });

  it('can be forced as the org format with the same result', () => {
    expect(parseBadges(earner, { now, format: 'credly' }).badges).toEqual(result.badges);
  });
});
