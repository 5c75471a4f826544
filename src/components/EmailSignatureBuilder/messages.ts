import { defineMessages } from 'react-intl';

const p = 'frontend-component-badges.EmailSignatureBuilder';

/** Strings of EmailSignatureBuilder. */
export const messages = defineMessages({
  title: { id: `${p}.title`, defaultMessage: 'Add your badge to your email signature', description: 'Dialog title' },
  size: { id: `${p}.size`, defaultMessage: 'Badge size', description: 'Legend of the size choices' },
  small: { id: `${p}.small`, defaultMessage: 'Small', description: 'Size choice' },
  medium: { id: `${p}.medium`, defaultMessage: 'Medium', description: 'Size choice' },
  large: { id: `${p}.large`, defaultMessage: 'Large', description: 'Size choice' },
  details: { id: `${p}.details`, defaultMessage: 'Show badge name and issuer', description: 'Checkbox' },
  preview: { id: `${p}.preview`, defaultMessage: 'Preview', description: 'Heading of the signature preview' },
  copyFormatted: { id: `${p}.copyFormatted`, defaultMessage: 'Copy formatted', description: 'Copies the signature as rich HTML' },
  copyPlain: { id: `${p}.copyPlain`, defaultMessage: 'Copy plain text', description: 'Copies the signature as text' },
  copiedFormatted: { id: `${p}.copiedFormatted`, defaultMessage: 'Signature copied. Paste it into your email settings.', description: 'Confirmation' },
  copiedPlain: { id: `${p}.copiedPlain`, defaultMessage: 'Plain text copied.', description: 'Confirmation' },
  copiedPlainOnly: { id: `${p}.copiedPlainOnly`, defaultMessage: 'Your browser could only copy plain text.', description: 'Rich copy fell back to text' },
  copyFailed: { id: `${p}.copyFailed`, defaultMessage: 'Could not copy. Select the preview and copy it yourself.', description: 'Clipboard unavailable' },
  steps: { id: `${p}.steps`, defaultMessage: 'How to add it', description: 'Heading of the per-client steps' },
  gmail: { id: `${p}.gmail`, defaultMessage: 'Settings → See all settings → General → Signature: create one and paste.', description: 'Gmail steps' },
  outlook: { id: `${p}.outlook`, defaultMessage: 'Settings → Mail → Compose and reply → Email signature: paste and save.', description: 'Outlook steps' },
  appleMail: { id: `${p}.appleMail`, defaultMessage: 'Mail → Settings → Signatures: add one and paste. Apple Mail may keep plain text only.', description: 'Apple Mail steps' },
  close: { id: `${p}.close`, defaultMessage: 'Close', description: 'Closes the dialog' },
  alt: { id: `${p}.alt`, defaultMessage: '{name} badge issued by {issuer}', description: 'Image alt text; keep the placeholders' },
  text: { id: `${p}.text`, defaultMessage: '{name} – {issuer}\n{url}', description: 'Plain-text signature; keep the placeholders' },
});
