import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createBadgesClient, createOpenEdxBadgesClient, mergeBadges } from '../../src/client';
import type { AxiosLike } from '../../src/client';
import { isAxiosLike } from '../../src/client/transport';
import { BadgesRequestError } from '../../src/model';
import { badgesHandlers, defaultBadgeItems, MOCK_BASE_URL, MOCK_NOW, MOCK_USERNAME } from '../../src/mocks';
import type { MockScenario } from '../../src/mocks';
import { setupTestServer } from '../helpers/msw-server';
import { makeBadge } from '../helpers/badges';

const { server, requested } = setupTestServer();

const now = Date.parse(MOCK_NOW);
const use = (scenario: MockScenario = 'default') => server.use(...badgesHandlers({ scenario, now: MOCK_NOW, delayMs: 300 }));

async function failure(promise: Promise<unknown>): Promise<BadgesRequestError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(BadgesRequestError);
  return error as BadgesRequestError;
}

/**
 * A tiny axios look-alike over fetch: rejects non-2xx with `{ response }`, a lost connection with
 * no response (`ERR_NETWORK`), an abort as `CanceledError` (`ERR_CANCELED`), like axios does.
 * Like axios's default `transformResponse`, it JSON-parses a body (keeping the text when that
 * fails) unless the request passes its own `transformResponse`; `parseJson` always parses.
 */
function fakeAxios(options: { parseJson?: boolean } = {}): AxiosLike & { calls: { url: string; headers?: Record<string, string> }[] } {
  const calls: { url: string; headers?: Record<string, string> }[] = [];
  // Like `axios.create()`, the instance is itself callable (a request function) with methods.
  const instance = () => Promise.reject(new Error('the badges client must use .get, not call the instance'));
  return Object.assign(instance, {
    calls,
    async get(url: string, config: Parameters<AxiosLike['get']>[1] = {}) {
      calls.push({ url, headers: config.headers });
      let response: Response;
      try {
        response = await fetch(url, { signal: config.signal, headers: config.headers });
      } catch (cause) {
        if (config.signal?.aborted) throw Object.assign(new Error('canceled'), { name: 'CanceledError', code: 'ERR_CANCELED', cause });
        throw Object.assign(new Error('Network Error'), { isAxiosError: true, code: 'ERR_NETWORK', cause });
      }
      const text = await response.text();
      const headers = Object.fromEntries(response.headers);
      let data: unknown = text;
      if (options.parseJson) {
        try { data = JSON.parse(text); } catch { data = text; }
      } else if (typeof config.transformResponse === 'function') {
        data = config.transformResponse(text);
      } else {
        try { data = JSON.parse(text); } catch { data = text; }
      }
      if (response.status >= 300) {
        throw Object.assign(new Error(`Request failed with status code ${response.status}`), { isAxiosError: true, code: 'ERR_BAD_RESPONSE', response: { status: response.status, headers, data } });
      }
      return { data, status: response.status, headers };
    },
  });
}

describe('axios-like http client', () => {
  it('is told apart from fetch by its .get method, callable or not (an axios instance is a function)', () => {
    expect(isAxiosLike(fakeAxios())).toBe(true);
    expect(typeof fakeAxios()).toBe('function');
    expect(isAxiosLike({ get: () => Promise.reject(new Error('unused')) })).toBe(true);
    expect(isAxiosLike(fetch)).toBe(false);
    expect(isAxiosLike((url: string) => fetch(url))).toBe(false);
  });

  it('lists and pages through it, whether it hands back text or parsed JSON', async () => {
    use('many');
    const axios = fakeAxios();
    expect((await createBadgesClient({ baseUrl: MOCK_BASE_URL, httpClient: axios }).listBadges(MOCK_USERNAME)).badges).toHaveLength(1200);
    expect(axios.calls).toHaveLength(12);
    expect(axios.calls[0]!.headers).toEqual({ Accept: 'application/json' });
    const parsing = fakeAxios({ parseJson: true });
    expect((await createBadgesClient({ baseUrl: MOCK_BASE_URL, httpClient: parsing, parse: { now } }).listProgress(MOCK_USERNAME)).progress).toHaveLength(60);
  });

  it('parses the body once, as with fetch: a double-encoded JSON body is an invalid-response either way', async () => {
    const page = { count: 1, next: null, previous: null, results: defaultBadgeItems(MOCK_NOW).slice(0, 1) };
    server.use(http.get(`${MOCK_BASE_URL}/api/badges/v1/learners/:username/badges/`, () =>
      new HttpResponse(JSON.stringify(JSON.stringify(page)), { headers: { 'Content-Type': 'application/json' } })));
    for (const httpClient of [fakeAxios(), undefined]) {
      const error = await failure(createBadgesClient({ baseUrl: MOCK_BASE_URL, httpClient }).listBadges(MOCK_USERNAME));
      expect(error.kind).toBe('invalid-response');
    }
  });

  it('maps axios-shaped errors: status, Retry-After, no response, cancel, ECONNABORTED', async () => {
    const client = createBadgesClient({ baseUrl: MOCK_BASE_URL, httpClient: fakeAxios() });
    use('unauthorized');
    expect(await failure(client.listBadges(MOCK_USERNAME))).toMatchObject({ kind: 'unauthorized', status: 401 });
    server.resetHandlers(...badgesHandlers({ scenario: 'rate-limited', retryAfterSeconds: 9 }));
    expect(await failure(client.listBadges(MOCK_USERNAME))).toMatchObject({ kind: 'rate-limited', retryAfter: 9 });
    server.resetHandlers(http.get(`${MOCK_BASE_URL}/*`, () => HttpResponse.error()));
    expect((await failure(client.listBadges(MOCK_USERNAME))).kind).toBe('network');
    server.resetHandlers(http.get(`${MOCK_BASE_URL}/*`, () => new HttpResponse('<html>Maintenance</html>', { status: 200 })));
    expect((await failure(client.listBadges(MOCK_USERNAME))).kind).toBe('invalid-response');

    server.resetHandlers(...badgesHandlers({ scenario: 'slow', delayMs: 300 }));
    const controller = new AbortController();
    const pending = client.listBadges(MOCK_USERNAME, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect((await failure(pending)).kind).toBe('aborted');
    expect((await failure(createBadgesClient({ baseUrl: MOCK_BASE_URL, httpClient: fakeAxios(), timeoutMs: 30 }).listBadges(MOCK_USERNAME))).kind).toBe('timeout');

    const timingOut: AxiosLike = { get: () => Promise.reject(Object.assign(new Error('timeout of 1000ms exceeded'), { code: 'ECONNABORTED' })) };
    expect((await failure(createBadgesClient({ baseUrl: MOCK_BASE_URL, httpClient: timingOut }).listBadges(MOCK_USERNAME))).kind).toBe('timeout');
  });
});

describe('createOpenEdxBadgesClient', () => {
  it('wires the platform http client and CREDENTIALS_BASE_URL passed in', async () => {
    use('default');
    const axios = fakeAxios();
    const client = createOpenEdxBadgesClient({ getAuthenticatedHttpClient: () => axios, getConfig: () => ({ CREDENTIALS_BASE_URL: MOCK_BASE_URL, LMS_BASE_URL: 'https://lms.example.org' }) });
    const result = await client.listBadges(MOCK_USERNAME);
    expect(result.badges).toHaveLength(defaultBadgeItems().length);
    expect(axios.calls[0]!.url.startsWith(`${MOCK_BASE_URL}/api/badges/v1/learners/`)).toBe(true);
  });

  it('explains a missing CREDENTIALS_BASE_URL', () => {
    expect(() => createOpenEdxBadgesClient({ getAuthenticatedHttpClient: fakeAxios, getConfig: () => ({ CREDENTIALS_BASE_URL: null }) })).toThrow(/CREDENTIALS_BASE_URL/);
  });
});

const PROXY = 'https://proxy.example.org';
const [firstFixture] = defaultBadgeItems(MOCK_NOW);

/** A Credly org-API page: one badge the Open edX endpoint also serves, one only Credly knows. */
function credlyPage() {
  const item = (id: string, name: string) => ({
    id,
    state: 'accepted',
    issued_at: '2026-01-10T09:00:00.000-05:00',
    expires_at: null,
    image_url: 'https://images.credly.com/size/340x340/images/ab12/badge.png',
    public: true,
    issuer: { entities: [{ primary: true, entity: { name: 'Lakeside University' } }] },
    badge_template: { id: 'tmpl-1', name, description: 'From Credly.', skills: ['Python'], image_url: 'https://images.credly.com/images/ab12/badge.png' },
  });
  return {
    data: [item(firstFixture!.external_id, 'Same badge, Credly copy'), item('7d0c5b1a-2e3f-4a5b-8c6d-000000000099', 'Only on Credly')],
    metadata: { count: 2, current_page: 1, total_count: 2, total_pages: 1, per: 50, previous_page_url: null, next_page_url: null },
  };
}

describe('sources', () => {
  it('merges a provider proxy after the Open edX endpoint: first source wins on provider + id', async () => {
    use('default');
    server.use(http.get(`${PROXY}/credly/:username`, ({ params }) => (params.username === MOCK_USERNAME ? HttpResponse.json(credlyPage()) : HttpResponse.json({}, { status: 404 }))));
    const client = createBadgesClient({ baseUrl: MOCK_BASE_URL, parse: { now }, sources: [{ kind: 'url', url: `${PROXY}/credly/{username}` }] });
    const { badges, error } = await client.listBadges(MOCK_USERNAME);
    expect(error).toBeUndefined();
    expect(badges).toHaveLength(defaultBadgeItems().length + 1);
    expect(badges.filter((b) => b.id === firstFixture!.external_id).map((b) => b.name)).toEqual([firstFixture!.template.name]);
    expect(badges.at(-1)).toMatchObject({ name: 'Only on Credly', provider: 'credly', issuedAt: '2026-01-10T14:00:00Z' });
  });

  it('says which source each problem came from, since indexes repeat across merged sources', async () => {
    use('malformed-item');
    const page = credlyPage();
    page.data.unshift({ ...page.data[1]!, id: 'bad-1', badge_template: 'not an object' } as never);
    server.use(http.get(`${PROXY}/credly/:username`, () => HttpResponse.json(page)));
    const client = createBadgesClient({ baseUrl: MOCK_BASE_URL, pageSize: 2, sources: [{ kind: 'url', url: `${PROXY}/credly/{username}` }] });
    const invalid = (await client.listBadges(MOCK_USERNAME)).problems.filter((p) => p.kind === 'invalid-item');
    expect(invalid).toEqual([
      expect.objectContaining({ index: 2, source: `${MOCK_BASE_URL}/api/badges/v1/learners/${MOCK_USERNAME}/badges/?page_size=2` }),
      expect.objectContaining({ index: 0, itemId: 'bad-1', field: 'badge_template', source: `${PROXY}/credly/${MOCK_USERNAME}` }),
    ]);
  });

  it('dedupes by publicUrl across providers', () => {
    const a = makeBadge({ id: '1', provider: 'accredible', publicUrl: 'https://www.credential.net/1' });
    const b = makeBadge({ id: 'https://host.example/a/1', provider: 'openbadges', publicUrl: 'https://www.credential.net/1' });
    const c = makeBadge({ id: '2', provider: 'accredible', publicUrl: undefined });
    const d = makeBadge({ id: '2', provider: 'accredible', name: 'second copy' });
    expect(mergeBadges([[a, c], [b, d]])).toEqual([a, c]);
  });

  it('a failing secondary source keeps the primary badges and sets error', async () => {
    use('default');
    server.use(http.get(`${PROXY}/credly/:username`, () => HttpResponse.json({ detail: 'down' }, { status: 502 })));
    const client = createBadgesClient({ baseUrl: MOCK_BASE_URL, parse: { now }, sources: [{ kind: 'url', url: `${PROXY}/credly/{username}` }] });
    const result = await client.listBadges(MOCK_USERNAME);
    expect(result.badges).toHaveLength(defaultBadgeItems().length);
    expect(result.error).toMatchObject({ kind: 'server', status: 502, url: `${PROXY}/credly/${MOCK_USERNAME}` });
  });

  it('a failing primary still throws, whatever the secondary sources do', async () => {
    use('server-error');
    server.use(http.get(`${PROXY}/credly/:username`, () => HttpResponse.json(credlyPage())));
    const client = createBadgesClient({ baseUrl: MOCK_BASE_URL, sources: [{ kind: 'url', url: `${PROXY}/credly/{username}` }] });
    expect((await failure(client.listBadges(MOCK_USERNAME))).kind).toBe('server');
  });

  it('a url source follows its own pages on its own origin', async () => {
    use('empty');
    server.use(http.get(`${PROXY}/accredible`, ({ request }) => {
      const page = new URL(request.url).searchParams.get('page') ?? '1';
      const credential = { id: Number(page) * 10, name: `Accredible ${page}`, issued_on: '2026-02-01', url: `https://www.credential.net/${page}0`, issuer: { name: 'Huaxin' } };
      return HttpResponse.json({ credentials: [credential], meta: { current_page: Number(page), total_pages: 2, total_count: 2, next_page: page === '1' ? `${PROXY}/accredible?page=2` : null } });
    }));
    const result = await createBadgesClient({ baseUrl: MOCK_BASE_URL, sources: [{ kind: 'url', url: `${PROXY}/accredible`, format: 'accredible-v1' }] }).listBadges(MOCK_USERNAME);
    expect(result.badges.map((b) => b.name)).toEqual(['Accredible 1', 'Accredible 2']);
    expect(result.total).toBe(0);
  });
});

const OB = 'https://badges.example.net';
const issuerProfile = { '@context': 'https://w3id.org/openbadges/v2', type: 'Issuer', id: `${OB}/issuer.json`, name: 'Harbour Makerspace', url: 'https://harbour.example.net/' };
const badgeClass = (n: number) => ({
  '@context': 'https://w3id.org/openbadges/v2',
  type: 'BadgeClass',
  id: `${OB}/class/${n}.json`,
  name: `Laser Cutter Safety ${n}`,
  description: 'Operates the laser cutter safely.',
  image: `${OB}/class/${n}.png`,
  criteria: { narrative: 'Complete the **induction** session.' },
  issuer: `${OB}/issuer.json`,
});
const assertion = (n: number, badge: unknown) => ({
  '@context': 'https://w3id.org/openbadges/v2',
  type: 'Assertion',
  id: `${OB}/assertions/${n}.json`,
  recipient: { type: 'email', hashed: true, identity: 'sha256$abc' },
  badge,
  issuedOn: '2026-03-05T10:00:00Z',
  verification: { type: 'hosted' },
});

describe('Open Badges 2.0 source', () => {
  it('fetches linked BadgeClass and Issuer documents once each, embeds them, and reports what failed', async () => {
    use('empty');
    server.use(
      http.get(`${OB}/assertions/1.json`, () => HttpResponse.json(assertion(1, `${OB}/class/1.json`))),
      http.get(`${OB}/assertions/2.json`, () => HttpResponse.json(assertion(2, badgeClass(2)))),
      http.get(`${OB}/assertions/3.json`, () => HttpResponse.json({ id: `${OB}/assertions/3.json`, revoked: true }, { status: 410 })),
      http.get(`${OB}/assertions/4.json`, () => HttpResponse.json(assertion(4, `${OB}/class/missing.json`))),
      http.get(`${OB}/class/1.json`, () => HttpResponse.json(badgeClass(1))),
      http.get(`${OB}/class/missing.json`, () => HttpResponse.json({ detail: 'gone' }, { status: 404 })),
      http.get(`${OB}/issuer.json`, () => HttpResponse.json(issuerProfile)),
    );
    const urls = [1, 2, 3, 4].map((n) => `${OB}/assertions/${n}.json`);
    const result = await createBadgesClient({ baseUrl: MOCK_BASE_URL, sources: [{ kind: 'openbadges', urls }] }).listBadges(MOCK_USERNAME);
    expect(result.badges.map((b) => [b.provider, b.name, b.issuer.name, b.publicUrl])).toEqual([
      ['openbadges', 'Laser Cutter Safety 1', 'Harbour Makerspace', `${OB}/assertions/1.json`],
      ['openbadges', 'Laser Cutter Safety 2', 'Harbour Makerspace', `${OB}/assertions/2.json`],
    ]);
    expect(requested.filter((url) => url === `${OB}/issuer.json`)).toHaveLength(1);
    expect(result.problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ index: 2, message: expect.stringMatching(/410 Gone/), source: urls[2] }),
      expect.objectContaining({ index: 3, field: 'badge', kind: 'unresolved', source: urls[3] }),
    ]));
    // A revoked (410) assertion is an answer, not a failure; nothing else failed outright.
    expect(result.error).toBeUndefined();
  });

  it('an unreachable assertion sets error without hiding the others', async () => {
    use('default');
    server.use(
      http.get(`${OB}/assertions/2.json`, () => HttpResponse.json(assertion(2, badgeClass(2)))),
      http.get(`${OB}/assertions/9.json`, () => HttpResponse.error()),
      http.get(`${OB}/issuer.json`, () => HttpResponse.json(issuerProfile)),
    );
    const result = await createBadgesClient({ baseUrl: MOCK_BASE_URL, parse: { now }, sources: [{ kind: 'openbadges', urls: [`${OB}/assertions/9.json`, `${OB}/assertions/2.json`] }] }).listBadges(MOCK_USERNAME);
    expect(result.badges).toHaveLength(defaultBadgeItems().length + 1);
    expect(result.error).toMatchObject({ kind: 'network', url: `${OB}/assertions/9.json` });
    expect(result.problems).toEqual([expect.objectContaining({ index: 0, itemId: `${OB}/assertions/9.json`, kind: 'invalid-item' })]);
  });
});

describe('relative URLs (resolved against the page, in a browser)', () => {
  const accredible = (page: string, next: string | null) => ({
    credentials: [{ id: Number(page) * 10, name: `Accredible ${page}`, issued_on: '2026-02-01', url: `https://www.credential.net/${page}0`, issuer: { name: 'Huaxin' } }],
    meta: { current_page: Number(page), total_pages: 2, total_count: 2, next_page: next },
  });

  it('fetches a relative url source (a same-origin proxy)', async () => {
    use('empty');
    server.use(http.get(`${location.origin}/proxy/credly/:username`, () => HttpResponse.json(credlyPage())));
    const result = await createBadgesClient({ baseUrl: MOCK_BASE_URL, sources: [{ kind: 'url', url: '/proxy/credly/{username}' }] }).listBadges(MOCK_USERNAME);
    expect(result.error).toBeUndefined();
    expect(result.badges.map((b) => b.name)).toEqual(['Same badge, Credly copy', 'Only on Credly']);
  });

  it('reads a relative base URL', async () => {
    server.use(http.get(`${location.origin}/credentials/api/badges/v1/learners/:username/badges/`, () => HttpResponse.json(credlyPage())));
    const result = await createBadgesClient({ baseUrl: '/credentials/' }).listBadges(MOCK_USERNAME);
    expect(result.badges).toHaveLength(2);
  });

  it('follows a relative next link, resolved against the page it came from', async () => {
    use('empty');
    server.use(http.get(`${PROXY}/accredible/list`, ({ request }) => {
      const page = new URL(request.url).searchParams.get('page') ?? '1';
      return HttpResponse.json(accredible(page, page === '1' ? '/accredible/list?page=2' : null));
    }));
    const result = await createBadgesClient({ baseUrl: MOCK_BASE_URL, sources: [{ kind: 'url', url: `${PROXY}/accredible/list` }] }).listBadges(MOCK_USERNAME);
    expect(result.error).toBeUndefined();
    expect(result.badges.map((b) => b.name)).toEqual(['Accredible 1', 'Accredible 2']);
    expect(requested).toContain(`${PROXY}/accredible/list?page=2`);
  });

  it('follows a relative next link from a relative source', async () => {
    use('empty');
    server.use(http.get(`${location.origin}/proxy/accredible`, ({ request }) => {
      const page = new URL(request.url).searchParams.get('page') ?? '1';
      return HttpResponse.json(accredible(page, page === '1' ? '?page=2' : null));
    }));
    const result = await createBadgesClient({ baseUrl: MOCK_BASE_URL, sources: [{ kind: 'url', url: '/proxy/accredible' }] }).listBadges(MOCK_USERNAME);
    expect(result.error).toBeUndefined();
    expect(result.badges.map((b) => b.name)).toEqual(['Accredible 1', 'Accredible 2']);
  });

  it('still refuses a next link that resolves to another origin (protocol-relative or absolute)', async () => {
    for (const next of ['//evil.example/accredible?page=2', 'https://evil.example/accredible?page=2']) {
      use('empty');
      server.use(http.get(`${location.origin}/proxy/accredible`, () => HttpResponse.json(accredible('1', next))));
      const result = await createBadgesClient({ baseUrl: MOCK_BASE_URL, sources: [{ kind: 'url', url: '/proxy/accredible' }] }).listBadges(MOCK_USERNAME);
      expect(result.badges.map((b) => b.name)).toEqual(['Accredible 1']);
      expect(result.error).toMatchObject({ kind: 'invalid-response', message: expect.stringMatching(/another origin/) });
      expect(requested.some((url) => url.includes('evil.example'))).toBe(false);
    }
  });
});
