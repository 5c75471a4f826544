/**
 * Network fault matrix (issue #7): every fault the badges endpoints can throw at a learner's page,
 * through the real client, the real query layer (its retry policy) and the real components, against
 * msw. For each fault: the typed error kind, the words and actions BadgeWall and BadgeProgress show,
 * whether and when the query layer retries (requests msw received, waits react-query scheduled),
 * and that data already on screen stays there when a refetch hits the same fault.
 * The client-level mapping of each status is covered in test/client; here the kind is read from
 * the query the components used. A summary table is printed after the run.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BadgeCollection } from '../../src/client';
import { BadgeProgress } from '../../src/components/BadgeProgress';
import { BadgeWall } from '../../src/components/BadgeWall';
import type { BadgesErrorKind, BadgesRequestError } from '../../src/model';
import { makeLearnerBadges, makeLearnerProgress, MOCK_BASE_URL, MOCK_USERNAME, paginate, readPageParams } from '../../src/mocks';
import { badgesQueryKeys } from '../../src/query';
import { received, renderWithClient, resetCounters, retryWaits, server } from './harness';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  resetCounters();
});

const SIGN_IN = 'https://lms.example.org/login';
/** Five pages of two items per endpoint. */
const PAGE_SIZE = 2;
const ITEMS = 10;
const BADGE_ITEMS = makeLearnerBadges(ITEMS, 11, { now: Date.parse('2026-06-01T00:00:00Z') });
const PROGRESS_ITEMS = makeLearnerProgress(ITEMS, 11);

const WALL = {
  network: 'We could not reach the badges service. Check your connection and try again.',
  unauthorized: 'Your session has ended. Sign in again to see your badges.',
  forbidden: 'You do not have permission to see these badges.',
  notFound: 'We could not find badges for this learner.',
  rateLimited: 'Too many requests right now. Wait a moment and try again.',
  other: 'The badges service is having trouble. Try again in a few minutes.',
  partial: 'Some badges could not be loaded, so this list may be incomplete.',
};
// BadgeProgress shares the wall's loading/empty/error wording (common/QueryState); its own notice
// says a later page failed.
const PROGRESS = {
  network: WALL.network,
  unauthorized: WALL.unauthorized,
  forbidden: WALL.forbidden,
  notFound: WALL.notFound,
  busy: WALL.rateLimited,
  other: WALL.other,
  partial: 'Some badge progress could not be loaded.',
};

type Respond = (request: Request) => Response | Promise<Response>;

interface Fault {
  name: string;
  respond: Respond;
  /** The failing page (1 unless the fault hits a later page). */
  page?: number;
  kind: BadgesErrorKind;
  status?: number;
  retryAfter?: number;
  /** Waits the query layer must schedule between attempts; empty when it must not retry. */
  waits: number[];
  wall: string;
  progress: string;
  /** Client options the fault needs (a short timeout). */
  timeoutMs?: number;
}

const json = (status: number, headers?: Record<string, string>): Respond => () => HttpResponse.json({ detail: `HTTP ${status} from the fault matrix` }, { status, headers });
const text = (body: string, contentType = 'application/json'): Respond => () => new HttpResponse(body, { status: 200, headers: { 'Content-Type': contentType } });
const BACKOFF = [1000, 2000, 4000];
/** A timeout already cost the learner a whole `timeoutMs`: retried once only. */
const ONCE = [1000];

/** The connection drops after part of the body was sent. */
const cutStream: Respond = () => {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"count": 10, "next": null, "previous": null, "results": [{"uuid": "4c1'));
      controller.error(new TypeError('terminated: other side closed'));
    },
  });
  return new HttpResponse(stream, { status: 200, headers: { 'Content-Type': 'application/json' } });
};

/** Never answers: holds until the client gives up (its own timer) and aborts. */
const hang: Respond = (request) => new Promise((resolve) => request.signal.addEventListener('abort', () => resolve(HttpResponse.error())));

const FAULTS: Fault[] = [
  { name: '400 Bad Request', respond: json(400), kind: 'bad-request', status: 400, waits: [], wall: WALL.other, progress: PROGRESS.other },
  { name: '401 Unauthorized', respond: json(401), kind: 'unauthorized', status: 401, waits: [], wall: WALL.unauthorized, progress: PROGRESS.unauthorized },
  { name: '403 Forbidden', respond: json(403), kind: 'forbidden', status: 403, waits: [], wall: WALL.forbidden, progress: PROGRESS.forbidden },
  { name: '404 Not Found', respond: json(404), kind: 'not-found', status: 404, waits: [], wall: WALL.notFound, progress: PROGRESS.notFound },
  { name: '408 Request Timeout', respond: json(408), kind: 'timeout', status: 408, waits: ONCE, wall: WALL.network, progress: PROGRESS.network },
  { name: '410 Gone', respond: json(410), kind: 'not-found', status: 410, waits: [], wall: WALL.notFound, progress: PROGRESS.notFound },
  { name: '429, Retry-After: 2', respond: json(429, { 'Retry-After': '2' }), kind: 'rate-limited', status: 429, retryAfter: 2, waits: [2000, 2000, 2000], wall: WALL.rateLimited, progress: PROGRESS.busy },
  { name: '429, Retry-After: 120 (beyond the 60 s cap)', respond: json(429, { 'Retry-After': '120' }), kind: 'rate-limited', status: 429, retryAfter: 120, waits: [], wall: WALL.rateLimited, progress: PROGRESS.busy },
  { name: '429, no Retry-After', respond: json(429), kind: 'rate-limited', status: 429, waits: BACKOFF, wall: WALL.rateLimited, progress: PROGRESS.busy },
  { name: '500 Internal Server Error', respond: json(500), kind: 'server', status: 500, waits: BACKOFF, wall: WALL.other, progress: PROGRESS.other },
  { name: '502 Bad Gateway', respond: json(502), kind: 'server', status: 502, waits: BACKOFF, wall: WALL.other, progress: PROGRESS.other },
  { name: '503 Service Unavailable', respond: json(503), kind: 'server', status: 503, waits: BACKOFF, wall: WALL.other, progress: PROGRESS.other },
  { name: '504 Gateway Timeout', respond: json(504), kind: 'server', status: 504, waits: BACKOFF, wall: WALL.other, progress: PROGRESS.other },
  { name: 'timeout (no answer in timeoutMs)', respond: hang, timeoutMs: 30, kind: 'timeout', waits: ONCE, wall: WALL.network, progress: PROGRESS.network },
  { name: 'connection reset', respond: () => HttpResponse.error(), kind: 'network', waits: BACKOFF, wall: WALL.network, progress: PROGRESS.network },
  { name: 'invalid JSON', respond: text('{"count": 10, results: [}'), kind: 'invalid-response', status: 200, waits: [], wall: WALL.other, progress: PROGRESS.other },
  { name: 'HTML error page, status 200', respond: text('<!DOCTYPE html><html><body><h1>Service unavailable</h1></body></html>', 'text/html'), kind: 'invalid-response', status: 200, waits: [], wall: WALL.other, progress: PROGRESS.other },
  { name: 'truncated body (complete response)', respond: text('{"count": 10, "next": null, "previous": null, "results": [{"uuid": "4c1'), kind: 'invalid-response', status: 200, waits: [], wall: WALL.other, progress: PROGRESS.other },
  { name: 'truncated body (connection cut mid-body)', respond: cutStream, kind: 'network', waits: BACKOFF, wall: WALL.network, progress: PROGRESS.network },
];

const PAGE_3: Fault = { name: 'page 3 of 5 fails (500)', respond: json(500), page: 3, kind: 'server', status: 500, waits: [], wall: WALL.partial, progress: PROGRESS.partial };

/** Serves five pages per endpoint; `fault.page` (default: every page) answers with the fault. */
function serve(fault?: Fault) {
  const route = (kind: 'badges' | 'progress', items: unknown[]) =>
    http.get(`${MOCK_BASE_URL}/api/badges/v1/learners/:username/${kind}/`, ({ request }) => {
      const page = readPageParams(new URL(request.url))?.page;
      if (fault && (fault.page === undefined || fault.page === page)) return fault.respond(request);
      const body = paginate(request.url, items);
      return body ? HttpResponse.json(body) : HttpResponse.json({ detail: 'Invalid page.' }, { status: 404 });
    });
  server.resetHandlers(route('badges', BADGE_ITEMS), route('progress', PROGRESS_ITEMS));
}

function renderPage(fault?: Fault) {
  return renderWithClient(
    <>
      <BadgeWall username={MOCK_USERNAME} signInUrl={SIGN_IN} renderShare={null} />
      <section aria-label="Progress panel">
        <BadgeProgress username={MOCK_USERNAME} signInUrl={SIGN_IN} renderShare={() => null} />
      </section>
    </>,
    { pageSize: PAGE_SIZE, timeoutMs: fault?.timeoutMs },
  );
}

const wall = () => screen.getByRole('region', { name: 'My badges' });
const panel = () => screen.getByRole('region', { name: 'Progress panel' });
const cards = () => within(wall()).queryAllByRole('button').filter((button) => button.hasAttribute('data-key'));
const progressItems = () => within(panel()).queryAllByRole('progressbar');
const sortedWaits = () => [...retryWaits].sort((a, b) => a - b);
const doubled = (waits: number[]) => [...waits, ...waits].sort((a, b) => a - b);
const seconds = (ms: number[]) => ms.map((value) => `${value / 1000} s`).join(', ');
const actionsIn = (element: HTMLElement) =>
  [...within(element).queryAllByRole('button'), ...within(element).queryAllByRole('link')].map((el) => el.textContent).join(' + ');

interface Row {
  fault: string;
  kind: string;
  retried: string;
  wall: string;
  progress: string;
  refetch: string;
}
const rows = new Map<string, Row>();
const row = (name: string) => {
  if (!rows.has(name)) rows.set(name, { fault: name, kind: '', retried: '', wall: '', progress: '', refetch: '' });
  return rows.get(name)!;
};

afterAll(() => {
  server.close();
  const header = '| fault | kind (status) | retried by the query layer | BadgeWall shows | BadgeProgress shows | refetch fails with data on screen |';
  const lines = [...rows.values()].map((r) => `| ${r.fault} | ${r.kind} | ${r.retried} | ${r.wall} | ${r.progress} | ${r.refetch} |`);
  console.log(['', 'Network fault matrix', header, '| --- | --- | --- | --- | --- | --- |', ...lines].join('\n'));
});

describe('network fault matrix: first load', () => {
  it.each(FAULTS)('$name', async (fault) => {
    serve(fault);
    const { queryClient } = renderPage(fault);
    const wallAlert = await within(wall()).findByRole('alert');
    const progressAlert = await within(panel()).findByRole('alert');

    // The typed error the components were given, as the query layer holds it.
    const errorOf = (key: readonly unknown[]) => queryClient.getQueryState(key)?.error as BadgesRequestError | null | undefined;
    for (const error of [errorOf(badgesQueryKeys.badges(MOCK_USERNAME)), errorOf(badgesQueryKeys.progress(MOCK_USERNAME))]) {
      expect(error?.name).toBe('BadgesRequestError');
      expect(error).toMatchObject({ kind: fault.kind, status: fault.status, retryAfter: fault.retryAfter });
    }

    // Retries: one request, or one plus the retries (one for a timeout, three otherwise) after the waits the policy promises.
    const attempts = fault.waits.length + 1;
    expect(received.badges).toBe(attempts);
    expect(received.progress).toBe(attempts);
    expect(sortedWaits()).toEqual(doubled(fault.waits));

    // Words and actions.
    expect(wallAlert).toHaveTextContent(fault.wall);
    expect(progressAlert).toHaveTextContent(fault.progress);
    expect(within(wall()).queryByText('Loading badges…')).not.toBeInTheDocument();
    expect(cards()).toHaveLength(0);
    if (fault.kind === 'unauthorized') {
      expect(within(wallAlert).getByRole('link', { name: 'Sign in again' })).toHaveAttribute('href', SIGN_IN);
      expect(within(progressAlert).getByRole('link', { name: 'Sign in again' })).toHaveAttribute('href', SIGN_IN);
    } else {
      expect(within(wallAlert).queryByRole('link')).not.toBeInTheDocument();
      expect(within(progressAlert).queryByRole('link')).not.toBeInTheDocument();
    }
    if (fault.kind === 'rate-limited') {
      expect(wallAlert).toHaveTextContent(/wait/i);
      expect(progressAlert).toHaveTextContent(/wait/i);
    }

    // "Try again" sends the request again (and the policy applies to it again).
    const before = received.badges;
    await userEvent.click(within(wallAlert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(received.badges).toBe(before + attempts));
    await within(wall()).findByRole('alert');
    const progressBefore = received.progress;
    await userEvent.click(within(progressAlert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(received.progress).toBe(progressBefore + attempts));

    Object.assign(row(fault.name), {
      kind: `${fault.kind}${fault.status ? ` (${fault.status})` : ''}${fault.retryAfter !== undefined ? `, retryAfter ${fault.retryAfter}` : ''}`,
      retried: fault.waits.length ? `yes, ${fault.waits.length === 1 ? 'once' : `${fault.waits.length} times`}, after ${seconds(fault.waits)} (${attempts} requests)` : 'no (1 request)',
      wall: `"${wallAlert.querySelector('p')?.textContent}" [${actionsIn(wallAlert)}]`,
      progress: `"${progressAlert.querySelector('p')?.textContent}" [${actionsIn(progressAlert)}]`,
    });
  });

  it('page 3 of 5 fails: the pages that loaded are shown with a notice; the query is not retried', async () => {
    serve(PAGE_3);
    const { queryClient } = renderPage();
    const notice = await within(wall()).findByRole('alert');
    expect(notice).toHaveTextContent(WALL.partial);
    const progressNotice = (await within(panel()).findByText(PROGRESS.partial)).closest('p')!;
    expect(within(progressNotice).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(cards()).toHaveLength(4);
    expect(progressItems()).toHaveLength(4);
    const data = queryClient.getQueryData<BadgeCollection>(badgesQueryKeys.badges(MOCK_USERNAME));
    expect(data?.error).toMatchObject({ kind: 'server', status: 500 });
    expect(data?.error?.url).toContain('page=3');
    // Pages 1, 2 and the failing 3; a partial answer is a success for react-query: no retry.
    expect(received.badges).toBe(3);
    expect(retryWaits).toEqual([]);
    await userEvent.click(within(notice).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(received.badges).toBe(6));
    Object.assign(row(PAGE_3.name), {
      kind: 'server (500) on data.error; pages 1–2 kept',
      retried: 'no (partial result is a success): 3 requests; "Try again" reloads',
      wall: `4 of 10 badges + "${notice.querySelector('p')?.textContent}" [${actionsIn(notice)}]`,
      progress: `4 of 10 records + "${PROGRESS.partial}" [Try again]`,
    });
  });
});

describe('network fault matrix: a refetch fails while data is on screen', () => {
  it.each([...FAULTS, PAGE_3])('$name', async (fault) => {
    serve();
    const { queryClient } = renderPage(fault);
    await waitFor(() => expect(cards()).toHaveLength(ITEMS));
    await waitFor(() => expect(progressItems()).toHaveLength(ITEMS));
    const shownNames = cards().map((card) => card.textContent);
    resetCounters();

    serve(fault);
    await act(() => queryClient.invalidateQueries({ queryKey: badgesQueryKeys.all }));

    // The refetch really ran into the fault (with the policy's retries on the failing page).
    const failingPage = fault.page ?? 1;
    expect(received.badges).toBe(failingPage + fault.waits.length);
    const notice = await within(wall()).findByRole('alert');
    // Everything that was on screen is still there…
    expect(cards().map((card) => card.textContent)).toEqual(shownNames);
    expect(progressItems()).toHaveLength(ITEMS);
    expect(within(wall()).getByRole('status')).toHaveTextContent(/^10 badges/);
    // …with a notice and a way to try again.
    expect(notice).toHaveTextContent(WALL.partial);
    expect(within(notice).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    const progressNotice = (await within(panel()).findByText(PROGRESS.partial)).closest('p')!;
    expect(within(progressNotice).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    row(fault.name).refetch = `all 10 badges and 10 records kept; wall and progress notices with [Try again]`;
  });
});
