/**
 * msw handler factories for the proposed learner badges endpoints, one scenario at a time.
 * For Storybook (`beforeEach({ msw }) { msw.use(...badgesHandlers({ scenario: 'many' })) }`),
 * unit tests (`setupServer(...badgesHandlers())`) and host MFEs' own tests.
 */
import { delay, http, HttpResponse } from 'msw';
import type { HttpHandler } from 'msw';
import type { ContractPage, ContractProgress } from './contract';
import { defaultBadgeItems, makeLearnerBadges, makeLearnerProgress, mixedStateBadgeItems, progressItems } from './fixtures';

/** The credentials base URL the mocks answer on by default. */
export const MOCK_BASE_URL = 'https://credentials.example.org';

/** The learner whose data the mocks serve; any other username gets 403, as the contract says. */
export const MOCK_USERNAME = 'amira.haddad';

/** The contract's default page size. */
export const DEFAULT_PAGE_SIZE = 20;

/** The contract's largest page size; larger `page_size` values are clamped, as DRF does. */
export const MAX_PAGE_SIZE = 100;

/** Number of badges the `many` scenario serves. */
export const MANY_COUNT = 1200;

/** What the mocked endpoints do. */
export type MockScenario =
  | 'default'
  | 'empty'
  | 'many'
  | 'mixed-states'
  | 'progress'
  | 'slow'
  | 'unauthorized'
  | 'server-error'
  | 'malformed-item'
  | 'page-3-fails'
  | 'rate-limited';

/** Every scenario, for stories and tests that loop over them. */
export const MOCK_SCENARIOS: readonly MockScenario[] = [
  'default', 'empty', 'many', 'mixed-states', 'progress', 'slow', 'unauthorized', 'server-error',
  'malformed-item', 'page-3-fails', 'rate-limited',
];

/** Options of `badgesHandlers`. */
export interface BadgesHandlersOptions {
  /** Credentials base URL. @default MOCK_BASE_URL */
  baseUrl?: string;
  /** @default 'default' */
  scenario?: MockScenario;
  /** The learner served; other usernames answer 403. @default MOCK_USERNAME */
  username?: string;
  /** Clock for status-deciding dates. @default the start of today (UTC) */
  now?: Date | number | string;
  /** Delay of the `slow` scenario, in ms. @default 2000 */
  delayMs?: number;
  /** `Retry-After` of the `rate-limited` scenario, in seconds. @default 30 */
  retryAfterSeconds?: number;
}

/** The `{detail}` body DRF sends with an error. */
function drfError(status: number, detail: string, headers?: Record<string, string>): HttpResponse<{ detail: string }> {
  return HttpResponse.json({ detail }, { status, headers });
}

/** Reads `page` / `page_size` the way DRF's `PageNumberPagination` does. */
export function readPageParams(url: URL): { page: number; pageSize: number } | undefined {
  const pageParam = url.searchParams.get('page');
  const page = pageParam === null ? 1 : /^\d+$/.test(pageParam) ? Number(pageParam) : 0;
  if (page < 1) return undefined;
  const sizeParam = Number(url.searchParams.get('page_size'));
  const pageSize = Number.isInteger(sizeParam) && sizeParam > 0 ? Math.min(sizeParam, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  return { page, pageSize };
}

/**
 * One DRF page of `items` for the request, with absolute `next` / `previous` links that keep the
 * other query parameters (DRF drops `page` from the link to page 1). `undefined` when the page
 * does not exist (DRF answers 404 "Invalid page.").
 */
export function paginate<T>(requestUrl: string, items: readonly T[]): ContractPage<T> | undefined {
  const url = new URL(requestUrl);
  const params = readPageParams(url);
  if (!params) return undefined;
  const { page, pageSize } = params;
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  if (page > pages) return undefined;
  const link = (target: number) => {
    const next = new URL(url);
    if (target === 1) next.searchParams.delete('page');
    else next.searchParams.set('page', String(target));
    return next.href;
  };
  return {
    count: items.length,
    next: page < pages ? link(page + 1) : null,
    previous: page > 1 ? link(page - 1) : null,
    results: items.slice((page - 1) * pageSize, page * pageSize),
  };
}

/** The badge and progress lists a scenario serves (before pagination). */
export function scenarioData(scenario: MockScenario, now?: Date | number | string): { badges: unknown[]; progress: unknown[] } {
  switch (scenario) {
    case 'empty':
      return { badges: [], progress: [] };
    case 'many':
      return { badges: makeLearnerBadges(MANY_COUNT, 7, { now }), progress: makeLearnerProgress(60, 7) };
    case 'mixed-states':
      return { badges: mixedStateBadgeItems(now), progress: progressItems(now) };
    case 'malformed-item': {
      const badges: unknown[] = defaultBadgeItems(now);
      const broken = structuredClone(badges[2]) as Record<string, unknown> & { template: Record<string, unknown> };
      // One bad item among good ones: no template name, a numeric id and an unsafe URL.
      delete broken.template.name;
      broken.external_id = 404;
      broken.public_url = 'javascript:alert(document.cookie)';
      badges.splice(2, 0, broken);
      const progress: unknown[] = progressItems(now);
      const brokenProgress = structuredClone(progress[1]) as ContractProgress;
      // And one progress record whose template has no name.
      delete (brokenProgress.template as Partial<ContractProgress['template']>).name;
      progress.splice(1, 0, brokenProgress);
      return { badges, progress };
    }
    default:
      return { badges: defaultBadgeItems(now), progress: progressItems(now) };
  }
}

/**
 * msw handlers for `GET {baseUrl}/api/badges/v1/learners/{username}/badges/` and `/progress/`,
 * honouring `page` and `page_size` like DRF. Scenarios: `default`, `empty`, `many` (1,200 badges),
 * `mixed-states`, `progress`, `slow` (default data after `delayMs`), `unauthorized` (401),
 * `server-error` (500), `malformed-item` (one bad item among good ones), `page-3-fails` (five
 * pages; page 3 answers 500), `rate-limited` (429 with `Retry-After`).
 */
export function badgesHandlers(options: BadgesHandlersOptions = {}): HttpHandler[] {
  const {
    baseUrl = MOCK_BASE_URL,
    scenario = 'default',
    username = MOCK_USERNAME,
    now,
    delayMs = 2000,
    retryAfterSeconds = 30,
  } = options;
  const root = baseUrl.replace(/\/+$/, '');
  let data: { badges: unknown[]; progress: unknown[] } | undefined;

  const respond = (kind: 'badges' | 'progress') => async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
    if (scenario === 'slow') await delay(delayMs);
    if (scenario === 'unauthorized') return drfError(401, 'Authentication credentials were not provided.');
    if (scenario === 'server-error') return drfError(500, 'A server error occurred.');
    if (scenario === 'rate-limited') {
      return drfError(429, `Request was throttled. Expected available in ${retryAfterSeconds} seconds.`, { 'Retry-After': String(retryAfterSeconds) });
    }
    if (params.username !== username) return drfError(403, 'You do not have permission to perform this action.');
    if (scenario === 'page-3-fails') {
      const pageParams = readPageParams(new URL(request.url));
      const size = pageParams?.pageSize ?? DEFAULT_PAGE_SIZE;
      if (pageParams?.page === 3) return drfError(500, 'A server error occurred.');
      const items: unknown[] = kind === 'badges' ? makeLearnerBadges(size * 5, 3, { now }) : makeLearnerProgress(size * 5, 3);
      const page = paginate(request.url, items);
      return page ? HttpResponse.json(page) : drfError(404, 'Invalid page.');
    }
    data ??= scenarioData(scenario, now);
    const page = paginate(request.url, data[kind]);
    return page ? HttpResponse.json(page) : drfError(404, 'Invalid page.');
  };

  return [
    http.get(`${root}/api/badges/v1/learners/:username/badges/`, respond('badges')),
    http.get(`${root}/api/badges/v1/learners/:username/progress/`, respond('progress')),
  ];
}

const PALETTE = ['#0a3055', '#00688d', '#7b2f8e', '#a0461e', '#2e7d32', '#8c1d40'];

/**
 * msw handlers that answer the fixtures' badge image URLs (Credly's image CDN and Accredible's
 * badge image endpoint) with a small generated SVG medal, so Storybook shows images offline.
 * The colour is derived from the URL, so each badge keeps its look.
 */
export function badgeImageHandlers(): HttpHandler[] {
  const medal = ({ request }: { request: Request }) => {
    let hash = 0;
    for (const char of request.url) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
    const fill = PALETTE[hash % PALETTE.length];
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="340" height="340" viewBox="0 0 340 340"><polygon points="170,12 307,91 307,249 170,328 33,249 33,91" fill="${fill}"/><circle cx="170" cy="170" r="92" fill="none" stroke="#fff" stroke-width="14"/><path d="M128 172l28 28 58-62" fill="none" stroke="#fff" stroke-width="18" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
    return new HttpResponse(svg, { headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'max-age=3600' } });
  };
  return [
    http.get('https://images.credly.com/*', medal),
    http.get('https://api.accredible.com/v1/frontend/*', medal),
  ];
}
