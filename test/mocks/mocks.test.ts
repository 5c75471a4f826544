import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseBadges, parseProgress } from '../../src/parsers';
import {
  badgeImageHandlers,
  badgesHandlers,
  defaultBadgeItems,
  makeLearnerBadges,
  makeLearnerProgress,
  MANY_COUNT,
  MOCK_BASE_URL,
  MOCK_NOW,
  MOCK_USERNAME,
  mockBadges,
  mockProgress,
} from '../../src/mocks';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const badgesUrl = (query = '') => `${MOCK_BASE_URL}/api/badges/v1/learners/${MOCK_USERNAME}/badges/${query}`;
const getJson = async (url: string) => {
  const response = await fetch(url);
  return { status: response.status, headers: response.headers, body: (await response.json()) as { count: number; next: string | null; previous: string | null; results: { external_id: string }[] } };
};

describe('fixtures and generator', () => {
  it('the generator is deterministic per seed and clock, with unique ids', () => {
    const a = makeLearnerBadges(1500, 4, { now: MOCK_NOW });
    expect(a).toEqual(makeLearnerBadges(1500, 4, { now: MOCK_NOW }));
    expect(makeLearnerBadges(50, 5, { now: MOCK_NOW })).not.toEqual(a.slice(0, 50));
    expect(new Set(a.map((item) => `${item.origin}:${item.external_id}`)).size).toBe(1500);
    expect(new Set(a.map((item) => item.uuid)).size).toBe(1500);
    const dates = a.map((item) => Date.parse(item.awarded_at));
    expect(dates).toEqual([...dates].sort((x, y) => y - x));
  });

  it('generated badges parse cleanly into a realistic mix of states', () => {
    const { badges, problems } = parseBadges(makeLearnerBadges(1200, 7, { now: MOCK_NOW }), { format: 'openedx', now: Date.parse(MOCK_NOW) });
    expect(problems).toEqual([]);
    expect(badges).toHaveLength(1200);
    const count = (status: string) => badges.filter((badge) => badge.status === status).length;
    expect(count('active')).toBeGreaterThan(900);
    for (const status of ['pending', 'expired', 'revoked']) expect(count(status)).toBeGreaterThan(5);
    expect(new Set(badges.map((badge) => badge.provider))).toEqual(new Set(['credly', 'accredible']));
  });

  it('generated progress is consistent: ratio = fulfilled groups / groups, completed only at 1', () => {
    for (const item of makeLearnerProgress(200, 2)) {
      const done = item.groups.filter((group) => group.fulfilled).length;
      expect(item.ratio).toBeCloseTo(done / item.groups.length, 2);
      expect(item.completed).toBe(item.ratio === 1);
      expect(item.earned_badge_id !== null).toBe(item.completed);
      for (const group of item.groups) expect(group.fulfilled).toBe(group.requirements.some((r) => r.fulfilled));
    }
  });
});

describe('mockBadges / mockProgress (parsed, for hosts)', () => {
  it('default: several scripts, both providers, one pending acceptance, no problems', () => {
    const badges = mockBadges({ now: MOCK_NOW });
    expect(badges).toHaveLength(defaultBadgeItems(MOCK_NOW).length);
    const names = badges.map((badge) => badge.name);
    expect(names).toEqual(expect.arrayContaining(['أساسيات الأمن السيبراني', 'データサイエンス入門', '云计算基础', 'Community Helper 🌟🤝']));
    expect(names.some((name) => name.length > 100)).toBe(true);
    expect(badges.filter((badge) => badge.status === 'pending').map((badge) => badge.acceptUrl)).toEqual([expect.stringMatching(/^https:\/\/www\.credly\.com\/.+\/accept$/)]);
  });

  it('mixed-states: every status and reason, expiring in 12 days whatever today is', () => {
    const badges = mockBadges({ set: 'mixed-states' });
    const statuses = badges.map((badge) => `${badge.status}${badge.pendingReason ? `/${badge.pendingReason}` : ''}`);
    expect(statuses.sort()).toEqual(['active', 'expired', 'expired', 'pending/accept', 'pending/issuing', 'pending/issuing', 'pending/issuing', 'revoked']);
    expect(badges.find((badge) => badge.status === 'revoked')?.revocationReason).toMatch(/Issued in error/);
    const soon = badges.find((badge) => badge.status === 'active')!;
    const days = (Date.parse(soon.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(10);
    expect(days).toBeLessThanOrEqual(12);
  });

  it('progress: not started, OR-group half done, all but one, completed, regressed with a reason', () => {
    const progress = mockProgress({ now: MOCK_NOW });
    expect(progress.map((item) => item.ratio)).toEqual([0, 0.5, 0.75, 1, 0.33]);
    const orGroup = progress[1]!.groups[1]!;
    expect(orGroup.requirements.length).toBeGreaterThan(1);
    const completed = progress[3]!;
    expect(completed.completed).toBe(true);
    expect(mockBadges({ now: MOCK_NOW }).some((badge) => badge.id === completed.earnedBadgeId && badge.templateId === completed.template.id)).toBe(true);
    expect(progress[4]!.resets).toEqual([{ requirementIds: ['2202'], reason: expect.stringMatching(/revoked/), occurredAt: '2026-05-26T00:00:00Z' }]);
  });

  it('many and empty sets', () => {
    expect(mockBadges({ set: 'many', now: MOCK_NOW })).toHaveLength(MANY_COUNT);
    expect(mockBadges({ set: 'empty' })).toEqual([]);
    expect(mockProgress({ set: 'many' })).toHaveLength(60);
  });
});

describe('badgesHandlers', () => {
  it('paginates like DRF: page_size honoured and clamped to 100, absolute next/previous links', async () => {
    server.use(...badgesHandlers({ scenario: 'many', now: MOCK_NOW }));
    const first = await getJson(badgesUrl());
    expect(first.body.count).toBe(1200);
    expect(first.body.results).toHaveLength(20);
    expect(first.body.previous).toBeNull();
    expect(first.body.next).toBe(badgesUrl('?page=2'));
    const second = await getJson(first.body.next!);
    expect(second.body.previous).toBe(badgesUrl());
    const clamped = await getJson(badgesUrl('?page_size=500&page=12'));
    expect(clamped.body.results).toHaveLength(100);
    expect(clamped.body.next).toBeNull();
    expect(clamped.body.previous).toBe(badgesUrl('?page_size=500&page=11'));
    expect((await getJson(badgesUrl('?page=13&page_size=100'))).status).toBe(404);
    expect((await getJson(badgesUrl('?page=abc'))).status).toBe(404);
  });

  it('answers 403 for another learner and honours a custom base URL and username', async () => {
    server.use(...badgesHandlers({ baseUrl: 'https://credentials.other.example/', username: 'li.wei' }));
    expect((await getJson('https://credentials.other.example/api/badges/v1/learners/li.wei/badges/')).status).toBe(200);
    expect((await getJson('https://credentials.other.example/api/badges/v1/learners/amira.haddad/badges/')).status).toBe(403);
  });

  it('malformed-item: the parser drops exactly the bad item and keeps the others', async () => {
    server.use(...badgesHandlers({ scenario: 'malformed-item', now: MOCK_NOW }));
    const { body } = await getJson(badgesUrl());
    const result = parseBadges(body, { now: Date.parse(MOCK_NOW) });
    expect(result.badges).toHaveLength(body.results.length - 1);
    expect(result.problems.filter((problem) => problem.kind === 'invalid-item')).toEqual([expect.objectContaining({ index: 2 })]);
    const progress = await getJson(`${MOCK_BASE_URL}/api/badges/v1/learners/${MOCK_USERNAME}/progress/`);
    const parsed = parseProgress(progress.body);
    expect(parsed.badges).toHaveLength(progress.body.results.length - 1);
    expect(parsed.problems.filter((problem) => problem.kind === 'invalid-item')).toEqual([expect.objectContaining({ index: 1 })]);
  });

  it('page-3-fails: five pages at any page size, page 3 answers 500', async () => {
    server.use(...badgesHandlers({ scenario: 'page-3-fails', now: MOCK_NOW }));
    const first = await getJson(badgesUrl('?page_size=10'));
    expect(first.body.count).toBe(50);
    expect((await getJson(badgesUrl('?page_size=10&page=2'))).status).toBe(200);
    expect((await getJson(badgesUrl('?page_size=10&page=3'))).status).toBe(500);
    expect((await getJson(badgesUrl('?page_size=10&page=5'))).body.next).toBeNull();
  });

  it('rate-limited sends Retry-After; slow waits before answering', async () => {
    server.use(...badgesHandlers({ scenario: 'rate-limited', retryAfterSeconds: 12 }));
    const limited = await getJson(badgesUrl());
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('12');
    server.resetHandlers(...badgesHandlers({ scenario: 'slow', delayMs: 150 }));
    const started = performance.now();
    expect((await getJson(badgesUrl())).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });
});

describe('badgeImageHandlers', () => {
  it('serves every fixture image URL as an SVG, the same one for the same URL', async () => {
    server.use(...badgeImageHandlers());
    const urls = defaultBadgeItems(MOCK_NOW).map((item) => item.template.image_url!);
    expect(new Set(urls.map((url) => new URL(url).host))).toEqual(new Set(['images.credly.com', 'api.accredible.com']));
    for (const url of urls) {
      const response = await fetch(url);
      expect(response.headers.get('Content-Type')).toBe('image/svg+xml');
      expect(await response.text()).toMatch(/^<svg /);
    }
    expect(await (await fetch(urls[0]!)).text()).toBe(await (await fetch(urls[0]!)).text());
  });
});
