import { render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { IntlProvider } from 'react-intl';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import '../../../src/styles/tokens.css';
import { BadgeProgress } from '../../../src/components/BadgeProgress';
import { makeBadge, makeProgress } from '../../helpers/badges';

afterEach(() => cleanup());

const regressed = makeProgress({
  template: { ...makeProgress().template, id: 'tmpl-reg', name: 'Secure Coding' },
  groups: [
    { id: 'A', fulfilled: true, requirements: [{ id: 'a', description: 'Pass Secure Coding', fulfilled: true }] },
    { id: 'B', fulfilled: false, requirements: [{ id: 'b', description: 'Earn a verified certificate', fulfilled: false, url: 'https://learn.example.org/progress' }] },
    { id: 'C', fulfilled: false, requirements: [{ id: 'c', description: 'Complete the code audit', fulfilled: false }] },
  ],
  resets: [{ requirementIds: ['b'], reason: 'Your certificate was revoked', occurredAt: '2026-04-02T08:00:00Z' }],
});
const completed = makeProgress({ template: { ...makeProgress().template, id: 'tmpl-done', name: 'Data Analysis with Python' }, completed: true, ratio: 1, earnedBadgeId: 'b-1' });
const earned = [makeBadge({ id: 'b-1', provider: 'credly' })];

function renderIn(dir: 'ltr' | 'rtl', ui = <BadgeProgress progress={makeProgress()} />) {
  return render(
    <IntlProvider locale={dir === 'rtl' ? 'ar' : 'en'} defaultLocale="en" messages={{}} onError={() => {}}>
      <div dir={dir} style={{ inlineSize: 600 }}>
        {ui}
      </div>
    </IntlProvider>,
  );
}

const fillOf = (bar: HTMLElement) => bar.firstElementChild as HTMLElement;

describe('BadgeProgress in Chromium', () => {
  it('fills the meter from the inline start, in proportion, left to right', () => {
    renderIn('ltr');
    const bar = screen.getByRole('progressbar');
    const [b, f] = [bar.getBoundingClientRect(), fillOf(bar).getBoundingClientRect()];
    expect(f.left).toBeCloseTo(b.left, 0);
    expect(f.width / b.width).toBeCloseTo(0.5, 1);
  });

  it('fills the meter from the inline start (the right) in RTL', () => {
    renderIn('rtl');
    const bar = screen.getByRole('progressbar');
    const [b, f] = [bar.getBoundingClientRect(), fillOf(bar).getBoundingClientRect()];
    expect(f.right).toBeCloseTo(b.right, 0);
    expect(f.width / b.width).toBeCloseTo(0.5, 1);
  });

  it('greys the locked image and not the earned one', () => {
    renderIn('ltr', <BadgeProgress progress={[makeProgress(), completed]} earnedBadges={earned} renderShare={() => null} />);
    const locked = screen.getByRole('img', { name: /locked/ });
    const open = screen.getByRole('img', { name: /\(earned\)/ });
    expect(getComputedStyle(locked).filter).toContain('grayscale');
    expect(getComputedStyle(open).filter).toBe('none');
  });

  it('keeps the compact variant on one line in a 320 px card', () => {
    render(
      <div style={{ inlineSize: 320 }}>
        <BadgeProgress progress={[makeProgress(), regressed]} variant="compact" />
      </div>,
    );
    for (const meter of screen.getAllByRole('progressbar')) {
      const row = meter.closest('article')!;
      expect(row.getBoundingClientRect().height).toBeLessThan(56);
      expect(row.scrollWidth).toBeLessThanOrEqual(row.clientWidth);
    }
  });

  it('passes axe with colour contrast in a real browser (regressed, completed, next step, RTL)', async () => {
    const { container } = renderIn('rtl', <BadgeProgress progress={[regressed, completed]} earnedBadges={earned} />);
    const { container: ltr } = renderIn('ltr', <BadgeProgress progress={regressed} />);
    for (const root of [container, ltr]) {
      const results = await axe.run(root, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] });
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
});
