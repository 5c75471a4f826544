import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createBadgesClient, parseRetryAfter } from '../../src/client';
import type { FetchLike } from '../../src/client';
import { BadgesRequestError } from '../../src/model';
import { badgesHandlers, defaultBadgeItems, MOCK_BASE_URL, MOCK_NOW, MOCK_USERNAME } from '../../src/mocks';
import type { MockScenario } from '../../src/mocks';
import { setupTestServer } from '../helpers/msw-server';

const { server, requested } = setupTestServer();

const BADGES = `${MOCK_BASE_URL}/api/badges/v1/learners/${MOCK_USERNAME}/badges/`;
const now = Date.parse(MOCK_NOW);
const client = (options: Partial<Parameters<typeof createBadgesClient>[0]> = {}) =>
  createBadgesClient({ baseUrl: MOCK_BASE_URL, parse: { now }, ...options });
const use = (scenario: MockScenario) => server.use(...badgesHandlers({ scenario, now: MOCK_NOW, delayMs: 300 }));

/** The rejection of `promise`, which must be a BadgesRequestError. */
async function failure(promise: Promise<unknown>): Promise<BadgesRequestError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(BadgesRequestError);
  return error as BadgesRequestError;
}

/** Answers the badges endpoint with `response` (page 1). */
const answer = (response: (info: { request: Request }) => Response | Promise<Response>) => server.use(http.get(BADGES, response));

describe('pagination', () => {
  it('follows every page of 1,200 badges at page_size 100', async () => {
    use('many');
    const result = await client().listBadges(MOCK_USERNAME);
    expect(result.badges).toHaveLength(1200);
    expect(result).toMatchObject({ total: 1200, truncated: false, error: undefined, problems: [] });
    expect(requested).toHaveLength(12);
    expect(new URL(requested[0]!).searchParams.get('page_size')).toBe('100');
    expect(new Set(result.badges.map((b) => `${b.provider}:${b.id}`)).size).toBe(1200);
  });

  it('stops at maxPages and says the list is truncated', async () => {
    use('many');
    const result = await client({ maxPages: 3, pageSize: 50 }).listBadges(MOCK_USERNAME);
    expect(result.badges).toHaveLength(150);
    expect(result.truncated).toBe(true);
    expect(result.total).toBe(1200);
    expect(requested).toHaveLength(3);
  });

  it('by default reads at most 50 pages of 100 (5,000 badges) from an endless list', async () => {
    answer(({ request }) => {
      const page = Number(new URL(request.url).searchParams.get('page') ?? 1);
      return HttpResponse.json({ count: 100_000, next: `${BADGES}?page_size=100&page=${page + 1}`, previous: null, results: [] });
    });
    const result = await client().listBadges(MOCK_USERNAME);
    expect(requested).toHaveLength(50);
    expect(new URL(requested[0]!).searchParams.get('page_size')).toBe('100');
    expect(result).toMatchObject({ truncated: true, total: 100_000, error: undefined });
  });

  it('never follows a next link to another origin: keeps page 1 and reports why', async () => {
    answer(() => HttpResponse.json({ count: 40, next: 'https://evil.example/api/badges/v1/learners/x/badges/?page=2', previous: null, results: [] }));
    const result = await client().listBadges(MOCK_USERNAME);
    expect(result.error?.kind).toBe('invalid-response');
    expect(result.error?.message).toMatch(/evil\.example/);
    expect(requested.every((url) => url.startsWith(MOCK_BASE_URL))).toBe(true);
  });

  it('stops when a next link points back to a page already read', async () => {
    answer(() => HttpResponse.json({ count: 1, next: `${BADGES}?page_size=100`, previous: null, results: [] }));
    const result = await client().listBadges(MOCK_USERNAME);
    expect(requested).toHaveLength(1);
    expect(result.error).toBeUndefined();
  });

  it('parses later pages as the format detected on page 1 (detected once per list)', async () => {
    const [openedx] = defaultBadgeItems(MOCK_NOW);
    // Alone, page 2 would be detected as Credly (its item has a badge_template).
    const credly = { id: 'c-1', state: 'accepted', issued_at: '2026-01-10T09:00:00Z', badge_template: { id: 't-1', name: 'Credly-shaped' } };
    answer(({ request }) => new URL(request.url).searchParams.get('page') === '2'
      ? HttpResponse.json({ count: 2, next: null, previous: null, results: [credly] })
      : HttpResponse.json({ count: 2, next: `${BADGES}?page=2`, previous: null, results: [openedx] }));
    const result = await client().listBadges(MOCK_USERNAME);
    expect(requested).toHaveLength(2);
    expect(result.badges.map((b) => b.provider)).toEqual([openedx!.origin]);
    expect(result.problems).toEqual([expect.objectContaining({ index: 1, kind: 'invalid-item' })]);
  });

  it('lists progress, following pages the same way', async () => {
    use('progress');
    const result = await client({ pageSize: 2 }).listProgress(MOCK_USERNAME);
    expect(result.progress.map((p) => p.ratio)).toEqual([0, 0.5, 0.75, 1, 0.33]);
    expect(result.total).toBe(5);
    expect(requested).toHaveLength(3);
  });

  it('keeps the good items of a page with a malformed one and says which one failed', async () => {
    use('malformed-item');
    const result = await client({ pageSize: 2 }).listBadges(MOCK_USERNAME);
    expect(result.badges).toHaveLength(8);
    // Item 2 of the whole list (page 2, first item): positions count across pages.
    expect(result.problems.filter((p) => p.kind === 'invalid-item')).toEqual([expect.objectContaining({ index: 2 })]);
  });

  it('a failure after page 1 returns what loaded, with the error', async () => {
    use('page-3-fails');
    const result = await client({ pageSize: 20 }).listBadges(MOCK_USERNAME);
    expect(result.badges).toHaveLength(40);
    expect(result.total).toBe(100);
    expect(result.error).toMatchObject({ kind: 'server', status: 500 });
    expect(result.error?.url).toContain('page=3');
  });
});

describe('abort and timeout', () => {
  it('passes the AbortSignal through: aborting rejects with kind aborted', async () => {
    use('slow');
    const controller = new AbortController();
    const pending = client().listBadges(MOCK_USERNAME, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect((await failure(pending)).kind).toBe('aborted');
  });

  it('an already aborted signal sends no request', async () => {
    use('default');
    const controller = new AbortController();
    controller.abort();
    expect((await failure(client().listBadges(MOCK_USERNAME, { signal: controller.signal }))).kind).toBe('aborted');
    expect(requested).toEqual([]);
  });

  it('aborting during a later page still rejects (no partial result for a cancelled query)', async () => {
    const controller = new AbortController();
    server.use(http.get(BADGES, async ({ request }) => {
      if (new URL(request.url).searchParams.get('page') === '2') {
        controller.abort();
        await delay(200);
      }
      return HttpResponse.json({ count: 2, next: `${BADGES}?page=2`, previous: null, results: [] });
    }));
    expect((await failure(client().listBadges(MOCK_USERNAME, { signal: controller.signal }))).kind).toBe('aborted');
  });

  it('its own timer turns a slow answer into kind timeout', async () => {
    use('slow');
    const error = await failure(client({ timeoutMs: 40 }).listBadges(MOCK_USERNAME));
    expect(error.kind).toBe('timeout');
    expect(error.url).toBe(`${BADGES}?page_size=100`);
  });
});

describe('every failure is a typed error', () => {
  it.each([
    [400, 'bad-request'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [408, 'timeout'],
    [410, 'not-found'],
    [500, 'server'],
    [502, 'server'],
    [503, 'server'],
    [504, 'server'],
  ] as const)('HTTP %i → %s', async (status, kind) => {
    answer(() => HttpResponse.json({ detail: 'nope' }, { status }));
    const error = await failure(client().listBadges(MOCK_USERNAME));
    expect(error).toMatchObject({ kind, status });
    expect(error.retryAfter).toBeUndefined();
  });

  it('the scenarios map too: unauthorized, server-error, forbidden for another learner', async () => {
    use('unauthorized');
    expect((await failure(client().listProgress(MOCK_USERNAME))).kind).toBe('unauthorized');
    server.resetHandlers(...badgesHandlers({ scenario: 'server-error' }));
    expect((await failure(client().listBadges(MOCK_USERNAME))).kind).toBe('server');
    server.resetHandlers(...badgesHandlers());
    expect((await failure(client().listBadges('someone.else'))).kind).toBe('forbidden');
  });

  it('429 with Retry-After in seconds', async () => {
    server.use(...badgesHandlers({ scenario: 'rate-limited', retryAfterSeconds: 17 }));
    expect(await failure(client().listBadges(MOCK_USERNAME))).toMatchObject({ kind: 'rate-limited', status: 429, retryAfter: 17 });
  });

  it('429 with Retry-After as an HTTP date', async () => {
    const at = new Date(Date.now() + 120_000).toUTCString();
    answer(() => HttpResponse.json({ detail: 'slow down' }, { status: 429, headers: { 'Retry-After': at } }));
    const error = await failure(client().listBadges(MOCK_USERNAME));
    expect(error.kind).toBe('rate-limited');
    expect(error.retryAfter).toBeGreaterThanOrEqual(118);
    expect(error.retryAfter).toBeLessThanOrEqual(120);
  });

  it('429 without a readable Retry-After leaves retryAfter undefined', async () => {
    answer(() => HttpResponse.json({ detail: 'slow down' }, { status: 429 }));
    expect((await failure(client().listBadges(MOCK_USERNAME))).retryAfter).toBeUndefined();
  });

  it('a connection reset is a network error', async () => {
    answer(() => HttpResponse.error());
    expect((await failure(client().listBadges(MOCK_USERNAME))).kind).toBe('network');
  });

  it.each([
    ['invalid JSON', 'OK', /not valid JSON/],
    ['a truncated body', '{"count": 3, "next": null, "results": [{"uuid": "a', /not valid JSON/],
    ['an empty body', '', /not valid JSON/],
    ['an HTML page with 200', '<!DOCTYPE html><html><body>Sign in</body></html>', /HTML page/],
    ['an envelope no parser knows', '{"items": [], "total": 0}', /BadgeFormatError: Unrecognised badges payload/],
  ])('%s is an invalid-response', async (_, body, message) => {
    answer(() => new HttpResponse(body, { status: 200, headers: { 'Content-Type': 'application/json' } }));
    const error = await failure(client().listBadges(MOCK_USERNAME));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toMatch(message);
  });
});

describe('fetch transport', () => {
  it('sends the JWT-cookie request only to the base URL origin, late-binding globalThis.fetch', async () => {
    const seen: { url: string; init?: RequestInit }[] = [];
    const spy: FetchLike = (url, init) => {
      seen.push({ url, init });
      return fetch(url, init);
    };
    server.use(
      ...badgesHandlers({ now: MOCK_NOW }),
      http.get('https://proxy.example.org/badges', () => HttpResponse.json([])),
    );
    await client({ httpClient: spy, sources: [{ kind: 'url', url: 'https://proxy.example.org/badges', format: 'openbadges2' }] }).listBadges(MOCK_USERNAME);
    const own = seen.find((s) => s.url.startsWith(MOCK_BASE_URL))!;
    const other = seen.find((s) => s.url.startsWith('https://proxy.example.org'))!;
    expect(own.init).toMatchObject({ credentials: 'include', headers: { 'USE-JWT-COOKIE': 'true', Accept: 'application/json' } });
    expect(other.init?.credentials).toBe('same-origin');
    expect(other.init?.headers).not.toHaveProperty('USE-JWT-COOKIE');
  });

  it('encodes the username in the path', async () => {
    server.use(...badgesHandlers({ username: 'ana maría/x' }));
    const result = await client().listBadges('ana maría/x');
    expect(result.badges.length).toBeGreaterThan(0);
    expect(requested[0]).toContain('/learners/ana%20mar%C3%ADa%2Fx/badges/');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, never negative, undefined when unreadable', () => {
    const base = Date.parse('2026-06-01T12:00:00Z');
    expect(parseRetryAfter(' 30 ', base)).toBe(30);
    expect(parseRetryAfter('0', base)).toBe(0);
    expect(parseRetryAfter('Mon, 01 Jun 2026 12:01:30 GMT', base)).toBe(90);
    expect(parseRetryAfter('Mon, 01 Jun 2026 11:00:00 GMT', base)).toBe(0);
    expect(parseRetryAfter('soon', base)).toBeUndefined();
    expect(parseRetryAfter(null, base)).toBeUndefined();
  });

  it('reads only digits as seconds and only a value with letters as a date (RFC 9110)', () => {
    const base = Date.parse('2026-06-01T12:00:00Z');
    for (const value of ['1.5', '-1', '+5', '1e3', '12:00', '2026-06-01', '']) expect(parseRetryAfter(value, base), value).toBeUndefined();
    expect(parseRetryAfter('Monday, 01-Jun-26 12:00:10 GMT', base)).toBe(10);
  });
});
