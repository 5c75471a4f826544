import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
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
