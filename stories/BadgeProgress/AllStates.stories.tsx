import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect } from 'storybook/test';
import { BadgeProgress } from '../../src/components/BadgeProgress';
import { badgeImageHandlers, mockBadges, mockProgress } from '../../src/mocks';
import { BadgesRequestError } from '../../src/model';

const progress = mockProgress();
const earned = mockBadges();

function Frame({ title, children, width }: { title: string; children: ReactNode; width?: number }) {
  return (
    <section aria-label={title} style={{ display: 'grid', gap: 8, inlineSize: width }}>
      <h2 style={{ margin: 0, fontSize: '1rem' }}>{title}</h2>
      {children}
    </section>
  );
}

/** Every BadgeProgress state side by side, for visual review (data from the mocks entry). */
function AllStates() {
  const byState = (done: (ratio: number, completed: boolean, resets: number) => boolean) => progress.find((p) => done(p.ratio, p.completed, p.resets.length));
  const singles: [string, (typeof progress)[number] | undefined][] = [
    ['Not started', byState((r) => r === 0)],
    ['Partly done', byState((r, c, resets) => r > 0 && r < 1 && resets === 0)],
    ['Regressed after a penalty', byState((_r, _c, resets) => resets > 0)],
    ['Completed', byState((_r, c) => c)],
  ];
  return (
    <div style={{ display: 'grid', gap: 32 }}>
      {singles.map(([title, data]) => data && (
        <Frame key={title} title={title}>
          <BadgeProgress progress={data} earnedBadges={earned} />
        </Frame>
      ))}
      <Frame title="Many badges, closest first">
        <BadgeProgress progress={progress} earnedBadges={earned} />
      </Frame>
      <Frame title="Compact, course-card width" width={320}>
        <BadgeProgress progress={progress} variant="compact" />
      </Frame>
      <Frame title="Loading">
        <BadgeProgress isLoading />
      </Frame>
      <Frame title="Empty">
        <BadgeProgress progress={[]} findCourseUrl="https://apps.example.org/catalog/" />
      </Frame>
      <Frame title="Error">
        <BadgeProgress error={new BadgesRequestError('server', 'HTTP 503', { status: 503 })} onRetry={() => {}} />
      </Frame>
      <Frame title="Session ended">
        <BadgeProgress error={new BadgesRequestError('unauthorized', 'HTTP 401', { status: 401 })} signInUrl="https://lms.example.org/login" onRetry={() => {}} />
      </Frame>
    </div>
  );
}

const meta: Meta<typeof AllStates> = {
  title: 'Components/BadgeProgress/All states',
  component: AllStates,
  tags: ['!autodocs'],
  beforeEach({ msw }) {
    msw.use(...badgeImageHandlers());
  },
};
export default meta;

export const Gallery: StoryObj<typeof AllStates> = {
  play: async ({ canvas }) => {
    for (const title of ['Not started', 'Partly done', 'Regressed after a penalty', 'Completed', 'Loading', 'Empty', 'Error']) {
      await expect(canvas.getByRole('region', { name: title })).toBeVisible();
    }
    await expect(canvas.getAllByRole('progressbar').length).toBeGreaterThan(4);
  },
};
