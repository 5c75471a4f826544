import { render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { EmailSignatureBuilder } from '../../../src/components/EmailSignatureBuilder';
import { ShareBadgeButton } from '../../../src/components/ShareBadgeButton';
import { buildEmailSignature } from '../../../src/share';
import { makeBadge } from '../../helpers/badges';

const PNG = 'https://images.example-badges.org/badge.png';

function fakeClipboard(write: (items: ClipboardItem[]) => Promise<void> = async () => undefined) {
  const clipboard = { write: vi.fn(write), writeText: vi.fn(async (_text: string) => undefined) };
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  return clipboard;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
  document.body.innerHTML = '';
});

describe('EmailSignatureBuilder (Chromium)', () => {
  it('opens as a modal dialog from the share menu, and Escape returns focus to the Share button', async () => {
    render(<ShareBadgeButton badge={makeBadge({ imageUrl: PNG })} />);
    const trigger = screen.getByRole('button', { name: /^Share / });
    await userEvent.click(trigger);
    await userEvent.click(screen.getByRole('button', { name: 'Add to email signature' }));
    const dialog = screen.getByRole('dialog', { name: 'Add your badge to your email signature' });
    expect(dialog).toHaveAttribute('open');
    expect(dialog.matches(':modal')).toBe(true);
    expect(dialog.contains(document.activeElement)).toBe(true);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(trigger).toHaveFocus();
  });

  it('previews the signature as elements mirroring buildEmailSignature, with size choices', async () => {
    const badge = makeBadge({ id: 'sig-9', imageUrl: PNG, name: 'مهارات <b>البيانات</b>' });
    render(<EmailSignatureBuilder badge={badge} open onClose={() => undefined} />);
    const preview = screen.getByRole('group', { name: 'Preview' });
    const image = within(preview).getByRole('img', { name: 'مهارات <b>البيانات</b> badge issued by Lakeside University' });
    expect(image).toHaveAttribute('width', '96');
    expect(image.closest('a')).toHaveAttribute('href', 'https://www.credly.com/badges/sig-9');
    expect(within(preview).getByText('مهارات <b>البيانات</b>')).toHaveAttribute('dir', 'auto');
    const reference = document.createElement('div');
    reference.innerHTML = buildEmailSignature(badge).html;
    expect(preview.textContent).toBe(reference.textContent);

    await userEvent.click(screen.getByRole('radio', { name: 'Large' }));
    expect(image).toHaveAttribute('width', '128');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show badge name and issuer' }));
    expect(within(preview).queryByText('Lakeside University')).toBeNull();
    const results = await axe.run(document.body);
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('copies formatted HTML and plain text together, and announces it', async () => {
    const clipboard = fakeClipboard();
    const onCopy = vi.fn();
    const badge = makeBadge({ imageUrl: PNG });
    render(<EmailSignatureBuilder badge={badge} open onClose={() => undefined} onCopy={onCopy} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Small' }));
    await userEvent.click(screen.getByRole('button', { name: 'Copy formatted' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Signature copied. Paste it into your email settings.'));
    const [item] = clipboard.write.mock.calls[0]![0];
    expect(item!.types).toEqual(['text/html', 'text/plain']);
    const expected = buildEmailSignature(badge, { size: 'small' });
    expect(await (await item!.getType('text/html')).text()).toBe(expected.html);
    expect(await (await item!.getType('text/plain')).text()).toBe(expected.text);
    expect(onCopy).toHaveBeenCalledWith('html');
  });

  it('falls back to plain text when rich copy is refused, and copies plain text on request', async () => {
    const clipboard = fakeClipboard(async () => {
      throw new DOMException('nope', 'NotAllowedError');
    });
    const badge = makeBadge({ id: 'p-2', imageUrl: PNG });
    render(<EmailSignatureBuilder badge={badge} open onClose={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy formatted' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Your browser could only copy plain text.'));
    await userEvent.click(screen.getByRole('button', { name: 'Copy plain text' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Plain text copied.'));
    expect(clipboard.writeText).toHaveBeenLastCalledWith('Data Analysis with Python – Lakeside University\nhttps://www.credly.com/badges/p-2');
  });

  it('shows short steps for Gmail, Outlook and Apple Mail, and closes with its button', async () => {
    const onClose = vi.fn();
    render(<EmailSignatureBuilder badge={makeBadge({ imageUrl: PNG })} open onClose={onClose} />);
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual(['Gmail', 'Outlook', 'Apple Mail']);
    expect(screen.getByText(/See all settings/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
  });
});

describe('ShareBadgeButton inside a modal dialog (Chromium)', () => {
  function Detail() {
    const [open, setOpen] = useState(true);
    return (
      <dialog
        aria-label="Badge detail"
        ref={(element) => {
          if (element && open && !element.open) element.showModal();
        }}
        onClose={() => setOpen(false)}
      >
        <ShareBadgeButton badge={makeBadge({ imageUrl: PNG })} />
      </dialog>
    );
  }

  it('closes only its popover on Escape, leaving the enclosing dialog open', async () => {
    render(<Detail />);
    const dialog = screen.getByRole('dialog', { name: 'Badge detail' });
    const trigger = within(dialog).getByRole('button', { name: /^Share / });
    await userEvent.click(trigger);
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Escape}');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(trigger).toHaveFocus();
    expect(dialog).toHaveAttribute('open');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));
  });
});
