import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import type { ReactElement, ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { describe, expect, it, vi } from 'vitest';
import type { BadgesClient, ProgressCollection } from '../../../src/client/types';
import { BadgeProgress } from '../../../src/components/BadgeProgress';
import { BadgesRequestError, type BadgeProgressData } from '../../../src/model';
import { BadgesProvider } from '../../../src/query';
import { makeBadge, makeProgress } from '../../helpers/badges';

async function expectNoAxeViolations(container: HTMLElement) {
  const results = await axe.run(container);
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** A paragraph whose whole text is `text` (the server's reason sits in its own <bdi>). */
const paragraph = (text: string) => (_: string, el: Element | null) => el?.tagName === 'P' && el.textContent === text;

function inLocale(ui: ReactElement, locale = 'en') {
  return render(
    <IntlProvider locale={locale} defaultLocale="en" messages={{}} onError={() => {}}>
      {ui}
    </IntlProvider>,
  );
}

/** Progress with three groups: A met, B an OR-group not met, C not met. */
function threeGroups(overrides: Partial<BadgeProgressData> = {}): BadgeProgressData {
  const base = makeProgress();
  return makeProgress({
    ratio: 0.33,
    groups: [
      ...base.groups,
      { id: 'C', fulfilled: false, requirements: [{ id: 'r4', description: 'Post in the course discussion forum', fulfilled: false }] },
    ],
    ...overrides,
  });
}

function named(name: string, ratio: number, extra: Partial<BadgeProgressData> = {}): BadgeProgressData {
  const base = makeProgress();
  const total = 4;
  const done = Math.round(ratio * total);
  return makeProgress({
    template: { ...base.template, id: `tmpl-${name}`, name },
    ratio,
    groups: Array.from({ length: total }, (_, i) => ({
      id: String.fromCharCode(65 + i),
      fulfilled: i < done,
      requirements: [{ id: `${name}-${i}`, description: `${name} step ${i + 1}`, fulfilled: i < done }],
    })),
    completed: ratio === 1,
    ...extra,
  });
}

describe('BadgeProgress: one badge', () => {
  it('shows a meter with values, a localised value text and the same text visibly', () => {
    render(<BadgeProgress progress={threeGroups()} />);
    const meter = screen.getByRole('progressbar', { name: 'Progress toward Machine Learning Foundations' });
    expect(meter).toHaveAttribute('aria-valuenow', '1');
    expect(meter).toHaveAttribute('aria-valuemin', '0');
    expect(meter).toHaveAttribute('aria-valuemax', '3');
    expect(meter).toHaveAttribute('aria-valuetext', '1 of 3 requirement groups complete');
    expect(screen.getByText('1 of 3 requirement groups complete')).toBeVisible();
  });

  it('uses the singular for one group and falls back to the ratio when groups are unknown', () => {
    const { unmount } = render(
      <BadgeProgress progress={makeProgress({ ratio: 0, groups: [{ id: 'A', fulfilled: false, requirements: [{ id: 'x', description: 'Pass', fulfilled: false }] }] })} />,
    );
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '0 of 1 requirement group complete');
    unmount();
    render(<BadgeProgress progress={makeProgress({ ratio: 0.25, groups: [] })} />);
    const meter = screen.getByRole('progressbar');
    expect(meter).toHaveAttribute('aria-valuenow', '25');
    expect(meter).toHaveAttribute('aria-valuemax', '100');
    expect(meter).toHaveAttribute('aria-valuetext', '25% complete');
  });

  it('shows the badge locked until earned, with its name and description', () => {
    render(<BadgeProgress progress={makeProgress()} />);
    expect(screen.getByRole('img', { name: 'Machine Learning Foundations badge (locked: not earned yet)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Machine Learning Foundations' })).toBeInTheDocument();
    expect(screen.getByText('Shows an understanding of supervised learning and model evaluation.')).toBeInTheDocument();
  });

  it('labels the checklist "all of these" and an OR-group "any one of these"; a one-requirement group gets no label', () => {
    render(<BadgeProgress progress={threeGroups()} />);
    const all = screen.getByRole('list', { name: 'Complete all of these' });
    const groups = within(all).getAllByRole('listitem').filter((li) => li.parentElement === all);
    expect(groups).toHaveLength(3);
    const anyOf = screen.getByRole('list', { name: 'Any one of these' });
    expect(within(anyOf).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Not done: Complete the capstone project',
      'Not done: Pass the proctored final exam',
    ]);
    expect(screen.getAllByRole('list', { name: 'Any one of these' })).toHaveLength(1);
    expect(within(groups[2]!).getByRole('list')).not.toHaveAccessibleName();
  });

  it('marks done, not done and no-longer-needed requirements in words, not only colour', () => {
    const data = makeProgress({
      groups: [
        {
          id: 'A',
          fulfilled: true,
          requirements: [
            { id: 'a1', description: 'Pass the midterm', fulfilled: true },
            { id: 'a2', description: 'Pass the retake', fulfilled: false },
          ],
        },
        { id: 'B', fulfilled: false, requirements: [{ id: 'b1', description: 'Pass the final', fulfilled: false }] },
      ],
    });
    render(<BadgeProgress progress={data} />);
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('fcb-progress__req'));
    expect(items.map((li) => li.textContent)).toEqual(['Done: Pass the midterm', 'Not needed: Pass the retake', 'Not done: Pass the final']);
    for (const li of items) expect(li.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
  });

  it('puts "Next step" on the first unmet group only', () => {
    render(<BadgeProgress progress={threeGroups()} />);
    const next = screen.getByText('Next step');
    const group = next.closest('li')!;
    expect(within(group).getByRole('list', { name: 'Any one of these' })).toBeInTheDocument();
    expect(screen.getAllByText('Next step')).toHaveLength(1);
  });

  it('links a requirement to where it is met and hands the click to the host', async () => {
    // The host routes in-app: it prevents the default navigation.
    const onRequirementClick = vi.fn((_req: unknown, _data: unknown, event: { preventDefault(): void }) => event.preventDefault());
    const data = makeProgress();
    render(<BadgeProgress progress={data} onRequirementClick={onRequirementClick} />);
    const link = screen.getByRole('link', { name: 'Complete the capstone project' });
    expect(link).toHaveAttribute('href', 'https://learn.lakeside.example.edu/courses/course-v1:Lakeside+ML101+2026_T1/jump_to/capstone');
    expect(screen.queryByRole('link', { name: 'Pass the proctored final exam' })).not.toBeInTheDocument();
    await userEvent.click(link);
    expect(onRequirementClick).toHaveBeenCalledWith(expect.objectContaining({ id: 'r2' }), data, expect.objectContaining({ type: 'click' }));
  });

  it('says in plain words when and why progress went down, and marks the reset requirement', () => {
    const data = makeProgress({
      groups: [
        { id: 'A', fulfilled: false, requirements: [{ id: 'r1', description: 'Pass Machine Learning Foundations', fulfilled: false }] },
        { id: 'B', fulfilled: true, requirements: [{ id: 'r2', description: 'Complete the capstone project', fulfilled: true }] },
      ],
      resets: [{ requirementIds: ['r1'], reason: 'Course grade fell below passing', occurredAt: '2026-04-02T08:00:00Z' }],
    });
    inLocale(<BadgeProgress progress={data} />, 'en-GB');
    expect(
      screen.getByText(paragraph('Progress went down on 2 April 2026: Course grade fell below passing. This requirement needs to be met again.')),
    ).toBeInTheDocument();
    const reset = screen.getByText('Pass Machine Learning Foundations').closest('li')!;
    expect(reset).toHaveTextContent('Needs to be met again');
    expect(screen.getByText('Complete the capstone project').closest('li')).not.toHaveTextContent('Needs to be met again');
  });

  it('never moves a date-only reset to another day in a viewer’s time zone (west of UTC)', () => {
    const tz = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(new Date(Date.parse('2026-03-01T00:00:00Z')).getDate()).toBe(28);
      const data = makeProgress({ resets: [{ requirementIds: ['r2'], reason: 'Grade fell', occurredAt: '2026-03-01' }] });
      inLocale(<BadgeProgress progress={data} />, 'en-GB');
      expect(screen.getByText(paragraph('Progress went down on 1 March 2026: Grade fell. This requirement needs to be met again.'))).toBeInTheDocument();
    } finally {
      process.env.TZ = tz;
    }
  });

  it('words a reset without date or reason, and forgets a reset once the requirement is met again', () => {
    const { unmount } = render(
      <BadgeProgress progress={makeProgress({ resets: [{ requirementIds: ['r2', 'r3'] }] })} />,
    );
    expect(screen.getByText(paragraph('Progress went down. These requirements need to be met again.'))).toBeInTheDocument();
    unmount();
    render(<BadgeProgress progress={makeProgress({ resets: [{ requirementIds: ['r1'], reason: 'Grade fell' }] })} />);
    expect(screen.queryByText(/Progress went down/)).not.toBeInTheDocument();
    expect(screen.queryByText('Needs to be met again')).not.toBeInTheDocument();
  });

  it('celebrates a completed badge and leads to sharing the earned badge', () => {
    const earned = makeBadge({ id: 'cred-77', name: 'Machine Learning Foundations' });
    const done = makeProgress({
      completed: true,
      ratio: 1,
      earnedBadgeId: 'cred-77',
      groups: makeProgress().groups.map((g) => ({ ...g, fulfilled: true })),
    });
    render(<BadgeProgress progress={done} earnedBadges={[makeBadge(), earned]} renderShare={(b) => <button type="button">Share {b.id}</button>} />);
    expect(screen.getByText('Badge earned!')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Machine Learning Foundations badge (earned)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Share cred-77' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '2 of 2 requirement groups complete');
    expect(screen.queryByText('Next step')).not.toBeInTheDocument();
  });

  it('says sharing comes once the badge is issued when the earned badge is not there yet', () => {
    render(<BadgeProgress progress={makeProgress({ completed: true, ratio: 1 })} renderShare={() => <button type="button">Share</button>} />);
    expect(screen.getByText(/You can share the badge as soon as it is issued/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Share' })).not.toBeInTheDocument();
  });

  it('is axe clean in progress, regressed and completed', async () => {
    const { container, rerender } = render(<BadgeProgress progress={threeGroups()} />);
    await expectNoAxeViolations(container);
    rerender(<BadgeProgress progress={makeProgress({ resets: [{ requirementIds: ['r2'], reason: 'Late submission' }] })} />);
    await expectNoAxeViolations(container);
    rerender(<BadgeProgress progress={makeProgress({ completed: true, ratio: 1 })} />);
    await expectNoAxeViolations(container);
  });
});

describe('BadgeProgress: many badges', () => {
  const list = [named('Alpha', 0.25), named('Bravo', 1), named('Charlie', 0.75), named('Delta', 0.5)];

  it('orders by closeness to completion, earned last, by default', () => {
    render(<BadgeProgress progress={list} />);
    const names = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(names).toEqual(['Charlie', 'Delta', 'Alpha', 'Bravo']);
    expect(screen.getByRole('list', { name: 'Badges in progress' })).toBeInTheDocument();
  });

  it('can order by name or keep the given order', () => {
    const { rerender } = render(<BadgeProgress progress={list} sort="name" />);
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta']);
    rerender(<BadgeProgress progress={[list[3]!, list[0]!, list[2]!, list[1]!]} sort="none" />);
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual(['Delta', 'Alpha', 'Charlie', 'Bravo']);
  });

  it('orders names in the viewer’s language (Swedish puts Ä after Z), numbers by value', () => {
    const names = () => screen.getAllByRole('heading').map((h) => h.textContent);
    const swedish = [named('Ärlig kommunikation', 0.5), named('Zoologi', 0.5), named('Level 10', 0.5), named('Level 2', 0.5)];
    const { unmount } = inLocale(<BadgeProgress progress={swedish} sort="name" />, 'sv');
    expect(names()).toEqual(['Level 2', 'Level 10', 'Zoologi', 'Ärlig kommunikation']);
    unmount();
    inLocale(<BadgeProgress progress={swedish} sort="name" />, 'de');
    expect(names()).toEqual(['Ärlig kommunikation', 'Level 2', 'Level 10', 'Zoologi']);
  });

  it('expands and collapses a checklist with a disclosure button', async () => {
    const user = userEvent.setup();
    render(<BadgeProgress progress={list} />);
    const toggle = screen.getByRole('button', { name: 'Requirements for Charlie' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Charlie step 4')).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Charlie step 4')).toBeVisible();
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toContainElement(screen.getByText('Charlie step 4'));
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Charlie step 4')).not.toBeInTheDocument();
  });

  it('filters by course key', () => {
    const other = named('Other course', 0.5, { template: { ...named('x', 0).template, id: 'tmpl-other', name: 'Other course', course: { key: 'course-v1:Lakeside+ST300+2026_T1' } } });
    render(<BadgeProgress progress={[...list, other]} courseKey="course-v1:Lakeside+ST300+2026_T1" />);
    expect(screen.getAllByRole('progressbar').map((el) => el.getAttribute('aria-label'))).toEqual(['Progress toward Other course']);
  });

  it('shows the empty state when the course has no badge', () => {
    render(<BadgeProgress progress={list} courseKey="course-v1:None+X+1" findCourseUrl="https://learn.lakeside.example.edu/courses" />);
    expect(screen.getByText('No badges in progress')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Find a course' })).toHaveAttribute('href', 'https://learn.lakeside.example.edu/courses');
  });

  it('renders a compact single line per badge: small image, name, meter and percent, no checklist', async () => {
    const { container } = render(<BadgeProgress progress={list} variant="compact" />);
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: /all of these/i })).not.toBeInTheDocument();
    const first = screen.getAllByRole('listitem')[0]!;
    expect(within(first).getByRole('img', { name: 'Charlie badge (locked: not earned yet)' })).toBeInTheDocument();
    expect(within(first).getByText('75%')).toBeInTheDocument();
    expect(within(first).getByRole('progressbar')).toHaveAttribute('aria-valuetext', '3 of 4 requirement groups complete');
    expect(container.firstElementChild).toHaveAttribute('data-variant', 'compact');
    await expectNoAxeViolations(container);
  });

  it('is axe clean with a checklist open', async () => {
    const { container } = render(<BadgeProgress progress={list} />);
    await userEvent.click(screen.getByRole('button', { name: 'Requirements for Alpha' }));
    await expectNoAxeViolations(container);
  });
});

describe('BadgeProgress: loading, empty and error', () => {
  it('announces loading and shows a skeleton', async () => {
    const { container } = render(<BadgeProgress isLoading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading badges…');
    expect(container.firstElementChild).toHaveAttribute('aria-busy', 'true');
    await expectNoAxeViolations(container);
  });

  it('shows an empty state with a call to action', async () => {
    const { container } = render(<BadgeProgress progress={[]} findCourseUrl="https://learn.lakeside.example.edu/courses" />);
    expect(screen.getByText('No badges in progress')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Find a course' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it.each([
    [new BadgesRequestError('network', 'offline'), 'We could not reach the badges service. Check your connection and try again.'],
    [new BadgesRequestError('timeout', 'slow'), 'We could not reach the badges service. Check your connection and try again.'],
    [new BadgesRequestError('forbidden', 'no', { status: 403 }), 'You do not have permission to see these badges.'],
    [new BadgesRequestError('not-found', 'no', { status: 404 }), 'We could not find badges for this learner.'],
    [new BadgesRequestError('rate-limited', 'wait', { status: 429 }), 'Too many requests right now. Wait a moment and try again.'],
    [new BadgesRequestError('server', 'boom', { status: 500 }), 'The badges service is having trouble. Try again in a few minutes.'],
    [new Error('unknown'), 'The badges service is having trouble. Try again in a few minutes.'],
  ])('explains %s in plain words and retries', async (error, text) => {
    const onRetry = vi.fn();
    render(<BadgeProgress error={error} onRetry={onRetry} />);
    expect(screen.getByRole('alert')).toHaveTextContent(text);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('asks to sign in after a 401', async () => {
    const { container } = render(
      <BadgeProgress error={new BadgesRequestError('unauthorized', 'no', { status: 401 })} signInUrl="https://lms.lakeside.example.edu/login" onRetry={() => {}} />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Your session has ended. Sign in again to see your badges.');
    expect(screen.getByRole('link', { name: 'Sign in again' })).toHaveAttribute('href', 'https://lms.lakeside.example.edu/login');
    await expectNoAxeViolations(container);
  });
});

describe('BadgeProgress: username mode (through the hooks)', () => {
  /** A hand-written client (an implementation of the interface, not a module mock). */
  function client(progress: () => Promise<ProgressCollection>, badges = [makeBadge({ id: 'cred-1', templateId: 'tmpl-ml-foundations' })]) {
    const calls = { progress: 0, badges: 0 };
    const c: BadgesClient = {
      async listProgress() {
        calls.progress += 1;
        return progress();
      },
      async listBadges() {
        calls.badges += 1;
        return { badges, problems: [], truncated: false };
      },
    };
    return { c, calls };
  }

  function wrap(c: BadgesClient) {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    return function Wrapper({ children }: { children: ReactNode }) {
      return (
        <QueryClientProvider client={queryClient}>
          <BadgesProvider client={c}>{children}</BadgesProvider>
        </QueryClientProvider>
      );
    };
  }

  it('loads progress, then shows it without asking for earned badges when none is complete', async () => {
    const { c, calls } = client(async () => ({ progress: [makeProgress()], problems: [], truncated: false }));
    render(<BadgeProgress username="amina" />, { wrapper: wrap(c) });
    expect(screen.getByRole('status')).toHaveTextContent('Loading badges…');
    expect(await screen.findByRole('progressbar', { name: 'Progress toward Machine Learning Foundations' })).toBeInTheDocument();
    expect(calls).toEqual({ progress: 1, badges: 0 });
  });

  it('loads the earned badge of a completed record to offer sharing', async () => {
    const { c, calls } = client(async () => ({ progress: [makeProgress({ completed: true, ratio: 1 })], problems: [], truncated: false }));
    render(<BadgeProgress username="amina" renderShare={(b) => <a href={b.publicUrl}>Share {b.id}</a>} />, { wrapper: wrap(c) });
    expect(await screen.findByRole('link', { name: 'Share cred-1' })).toBeInTheDocument();
    expect(calls.badges).toBe(1);
  });

  it('shows an error, then retries and recovers', async () => {
    let fail = true;
    const { c } = client(async () => {
      // 400 is never retried automatically, so the error shows at once.
      if (fail) throw new BadgesRequestError('bad-request', 'boom', { status: 400 });
      return { progress: [makeProgress()], problems: [], truncated: false };
    });
    render(<BadgeProgress username="amina" />, { wrapper: wrap(c) });
    expect(await screen.findByRole('alert')).toHaveTextContent('The badges service is having trouble.');
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByRole('progressbar')).toBeInTheDocument());
  });

  it('keeps what loaded and says when the rest failed', async () => {
    const { c } = client(async () => ({ progress: [makeProgress()], problems: [], truncated: false, error: new BadgesRequestError('server', 'page 2') }));
    render(<BadgeProgress username="amina" />, { wrapper: wrap(c) });
    expect(await screen.findByText('Some badge progress could not be loaded.')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
  });

  it('needs no provider when the host passes the data', () => {
    render(<BadgeProgress username="amina" progress={makeProgress()} />);
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
  });
});
