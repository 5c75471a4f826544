import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBadgesClient } from '../../../src/client';
import { BadgeProgress } from '../../../src/components/BadgeProgress';
import { badgesHandlers, MOCK_BASE_URL, MOCK_USERNAME, type MockScenario } from '../../../src/mocks';
import { BadgesProvider } from '../../../src/query';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function renderWith(scenario: MockScenario, ui: ReactNode = <BadgeProgress username={MOCK_USERNAME} />) {
  server.use(...badgesHandlers({ baseUrl: MOCK_BASE_URL, scenario }));
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <BadgesProvider client={createBadgesClient({ baseUrl: MOCK_BASE_URL })}>{ui}</BadgesProvider>
    </QueryClientProvider>,
  );
}

const headings = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('BadgeProgress against the mocked endpoint (real client)', () => {
  it('lists progress by closeness, earned last, and explains the penalty', async () => {
    const { container } = renderWith('progress');
    expect(await screen.findByRole('list', { name: 'Badges in progress' })).toBeInTheDocument();
    const names = headings();
    expect(names.at(-1)).toBe('Data Analysis with Python');
    expect(names.at(-2)).toBe('Cloud Architecture Professional');
    const meters = screen.getAllByRole('progressbar').map((m) => Number(m.getAttribute('aria-valuenow')) / Number(m.getAttribute('aria-valuemax')));
    expect(meters.slice(0, -1)).toEqual([...meters.slice(0, -1)].sort((a, b) => b - a));
    expect(
      screen.getByText((_, el) => el?.tagName === 'P' && /^Progress went down on .+: Your verified certificate was revoked after an honor code review/.test(el.textContent ?? '')),
    ).toBeInTheDocument();
    const results = await axe.run(container);
    expect(results.violations.map((v) => v.id)).toEqual([]);
    // axe over the whole list in jsdom takes seconds on a shared 2-core machine.
  }, 15_000);

  it('opens the OR-group checklist of a badge and links its requirement', async () => {
    renderWith('progress');
    await userEvent.click(await screen.findByRole('button', { name: 'Requirements for Machine Learning Foundations' }));
    const anyOf = screen.getByRole('list', { name: 'Any one of these' });
    expect(within(anyOf).getByRole('link', { name: 'Complete the capstone project' })).toHaveAttribute('href', expect.stringContaining('jump_to/capstone'));
    expect(within(anyOf.closest('li')!).getByText('Next step')).toBeInTheDocument();
  });

  it('offers sharing on the completed badge (its earned badge is loaded too)', async () => {
    renderWith('progress');
    expect(await screen.findByText('Badge earned!')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Share Data Analysis with Python' }, { timeout: 4000 })).toBeInTheDocument();
  });

  it('shows only the course card’s badge in the compact variant', async () => {
    renderWith('progress', <BadgeProgress username={MOCK_USERNAME} courseKey="course-v1:Lakeside+CLD301+2026_T2" variant="compact" />);
    const meter = await screen.findByRole('progressbar');
    expect(meter).toHaveAccessibleName('Progress toward Cloud Architecture Professional');
    expect(screen.getAllByRole('progressbar')).toHaveLength(1);
    expect(screen.getByText('0%')).toBeInTheDocument();
  });

  it('shows the empty state', async () => {
    renderWith('empty', <BadgeProgress username={MOCK_USERNAME} findCourseUrl="https://learn.example.org/courses" />);
    expect(await screen.findByText('No badges in progress')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Find a course' })).toBeInTheDocument();
  });

  it('asks to sign in on 401 and explains a server error', async () => {
    const { unmount } = renderWith('unauthorized');
    expect(await screen.findByRole('alert')).toHaveTextContent('Your session has ended. Sign in again to see your badges.');
    unmount();
    renderWith('server-error');
    // A 5xx is retried by the query layer (1 s, 2 s, 4 s) before the error shows.
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent('The badges service is having trouble. Try again in a few minutes.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  }, 15_000);
});
