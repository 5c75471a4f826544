import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ReactNode } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { createBadgesClient } from '../../src/client';
import { BadgeProgress } from '../../src/components/BadgeProgress';
import { badgesHandlers, MOCK_BASE_URL, MOCK_USERNAME, mockBadges, mockProgress, type MockScenario } from '../../src/mocks';
import { BadgesRequestError, type BadgeProgressData } from '../../src/model';
import { BadgesProvider } from '../../src/query';

const progress = mockProgress();
const earned = mockBadges();
/** One record of the mock progress list, by template name. */
const record = (name: string): BadgeProgressData => {
  const found = progress.find((p) => p.template.name === name);
  if (!found) throw new Error(`No mock progress named ${name}`);
  return found;
};

/** The real client against the msw handlers of one scenario (the QueryClient comes from the preview). */
function Live({ children }: { children: ReactNode }) {
  const [client] = useState(() => createBadgesClient({ baseUrl: MOCK_BASE_URL }));
  return <BadgesProvider client={client}>{children}</BadgesProvider>;
}

/** A frame the size of a learner dashboard course card's action area. */
const courseCard = (Story: () => ReactNode) => (
  <div style={{ inlineSize: 320, padding: 16, border: '1px solid #ccc', borderRadius: 6 }}>
    <p style={{ margin: '0 0 8px', fontWeight: 700 }}>Cloud Architecture</p>
    <Story />
  </div>
);

const meta = {
  title: 'Components/BadgeProgress',
  component: BadgeProgress,
  args: {
    onRequirementClick: fn(),
    findCourseUrl: 'https://apps.example.org/catalog/',
  },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof BadgeProgress>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A story served by the real client and the msw handlers of one scenario. */
const live = (scenario: MockScenario): Story => ({
  beforeEach({ msw }) {
    msw.use(...badgesHandlers({ baseUrl: MOCK_BASE_URL, scenario }));
  },
  decorators: [(Story) => <Live><Story /></Live>],
  args: { username: MOCK_USERNAME },
});


/** No requirement met yet: the badge is locked and the first group is the next step. */
export const NotStarted: Story = { args: { progress: record('Cloud Architecture Professional') } };

/** Half done: the second group is "any one of these" and neither alternative is met yet. */
export const PartlyDoneWithOrGroup: Story = { args: { progress: record('Machine Learning Foundations') } };

/** Every group but one: an OR-group met by its second alternative (the first is "not needed"). */
export const AllGroupsButOne: Story = { args: { progress: record('تطوير الويب المتكامل') } };

/** Completed: the celebration leads to sharing the earned badge (ShareBadgeButton). */
export const Completed: Story = { args: { progress: record('Data Analysis with Python'), earnedBadges: earned } };

/** Completed, but the earned badge has not arrived from the provider yet. */
export const CompletedAwaitingBadge: Story = { args: { progress: record('Data Analysis with Python'), earnedBadges: [] } };

/** A penalty reset a requirement: the notice says when and why, and the requirement is marked. */
export const RegressedAfterPenalty: Story = { args: { progress: record('安全编码实践') } };

/** Many badges through the real client and msw: ordered by closeness, earned last; checklists fold. */
export const ManyBadges: Story = { ...live('progress') };

/** Sixty records (the `many` scenario), to judge a long list. */
export const SixtyBadges: Story = { ...live('many') };

/** The compact variant in a course-card-sized frame (~320 px), filtered to the card's course. */
export const CompactOnCourseCard: Story = {
  ...live('progress'),
  args: { username: MOCK_USERNAME, variant: 'compact', courseKey: 'course-v1:Lakeside+CLD301+2026_T2' },
  decorators: [courseCard, (Story) => <Live><Story /></Live>],
};

/** Compact list of every badge in progress, as in a narrow sidebar. */
export const CompactList: Story = {
  args: { progress, variant: 'compact' },
  decorators: [courseCard],
};

/** Right to left (Arabic locale): the meters fill from the inline start, marks sit at the start. */
export const RightToLeft: Story = {
  args: { progress: [record('تطوير الويب المتكامل'), record('安全编码实践'), record('Data Analysis with Python')], earnedBadges: earned },
  globals: { locale: 'ar' },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: /تطوير الويب المتكامل/ }));
  },
};

/** A brand theme made only by overriding `--fcb-*` tokens. */
export const BrandTheme: Story = {
  args: { progress: [record('Machine Learning Foundations'), record('安全编码实践'), record('Data Analysis with Python')], earnedBadges: earned },
  globals: { theme: 'brand' },
};

/** Loading (the `slow` scenario holds the response). */
export const Loading: Story = { ...live('slow') };

/** Nothing in progress: a call to action. */
export const Empty: Story = { ...live('empty') };

/** The session ended (401): asks to sign in. */
export const SignedOut: Story = { ...live('unauthorized'), args: { username: MOCK_USERNAME, signInUrl: 'https://apps.example.org/login' } };

/** A server error, in plain words, with a retry (host-driven error, so it shows without the automatic retries). */
export const ServerError: Story = {
  args: { error: new BadgesRequestError('server', 'A server error occurred.', { status: 500 }), onRetry: fn() },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/** Interaction: open a badge's checklist from the list and close it again. */
export const ExpandChecklist: Story = {
  ...live('progress'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = await canvas.findByRole('button', { name: 'Requirements for Machine Learning Foundations' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const anyOf = await canvas.findByRole('list', { name: 'Any one of these' });
    await expect(within(anyOf).getAllByRole('listitem')).toHaveLength(2);
    await expect(canvas.getByText('Next step')).toBeVisible();
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  },
};

/** Interaction: follow a requirement's link; the host gets the requirement (and routes in-app here). */
export const FollowRequirementLink: Story = {
  // Its play follows a link: the static a11y sweep skips it (npm test still runs it with its a11y check).
  tags: ['no-sweep'],
  args: {
    progress: record('Machine Learning Foundations'),
    // Stay in Storybook: a host would navigate with its router instead.
    onRequirementClick: fn((_requirement, _progress, event) => event.preventDefault()),
  },
  play: async ({ canvas, args }) => {
    const link = canvas.getByRole('link', { name: 'Complete the capstone project' });
    await expect(link).toHaveAttribute('href', expect.stringContaining('jump_to/capstone'));
    await userEvent.click(link);
    await expect(args.onRequirementClick).toHaveBeenCalledWith(expect.objectContaining({ description: 'Complete the capstone project' }), args.progress, expect.anything());
  },
};
