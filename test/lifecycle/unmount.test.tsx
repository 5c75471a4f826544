/**
 * Lifecycle (issue #7): unmounting while badges load aborts the request (the AbortSignal reaches
 * the network), sends nothing more and updates nothing afterwards: no React warnings, no console
 * errors, no retry, no late cache write.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBadgesClient } from '../../src/client';
import type { BadgeCollection, BadgesClient } from '../../src/client';
import { BadgeProgress } from '../../src/components/BadgeProgress';
import { BadgeWall } from '../../src/components/BadgeWall';
import { makeLearnerBadges, makeLearnerProgress, MOCK_BASE_URL, MOCK_USERNAME, paginate } from '../../src/mocks';
import { BadgesProvider, badgesQueryKeys } from '../../src/query';
import { newQueryClient, now, received, resetCounters, retryWaits, server } from '../faults/harness';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const consoleCalls: unknown[][] = [];
beforeEach(() => {
  consoleCalls.length = 0;
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleCalls.push([method, ...args]));
  }
});
afterEach(() => {
  vi.restoreAllMocks();
  server.resetHandlers();
  resetCounters();
});

/** Each request as msw saw it: its URL and whether its signal was aborted. */
const seen: { url: string; aborted: () => boolean; answered: boolean }[] = [];
afterEach(() => void (seen.length = 0));

/**
 * Both endpoints hold every request until it is aborted or `release()` is called; page 1 of the
 * badges answers at once when `fastFirstPage` (so the hold hits page 2).
 */
function holdRequests({ fastFirstPage = false } = {}) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const items = { badges: makeLearnerBadges(6, 5, { now }), progress: makeLearnerProgress(6, 5) };
  server.use(
    http.get(`${MOCK_BASE_URL}/api/badges/v1/learners/:username/:kind/`, async ({ request, params }) => {
      const entry = { url: request.url, aborted: () => request.signal.aborted, answered: false };
      seen.push(entry);
      const page = new URL(request.url).searchParams.get('page');
      if (!(fastFirstPage && page === null)) {
        await Promise.race([released, new Promise((resolve) => request.signal.addEventListener('abort', resolve))]);
      }
      entry.answered = true;
      return HttpResponse.json(paginate<unknown>(request.url, items[params.kind as 'badges' | 'progress']));
    }),
  );
  return { release };
}

/** The real client, watched: how each list call ended. */
function watchedClient() {
  const client = createBadgesClient({ baseUrl: MOCK_BASE_URL, pageSize: 2, parse: { now } });
  const outcomes: string[] = [];
  const watch = <T,>(promise: Promise<T>) =>
    promise.then(
      (value) => (outcomes.push('resolved'), value),
      (error: { kind?: string }) => {
        outcomes.push(`rejected: ${error.kind}`);
        throw error;
      },
    );
  const watched: BadgesClient = {
    listBadges: (username, options) => watch(client.listBadges(username, options)),
    listProgress: (username, options) => watch(client.listProgress(username, options)),
  };
  return { client: watched, outcomes };
}

function mount(client: BadgesClient) {
  const queryClient = newQueryClient();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <BadgesProvider client={client}>
        <BadgeWall username={MOCK_USERNAME} renderShare={null} />
        <BadgeProgress username={MOCK_USERNAME} />
      </BadgesProvider>
    </QueryClientProvider>,
  );
  return { ...view, queryClient };
}

const wall = () => screen.getByRole('region', { name: 'My badges' });

/** Lets timers, msw and react-query settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('unmounting during a fetch', () => {
  it('aborts the requests (the signal reaches msw), retries nothing and updates nothing afterwards', async () => {
    const { release } = holdRequests();
    const { client, outcomes } = watchedClient();
    const { unmount, queryClient, container } = mount(client);
    expect(within(wall()).getByText('Loading badges…')).toBeInTheDocument();
    await waitFor(() => expect(seen).toHaveLength(2));
    expect(seen.map((entry) => entry.aborted())).toEqual([false, false]);

    unmount();

    await waitFor(() => expect(seen.every((entry) => entry.aborted())).toBe(true));
    await waitFor(() => expect(outcomes).toEqual(['rejected: aborted', 'rejected: aborted']));
    release();
    await settle();
    // Nothing was sent again, nothing was written to the cache, nothing was logged.
    expect(received.badges + received.progress).toBe(2);
    expect(retryWaits).toEqual([]);
    expect(queryClient.getQueryData(badgesQueryKeys.badges(MOCK_USERNAME))).toBeUndefined();
    expect(queryClient.getQueryState(badgesQueryKeys.badges(MOCK_USERNAME))).toMatchObject({ fetchStatus: 'idle', error: null });
    expect(queryClient.getQueryState(badgesQueryKeys.progress(MOCK_USERNAME))).toMatchObject({ fetchStatus: 'idle', error: null });
    expect(consoleCalls).toEqual([]);
    expect(container).toBeEmptyDOMElement();
  });

  it('aborts in the middle of pagination: page 2 is cancelled and page 3 is never asked for', async () => {
    holdRequests({ fastFirstPage: true });
    const { client, outcomes } = watchedClient();
    const { unmount } = mount(client);
    await waitFor(() => expect(seen.some((entry) => entry.url.includes('page=2'))).toBe(true));
    unmount();
    await waitFor(() => expect(outcomes).toContain('rejected: aborted'));
    await settle();
    const page2 = seen.find((entry) => entry.url.includes('/badges/') && entry.url.includes('page=2'))!;
    expect(page2.aborted()).toBe(true);
    expect(seen.some((entry) => entry.url.includes('page=3'))).toBe(false);
    expect(consoleCalls).toEqual([]);
  });

  it('control: left mounted, the same requests are not aborted and the badges show', async () => {
    const { release } = holdRequests();
    const { client, outcomes } = watchedClient();
    const { queryClient } = mount(client);
    await waitFor(() => expect(seen).toHaveLength(2));
    release();
    await waitFor(() => expect(within(wall()).getByRole('status')).toHaveTextContent(/^\d+ badges/));
    const loaded = queryClient.getQueryData<BadgeCollection>(badgesQueryKeys.badges(MOCK_USERNAME))!.badges;
    expect(loaded).toHaveLength(6);
    // The wall counts what it shows: revoked badges are hidden by default.
    expect(within(wall()).getByRole('status')).toHaveTextContent(`${loaded.filter((b) => b.status !== 'revoked').length} badges`);
    expect(seen.filter((entry) => entry.aborted())).toEqual([]);
    expect(outcomes).not.toContain('rejected: aborted');
    expect(consoleCalls).toEqual([]);
  });
});
