import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ShareBadgeButton } from '../../src/components/ShareBadgeButton';
import { blockedBadges, imageHandlers, storyBadge } from './data';

const states = {
  'Shareable (active, public)': storyBadge(),
  'Pending: accept on Credly first': blockedBadges.pending,
  'Pending: still being issued': blockedBadges.issuing,
  'Private: make it public first': blockedBadges.private,
  'Expired: LinkedIn allowed, others warned': blockedBadges.expired,
  'Revoked: nothing to share': blockedBadges.revoked,
  'Disabled by the issuer': blockedBadges.disabledByIssuer,
  'No public page': blockedBadges.noPublicUrl,
};

/** ShareBadgeButton for every availability state, for visual review. Open any menu to see the reasons and fixes. */
function AllStates() {
  return (
    <ul style={{ display: 'grid', gap: 16, listStyle: 'none', padding: 0, margin: 0 }}>
      {Object.entries(states).map(([title, badge]) => (
        <li key={title} aria-label={title} style={{ display: 'flex', gap: 16, alignItems: 'center', flexWrap: 'wrap' }}>
          <span style={{ minInlineSize: '18rem' }}>{title}</span>
          <ShareBadgeButton badge={badge} />
        </li>
      ))}
    </ul>
  );
}

const meta: Meta<typeof AllStates> = {
  title: 'Components/ShareBadgeButton/All states',
  component: AllStates,
  tags: ['!autodocs'],
  beforeEach({ msw }) {
    msw.use(...imageHandlers);
  },
};
export default meta;

export const Gallery: StoryObj<typeof AllStates> = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const title of Object.keys(states)) await expect(canvas.getByRole('listitem', { name: title })).toBeVisible();
    // The pending badge's menu says why and links to the fix.
    const pending = canvas.getByRole('listitem', { name: 'Pending: accept on Credly first' });
    await userEvent.click(within(pending).getByRole('button', { name: /share/i }));
    await expect(within(pending).getAllByRole('link', { name: /accept/i }).length).toBeGreaterThan(0);
  },
};
