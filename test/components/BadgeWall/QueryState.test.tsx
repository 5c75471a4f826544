import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { IntlProvider } from 'react-intl';
import { describe, expect, it, vi } from 'vitest';
import { QueryState } from '../../../src/components/common/QueryState';
import { BadgesRequestError, type BadgesErrorKind } from '../../../src/model';

function inIntl(ui: React.ReactElement) {
  return render(
    <IntlProvider locale="en" defaultLocale="en" messages={{}}>
      {ui}
    </IntlProvider>,
  );
}

describe('QueryState (shared loading, empty and error state)', () => {
  it.each<[BadgesErrorKind | 'plain', string]>([
    ['network', 'We could not reach the badges service. Check your connection and try again.'],
    ['timeout', 'We could not reach the badges service. Check your connection and try again.'],
    ['unauthorized', 'Your session has ended. Sign in again to see your badges.'],
    ['forbidden', 'You do not have permission to see these badges.'],
    ['not-found', 'We could not find badges for this learner.'],
    ['rate-limited', 'Too many requests right now. Wait a moment and try again.'],
    ['server', 'The badges service is having trouble. Try again in a few minutes.'],
    ['invalid-response', 'The badges service is having trouble. Try again in a few minutes.'],
    ['plain', 'The badges service is having trouble. Try again in a few minutes.'],
  ])('words a %s error in plain words', (kind, text) => {
    const error = kind === 'plain' ? new Error('boom') : new BadgesRequestError(kind, 'failed');
    inIntl(<QueryState error={error} signInUrl="https://lms.example.org/login" />);
    expect(screen.getByRole('alert')).toHaveTextContent(text);
    if (kind === 'unauthorized') expect(screen.getByRole('link', { name: 'Sign in again' })).toHaveAttribute('href', 'https://lms.example.org/login');
    else expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('retries, and wins over loading', async () => {
    const onRetry = vi.fn();
    const { container } = inIntl(<QueryState error={new BadgesRequestError('server', 'HTTP 503')} loading onRetry={onRetry} />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it('announces loading and shows the skeleton it is given', () => {
    render(
      <IntlProvider locale="en" messages={{}}>
        <QueryState loading>
          <span data-testid="skeleton" aria-hidden="true" />
        </QueryState>
      </IntlProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading badges…');
    expect(screen.getByTestId('skeleton')).toBeInTheDocument();
  });

  it('shows the empty title, a default or custom text and the find-a-course link', async () => {
    const { container, rerender } = inIntl(<QueryState emptyTitle="No badges yet" findCourseUrl="https://learn.example.org/courses" />);
    expect(screen.getByText('No badges yet')).toBeInTheDocument();
    expect(screen.getByText('Badges you earn in courses will appear here.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Find a course' })).toHaveAttribute('href', 'https://learn.example.org/courses');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect((await axe.run(container)).violations).toEqual([]);
    rerender(
      <IntlProvider locale="en" messages={{}}>
        <QueryState emptyTitle="No badges in progress" emptyText="Take a course that awards a badge." />
      </IntlProvider>,
    );
    expect(screen.getByText('Take a course that awards a badge.')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
