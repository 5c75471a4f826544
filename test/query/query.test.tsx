import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { describe, expect, it } from 'vitest';
import type { BadgeCollection, BadgesClient, ProgressCollection } from '../../src/client/types';
import { BadgesRequestError } from '../../src/model';
import { BadgesProvider, badgesQueryKeys, badgesQueryOptions, retryDelay, shouldRetry, useBadges } from '../../src/query';
import { makeBadge } from '../helpers/badges';

/** A hand-written client that counts calls (an implementation of the interface, not a module mock). */
function countingClient(result: BadgeCollection | BadgesRequestError) {
  const calls: string[] = [];
  const client: BadgesClient = {
    async listBadges(username) {
      calls.push(username);
      if (result instanceof BadgesRequestError) throw result;
      return result;
    },
    async listProgress(): Promise<ProgressCollection> {
      return { progress: [], problems: [], truncated: false };
    },
  };
  return { client, calls };
}

function wrapper(client: BadgesClient, queryClient = new QueryClient()) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        <BadgesProvider client={client}>{children}</BadgesProvider>
      </QueryClientProvider>
    );
  };
}

function BadgeCount({ username }: { username?: string }) {
  const { data, status, error } = useBadges(username);
  if (status === 'error') return <p>failed: {error.kind}</p>;
  return <p>{status === 'pending' ? 'loading' : `${data.badges.length} badges for ${username}`}</p>;
}

describe('query layer', () => {
  it('shares one request between components asking for the same learner', async () => {
    const { client, calls } = countingClient({ badges: [makeBadge(), makeBadge()], problems: [], truncated: false });
    render(
      <>
        <BadgeCount username="amina" />
        <BadgeCount username="amina" />
      </>,
      { wrapper: wrapper(client) },
    );
    expect(await screen.findAllByText('2 badges for amina')).toHaveLength(2);
    expect(calls).toEqual(['amina']);
  });

  it('holds the request until a username is known', async () => {
    const { client, calls } = countingClient({ badges: [], problems: [], truncated: false });
    render(<BadgeCount />, { wrapper: wrapper(client) });
    expect(screen.getByText('loading')).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toEqual([]);
  });

  it('surfaces the typed error without retrying a 401', async () => {
    const { client, calls } = countingClient(new BadgesRequestError('unauthorized', 'Sign in again', { status: 401 }));
    render(<BadgeCount username="amina" />, { wrapper: wrapper(client) });
    expect(await screen.findByText('failed: unauthorized')).toBeInTheDocument();
    expect(calls).toHaveLength(1);
  });

  it('a partial refetch keeps what it lacks, with the client merge rule (same provider + id or same publicUrl)', async () => {
    const shown = makeBadge({ id: 'b-1', provider: 'credly', publicUrl: 'https://www.credly.com/badges/b-1' });
    const other = makeBadge({ id: 'b-2' });
    const sameUrl = makeBadge({ id: 'https://host.example/assertions/9', provider: 'openbadges', publicUrl: shown.publicUrl });
    const answers: BadgeCollection[] = [
      { badges: [shown, other], problems: [], truncated: false },
      { badges: [sameUrl], problems: [], truncated: false, error: new BadgesRequestError('server', 'page 2 failed', { status: 500 }) },
    ];
    const client: BadgesClient = { listBadges: async () => answers.shift()!, listProgress: async () => ({ progress: [], problems: [], truncated: false }) };
    const queryClient = new QueryClient();
    const options = badgesQueryOptions(client, 'amina');
    await queryClient.fetchQuery(options);
    await queryClient.fetchQuery({ ...options, staleTime: 0 });
    expect(queryClient.getQueryData(options.queryKey)?.badges.map((b) => b.id)).toEqual([sameUrl.id, other.id]);
  });

  it('exposes query keys under one root so hosts can invalidate everything', async () => {
    const { client, calls } = countingClient({ badges: [makeBadge()], problems: [], truncated: false });
    const queryClient = new QueryClient();
    await queryClient.prefetchQuery(badgesQueryOptions(client, 'amina'));
    expect(queryClient.getQueryData(badgesQueryOptions(client, 'amina').queryKey)?.badges).toHaveLength(1);
    await queryClient.invalidateQueries({ queryKey: badgesQueryKeys.all });
    expect(queryClient.getQueryState(badgesQueryKeys.badges('amina'))?.isInvalidated).toBe(true);
    expect(calls).toEqual(['amina']);
  });

  it('gives English text when the host has no IntlProvider', () => {
    const { client } = countingClient({ badges: [], problems: [], truncated: false });
    render(<FormattedMessage id="x" defaultMessage="Your badges" />, { wrapper: wrapper(client) });
    expect(screen.getByText('Your badges')).toBeInTheDocument();
  });

  it('says how to fix a missing provider', () => {
    const queryClient = new QueryClient();
    // React reports the render error to the console and to window 'error' (jsdom prints it):
    // both are expected here, so keep the test output quiet.
    const spy = console.error;
    const silence = (event: ErrorEvent) => event.preventDefault();
    console.error = () => {};
    window.addEventListener('error', silence);
    try {
      expect(() => render(<QueryClientProvider client={queryClient}><BadgeCount username="a" /></QueryClientProvider>)).toThrow(/BadgesProvider/);
    } finally {
      console.error = spy;
      window.removeEventListener('error', silence);
    }
  });
});

describe('retry policy', () => {
  const err = (kind: ConstructorParameters<typeof BadgesRequestError>[0], retryAfter?: number) => new BadgesRequestError(kind, kind, { retryAfter });

  it('retries network, server and rate-limited failures at most three times, a timeout once', () => {
    for (const kind of ['network', 'server', 'rate-limited'] as const) {
      expect(shouldRetry(2, err(kind))).toBe(true);
      expect(shouldRetry(3, err(kind))).toBe(false);
    }
    expect(shouldRetry(0, err('timeout'))).toBe(true);
    expect(shouldRetry(1, err('timeout'))).toBe(false);
  });

  it('does not retry a 429 whose Retry-After is longer than a minute', () => {
    expect(shouldRetry(0, err('rate-limited', 60))).toBe(true);
    expect(shouldRetry(0, err('rate-limited', 61))).toBe(false);
  });

  it('never retries 400, 401, 403, 404, invalid responses or aborts', () => {
    for (const kind of ['bad-request', 'unauthorized', 'forbidden', 'not-found', 'invalid-response', 'aborted'] as const) {
      expect(shouldRetry(0, err(kind))).toBe(false);
    }
    expect(shouldRetry(0, new Error('plain'))).toBe(false);
  });

  it('waits for Retry-After on a 429 (capped at a minute), else backs off exponentially', () => {
    expect(retryDelay(0, err('rate-limited', 7))).toBe(7000);
    expect(retryDelay(0, err('rate-limited', 3600))).toBe(60_000);
    expect(retryDelay(0, err('server'))).toBe(1000);
    expect(retryDelay(2, err('server'))).toBe(4000);
  });
});
