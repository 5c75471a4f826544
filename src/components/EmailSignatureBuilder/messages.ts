import { defineMessages } from 'react-intl';
import { DEFAULT_SIGNATURE_MESSAGES } from '../../share';

const p = 'frontend-component-badges.EmailSignatureBuilder';

/** Strings of EmailSignatureBuilder. */
export const messages = defineMessages({
  title: { id: `${p}.title`, defaultMessage: 'Add your badge to your email signature', description: 'Dialog title' },
  size: { id: `${p}.size`, defaultMessage: 'Badge size', description: 'Legend of the size choices' },
  sizes: { id: `${p}.sizes`, defaultMessage: '{size, select, small {Small} medium {Medium} other {Large}}', description: 'A size choice of the badge image' },
  details: { id: `${p}.details`, defaultMessage: 'Show badge name and issuer', description: 'Checkbox' },
  preview: { id: `${p}.preview`, defaultMessage: 'Preview', description: 'Heading of the signature preview' },
  copy: { id: `${p}.copy`, defaultMessage: '{format, select, html {Copy formatted} other {Copy plain text}}', description: 'Copies the signature as rich HTML (html) or as text' },
  copied: {
    id: `${p}.copied`,
    defaultMessage:
      '{result, select, html {Signature copied. Paste it into your email settings.} text {Plain text copied.} textOnly {Your browser could only copy plain text.} other {Could not copy. Select the preview and copy it yourself.}}',
    description: 'Announced after a copy: rich copy done, plain text done, rich copy fell back to text, or the clipboard is unavailable',
  },
  steps: { id: `${p}.steps`, defaultMessage: 'How to add it', description: 'Heading of the per-client steps' },
  client: {
    id: `${p}.client`,
    defaultMessage:
      '{client, select, Gmail {Settings → See all settings → General → Signature: create one and paste.} Outlook {Settings → Mail → Compose and reply → Email signature: paste and save.} other {Mail → Settings → Signatures: add one and paste. Apple Mail may keep plain text only.}}',
    description: 'Steps to add the signature in an email client (Gmail, Outlook, other: Apple Mail); keep the menu names as the client shows them',
  },
  close: { id: `${p}.close`, defaultMessage: 'Close', description: 'Closes the dialog' },
  alt: { id: `${p}.alt`, defaultMessage: DEFAULT_SIGNATURE_MESSAGES.alt, description: 'Image alt text; keep the placeholders' },
  text: { id: `${p}.text`, defaultMessage: DEFAULT_SIGNATURE_MESSAGES.text, description: 'Plain-text signature; keep the placeholders' },
});
