import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { EmailSignatureBuilder, type EmailSignatureBuilderProps } from '../../src/components/EmailSignatureBuilder';
import { imageHandlers, storyBadge } from '../ShareBadgeButton/data';

/** The builder is a modal dialog: a launcher button opens it (so the docs page stays usable). */
function Launcher(props: EmailSignatureBuilderProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open the signature builder
      </button>
      {open && (
        <EmailSignatureBuilder
          {...props}
          open
          onClose={() => {
            setOpen(false);
            props.onClose();
          }}
        />
      )}
    </>
  );
}

const meta = {
  title: 'Components/EmailSignatureBuilder',
  component: EmailSignatureBuilder,
  render: (args) => <Launcher {...args} />,
  args: { badge: storyBadge(), open: false, onClose: fn(), onCopy: fn() },
  beforeEach({ msw }) {
    msw.use(...imageHandlers);
  },
} satisfies Meta<typeof EmailSignatureBuilder>;

export default meta;
type Story = StoryObj<typeof meta>;

const openBuilder: Story['play'] = async ({ canvasElement }) => {
  await userEvent.click(within(canvasElement).getByRole('button', { name: 'Open the signature builder' }));
};

/** The launcher only. */
export const Closed: Story = {};

/** Open, with the live preview, size choices, copy buttons and per-client steps. */
export const Open: Story = { play: openBuilder };

/** Starts at the large size. */
export const Large: Story = { args: { defaultSize: 'large' }, play: openBuilder };

/** Copy formatted (clipboard stubbed): HTML and plain text go together; the result is announced. */
export const CopyFormatted: Story = {
  beforeEach: () => {
    const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { value: { write: fn(async () => undefined), writeText: fn(async () => undefined) }, configurable: true });
    return () => {
      if (own) Object.defineProperty(navigator, 'clipboard', own);
      else Reflect.deleteProperty(navigator, 'clipboard');
    };
  },
  play: async (context) => {
    await openBuilder(context);
    const dialog = within(context.canvasElement).getByRole('dialog', { name: 'Add your badge to your email signature' });
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Small' }));
    await expect(within(dialog).getByRole('img')).toHaveAttribute('width', '64');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Copy formatted' }));
    await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent('Signature copied.'));
    await expect(context.args.onCopy).toHaveBeenCalledWith('html');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(context.args.onClose).toHaveBeenCalled());
    await expect(within(context.canvasElement).queryByRole('dialog')).toBeNull();
  },
};

/** A badge whose image is a data URI: signatures need a hosted image, so it shows text only. */
export const WithoutHostedImage: Story = {
  args: { badge: storyBadge({ imageUrl: 'data:image/png;base64,iVBORw0KGgo=' }) },
  play: openBuilder,
};
