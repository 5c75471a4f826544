import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BadgeDetail } from '../../src/components/BadgeDetail';
import { BadgeProgress } from '../../src/components/BadgeProgress';
import { BadgeWall } from '../../src/components/BadgeWall';
import { makeBadge, makeProgress } from '../helpers/badges';

/** Hosts may pass hand-built badges that never went through the parsers: links are re-checked. */
const hostile = 'javascript:alert(document.domain)';

function dangerousAttributes(root: HTMLElement): string[] {
  return [...root.querySelectorAll('[href], [src]')]
    .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
    .filter((value) => !/^(https?:|mailto:|blob:|data:image\/)/i.test(value.trim()));
}

describe('URLs in props that skipped the parsers', () => {
  it('never reach href or src in the detail, the wall or the progress checklist', () => {
    const badge = makeBadge({
      name: 'Hand-built badge',
      imageUrl: hostile,
      publicUrl: hostile,
      issuer: { name: 'Lakeside University', url: hostile },
      criteria: { url: hostile, narrative: 'Pass the course' },
      evidence: [{ url: hostile, name: 'Project' }],
    });
    const pending = makeBadge({ name: 'Pending hand-built', status: 'pending', pendingReason: 'accept', acceptUrl: hostile, publicUrl: undefined });
    const progress = makeProgress();
    progress.groups[1]!.requirements[0]!.url = hostile;
    progress.template.course = { key: 'course-v1:X+Y+Z', url: hostile };
    const { container } = render(
      <>
        <BadgeDetail badge={badge} onClose={() => {}} renderShare={null} />
        <BadgeWall badges={[badge, pending]} progress={[progress]} />
        <BadgeProgress progress={progress} />
      </>,
    );
    expect(screen.getAllByText('Hand-built badge').length).toBeGreaterThan(0);
    expect(screen.getByText('Complete the capstone project')).toBeInTheDocument();
    expect(dangerousAttributes(container)).toEqual([]);
  });
});
