/**
 * Shared set-up of the fault and lifecycle tests: an msw server that counts what it received, a
 * react-query timer provider that records the retry waits the query layer asks for (and runs them
 * at once, so a 1 s + 2 s + 4 s back-off does not cost 7 s of test time), and a render of the
 * components through `BadgesProvider` + `createBadgesClient` with a fresh `QueryClient`.
 */
import { QueryClient, QueryClientProvider, timeoutManager } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { createBadgesClient } from '../../src/client';
import type { BadgesClientOptions } from '../../src/client';
import { MOCK_BASE_URL, MOCK_NOW } from '../../src/mocks';
import { BadgesProvider } from '../../src/query';

/** Longest wait the query layer may ask for between retries (`MAX_RETRY_AFTER_MS`). */
const LONGEST_RETRY_WAIT = 60_000;

/**
 * Every wait shorter than a minute that react-query scheduled: with `gcTime: Infinity` and the
 * library's 5-minute `staleTime`, these are exactly the retry back-offs.
 */
export const retryWaits: number[] = [];

// Installed before any QueryClient exists, as `setTimeoutProvider` requires.
timeoutManager.setTimeoutProvider({
  setTimeout: (callback, ms) => {
    if (ms > LONGEST_RETRY_WAIT) return setTimeout(callback, ms);
    retryWaits.push(ms);
    return setTimeout(callback, 0);
  },
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  setInterval: (callback, ms) => setInterval(callback, ms),
  clearInterval: (id) => clearInterval(id as ReturnType<typeof setInterval>),
});

export const server = setupServer();

/** Requests msw received, by endpoint. */
export const received = { badges: 0, progress: 0, urls: [] as string[] };
server.events.on('request:start', ({ request }) => {
  const { pathname } = new URL(request.url);
  received.urls.push(request.url);
  if (pathname.endsWith('/badges/')) received.badges += 1;
  if (pathname.endsWith('/progress/')) received.progress += 1;
});

/** Clears the counters (call in `afterEach`). */
export function resetCounters() {
  received.badges = 0;
  received.progress = 0;
  received.urls.length = 0;
  retryWaits.length = 0;
}

export const now = Date.parse(MOCK_NOW);

/** A fresh QueryClient; cached data never expires under a test's feet. */
export const newQueryClient = () => new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });

/** Renders `ui` inside the providers a host would set up, against msw. */
export function renderWithClient(ui: ReactNode, clientOptions: Partial<BadgesClientOptions> = {}) {
  const queryClient = newQueryClient();
  const client = createBadgesClient({ baseUrl: MOCK_BASE_URL, parse: { now }, ...clientOptions });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <BadgesProvider client={client}>{ui}</BadgesProvider>
    </QueryClientProvider>,
  );
  return { ...view, queryClient };
}
