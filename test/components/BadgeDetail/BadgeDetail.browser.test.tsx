import '../../../src/styles/tokens.css';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent as browserUser } from 'vitest/browser';
import { BadgeDetail } from '../../../src/components/BadgeDetail';
import type { Badge } from '../../../src/model';
import { makeBadge } from '../../helpers/badges';

function Host({ badge, onClose }: { badge: Badge; onClose: () => void }) {
  const [open, setOpen] = useState<Badge | null>(badge);
  return (
    <BadgeDetail
      badge={open}
      onClose={() => {
        onClose();
        setOpen(null);
      }}
    />
  );
}

describe('BadgeDetail with a nested dialog (Chromium)', () => {
  it('closing the signature builder opened from the share menu leaves the detail open', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<Host badge={makeBadge({ name: 'Cloud Security Essentials' })} onClose={onClose} />);
    const detail = await screen.findByRole('dialog', { name: 'Cloud Security Essentials' });
    await user.click(within(detail).getByRole('button', { name: /share/i }));
    await user.click(within(detail).getByRole('button', { name: 'Add to email signature' }));
    const builder = await screen.findByRole('dialog', { name: 'Add your badge to your email signature' });
    await user.click(within(builder).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(builder).not.toBeVisible());
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Cloud Security Essentials' })).toBeVisible();
    // The detail's own close still works.
    await user.click(within(detail).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
  });
});

describe('BadgeDetail backdrop (Chromium)', () => {
  it('closes on a click on the backdrop only: not in its padding, nor after a text selection dragged out of it', async () => {
    const onClose = vi.fn();
    render(<Host badge={makeBadge({ name: 'Cloud Security Essentials', description: 'Secure cloud workloads end to end.' })} onClose={onClose} />);
    const dialog = await screen.findByRole('dialog', { name: 'Cloud Security Essentials' });
    const box = dialog.getBoundingClientRect();
    expect(parseFloat(getComputedStyle(dialog).paddingTop)).toBeGreaterThan(8);
    // In the padding, the click lands on the dialog element itself.
    const page = document.documentElement;
    await browserUser.click(page, { position: { x: box.left + box.width / 2, y: box.top + 4 } });
    await browserUser.click(page, { position: { x: box.left + 4, y: box.top + box.height / 2 } });
    expect(document.elementFromPoint(box.left + 4, box.top + box.height / 2)).toBe(dialog);
    // A text selection from inside the dialog released over the backdrop.
    const text = within(dialog).getByText('Secure cloud workloads end to end.');
    await browserUser.dragAndDrop(text, page, { sourcePosition: { x: 2, y: 2 }, targetPosition: { x: 5, y: 5 } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onClose).not.toHaveBeenCalled();
    expect(dialog).toBeVisible();
    // Pressed and released on the backdrop: closes.
    await browserUser.click(page, { position: { x: 5, y: Math.max(5, box.top - 5) } });
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
