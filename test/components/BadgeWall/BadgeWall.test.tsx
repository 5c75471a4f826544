import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { IntlProvider } from 'react-intl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BadgeWall } from '../../../src/components/BadgeWall';
import { BadgesRequestError, type Badge } from '../../../src/model';
import { makeBadge, makeProgress } from '../../helpers/badges';

const NOW = Date.parse('2026-06-01T12:00:00Z');

async function expectNoAxeViolations(container: HTMLElement) {
  const results = await axe.run(container);
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

function inIntl(ui: ReactElement, locale = 'en') {
  return render(
    <IntlProvider locale={locale} defaultLocale="en" messages={{}} onError={() => {}}>
      {ui}
    </IntlProvider>,
  );
}

/** A card's accessible name: its parts joined by (screen-reader-only) commas. */
function cardName(...parts: string[]) {
  return new RegExp(`^${parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*,\\s*')}$`);
}

function cards() {
  return within(screen.getAllByRole('list')[0]!).getAllByRole('button').map((button) => button.querySelector('.fcb-card__name')!.firstChild!.textContent);
}

function sample(): Badge[] {
  return [
    makeBadge({ id: 'py', name: 'Data Analysis with Python', issuedAt: '2026-02-14T15:30:00Z' }),
    makeBadge({
      id: 'ml',
      name: 'Machine Learning Foundations',
      status: 'pending',
      pendingReason: 'accept',
      acceptUrl: 'https://www.credly.com/earner/earned/badge/ml/accept',
      publicUrl: undefined,
      issuedAt: '2026-05-20',
      skills: ['Model evaluation'],
      course: undefined,
    }),
    makeBadge({
      id: 'cv',
      provider: 'accredible',
      name: 'Résumé Writing Essentials',
      issuer: { name: 'Harbor Career Institute' },
      issuedAt: '2026-05-20T08:00:00Z',
      skills: ['Communication'],
      course: { key: 'course-v1:Harbor+CV1+2026', name: 'Career Skills' },
    }),
  ];
}

beforeEach(() => window.localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('BadgeWall with badges passed in', () => {
  it('names every card by name, issuer, date and state, and summarises the counts', async () => {
    const { container } = render(<BadgeWall badges={sample()} now={NOW} />);
    expect(screen.getByRole('heading', { level: 2, name: 'My badges' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: cardName('Machine Learning Foundations', 'Lakeside University', 'Issued May 20, 2026', 'Pending') })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: cardName('Data Analysis with Python', 'Lakeside University', 'Issued Feb 14, 2026') })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('3 badges, 1 pending');
    await expectNoAxeViolations(container);
  });

  it('explains a pending badge and links to accepting it on the provider', () => {
    render(<BadgeWall badges={sample()} now={NOW} />);
    expect(screen.getByText(/Accept it on Credly to make it public and shareable\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Accept on Credly' })).toHaveAttribute('href', 'https://www.credly.com/earner/earned/badge/ml/accept');
  });

  it('words every other state: issuing, expired with its date, expiring soon, revoked hidden by default', () => {
    const badges = [
      makeBadge({ id: 'a', name: 'Being Issued', status: 'pending', pendingReason: 'issuing' }),
      makeBadge({ id: 'b', name: 'Old Cert', status: 'expired', expiresAt: '2026-01-31' }),
      makeBadge({ id: 'c', name: 'Soon Gone', expiresAt: '2026-06-11' }),
      makeBadge({ id: 'd', name: 'Stale Active', expiresAt: '2026-05-01T00:00:00Z' }),
      makeBadge({ id: 'e', name: 'Taken Back', status: 'revoked', revocationReason: 'Issued in error.' }),
    ];
    const { unmount } = render(<BadgeWall badges={badges} now={NOW} />);
    expect(screen.getByText('Being issued. This can take a few minutes.')).toBeInTheDocument();
    expect(screen.getByText('Expired Jan 31, 2026')).toBeInTheDocument();
    expect(screen.getByText('Expires in 10 days')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Stale Active\b.*,\s*Expired$/ })).toBeInTheDocument();
    expect(screen.queryByText(/Taken Back/)).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('4 badges, 1 pending, 1 expiring soon');
    unmount();

    render(<BadgeWall badges={badges} now={NOW} showRevoked expiringSoonDays={5} />);
    expect(screen.getByText('Revoked: Issued in error.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Taken Back\b.*,\s*Revoked$/ })).toBeInTheDocument();
    expect(screen.queryByText('Expires in 10 days')).not.toBeInTheDocument();
  });

  it('searches by name, issuer and skill, ignoring case and accents, and reports it', async () => {
    const onSearch = vi.fn();
    render(<BadgeWall badges={sample()} now={NOW} onSearch={onSearch} />);
    const search = screen.getByRole('searchbox', { name: 'Search badges' });
    await userEvent.type(search, 'resume');
    expect(cards()).toEqual(['Résumé Writing Essentials']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 3 badges');
    await userEvent.clear(search);
    await userEvent.type(search, 'harbor');
    expect(cards()).toEqual(['Résumé Writing Essentials']);
    await userEvent.clear(search);
    await userEvent.type(search, 'model EVAL');
    expect(cards()).toEqual(['Machine Learning Foundations']);
    expect(onSearch).toHaveBeenLastCalledWith('model EVAL');
  });

  it('sorts date-only and date-time values together, and by name, issuer and expiry', async () => {
    const badges = [
      makeBadge({ id: '1', name: 'Beta', issuedAt: '2026-03-01T23:30:00Z', issuer: { name: 'Zeta College' }, expiresAt: '2027-01-01' }),
      makeBadge({ id: '2', name: 'alpha', issuedAt: '2026-03-02', issuer: { name: 'Aleph Academy' } }),
      makeBadge({ id: '3', name: 'Gamma', issuedAt: '2026-03-01', issuer: { name: 'Mid School' }, expiresAt: '2026-12-31T10:00:00Z' }),
      makeBadge({ id: '4', name: 'Delta', issuedAt: undefined, issuer: { name: 'Mid School' } }),
    ];
    render(<BadgeWall badges={badges} now={NOW} />);
    expect(cards()).toEqual(['alpha', 'Beta', 'Gamma', 'Delta']);
    await userEvent.click(screen.getByText('Sort and filter'));
    const sort = screen.getByRole('combobox', { name: 'Sort by' });
    await userEvent.selectOptions(sort, 'Oldest first');
    expect(cards()).toEqual(['Gamma', 'Beta', 'alpha', 'Delta']);
    await userEvent.selectOptions(sort, 'Name');
    expect(cards()).toEqual(['alpha', 'Beta', 'Delta', 'Gamma']);
    await userEvent.selectOptions(sort, 'Issuer');
    expect(cards()).toEqual(['alpha', 'Delta', 'Gamma', 'Beta']);
    await userEvent.selectOptions(sort, 'Expiring soonest');
    expect(cards()).toEqual(['Gamma', 'Beta', 'alpha', 'Delta']);
  });

  it('filters by status, platform and issuer, reports changes, and clears back', async () => {
    const onFilterChange = vi.fn();
    render(<BadgeWall badges={sample()} now={NOW} onFilterChange={onFilterChange} />);
    await userEvent.click(screen.getByText('Sort and filter'));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Pending');
    expect(cards()).toEqual(['Machine Learning Foundations']);
    expect(onFilterChange).toHaveBeenLastCalledWith(expect.objectContaining({ status: 'pending', provider: 'all', issuer: '' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'All');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Platform' }), 'Accredible');
    expect(cards()).toEqual(['Résumé Writing Essentials']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Platform' }), 'All');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Issuer' }), 'Lakeside University');
    expect(cards()).toEqual(['Machine Learning Foundations', 'Data Analysis with Python']);
    await userEvent.type(screen.getByRole('searchbox'), 'résumé');
    expect(screen.getByText('No badges match your search and filters.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(cards()).toHaveLength(3);
  });

  it('groups by issuer and by course, badges without a course last', async () => {
    render(<BadgeWall badges={sample()} now={NOW} />);
    await userEvent.click(screen.getByText('Sort and filter'));
    const group = screen.getByRole('combobox', { name: 'Group by' });
    await userEvent.selectOptions(group, 'Issuer');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Harbor Career Institute', 'Lakeside University']);
    await userEvent.selectOptions(group, 'Course');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Career Skills', 'Data Analysis with Python', 'Other badges']);
  });

  it('switches between grid and list, tells the host and remembers the choice', async () => {
    const onViewChange = vi.fn();
    const { unmount } = render(<BadgeWall badges={sample()} now={NOW} onViewChange={onViewChange} />);
    const list = screen.getByRole('button', { name: 'List' });
    expect(screen.getByRole('button', { name: 'Grid' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(list);
    expect(list).toHaveAttribute('aria-pressed', 'true');
    expect(onViewChange).toHaveBeenCalledWith('list');
    unmount();
    render(<BadgeWall badges={sample()} now={NOW} />);
    expect(screen.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('still switches view when storage is blocked', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    render(<BadgeWall badges={sample()} now={NOW} defaultView="list" />);
    expect(screen.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Grid' }));
    expect(screen.getByRole('button', { name: 'Grid' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows a skeleton while loading, announced and busy', async () => {
    const { container } = render(<BadgeWall isLoading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading badges…');
    expect(screen.getByRole('region', { name: 'My badges' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryAllByRole('button', { name: /Issued/ })).toHaveLength(0);
    await expectNoAxeViolations(container);
  });

  it('invites the learner to find a course when there are no badges', async () => {
    const { container } = render(<BadgeWall badges={[]} findCourseUrl="https://learn.example.org/courses" />);
    expect(screen.getByText('No badges yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Find a course' })).toHaveAttribute('href', 'https://learn.example.org/courses');
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('says what went wrong in plain words and retries', async () => {
    const onRetry = vi.fn();
    render(<BadgeWall error={new BadgesRequestError('server', 'HTTP 503', { status: 503 })} onRetry={onRetry} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The badges service is having trouble. Try again in a few minutes.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('asks to sign in again after a 401, and has words for network and rate limits', () => {
    const { rerender } = render(<BadgeWall error={new BadgesRequestError('unauthorized', 'HTTP 401', { status: 401 })} signInUrl="https://lms.example.org/login" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Your session has ended. Sign in again to see your badges.');
    expect(screen.getByRole('link', { name: 'Sign in again' })).toHaveAttribute('href', 'https://lms.example.org/login');
    rerender(<BadgeWall error={new BadgesRequestError('timeout', 'timed out')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('We could not reach the badges service.');
    rerender(<BadgeWall error={new BadgesRequestError('rate-limited', 'HTTP 429', { status: 429 })} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Too many requests right now.');
    rerender(<BadgeWall error={new Error('boom')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The badges service is having trouble.');
  });

  it('keeps partial data on screen with a notice and a retry, and counts unreadable items', async () => {
    const onRetry = vi.fn();
    render(
      <BadgeWall
        badges={sample()}
        now={NOW}
        error={new BadgesRequestError('server', 'page 3 failed', { status: 500 })}
        onRetry={onRetry}
        truncated
        problems={[
          { index: 4, field: 'badge_template.name', message: 'missing', kind: 'invalid-item' },
          { index: 5, field: '', message: 'not an object', kind: 'invalid-item' },
          { index: 1, field: 'image_url', message: 'unsafe URL dropped', kind: 'dropped-field' },
        ]}
      />,
    );
    expect(cards()).toHaveLength(3);
    expect(screen.getByRole('alert')).toHaveTextContent('Some badges could not be loaded, so this list may be incomplete.');
    await userEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalled();
    expect(screen.getByText('2 badges could not be read and are not shown.')).toBeInTheDocument();
    expect(screen.getByText('Showing the first 3 badges only.')).toBeInTheDocument();
  });

  it('shortens the wall to maxItems with a button to show all', async () => {
    render(<BadgeWall badges={sample()} now={NOW} maxItems={2} />);
    expect(cards()).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Show all 3 badges' }));
    expect(cards()).toHaveLength(3);
  });

  it('moves focus to the first card that Show all revealed, not to the page', async () => {
    render(<BadgeWall badges={sample()} now={NOW} maxItems={2} />);
    const showAll = screen.getByRole('button', { name: 'Show all 3 badges' });
    showAll.focus();
    await userEvent.keyboard('{Enter}');
    expect(showAll).not.toBeInTheDocument();
    const third = screen.getAllByRole('button').filter((button) => button.hasAttribute('data-key'))[2]!;
    expect(third).toHaveAccessibleName(new RegExp(`^${cards()[2]}`));
    expect(third).toHaveFocus();
  });

  it('moves focus to the search box after clearing search and filters, not to the page', async () => {
    render(<BadgeWall badges={sample()} now={NOW} />);
    const search = screen.getByRole('searchbox', { name: 'Search badges' });
    await userEvent.type(search, 'no such badge');
    const clear = screen.getByRole('button', { name: 'Clear search and filters' });
    clear.focus();
    await userEvent.keyboard('{Enter}');
    expect(clear).not.toBeInTheDocument();
    expect(cards()).toHaveLength(3);
    expect(search).toHaveValue('');
    expect(search).toHaveFocus();
  });

  it('shows badges in progress greyed after the earned ones, with a meter', () => {
    render(<BadgeWall badges={sample()} now={NOW} progress={[makeProgress(), makeProgress({ completed: true, ratio: 1, template: { ...makeProgress().template, id: 'done' } })]} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Next up' })).toBeInTheDocument();
    const meter = screen.getByRole('progressbar', { name: 'Machine Learning Foundations' });
    expect(meter).toHaveAttribute('aria-valuenow', '50');
    expect(meter).toHaveAttribute('aria-valuetext', '50% complete');
    expect(screen.getAllByRole('progressbar')).toHaveLength(1);
  });

  it('hides badges in progress when the host passes showProgress={false}', () => {
    render(<BadgeWall badges={sample()} now={NOW} progress={[makeProgress()]} showProgress={false} />);
    expect(screen.getByRole('status')).toHaveTextContent('3 badges, 1 pending');
    expect(screen.queryByRole('heading', { name: 'Next up' })).not.toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('opens the detail from a card, tells the host, and closes it', async () => {
    const onBadgeOpen = vi.fn();
    const onOpenBadgeChange = vi.fn();
    render(<BadgeWall badges={sample()} now={NOW} onBadgeOpen={onBadgeOpen} onOpenBadgeChange={onOpenBadgeChange} renderShare={null} />);
    await userEvent.click(screen.getByRole('button', { name: /^Data Analysis with Python,/ }));
    const dialog = screen.getByRole('dialog', { name: 'Data Analysis with Python' });
    expect(within(dialog).getByRole('link', { name: /Verify this badge/ })).toHaveAttribute('href', expect.stringContaining('credly.com/badges/py'));
    expect(onBadgeOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'py' }));
    expect(onOpenBadgeChange).toHaveBeenCalledWith('py');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(onOpenBadgeChange).toHaveBeenLastCalledWith(null);
  });

  it('opens the badge a host deep-links to', () => {
    render(<BadgeWall badges={sample()} now={NOW} openBadgeId="accredible:cv" renderShare={null} />);
    expect(screen.getByRole('dialog', { name: 'Résumé Writing Essentials' })).toBeInTheDocument();
  });

  it('formats dates and counts in the host locale', () => {
    inIntl(<BadgeWall badges={sample()} now={NOW} />, 'fr');
    expect(screen.getByRole('button', { name: /^Data Analysis with Python.*14 févr\. 2026/ })).toBeInTheDocument();
  });
});

describe('BadgeWall while a host refetches', () => {
  it('keeps the badges on screen when isLoading is set with data', () => {
    render(<BadgeWall badges={sample()} isLoading now={NOW} />);
    expect(screen.getByRole('status')).toHaveTextContent('3 badges, 1 pending');
    expect(screen.getByRole('region', { name: 'My badges' })).not.toHaveAttribute('aria-busy');
  });
});
