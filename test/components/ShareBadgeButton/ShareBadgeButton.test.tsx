import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { ShareBadgeButton, type ShareEvent } from '../../../src/components/ShareBadgeButton';
import { makeBadge } from '../../helpers/badges';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

async function expectNoAxeViolations(container: HTMLElement) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
}

function setup(props: Partial<Parameters<typeof ShareBadgeButton>[0]> = {}) {
  const user = userEvent.setup();
  const onShare = vi.fn<(event: ShareEvent) => void>();
  const badge = props.badge ?? makeBadge({ id: 'b-1' });
  const view = render(<ShareBadgeButton badge={badge} onShare={onShare} {...props} />);
  const trigger = screen.getByRole('button', { name: `Share ${badge.name}` });
  return { user, onShare, badge, trigger, ...view };
}

function stubOpen(result: Partial<Window> | null) {
  const open = vi.fn(() => result as Window | null);
  vi.stubGlobal('open', open);
  return open;
}

describe('ShareBadgeButton', () => {
  it('opens and closes by keyboard, and Escape returns focus to the button', async () => {
    const { user, trigger } = setup();
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await user.tab();
    expect(trigger).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(trigger.getAttribute('aria-controls')!)!;
    expect(panel).toBeVisible();
    expect(within(panel).getByRole('button', { name: 'Add to LinkedIn profile' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(panel).getByRole('button', { name: 'Post on LinkedIn' })).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(within(panel).getByRole('button', { name: 'Add to email signature' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(within(panel).getByRole('button', { name: 'Download image' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toBeVisible();
    expect(trigger).toHaveFocus();
  });

  it('moves to the first and last item with Home and End', async () => {
    const { user, trigger } = setup();
    await user.click(trigger);
    const panel = document.getElementById(trigger.getAttribute('aria-controls')!)!;
    await user.keyboard('{End}');
    expect(within(panel).getByRole('button', { name: 'Add to email signature' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(within(panel).getByRole('button', { name: 'Download image' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(within(panel).getByRole('button', { name: 'Add to LinkedIn profile' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{Home}');
    expect(within(panel).getByRole('button', { name: 'Add to LinkedIn profile' })).toHaveFocus();
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
  });

  it('closes when focus tabs out of it', async () => {
    const { user, trigger } = setup({ targets: ['x'] });
    render(<button type="button">After</button>);
    await user.click(trigger);
    expect(screen.getByRole('button', { name: 'Post on X' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes on a click outside', async () => {
    const { user, trigger } = setup();
    await user.click(trigger);
    await user.click(document.body);
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
  });

  it('lists each target with its name, and only the configured ones', async () => {
    const { user, trigger } = setup({ targets: ['x', 'copyLink'] });
    await user.click(trigger);
    const items = within(document.getElementById(trigger.getAttribute('aria-controls')!)!).getAllByRole('button');
    expect(items.map((b) => b.textContent)).toEqual(['Post on X', 'Copy link']);
  });

  it('opens an X pop-up synchronously without noopener, cuts its opener and reports the share', async () => {
    const popup = { opener: window } as Partial<Window>;
    const open = stubOpen(popup);
    const { user, trigger, onShare, badge } = setup();
    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Post on X' }));
    expect(open).toHaveBeenCalledTimes(1);
    const [url, , features] = open.mock.calls[0] as unknown as [string, string, string];
    expect(url).toMatch(/^https:\/\/twitter\.com\/intent\/tweet\?text=I%20earned%20the%20Data%20Analysis/);
    expect(features).toBe('popup,width=550,height=420');
    expect(features).not.toMatch(/noopener/);
    expect(popup.opener).toBeNull();
    expect(onShare).toHaveBeenCalledWith({ target: 'x', badge });
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(trigger).toHaveFocus();
  });

  it('offers a plain link when the pop-up was blocked', async () => {
    stubOpen(null);
    const { user, trigger } = setup();
    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Share on Facebook' }));
    expect(screen.getByRole('status')).toHaveTextContent('Your browser blocked the pop-up.');
    const link = screen.getByRole('link', { name: 'Open Share on Facebook in a new tab' });
    expect(link).toHaveAttribute('href', 'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.credly.com%2Fbadges%2Fb-1');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('forgets a blocked pop-up once the menu closes: no status nor fallback link on reopening', async () => {
    stubOpen(null);
    const { user, trigger } = setup();
    for (const closeMenu of [() => user.keyboard('{Escape}'), () => user.click(document.body), () => user.click(trigger)]) {
      await user.click(trigger);
      await user.click(screen.getByRole('button', { name: 'Share on Facebook' }));
      expect(screen.getByRole('status')).toHaveTextContent('Your browser blocked the pop-up.');
      await closeMenu();
      expect(trigger).toHaveAttribute('aria-expanded', 'false');
      expect(screen.getByRole('status')).toHaveTextContent('');
      await user.click(trigger);
      expect(screen.queryByRole('link', { name: 'Open Share on Facebook in a new tab' })).not.toBeInTheDocument();
      expect(screen.getByRole('status')).toHaveTextContent('');
      await user.click(trigger);
    }
  });

  it('sends email through a mailto link', async () => {
    const { user, trigger, onShare } = setup();
    await user.click(trigger);
    const link = screen.getByRole('link', { name: 'Send by email' });
    expect(link.getAttribute('href')).toMatch(/^mailto:\?subject=My%20Data%20Analysis%20with%20Python%20badge/);
    link.addEventListener('click', (event) => event.preventDefault());
    await user.click(link);
    expect(onShare).toHaveBeenCalledWith(expect.objectContaining({ target: 'email' }));
  });

  it('shows LinkedIn what it will receive before opening add-to-profile', async () => {
    const open = stubOpen({});
    const badge = makeBadge({ id: 'li-7', issuedAt: '2026-01-31T23:30:00Z', expiresAt: '2028-12-31', issuer: { name: 'Lakeside University', linkedInOrganizationId: '4242' } });
    const { user, trigger, onShare } = setup({ badge });
    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Add to LinkedIn profile' }));
    expect(open).not.toHaveBeenCalled();
    const heading = screen.getByRole('heading', { name: 'LinkedIn will receive' });
    expect(heading).toHaveFocus();
    const terms = screen.getAllByRole('term').map((t) => [t.textContent, t.nextElementSibling?.textContent]);
    expect(terms).toEqual([
      ['Name', 'Data Analysis with Python'],
      ['Issuing organization', 'Lakeside University (LinkedIn organization 4242)'],
      ['Issue date', 'January 2026'],
      ['Expiration date', 'December 2028'],
      ['Credential URL', 'https://www.credly.com/badges/li-7'],
      ['Credential ID', 'li-7'],
    ]);
    await user.click(screen.getByRole('button', { name: 'Continue to LinkedIn' }));
    expect(open).toHaveBeenCalledWith(expect.stringMatching(/^https:\/\/www\.linkedin\.com\/profile\/add\?startTask=CERTIFICATION_NAME&/), 'fcb-linkedInAddToProfile', 'popup,width=800,height=700');
    expect(onShare).toHaveBeenCalledWith({ target: 'linkedInAddToProfile', badge });
  });

  it('can go back from the LinkedIn preview', async () => {
    const { user, trigger } = setup();
    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Add to LinkedIn profile' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('button', { name: 'Add to LinkedIn profile' })).toHaveFocus();
  });

  it('explains why a pending badge cannot be shared and links the fix', async () => {
    const badge = makeBadge({ status: 'pending', pendingReason: 'accept', publicUrl: undefined, acceptUrl: 'https://www.credly.com/earner/earned/badge/p-1' });
    const { user, trigger, onShare, container } = setup({ badge });
    await user.click(trigger);
    const x = screen.getByRole('button', { name: 'Post on X' });
    expect(x).toHaveAttribute('aria-disabled', 'true');
    expect(x).toHaveAccessibleDescription('You have not accepted this badge yet. Accept it on Credly first');
    const fixes = screen.getAllByRole('link', { name: 'Accept it on Credly first' });
    expect(fixes[0]).toHaveAttribute('href', 'https://www.credly.com/earner/earned/badge/p-1');
    await user.click(x);
    expect(onShare).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it('says revoked, private and issuer-disabled targets are unavailable', async () => {
    const { user, trigger, unmount } = setup({ badge: makeBadge({ status: 'revoked' }) });
    await user.click(trigger);
    expect(screen.getByRole('button', { name: 'Copy link' })).toHaveAccessibleDescription('This badge was revoked.');
    unmount();
    const second = setup({ badge: makeBadge({ isPublic: false, shareSwitches: { addToLinkedIn: 'disabled' } }) });
    await second.user.click(second.trigger);
    expect(screen.getByRole('button', { name: 'Add to LinkedIn profile' })).toHaveAccessibleDescription('The issuer does not allow this.');
    expect(screen.getByRole('button', { name: 'Post on X' })).toHaveAccessibleDescription(/^This badge is private\. Make it public on Credly$/);
  });

  it('warns that an expired badge shows as expired, but still shares it', async () => {
    const { user, trigger } = setup({ badge: makeBadge({ status: 'expired', expiresAt: '2025-01-31' }) });
    await user.click(trigger);
    expect(screen.getByText('This badge has expired: others will see it as expired.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Post on X' })).not.toHaveAttribute('aria-disabled');
  });

  it('copies the link and announces it', async () => {
    const { user, trigger, onShare } = setup();
    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Link copied.'));
    expect(await navigator.clipboard.readText()).toBe('https://www.credly.com/badges/b-1');
    expect(onShare).toHaveBeenCalledWith(expect.objectContaining({ target: 'copyLink' }));
  });

  it('shows the link when copying fails', async () => {
    const { user, trigger } = setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Could not copy. The link is: https://www.credly.com/badges/b-1'));
  });

  it('offers the native share sheet when the browser has one, first on touch devices', async () => {
    const share = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { share }));
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(pointer: coarse)' }));
    const { user, trigger, onShare } = setup();
    await user.click(trigger);
    const first = within(document.getElementById(trigger.getAttribute('aria-controls')!)!).getAllByRole('button')[0]!;
    expect(first).toHaveAccessibleName('Share via…');
    await user.click(first);
    expect(share).toHaveBeenCalledWith({ title: 'Data Analysis with Python', text: 'I earned the Data Analysis with Python badge from Lakeside University!', url: 'https://www.credly.com/badges/b-1' });
    expect(onShare).toHaveBeenCalledWith(expect.objectContaining({ target: 'native' }));
  });

  it('has no native share item where the browser has none', async () => {
    const { user, trigger } = setup();
    await user.click(trigger);
    expect(screen.queryByRole('button', { name: 'Share via…' })).toBeNull();
  });

  it('downloads the image through a blob when CORS allows', async () => {
    server.use(http.get('https://images.example-badges.org/*', () => new HttpResponse('\x89PNG', { headers: { 'Content-Type': 'image/png' } })));
    // jsdom has no object URLs
    const { createObjectURL, revokeObjectURL } = URL;
    URL.createObjectURL = vi.fn(() => 'blob:badge');
    URL.revokeObjectURL = vi.fn();
    onTestFinished(() => {
      Object.assign(URL, { createObjectURL, revokeObjectURL });
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('Data-Analysis-with-Python.png');
      expect(this.href).toBe('blob:badge');
    });
    const { user, trigger } = setup();
    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Download image' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Image downloaded.'));
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('opens the image in a new tab when it cannot be fetched', async () => {
    server.use(http.get('https://images.example-badges.org/*', () => HttpResponse.error()));
    const open = stubOpen({});
    const { user, trigger, badge } = setup();
    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Download image' }));
    await waitFor(() => expect(open).toHaveBeenCalledWith(badge.imageUrl, '_blank', undefined));
  });

  it('is accessible when open', async () => {
    const { user, trigger, container } = setup();
    await user.click(trigger);
    await expectNoAxeViolations(container);
  });

  it('renders hostile badge text as text', async () => {
    const { user, trigger, container } = setup({ badge: makeBadge({ name: '<img src=x onerror=alert(1)>', publicUrl: 'javascript:alert(1)' }) });
    await user.click(trigger);
    expect(container.querySelector('img')).toBeNull();
    expect(container.innerHTML).not.toContain('javascript:');
    expect(screen.getByRole('button', { name: 'Copy link' })).toHaveAccessibleDescription('This badge has no public page.');
  });
});
