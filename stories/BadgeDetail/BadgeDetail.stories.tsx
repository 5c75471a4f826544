import '../../src/styles/tokens.css';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { BadgeDetail } from '../../src/components/BadgeDetail';
import { mockBadges } from '../../src/mocks';
import type { Badge } from '../../src/model';

const earned = mockBadges();
const mixed = mockBadges({ set: 'mixed-states' });
const byStatus = (status: Badge['status']) => mixed.find((badge) => badge.status === status)!;

/** A badge with every optional part filled, including a Markdown narrative shown as plain text. */
const complete: Badge = {
  ...earned[1]!,
  description: 'Earners can clean, explore and visualise data sets with pandas and matplotlib.\n\nThey communicate findings to non-specialists.',
  criteria: {
    url: 'https://learn.lakeside.example.edu/criteria/data-python',
    narrative: '## Requirements\n\n- Pass every graded assignment with **70%** or more\n- Submit the capstone notebook\n\n<em>Markup stays text.</em>',
  },
  evidence: [
    { url: 'https://portfolio.example.org/amira/capstone', name: 'Capstone notebook', description: 'Exploratory analysis of city bike-share data.' },
    { narrative: 'Peer-reviewed by two course staff members.' },
  ],
  alignments: [{ name: 'Data analysis', url: 'https://esco.example.org/skill/data-analysis', framework: 'ESCO', code: 'S2.7.1' }],
  expiresAt: '2029-02-28',
};

const meta = {
  title: 'Components/BadgeDetail',
  component: BadgeDetail,
  args: { badge: complete, onClose: fn() },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof BadgeDetail>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every section: image, issuer link, dates, description, criteria (Markdown as text), skills, evidence, alignments, verify, download, share. */
export const Complete: Story = {};

/** Pending acceptance on Credly: why, and the accept link. */
export const Pending: Story = { args: { badge: byStatus('pending') } };

/** Expired: muted image and the expiry date. */
export const Expired: Story = { args: { badge: byStatus('expired') } };

/** Revoked, with the reason the issuer gave. */
export const Revoked: Story = { args: { badge: byStatus('revoked') } };

/** Almost nothing known: no image (placeholder), no description, no dates. */
export const Minimal: Story = {
  args: { badge: { id: 'min', provider: 'openbadges', name: 'Community Helper', issuer: { name: 'Open Badges issuer' }, status: 'active', skills: [], evidence: [], alignments: [] } },
};

/** A host's own share action in the slot. */
export const CustomShareSlot: Story = {
  args: { renderShare: (badge: Badge) => <a href={badge.publicUrl ?? '#'}>Post to the course forum</a> },
};

/** Right to left. */
export const RightToLeft: Story = { args: { badge: earned.find((b) => /[\u0600-\u06ff]/.test(b.name)) ?? earned[0]! }, globals: { locale: 'ar' } };

/** Opened from a button, closed with the keyboard: focus returns to the button. */
export const OpenFromButton: Story = {
  args: { badge: null },
  render: function Opener(args) {
    const [open, setOpen] = useState(false);
    return (
      <div style={{ padding: 16 }}>
        <button type="button" onClick={() => setOpen(true)}>
          Show my badge
        </button>
        <BadgeDetail {...args} badge={open ? complete : null} onClose={() => setOpen(false)} />
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const opener = within(canvasElement).getByRole('button', { name: 'Show my badge' });
    opener.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await within(document.body).findByRole('dialog', { name: complete.name });
    await expect(dialog.matches(':modal')).toBe(true);
    await expect(document.activeElement).toHaveAccessibleName('Close');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));
    await expect(opener).toHaveFocus();
  },
};
