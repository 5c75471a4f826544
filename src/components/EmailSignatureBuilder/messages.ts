import { defineMessages } from 'react-intl';

/** Strings of EmailSignatureBuilder. */
export const messages = /* @__PURE__ */ defineMessages({
  title: { id: 'frontend-component-badges.EmailSignatureBuilder.title', defaultMessage: 'Add your badge to your email signature', description: 'Dialog title' },
  size: { id: 'frontend-component-badges.EmailSignatureBuilder.size', defaultMessage: 'Badge size', description: 'Legend of the size choices' },
  sizes: { id: 'frontend-component-badges.EmailSignatureBuilder.sizes', defaultMessage: '{size, select, small {Small} medium {Medium} other {Large}}', description: 'A size choice of the badge image' },
  details: { id: 'frontend-component-badges.EmailSignatureBuilder.details', defaultMessage: 'Show badge name and issuer', description: 'Checkbox' },
  preview: { id: 'frontend-component-badges.EmailSignatureBuilder.preview', defaultMessage: 'Preview', description: 'Heading of the signature preview' },
  copy: { id: 'frontend-component-badges.EmailSignatureBuilder.copy', defaultMessage: '{format, select, html {Copy formatted} other {Copy plain text}}', description: 'Copies the signature as rich HTML (html) or as text' },
  copied: {
    id: 'frontend-component-badges.EmailSignatureBuilder.copied',
    defaultMessage:
      '{result, select, html {Signature copied. Paste it into your email settings.} text {Plain text copied.} textOnly {Your browser could only copy plain text.} other {Could not copy. Select the preview and copy it yourself.}}',
    description: 'Announced after a copy: rich copy done, plain text done, rich copy fell back to text, or the clipboard is unavailable',
  },
  steps: { id: 'frontend-component-badges.EmailSignatureBuilder.steps', defaultMessage: 'How to add it', description: 'Heading of the per-client steps' },
  client: {
    id: 'frontend-component-badges.EmailSignatureBuilder.client',
    defaultMessage:
      '{client, select, Gmail {Settings → See all settings → General → Signature: create one and paste.} Outlook {Settings → Mail → Compose and reply → Email signature: paste and save.} other {Mail → Settings → Signatures: add one and paste. Apple Mail may keep plain text only.}}',
    description: 'Steps to add the signature in an email client (Gmail, Outlook, other: Apple Mail); keep the menu names as the client shows them',
  },
  close: { id: 'frontend-component-badges.EmailSignatureBuilder.close', defaultMessage: 'Close', description: 'Closes the dialog' },
  alt: { id: 'frontend-component-badges.EmailSignatureBuilder.alt', defaultMessage: '{name} badge issued by {issuer}', description: 'Image alt text; keep the placeholders' },
  text: { id: 'frontend-component-badges.EmailSignatureBuilder.text', defaultMessage: '{name} – {issuer}\n{url}', description: 'Plain-text signature; keep the placeholders' },
});
