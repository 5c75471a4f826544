import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBadgesClient } from '../../../src/client';
import { BadgeProgress } from '../../../src/components/BadgeProgress';
import { BadgeWall } from '../../../src/components/BadgeWall';
import { badgesHandlers, MOCK_BASE_URL, MOCK_USERNAME, type MockScenario } from '../../../src/mocks';
import { BadgesProvider } from '../../../src/query';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function renderWith(scenario: MockScenario, ui: ReactNode = <BadgeWall username={MOCK_USERNAME} renderShare={null} />) {
  server.use(...badgesHandlers({ baseUrl: MOCK_BASE_URL, scenario }));
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <BadgesProvider client={createBadgesClient({ baseUrl: MOCK_BASE_URL })}>{ui}</BadgesProvider>
    </QueryClientProvider>,
  );
}

const cardButtons = () => screen.getAllByRole('button').filter((button) => button.hasAttribute('data-key'));

describe('BadgeWall against the mocked endpoint (real client)', () => {
  it('loads a learner’s badges with only a username, and is axe clean', async () => {
    const { container } = renderWith('default');
    expect(screen.getByRole('status')).toHaveTextContent('Loading badges…');
    expect(await screen.findByText(/^8 badges, 1 pending$/)).toBeInTheDocument();
    expect(cardButtons()).toHaveLength(8);
    expect(screen.getByRole('link', { name: 'Accept on Credly' })).toHaveAttribute('href', expect.stringMatching(/^https:\/\/www\.credly\.com\/.+\/accept$/));
    const results = await axe.run(container);
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('shows every state of the mixed scenario in words', async () => {
    renderWith('mixed-states', <BadgeWall username={MOCK_USERNAME} showRevoked renderShare={null} />);
    await screen.findByText(/badges,/);
    expect(screen.getAllByText('Being issued. This can take a few minutes.').length).toBeGreaterThan(0);
    expect(screen.getByText(/^Expires in 1[12] days$/)).toBeInTheDocument();
    expect(screen.getAllByText(/^Expired /).length).toBeGreaterThanOrEqual(2);
    expect(screen.getByText('Revoked: Issued in error: the final exam grade was corrected after review.')).toBeInTheDocument();
  });

  it('asks to sign in again on 401, and retries on request', async () => {
    renderWith('unauthorized', <BadgeWall username={MOCK_USERNAME} signInUrl="https://lms.example.org/login" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your session has ended. Sign in again to see your badges.');
    server.resetHandlers(...badgesHandlers({ baseUrl: MOCK_BASE_URL, scenario: 'default' }));
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/^8 badges, 1 pending$/)).toBeInTheDocument();
  });

  it('explains a server error in plain words (after the library’s own retries)', async () => {
    renderWith('server-error');
    expect(await screen.findByRole('alert', {}, { timeout: 12_000 })).toHaveTextContent('The badges service is having trouble. Try again in a few minutes.');
  }, 15_000);

  it('keeps the loaded pages when page 3 fails, with a notice and a retry', async () => {
    renderWith('page-3-fails');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Some badges could not be loaded, so this list may be incomplete.');
    const before = screen.getByRole('status').textContent;
    expect(before).toMatch(/^19\d badges/);
    let calls = 0;
    server.use(http.get(`${MOCK_BASE_URL}/api/badges/v1/learners/:username/badges/`, () => {
      calls += 1;
      return HttpResponse.json({ detail: 'still down' }, { status: 500 });
    }));
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('alert');
    expect(calls).toBeGreaterThan(0);
    expect(screen.getByRole('status')).toHaveTextContent(before!);
  });

  it('counts the item the parser rejected and shows the rest', async () => {
    renderWith('malformed-item');
    expect(await screen.findByText('1 badge could not be read and is not shown.')).toBeInTheDocument();
    expect(cardButtons()).toHaveLength(8);
  });

  it('offers a course when the learner has no badges', async () => {
    renderWith('empty', <BadgeWall username={MOCK_USERNAME} findCourseUrl="https://learn.example.org/courses" />);
    expect(await screen.findByRole('link', { name: 'Find a course' })).toBeInTheDocument();
  });

  it('inside a provider without a username, shows the host’s own error and retry (host-fetched mode)', async () => {
    const onRetry = vi.fn();
    renderWith('default', <BadgeWall error={new Error('host failed')} onRetry={onRetry} renderShare={null} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The badges service is having trouble. Try again in a few minutes.');
    expect(screen.getByRole('region', { name: 'My badges' })).not.toHaveAttribute('aria-busy');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('shows progress toward badges after the earned ones when asked', async () => {
    renderWith('progress', <BadgeWall username={MOCK_USERNAME} showProgress renderShare={null} />);
    expect(await screen.findByRole('heading', { name: 'Next up' })).toBeInTheDocument();
    expect(screen.getAllByRole('progressbar').length).toBeGreaterThan(0);
  });

  it('shows no "next up" when the host passes showProgress={false}, even when another component loaded progress', async () => {
    // A sidebar wall beside a BadgeProgress widget: both ask for the same learner, so progress is in the cache.
    renderWith(
      'progress',
      <>
        <BadgeProgress username={MOCK_USERNAME} />
        <BadgeWall username={MOCK_USERNAME} showProgress={false} progress={[]} renderShare={null} />
        <BadgeWall username={MOCK_USERNAME} showProgress={false} heading="Sidebar" renderShare={null} />
      </>,
    );
    expect(await screen.findAllByText(/^\d+ badges/)).toHaveLength(2);
    expect(await screen.findAllByRole('progressbar')).not.toHaveLength(0);
    expect(screen.queryByRole('heading', { name: 'Next up' })).not.toBeInTheDocument();
  }, 15_000);
});
