import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { ShareBadgeButton } from '../../../src/components/ShareBadgeButton';
import { makeBadge } from '../../helpers/badges';
import '../../../src/styles/tokens.css';

/** A small card that clips its content, like a dashboard card or a sidebar widget. */
function Card({ children, top, dir = 'ltr', transform }: { children: ReactNode; top: number; dir?: 'ltr' | 'rtl'; transform?: string }) {
  return (
    <div dir={dir} data-testid="card" style={{ position: 'absolute', top, insetInlineStart: 20, inlineSize: 160, blockSize: 60, overflow: 'hidden', border: '1px solid', transform }}>
      {children}
    </div>
  );
}

const badge = makeBadge({ name: 'Cloud Security Essentials' });

async function openMenu() {
  await userEvent.setup().click(screen.getByRole('button', { name: 'Share Cloud Security Essentials' }));
  const first = await screen.findByRole('button', { name: 'Post on LinkedIn' });
  const panel = first.closest<HTMLElement>('.fcb-share__panel')!;
  await waitFor(() => expect(panel).toBeVisible());
  return panel;
}

/** True when the panel's own content is what the user sees at each corner (nothing clips or covers it). */
function fullyShown(panel: HTMLElement) {
  const r = panel.getBoundingClientRect();
  const inside = r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
  const points = [
    [r.left + 4, r.top + 4],
    [r.right - 4, r.top + 4],
    [r.left + 4, r.bottom - 4],
    [r.right - 4, r.bottom - 4],
  ];
  return inside && points.every(([x, y]) => panel.contains(document.elementFromPoint(x!, y!)));
}

describe('ShareBadgeButton popover placement (Chromium)', () => {
  afterEach(cleanup);

  it('is not clipped by an overflow: hidden card, and opens below the trigger when there is room', async () => {
    render(<Card top={20}><ShareBadgeButton badge={badge} /></Card>);
    const panel = await openMenu();
    const trigger = screen.getByRole('button', { name: 'Share Cloud Security Essentials' }).getBoundingClientRect();
    expect(fullyShown(panel)).toBe(true);
    expect(panel.getBoundingClientRect().top).toBeGreaterThanOrEqual(trigger.bottom);
    expect(Math.round(panel.getBoundingClientRect().left)).toBe(Math.round(trigger.left));
  });

  it('opens above the trigger near the bottom of the viewport', async () => {
    render(<Card top={innerHeight - 70}><ShareBadgeButton badge={badge} /></Card>);
    const panel = await openMenu();
    const trigger = screen.getByRole('button', { name: 'Share Cloud Security Essentials' }).getBoundingClientRect();
    expect(panel.getBoundingClientRect().bottom).toBeLessThanOrEqual(trigger.top);
    expect(fullyShown(panel)).toBe(true);
  });

  it('is placed again, still above the trigger, when its content changes size (LinkedIn preview)', async () => {
    render(<Card top={innerHeight - 70}><ShareBadgeButton badge={makeBadge({ name: 'Cloud Security Essentials', issuer: { name: 'Lakeside University' } })} /></Card>);
    const panel = await openMenu();
    const trigger = () => screen.getByRole('button', { name: 'Share Cloud Security Essentials' }).getBoundingClientRect();
    const menuHeight = panel.getBoundingClientRect().height;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Add to LinkedIn profile' }));
    await screen.findByRole('heading', { name: 'LinkedIn will receive' });
    await waitFor(() => expect(Math.round(panel.getBoundingClientRect().height)).not.toBe(Math.round(menuHeight)));
    await waitFor(() => expect(panel.getBoundingClientRect().bottom).toBeLessThanOrEqual(trigger().top));
    expect(fullyShown(panel)).toBe(true);
  });

  it('aligns with the trigger’s right edge in RTL, and stays placed inside a transformed card', async () => {
    render(<Card top={20} dir="rtl" transform="translate(-30px, 10px)"><ShareBadgeButton badge={badge} /></Card>);
    const panel = await openMenu();
    const trigger = screen.getByRole('button', { name: 'Share Cloud Security Essentials' }).getBoundingClientRect();
    expect(fullyShown(panel)).toBe(true);
    expect(Math.round(panel.getBoundingClientRect().right)).toBe(Math.round(trigger.right));
    expect(panel.getBoundingClientRect().top).toBeGreaterThanOrEqual(trigger.bottom);
  });

  it('follows the trigger when the page scrolls', async () => {
    render(
      <div style={{ blockSize: innerHeight * 3 }}>
        <Card top={100}><ShareBadgeButton badge={badge} /></Card>
      </div>,
    );
    try {
      const panel = await openMenu();
      const gap = () => panel.getBoundingClientRect().top - screen.getByRole('button', { name: 'Share Cloud Security Essentials' }).getBoundingClientRect().bottom;
      const before = gap();
      const triggerTop = screen.getByRole('button', { name: 'Share Cloud Security Essentials' }).getBoundingClientRect().top;
      scrollBy(0, 50);
      // The page did scroll (the trigger moved up), and the panel moved with it.
      expect(scrollY).toBe(50);
      expect(Math.round(screen.getByRole('button', { name: 'Share Cloud Security Essentials' }).getBoundingClientRect().top)).toBe(Math.round(triggerTop - 50));
      await waitFor(() => expect(Math.round(gap())).toBe(Math.round(before)));
    } finally {
      scrollTo(0, 0);
    }
  });

  it('in a short viewport, caps its height and scrolls to the item the keyboard focuses', async () => {
    const { width, height } = { width: innerWidth, height: innerHeight };
    await page.viewport(width, 260);
    try {
      render(<Card top={10}><ShareBadgeButton badge={badge} /></Card>);
      const panel = await openMenu();
      expect(panel.scrollHeight).toBeGreaterThan(panel.clientHeight);
      expect(panel.getBoundingClientRect().bottom).toBeLessThanOrEqual(innerHeight);
      // ArrowUp from the first item wraps to the last one, at the bottom of the scrolled list.
      await userEvent.keyboard('{ArrowUp}');
      const last = document.activeElement as HTMLElement;
      expect(last.textContent).toMatch(/email signature/i);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(panel.scrollTop).toBeGreaterThan(0);
      const [item, box] = [last.getBoundingClientRect(), panel.getBoundingClientRect()];
      expect(item.top).toBeGreaterThanOrEqual(box.top);
      expect(item.bottom).toBeLessThanOrEqual(box.bottom + 1);
    } finally {
      await page.viewport(width, height);
    }
  });

  it('is placed again when the viewport shrinks while it is open', async () => {
    const { width, height } = { width: innerWidth, height: innerHeight };
    try {
      render(<Card top={Math.round(height / 2) - 30}><ShareBadgeButton badge={badge} /></Card>);
      const panel = await openMenu();
      const trigger = () => screen.getByRole('button', { name: 'Share Cloud Security Essentials' }).getBoundingClientRect();
      expect(panel.getBoundingClientRect().top).toBeGreaterThanOrEqual(trigger().bottom);
      await page.viewport(width, Math.round(height / 2) + 60);
      // Little room is left below: it moves above the trigger, inside the smaller viewport.
      await waitFor(() => expect(panel.getBoundingClientRect().bottom).toBeLessThanOrEqual(trigger().top));
      expect(fullyShown(panel)).toBe(true);
    } finally {
      await page.viewport(width, height);
    }
  });

  it('without the popover API (older browsers), the fixed panel still escapes an overflow: hidden card', async () => {
    const showPopover = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'showPopover')!;
    Object.defineProperty(HTMLElement.prototype, 'showPopover', { value: undefined, configurable: true });
    try {
      render(<Card top={20}><ShareBadgeButton badge={badge} /></Card>);
      const panel = await openMenu();
      expect(panel.matches(':popover-open')).toBe(false);
      expect(fullyShown(panel)).toBe(true);
    } finally {
      Object.defineProperty(HTMLElement.prototype, 'showPopover', showPopover);
    }
  });
});
