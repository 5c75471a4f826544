import { describe, expect, it } from 'vitest';
import { parseBadges, parseProgress } from '../../src/parsers';
import page from '../fixtures/providers/openedx-badges-page.json';
import progressPage from '../fixtures/providers/openedx-progress-page.json';
import legacyPage from '../fixtures/providers/openedx-legacy-page.json';

const now = Date.parse('2026-11-27T12:00:00Z');
const items = page.results;
const byId = (id: string) => parseBadges(page, { now }).badges.find((b) => b.id === id);

describe('Open edX contract: earned badges', () => {
  it('reads a DRF page with its pagination facts', () => {
    const result = parseBadges(page, { now });
    expect(result.format).toBe('openedx');
    expect(result.page).toEqual({ count: 46, next: 'https://credentials.northwind-learning.example/api/badges/v1/learners/amara.okafor/badges/?page=2' });
    expect(result.badges).toHaveLength(5);
    expect(result.problems).toEqual([]);
  });

  it('reads a single item and a bare list the same way', () => {
    const single = parseBadges(items[0], { now });
    const listed = parseBadges(items, { now });
    expect(single.format).toBe('openedx');
    expect(single.page).toBeUndefined();
    expect(single.badges).toEqual([byId(items[0]!.external_id)]);
    expect(listed.badges).toEqual(parseBadges(page, { now }).badges);
  });

  it('maps an accepted Credly badge with every field', () => {
    expect(byId('b8e41f0c-52d7-4a9e-8c13-6f0a2d9e4b77')).toEqual({
      id: 'b8e41f0c-52d7-4a9e-8c13-6f0a2d9e4b77',
      provider: 'credly',
      name: 'Accessible Web Design Practitioner',
      description: 'Earners audit pages against WCAG 2.1 AA and fix keyboard, contrast and screen reader issues.',
      imageUrl: 'https://images.credly.com/size/340x340/images/0a7d5c1e-accessible-web/blob.png',
      issuer: {
        name: 'Northwind Learning',
        url: 'https://www.northwind-learning.example/',
        imageUrl: 'https://images.credly.com/size/110x110/images/org/northwind-logo.png',
        linkedInOrganizationId: '40417219',
      },
      issuedAt: '2026-02-11T16:42:05Z',
      status: 'active',
      publicUrl: 'https://www.credly.com/badges/b8e41f0c-52d7-4a9e-8c13-6f0a2d9e4b77',
      isPublic: true,
      skills: ['WCAG 2.1', 'ARIA', 'Keyboard navigation'],
      criteria: {
        url: 'https://learn.northwind-learning.example/courses/course-v1:Northwind+A11Y101+2026_T1/about',
        narrative: 'Pass the graded audit project with 75% or more.',
      },
      evidence: [],
      alignments: [],
      course: {
        key: 'course-v1:Northwind+A11Y101+2026_T1',
        name: 'Accessible Web Design',
        url: 'https://learn.northwind-learning.example/courses/course-v1:Northwind+A11Y101+2026_T1/home',
      },
      templateId: '6c0f3d2b-1e9a-4f7c-a8b5-90d4e2c1f3a6',
    });
  });

  it('maps a pending Credly badge to pending/accept with its accept URL and no public page', () => {
    const badge = byId('d41c7a90-3e58-4b26-9f1d-a8c0e5b7f212')!;
    expect(badge).toMatchObject({ status: 'pending', pendingReason: 'accept', expiresAt: '2029-03-02' });
    expect(badge.acceptUrl).toBe('https://www.credly.com/earner/earned/badge/d41c7a90-3e58-4b26-9f1d-a8c0e5b7f212');
    expect(badge.publicUrl).toBeUndefined();
  });

  it('never gives a badge awaiting acceptance a public URL, even if the endpoint sends one', () => {
    const [badge] = parseBadges({ ...items[1], public_url: 'https://www.credly.com/badges/d41c7a90-3e58-4b26-9f1d-a8c0e5b7f212' }, { now }).badges;
    expect(badge!.publicUrl).toBeUndefined();
  });

  it('maps created / no_response / error to pending/issuing', () => {
    for (const state of ['created', 'no_response', 'error']) {
      const [badge] = parseBadges({ ...items[2], state }, { now }).badges;
      expect(badge).toMatchObject({ status: 'pending', pendingReason: 'issuing' });
      expect(badge!.acceptUrl).toBeUndefined();
    }
  });

  it('keeps the revocation reason of a revoked badge', () => {
    expect(byId('f0a95e3c-7d21-4b84-b6c9-3e1d0a7f8c56')).toMatchObject({
      status: 'revoked',
      revocationReason: 'Issued in error: the final exam grade was corrected.',
    });
  });

  it('computes expiry from a date-only expires_at against the injected clock', () => {
    expect(byId('58019644')).toMatchObject({ status: 'expired', expiresAt: '2026-01-10' });
    const [early] = parseBadges(items[4], { now: Date.parse('2026-01-10T23:59:00Z') }).badges;
    expect(early!.status).toBe('active');
  });

  it('maps the provider state expired to expired even without a date', () => {
    expect(parseBadges({ ...items[0], state: 'expired' }, { now }).badges[0]!.status).toBe('expired');
  });

  it('drops a rejected badge as an invalid-item problem', () => {
    const result = parseBadges([items[0], { ...items[1], state: 'rejected' }], { now });
    expect(result.badges.map((b) => b.id)).toEqual(['b8e41f0c-52d7-4a9e-8c13-6f0a2d9e4b77']);
    expect(result.problems).toEqual([
      expect.objectContaining({ index: 1, itemId: 'd41c7a90-3e58-4b26-9f1d-a8c0e5b7f212', field: 'state', kind: 'invalid-item' }),
    ]);
  });

  it('gives an accepted Credly badge without public_url its Credly page, unless it is private', () => {
    const [open] = parseBadges({ ...items[0], public_url: null }, { now }).badges;
    expect(open!.publicUrl).toBe('https://www.credly.com/badges/b8e41f0c-52d7-4a9e-8c13-6f0a2d9e4b77');
    const [hidden] = parseBadges({ ...items[0], public_url: null, is_public: false }, { now }).badges;
    expect(hidden!.publicUrl).toBeUndefined();
    expect(hidden!.isPublic).toBe(false);
  });

  it('reads Accredible share switches as camelCase', () => {
    expect(byId('58213907')!.shareSwitches).toEqual({
      addToLinkedIn: 'public',
      embed: 'disabled',
      emailShare: 'public',
      downloadBadge: 'private',
      sharing: 'public',
    });
    expect(byId('58213907')!.course).toEqual({ key: 'course-v1:Harbourview+DS110+2026_Spring', name: 'Data Storytelling' });
  });

  it('falls back to defaultIssuerName, then the provider name, when the issuer has no name', () => {
    const nameless = { ...items[2], template: { ...items[2]!.template, issuer: { name: '  ' } } };
    expect(parseBadges(nameless, { now }).badges[0]!.issuer.name).toBe('Accredible');
    expect(parseBadges(nameless, { now, defaultIssuerName: 'Harbourview' }).badges[0]!.issuer.name).toBe('Harbourview');
  });

  it('rejects an item without a template name, naming the field', () => {
    const result = parseBadges([{ ...items[0], template: { ...items[0]!.template, name: '' } }, items[1]], { now });
    expect(result.badges).toHaveLength(1);
    expect(result.problems).toEqual([expect.objectContaining({ index: 0, field: 'template.name', kind: 'invalid-item' })]);
  });

  it('rejects an unknown origin', () => {
    const result = parseBadges({ ...items[0], origin: 'badgr' }, { format: 'openedx', now });
    expect(result.badges).toEqual([]);
    expect(result.problems[0]).toMatchObject({ field: 'origin', kind: 'invalid-item' });
  });
});

describe('Open edX contract: progress', () => {
  const [fullStack, storytelling] = parseProgress(progressPage, { now }).badges;

  it('reads a progress page', () => {
    const result = parseProgress(progressPage, { now });
    expect(result.format).toBe('openedx');
    expect(result.badges).toHaveLength(2);
    expect(result.problems).toEqual([]);
    expect(result.page).toEqual({ count: 2 });
  });

  it('keeps OR-groups, computes a missing group fulfilled flag and rounds the ratio', () => {
    expect(fullStack!.ratio).toBe(0.33);
    expect(fullStack!.completed).toBe(false);
    expect(fullStack!.groups.map((g) => [g.id, g.fulfilled, g.requirements.length])).toEqual([
      ['A', true, 1],
      ['B', false, 2],
      ['C', false, 1],
    ]);
    expect(fullStack!.groups[1]!.requirements[1]).toEqual({ id: '313', description: 'Pass Serverless Back Ends', fulfilled: false });
    expect(fullStack!.template).toMatchObject({ id: '4d9a2e7c-81b3-4f6a-9c05-e2b7d1a8f364', provider: 'credly', issuer: { name: 'Northwind Learning' } });
  });

  it('maps resets with their reason and a UTC instant', () => {
    expect(fullStack!.resets).toEqual([
      { requirementIds: ['312'], reason: 'The course grade fell below passing after a regrade.', occurredAt: '2026-04-02T08:15:00Z' },
    ]);
  });

  it('marks a ratio of 1 completed and links the earned badge', () => {
    expect(storytelling).toMatchObject({ ratio: 1, completed: true, earnedBadgeId: '58213907' });
    expect(storytelling!.template.issuer).toBeUndefined();
  });

  it('clamps ratios to 0..1 and computes a missing one from the groups', () => {
    const base = progressPage.results[0]!;
    expect(parseProgress({ ...base, ratio: 1.7 }).badges[0]).toMatchObject({ ratio: 1, completed: true });
    expect(parseProgress({ ...base, ratio: -0.2 }).badges[0]!.ratio).toBe(0);
    expect(parseProgress({ ...base, ratio: null }).badges[0]!.ratio).toBe(0.33);
    const fulfilledB = structuredClone(base);
    fulfilledB.groups[1]!.requirements[0]!.fulfilled = true;
    expect(parseProgress({ ...fulfilledB, ratio: undefined }).badges[0]).toMatchObject({ ratio: 0.67 });
  });

  it('reports a requirement without a description, keeping the other items', () => {
    const broken = structuredClone(progressPage);
    broken.results[0]!.groups[2]!.requirements[0]!.description = '';
    const result = parseProgress(broken);
    expect(result.badges).toHaveLength(1);
    expect(result.problems).toEqual([
      expect.objectContaining({ index: 0, itemId: '4d9a2e7c-81b3-4f6a-9c05-e2b7d1a8f364', field: 'groups.2.requirements.0.description', kind: 'invalid-item' }),
    ]);
  });

  it('throws BadgeFormatError for something that is not progress', () => {
    expect(() => parseProgress({ data: [] })).toThrow(/progress/);
    expect(() => parseProgress(null)).toThrow(/Cannot read/);
    expect(() => parseProgress(progressPage, { format: 'credly' })).toThrow(/options.format/);
  });
});

describe('legacy edx-platform assertions', () => {
  const result = parseBadges(legacyPage, { now });

  it('reads the page with its next link and page count', () => {
    expect(result.format).toBe('openedx-legacy');
    expect(result.page).toEqual({ count: 3, next: 'https://lms.riverbend-academy.example/api/badges/v1/assertions/user/tomas.lindqvist/?page=2', totalPages: 2 });
    expect(result.problems).toEqual([]);
  });

  it('maps every assertion to an active openedx badge identified by its assertion uuid', () => {
    expect(result.badges[0]).toEqual({
      id: '4d1e2f9a-6b3c-4e8d-a7f0-9c2b5e1d3a86',
      provider: 'openedx',
      name: 'Introduction to Statistics: completed',
      description: 'Completed Introduction to Statistics with a passing grade.',
      imageUrl: 'https://badgr.riverbend-academy.example/media/uploads/badges/assertion-4d1e2f.png',
      issuer: { name: 'Open edX' },
      issuedAt: '2019-12-18T14:05:33Z',
      status: 'active',
      publicUrl: 'https://badgr.riverbend-academy.example/public/assertions/4d1e2f9a-6b3c-4e8d-a7f0-9c2b5e1d3a86',
      skills: [],
      criteria: { url: 'https://lms.riverbend-academy.example/courses/course-v1:Riverbend+STAT101+2019_Fall/about' },
      evidence: [],
      alignments: [],
      course: { key: 'course-v1:Riverbend+STAT101+2019_Fall' },
      templateId: 'course_completion',
    });
    expect(result.badges[1]).toMatchObject({ criteria: { narrative: 'Enroll in five courses on Riverbend Academy.' }, status: 'active' });
    expect(result.badges[1]!.course).toBeUndefined();
  });

  it('reads a single assertion and a bare list of them', () => {
    const single = parseBadges(legacyPage.results[1], { now });
    expect(single.format).toBe('openedx-legacy');
    expect(single.badges[0]!.id).toBe('8c7b6a5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d');
    expect(parseBadges(legacyPage.results, { now }).badges).toEqual(result.badges);
  });

  it('falls back to the slug as id when there is no assertion URL', () => {
    const [badge] = parseBadges({ ...legacyPage.results[1], assertion_url: null }, { now }).badges;
    expect(badge).toMatchObject({ id: 'enrolled_5_courses', templateId: 'enrolled_5_courses' });
    expect(badge!.publicUrl).toBeUndefined();
  });

  it('uses defaultIssuerName for the issuer', () => {
    expect(parseBadges(legacyPage, { defaultIssuerName: 'Riverbend Academy' }).badges[0]!.issuer.name).toBe('Riverbend Academy');
  });
});
