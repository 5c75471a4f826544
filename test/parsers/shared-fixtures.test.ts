/**
 * The real reference payloads in ../shared/fixtures/providers/ (third-party, not copied into the
 * project). Skipped locally when the folder is missing; under CI=true they fail instead.
 */
import { describe, expect, it } from 'vitest';
import { BadgeFormatError } from '../../src/model';
import { parseBadges } from '../../src/parsers';
import { loadSharedFixture, skipSharedFixtures } from '../helpers/shared-fixtures';

const now = Date.parse('2026-11-27T12:00:00Z');

describe.skipIf(skipSharedFixtures)('real provider payloads (../shared/fixtures/providers)', () => {
  it('Credly org API: an accepted badge whose expiry has passed, primary issuer, string skills, evidence', () => {
    const result = parseBadges(loadSharedFixture('credly-org-api-issued-badges.json'), { now });
    expect(result.format).toBe('credly');
    expect(result.problems).toEqual([]);
    expect(result.page).toEqual({ count: 1, page: 1, totalPages: 1 });
    const [badge] = result.badges;
    expect(badge).toMatchObject({
      id: '749daf6e-4dbc-4b47-b401-b7e0477e0284',
      provider: 'credly',
      name: 'Badge Template 1',
      issuer: { name: 'Organization 1' },
      issuedAt: '2014-04-01T14:41:00Z',
      expiresAt: '2016-04-01T14:41:00Z',
      status: 'expired',
      publicUrl: 'https://localhost/badges/749daf6e-4dbc-4b47-b401-b7e0477e0284',
      skills: ['Skill 1'],
      templateId: '09d1ac8b-d097-4ae4-844a-a2ae01d1bdbe',
    });
    expect(badge!.evidence).toEqual([
      { url: 'http://www.example.com/path-to-earner-specific-evidence', name: 'Acclaim', description: 'Description in URL evidence is optional' },
      { name: 'NextThoughtEvidenceNTIID' },
    ]);
    expect(badge!.alignments[0]).toMatchObject({ name: 'Alignment 1', url: 'http://www.example.com/alignment' });
  });

  it('Accredible v1 credential: date-only issued_on kept, badge image preview, public page', () => {
    const result = parseBadges(loadSharedFixture('accredible-credential.json'), { now });
    expect(result.format).toBe('accredible-v1');
    expect(result.problems).toEqual([]);
    expect(result.badges[0]).toMatchObject({
      id: '10000005',
      name: 'Example Certificate',
      issuedAt: '2014-08-14',
      status: 'active',
      imageUrl: 'https://api.accredible.com/v1/frontend/credential_badge_image/10000005',
      publicUrl: 'https://www.credential.net/10000005',
      issuer: { name: 'Example Organization' },
      isPublic: true,
      templateId: '9549',
    });
  });

  it('Accredible v2 search response: slim item without public URL', () => {
    const result = parseBadges(loadSharedFixture('accredible-credentials-search-response.json'), { now });
    expect(result.format).toBe('accredible-v2');
    expect(result.page).toEqual({ count: 1000 });
    expect(result.badges[0]).toMatchObject({ id: '12345678', name: 'Group / Course Name', issuedAt: '2025-10-31', issuer: { name: 'Accredible' } });
    expect(result.badges[0]!.publicUrl).toBeUndefined();
  });

  it('Open Badges 2.0 assertion with a linked BadgeClass: unresolved, then complete once the client embeds the documents', () => {
    const assertion = loadSharedFixture('ob2-assertion.json') as Record<string, unknown>;
    const linked = parseBadges(assertion, { now });
    expect(linked.format).toBe('openbadges2');
    expect(linked.badges).toEqual([]);
    expect(linked.problems).toEqual([expect.objectContaining({ index: 0, field: 'badge', kind: 'unresolved' })]);

    const badgeClass = loadSharedFixture('ob2-badgeclass.json') as Record<string, unknown>;
    const issuer = loadSharedFixture('ob2-issuer-profile.json');
    const [badge] = parseBadges({ ...assertion, badge: { ...badgeClass, issuer } }, { now }).badges;
    expect(badge).toMatchObject({
      name: 'Awesome Robotics Badge',
      issuer: { name: 'An Example Badge Issuer', url: 'https://example.org/', imageUrl: 'https://example.org/logo.png' },
      imageUrl: 'https://example.org/beths-robot-badge.png',
      issuedAt: '2016-12-31T23:59:59Z',
      status: 'expired',
      skills: ['robots', 'awesome'],
      criteria: { url: 'https://example.org/robotics-badge.html' },
      evidence: [{ url: 'https://example.org/beths-robot-work.html' }],
    });
    expect(badge!.alignments.map((a) => a.name)).toEqual(['CCSS.ELA-Literacy.RST.11-12.3', 'Problem-Solving']);
  });

  it('Open Badges 3.0 spec example: VC 2.0 dates, issuer profile, criteria narrative', () => {
    const result = parseBadges(loadSharedFixture('ob3-spec-example.json'), { now });
    expect(result.format).toBe('openbadges3');
    expect(result.problems).toEqual([]);
    expect(result.badges[0]).toMatchObject({
      name: 'Teamwork',
      issuer: { name: 'Example Corp' },
      issuedAt: '2010-01-01T00:00:00Z',
      status: 'active',
      criteria: { narrative: expect.stringContaining('nominated') },
    });
  });

  it('legacy edx-platform page: active openedx badge, count and page count', () => {
    const result = parseBadges(loadSharedFixture('openedx-legacy-assertions-page.json'), { now });
    expect(result.format).toBe('openedx-legacy');
    expect(result.page).toEqual({ count: 7, totalPages: 1 });
    expect(result.badges[0]).toMatchObject({
      id: '07020647-e772-44dd-98b7-d13d34335ca6',
      provider: 'openedx',
      name: 'Very Special Award',
      status: 'active',
      course: { key: 'course-v1:edX+DemoX+Demo_Course' },
      criteria: { narrative: 'Do something incredibly special.' },
    });
  });

  it('payloads that are not badge lists throw BadgeFormatError', () => {
    for (const name of ['accredible-group.json', 'accredible-issuer-details.json', 'accredible-credentials-search-request.json', 'ob2-badgeclass.json']) {
      expect(() => parseBadges(loadSharedFixture(name))).toThrow(BadgeFormatError);
    }
  });
});
