import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BadgeDetail } from '../../../src/components/BadgeDetail';
import { makeBadge } from '../../helpers/badges';

const NOW = Date.parse('2026-06-01T12:00:00Z');

function full() {
  return makeBadge({
    id: 'full',
    name: 'Cloud Architecture Professional',
    issuer: { name: 'Lakeside University', url: 'https://www.lakeside.example.edu/' },
    issuedAt: '2026-03-01',
    expiresAt: '2028-02-29',
    description: 'Design resilient systems.\nSecond paragraph.',
    criteria: { url: 'https://learn.lakeside.example.edu/criteria', narrative: '# Requirements\n\n- Pass the exam\n- <script>alert(1)</script> **bold**' },
    skills: ['Cloud design', 'Cost control'],
    evidence: [{ url: 'https://portfolio.example.org/capstone', name: 'Capstone report', description: 'Graded 92%.' }, { narrative: 'Peer-reviewed design.' }],
    alignments: [{ name: 'Cloud Computing', url: 'https://framework.example.org/cc', framework: 'ESCO', code: 'S1.2' }],
  });
}

afterEach(() => vi.restoreAllMocks());

describe('BadgeDetail', () => {
  it('shows the whole badge: issuer link, dates never shifted, criteria as plain text, skills, evidence, alignments', async () => {
    const { baseElement } = render(<BadgeDetail badge={full()} onClose={() => {}} now={NOW} renderShare={null} />);
    const dialog = screen.getByRole('dialog', { name: 'Cloud Architecture Professional' });
    expect(within(dialog).getByRole('img', { name: 'Cloud Architecture Professional badge, issued by Lakeside University' })).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: /^Lakeside University ?\(opens in a new tab\)$/ })).toHaveAttribute('href', 'https://www.lakeside.example.edu/');
    expect(within(dialog).getByText('Mar 1, 2026')).toBeInTheDocument();
    expect(within(dialog).getByText('Feb 29, 2028')).toBeInTheDocument();
    expect(within(dialog).getByText(/<script>alert\(1\)<\/script> \*\*bold\*\*/)).toBeInTheDocument();
    expect(dialog.querySelector('script')).toBeNull();
    expect(within(dialog).getByRole('link', { name: /View the full criteria/ })).toHaveAttribute('href', 'https://learn.lakeside.example.edu/criteria');
    expect(within(dialog).getByRole('heading', { name: 'Skills' })).toBeInTheDocument();
    expect(within(dialog).getByText('Cost control')).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: /Capstone report/ })).toHaveAttribute('href', 'https://portfolio.example.org/capstone');
    expect(within(dialog).getByText('Evidence 2')).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: /Cloud Computing/ })).toBeInTheDocument();
    expect(within(dialog).getByText(/ESCO S1\.2/)).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: /Verify this badge/ })).toHaveAttribute('href', 'https://www.credly.com/badges/full');
    const results = await axe.run(baseElement);
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('never moves a date-only value to another day in a viewer’s time zone', () => {
    const tz = process.env.TZ;
    process.env.TZ = 'Pacific/Honolulu';
    try {
      expect(new Date(Date.parse('2026-03-01T00:00:00Z')).getDate()).toBe(28);
      render(<BadgeDetail badge={makeBadge({ issuedAt: '2026-03-01', expiresAt: undefined })} onClose={() => {}} renderShare={null} />);
      expect(screen.getByText('Mar 1, 2026')).toBeInTheDocument();
    } finally {
      process.env.TZ = tz;
    }
  });

  it('says a badge is expired, or expiring soon, next to its dates', () => {
    const { rerender } = render(<BadgeDetail badge={makeBadge({ status: 'expired', expiresAt: '2026-01-31' })} onClose={() => {}} now={NOW} renderShare={null} />);
    expect(screen.getByText('Expired', { selector: 'dt' })).toBeInTheDocument();
    expect(screen.getByText('Expired Jan 31, 2026')).toBeInTheDocument();
    rerender(<BadgeDetail badge={makeBadge({ expiresAt: '2026-06-20' })} onClose={() => {}} now={NOW} renderShare={null} />);
    expect(screen.getByText('Expires in 19 days')).toBeInTheDocument();
    expect(screen.getByText('Expiring soon')).toBeInTheDocument();
  });

  it('renders nothing open without a badge, and calls onClose from the close button', async () => {
    const onClose = vi.fn();
    const { rerender } = render(<BadgeDetail badge={null} onClose={onClose} renderShare={null} />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    rerender(<BadgeDetail badge={makeBadge()} onClose={onClose} renderShare={null} />);
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('offers sharing through ShareBadgeButton by default, or the host’s own action', () => {
    const { rerender } = render(<BadgeDetail badge={makeBadge()} onClose={() => {}} />);
    expect(screen.getByRole('button', { name: /^Share/ })).toBeInTheDocument();
    rerender(<BadgeDetail badge={makeBadge()} onClose={() => {}} renderShare={(badge) => <button type="button">Tell friends about {badge.name}</button>} />);
    expect(screen.getByRole('button', { name: 'Tell friends about Data Analysis with Python' })).toBeInTheDocument();
  });

  it('downloads the image as a file when the host allows it', async () => {
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('png', { headers: { 'content-type': 'image/png' } }));
    const createObjectURL = vi.fn(() => 'blob:badge');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    render(<BadgeDetail badge={makeBadge({ name: 'Data Analysis: Python!' })} onClose={() => {}} renderShare={null} />);
    await userEvent.click(screen.getByRole('button', { name: 'Download image' }));
    await waitFor(() => expect(clicks).toEqual(['Data-Analysis-Python.png']));
    expect(fetchMock).toHaveBeenCalledWith('https://images.example-badges.org/size/340x340/images/5c1d/data-analysis.png', expect.objectContaining({ mode: 'cors' }));
  });

  it('opens the image in a new tab when CORS forbids fetching it', async () => {
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    render(<BadgeDetail badge={makeBadge()} onClose={() => {}} renderShare={null} />);
    await userEvent.click(screen.getByRole('button', { name: 'Download image' }));
    await waitFor(() => expect(open).toHaveBeenCalledWith('https://images.example-badges.org/size/340x340/images/5c1d/data-analysis.png', '_blank', 'noopener,noreferrer'));
  });

  it('neither fetches nor opens a hand-built badge’s unsafe image URL', async () => {
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    for (const imageUrl of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      const { unmount } = render(<BadgeDetail badge={makeBadge({ imageUrl })} onClose={() => {}} renderShare={null} />);
      await userEvent.click(screen.getByRole('button', { name: 'Download image' }));
      unmount();
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fetchMock).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });

  it('hides the download when the issuer disabled it', () => {
    render(<BadgeDetail badge={makeBadge({ shareSwitches: { downloadBadge: 'disabled' } })} onClose={() => {}} renderShare={null} />);
    expect(screen.queryByRole('button', { name: 'Download image' })).not.toBeInTheDocument();
  });
});
