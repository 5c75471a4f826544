import '../../../src/styles/tokens.css';
import { render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { BadgeWall } from '../../../src/components/BadgeWall';
import { makeBadge } from '../../helpers/badges';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const badges = () => [
  makeBadge({ id: 'a', name: 'Data Analysis with Python', issuedAt: '2026-05-01' }),
  makeBadge({ id: 'b', name: 'Machine Learning Foundations', status: 'pending', pendingReason: 'accept', acceptUrl: 'https://www.credly.com/accept/b', publicUrl: undefined }),
  makeBadge({ id: 'c', name: 'Old Cert', status: 'expired', expiresAt: '2026-01-31' }),
  makeBadge({ id: 'd', name: 'Soon Gone', expiresAt: '2026-06-11' }),
];

afterEach(() => {
  document.body.innerHTML = '';
});

describe('BadgeWall detail dialog (Chromium)', () => {
  it('opens from a card with the keyboard as a modal, keeps focus inside, and Escape returns focus to the card', async () => {
    render(<BadgeWall badges={badges()} now={NOW} renderShare={null} />);
    const card = screen.getByRole('button', { name: /^Machine Learning Foundations\s*,/ });
    card.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Machine Learning Foundations' });
    expect(dialog.matches(':modal')).toBe(true);
    expect(dialog.contains(document.activeElement)).toBe(true);
    for (let i = 0; i < 3; i += 1) {
      await userEvent.keyboard('{Tab}');
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    expect(within(dialog).getByRole('link', { name: /Accept on Credly/ })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(card).toHaveFocus();
  });

  it('closes from the Close button and from the backdrop, focus back on the card each time', async () => {
    render(<BadgeWall badges={badges()} now={NOW} renderShare={null} />);
    const card = screen.getByRole('button', { name: /^Data Analysis with Python\s*,/ });
    await userEvent.click(card);
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(card).toHaveFocus();
    await userEvent.click(card);
    const dialog = screen.getByRole('dialog');
    const box = dialog.getBoundingClientRect();
    await userEvent.click(document.documentElement, { position: { x: 5, y: Math.max(5, box.top - 5) } });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(card).toHaveFocus();
  });

  it('Show all moves focus to the first card it revealed (a hidden card cannot take focus in a browser)', async () => {
    render(<BadgeWall badges={badges()} now={NOW} maxItems={2} renderShare={null} />);
    screen.getByRole('button', { name: 'Show all 4 badges' }).focus();
    await userEvent.keyboard('{Enter}');
    const shown = screen.getAllByRole('button').filter((button) => button.hasAttribute('data-key'));
    expect(shown).toHaveLength(4);
    await waitFor(() => expect(shown[2]).toHaveFocus());
  });

  it('has no axe violations, contrast included, on the wall and in the open dialog', async () => {
    render(<BadgeWall badges={badges()} now={NOW} renderShare={null} />);
    let results = await axe.run(document.body);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: /^Old Cert\s*,/ }));
    await screen.findByRole('dialog');
    results = await axe.run(document.body);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('fits a 280 px sidebar: cards stay inside the column', async () => {
    render(
      <div style={{ width: 280 }}>
        <BadgeWall badges={badges()} now={NOW} renderShare={null} />
      </div>,
    );
    const region = screen.getByRole('region', { name: 'My badges' });
    expect(region.scrollWidth).toBeLessThanOrEqual(280);
    for (const button of screen.getAllByRole('button').filter((b) => b.hasAttribute('data-key'))) {
      expect(button.getBoundingClientRect().right).toBeLessThanOrEqual(region.getBoundingClientRect().right + 0.5);
    }
  });
});
