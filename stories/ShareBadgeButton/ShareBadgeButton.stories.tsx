import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ShareBadgeButton, type ShareButtonTarget } from '../../src/components/ShareBadgeButton';
import { blockedBadges, imageHandlers, storyBadge } from './data';

const meta = {
  title: 'Components/ShareBadgeButton',
  component: ShareBadgeButton,
  args: { badge: storyBadge(), onShare: fn() },
  beforeEach({ msw }) {
    msw.use(...imageHandlers);
  },
  parameters: { layout: 'padded' },
  decorators: [(Story) => <div style={{ minBlockSize: 560 }}><Story /></div>],
} satisfies Meta<typeof ShareBadgeButton>;

export default meta;
type Story = StoryObj<typeof meta>;

const trigger = (canvas: HTMLElement) => within(canvas).getByRole('button', { name: /^Share / });

/** Opens the popover with a click, for stories that show its content. */
const openMenu: Story['play'] = async ({ canvasElement }) => {
  await userEvent.click(trigger(canvasElement));
};

/** Replaces a property of an object for one story; the returned cleanup puts it back. */
function stub<T extends object>(target: T, key: PropertyKey, value: unknown) {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(target, key, own);
    else Reflect.deleteProperty(target, key);
  };
}

/** An active, public badge: every target is available. */
export const Default: Story = {};

/** The open popover with every target. */
export const Open: Story = { play: openMenu };

/**
 * On a small dashboard card that clips its content (`overflow: hidden`): the popover opens in
 * the top layer beside the button, so the card cannot cut it.
 */
export const InsideAClippingCard: Story = {
  decorators: [
    (Story) => (
      <div style={{ minBlockSize: 560 }}>
        <div style={{ inlineSize: 220, blockSize: 72, padding: 12, overflow: 'hidden', border: '1px solid #d7d3d1', borderRadius: 6 }}>
          <Story />
        </div>
      </div>
    ),
  ],
  play: async (context) => {
    await openMenu(context);
    const panel = await within(context.canvasElement).findByRole('list');
    const box = panel.getBoundingClientRect();
    // What shows at the list's bottom corner is the list itself, not the page behind the card.
    await waitFor(() => expect(panel.contains(document.elementFromPoint(box.left + 8, box.bottom - 8))).toBe(true));
  },
};

const only = (target: ShareButtonTarget): Story => ({ args: { targets: [target] }, play: openMenu });
/** Only "Add to LinkedIn profile" (opens a preview first). */
export const LinkedInAddToProfile = only('linkedInAddToProfile');
/** Only "Post on LinkedIn". */
export const LinkedInPost = only('linkedInPost');
/** Only X. */
export const X = only('x');
/** Only Facebook. */
export const Facebook = only('facebook');
/** Only email (a mailto link). */
export const Email = only('email');
/** Only "Copy link". */
export const CopyLink = only('copyLink');
/** Only "Download image". */
export const DownloadImage = only('downloadImage');
/** Only the email signature builder. */
export const EmailSignature = only('emailSignature');

/** Pending on Credly: every target says why, with a link to accept the badge. */
export const BlockedPending: Story = {
  args: { badge: blockedBadges.pending },
  play: async (context) => {
    await openMenu(context);
    const canvas = within(context.canvasElement);
    await expect(canvas.getByRole('button', { name: 'Post on X' })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getAllByRole('link', { name: 'Accept it on Credly first' })[0]).toHaveAttribute('href', blockedBadges.pending.acceptUrl);
  },
};
/** Still being issued: no fix yet. */
export const BlockedIssuing: Story = { args: { badge: blockedBadges.issuing }, play: openMenu };
/** A private badge page: make it public first. */
export const BlockedPrivate: Story = { args: { badge: blockedBadges.private }, play: openMenu };
/** Revoked: nothing can be shared. */
export const BlockedRevoked: Story = { args: { badge: blockedBadges.revoked }, play: openMenu };
/** Accredible issuer switches turn LinkedIn and email off. */
export const BlockedByIssuer: Story = { args: { badge: blockedBadges.disabledByIssuer }, play: openMenu };
/** An Open Badges assertion without a public page. */
export const BlockedNoPublicUrl: Story = { args: { badge: blockedBadges.noPublicUrl }, play: openMenu };
/** Expired: still shareable, with a warning; LinkedIn receives the past expiry. */
export const Expired: Story = { args: { badge: blockedBadges.expired }, play: openMenu };

/** What LinkedIn will receive, before "Continue to LinkedIn". */
export const LinkedInPreview: Story = {
  args: { badge: storyBadge({ issuer: { name: 'Lakeside University', linkedInOrganizationId: '2494103' } }) },
  play: async (context) => {
    await openMenu(context);
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Add to LinkedIn profile' }));
    await expect(canvas.getByRole('heading', { name: 'LinkedIn will receive' })).toHaveFocus();
    await expect(canvas.getByText('January 2026')).toBeVisible();
    await expect(canvas.getByText('January 2029')).toBeVisible();
  },
};

/** Where `navigator.share` exists (stubbed here), the native share sheet is offered. */
export const NativeShareAvailable: Story = {
  beforeEach: () => stub(navigator, 'share', fn(async () => undefined).mockName('navigator.share')),
  play: async (context) => {
    await openMenu(context);
    const item = within(context.canvasElement).getByRole('button', { name: 'Share via…' });
    await userEvent.click(item);
    await expect(navigator.share).toHaveBeenCalledWith(expect.objectContaining({ url: context.args.badge.publicUrl }));
    await expect(context.args.onShare).toHaveBeenCalledWith({ target: 'native', badge: context.args.badge });
  },
};

/** Where the browser has no share sheet, the option is simply absent. */
export const NativeShareUnavailable: Story = {
  beforeEach: () => stub(navigator, 'share', undefined),
  play: async (context) => {
    await openMenu(context);
    await expect(within(context.canvasElement).queryByRole('button', { name: 'Share via…' })).toBeNull();
  },
};

/** A pop-up blocker (stubbed: `window.open` returns null): a plain link takes over. */
export const PopupBlocked: Story = {
  beforeEach: () => stub(window, 'open', fn(() => null).mockName('window.open')),
  play: async (context) => {
    await openMenu(context);
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Post on X' }));
    await expect(canvas.getByRole('status')).toHaveTextContent('Your browser blocked the pop-up.');
    await expect(canvas.getByRole('link', { name: 'Open Post on X in a new tab' })).toHaveAttribute('href', expect.stringMatching(/^https:\/\/twitter\.com\/intent\/tweet\?/));
    await expect(context.args.onShare).toHaveBeenCalledWith({ target: 'x', badge: context.args.badge });
  },
};

/** Keyboard only: Enter opens, arrows move, Escape closes and focus returns to the button. */
export const KeyboardInteraction: Story = {
  beforeEach: () => stub(window, 'open', fn(() => ({})).mockName('window.open')),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const button = trigger(canvasElement);
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('button', { name: 'Add to LinkedIn profile' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(canvas.getByRole('button', { name: 'Post on X' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}{ArrowDown}{ArrowDown}{Enter}');
    await expect(window.open).toHaveBeenCalledWith(expect.stringMatching(/^https:\/\/twitter\.com\/intent\/tweet/), 'fcb-x', 'popup,width=550,height=420');
    await expect(args.onShare).toHaveBeenCalledWith({ target: 'x', badge: args.badge });
  },
};

/** Copy link: the confirmation is announced in a live region, and `onShare` reports it. */
export const CopyInteraction: Story = {
  beforeEach: () => stub(navigator, 'clipboard', { writeText: fn(async () => undefined).mockName('clipboard.writeText') }),
  play: async (context) => {
    await openMenu(context);
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Link copied.'));
    await expect(navigator.clipboard.writeText).toHaveBeenCalledWith(context.args.badge.publicUrl);
    await expect(context.args.onShare).toHaveBeenCalledWith({ target: 'copyLink', badge: context.args.badge });
  },
};

/** Long, right-to-left names wrap inside the popover and the preview. */
export const LongRightToLeftName: Story = {
  args: { badge: storyBadge({ name: 'تحليل البيانات باستخدام بايثون: من الأساسيات إلى التعلم الآلي المتقدم', issuer: { name: 'جامعة البحيرة المفتوحة' } }) },
  play: async (context) => {
    await openMenu(context);
    await userEvent.click(within(context.canvasElement).getByRole('button', { name: 'Add to LinkedIn profile' }));
  },
};
