/**
 * Every response the mocks serve, in every scenario, page by page, checked against the OpenAPI
 * document: the mocks cannot drift from the contract.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { badgesHandlers, MOCK_BASE_URL, MOCK_NOW, MOCK_SCENARIOS, MOCK_USERNAME } from '../../src/mocks';
import type { MockScenario } from '../../src/mocks';
import { loadOpenApi, validate } from './schema';
import type { Schema } from './schema';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const doc = loadOpenApi();
type Responses = Record<string, { headers?: Record<string, unknown>; content: Record<string, { schema: Schema }> }>;
const operations = {
  badges: (doc.paths as Record<string, { get: { responses: Responses } }>)['/api/badges/v1/learners/{username}/badges/']!.get,
  progress: (doc.paths as Record<string, { get: { responses: Responses } }>)['/api/badges/v1/learners/{username}/progress/']!.get,
};

/** The documented response for a status (exact code, then the `5XX` range), resolving `$ref`s. */
function documented(kind: keyof typeof operations, status: number) {
  const responses = operations[kind].responses;
  const entry = (responses[String(status)] ?? responses[`${String(status)[0]}XX`]) as (Responses[string] & { $ref?: string }) | undefined;
  if (!entry) return undefined;
  if (entry.$ref) return entry.$ref.replace(/^#\//, '').split('/').reduce<unknown>((node, part) => (node as Schema)[part], doc) as Responses[string];
  return entry;
}

interface Served {
  url: string;
  status: number;
  errors: string[];
  body: unknown;
}

/** Fetches every page of one endpoint, following `next`, and validates each response. */
async function crawl(kind: keyof typeof operations, pageSize?: number): Promise<Served[]> {
  const served: Served[] = [];
  let url: string | null = `${MOCK_BASE_URL}/api/badges/v1/learners/${MOCK_USERNAME}/${kind}/${pageSize ? `?page_size=${pageSize}` : ''}`;
  while (url && served.length < 200) {
    const response: Response = await fetch(url);
    const body: unknown = await response.json();
    const spec = documented(kind, response.status);
    const errors = spec ? validate(body, spec.content['application/json']!.schema, doc) : [`HTTP ${response.status} is not documented`];
    for (const header of Object.keys(spec?.headers ?? {})) {
      if (!response.headers.get(header)) errors.push(`missing documented header ${header}`);
    }
    served.push({ url, status: response.status, errors, body });
    url = response.ok ? (body as { next: string | null }).next : null;
  }
  return served;
}

const ITEM_ERRORS: Partial<Record<MockScenario, { badges: RegExp; progress: RegExp }>> = {
  // The one deliberately broken item of each list, and nothing else.
  'malformed-item': { badges: /^\$\.results\[2\]/, progress: /^\$\.results\[1\]/ },
};

describe.each(MOCK_SCENARIOS)('scenario %s', (scenario) => {
  it.each([
    ['badges', undefined],
    ['badges', 7],
    ['badges', 100],
    ['progress', undefined],
    ['progress', 3],
  ] as const)('serves %s pages (page_size %s) that follow the contract', async (kind, pageSize) => {
    server.use(...badgesHandlers({ scenario, now: MOCK_NOW, delayMs: 5 }));
    const served = await crawl(kind, pageSize);
    expect(served.length).toBeGreaterThan(0);
    const expected = ITEM_ERRORS[scenario]?.[kind];
    const errors = served.flatMap((page) => page.errors);
    if (expected) {
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.filter((error) => !expected.test(error))).toEqual([]);
    } else {
      expect(errors).toEqual([]);
    }
    if (served.every((page) => page.status === 200)) {
      const results = served.flatMap((page) => (page.body as { results: unknown[] }).results);
      expect(results).toHaveLength((served[0]!.body as { count: number }).count);
    }
  });
});

describe('error answers the contract documents', () => {
  it('403 for another learner, 404 past the last page, both with a DRF body', async () => {
    server.use(...badgesHandlers({ now: MOCK_NOW }));
    const other = await fetch(`${MOCK_BASE_URL}/api/badges/v1/learners/someone-else/badges/`);
    expect(other.status).toBe(403);
    expect(validate(await other.json(), documented('badges', 403)!.content['application/json']!.schema, doc)).toEqual([]);
    const past = await fetch(`${MOCK_BASE_URL}/api/badges/v1/learners/${MOCK_USERNAME}/badges/?page=99`);
    expect(past.status).toBe(404);
    expect(await past.json()).toEqual({ detail: 'Invalid page.' });
  });

  it('the error scenarios answer with their status on both endpoints', async () => {
    const expected: [MockScenario, number][] = [['unauthorized', 401], ['server-error', 500], ['rate-limited', 429]];
    for (const [scenario, status] of expected) {
      server.resetHandlers(...badgesHandlers({ scenario }));
      for (const kind of ['badges', 'progress'] as const) {
        const [page] = await crawl(kind);
        expect(page!.status).toBe(status);
      }
    }
  });
});
