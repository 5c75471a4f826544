import { defineMessages } from 'react-intl';

const p = 'frontend-component-badges.BadgeDetail';

/** Every string of the badge detail view. */
export const messages = defineMessages({
  close: { id: `${p}.close`, defaultMessage: 'Close', description: 'Closes the badge detail dialog.' },
  image: { id: `${p}.image`, defaultMessage: '{name} badge, issued by {issuer}', description: 'Alt text of the large badge image.' },
  issuedBy: { id: `${p}.issuedBy`, defaultMessage: 'Issued by {issuer}', description: 'Issuer line. {issuer} may be a link.' },
  issued: { id: `${p}.issued`, defaultMessage: 'Issued', description: 'Label of the issue date.' },
  expires: { id: `${p}.expires`, defaultMessage: 'Expires', description: 'Label of a future expiry date.' },
  expired: { id: `${p}.expired`, defaultMessage: 'Expired', description: 'Label of a past expiry date.' },
  criteria: { id: `${p}.criteria`, defaultMessage: 'How it is earned', description: 'Heading of the criteria section.' },
  criteriaLink: { id: `${p}.criteriaLink`, defaultMessage: 'View the full criteria', description: 'Link to the criteria page.' },
  skills: { id: `${p}.skills`, defaultMessage: 'Skills', description: 'Heading of the skills list.' },
  evidence: { id: `${p}.evidence`, defaultMessage: 'Evidence', description: 'Heading of the evidence list.' },
  evidenceItem: { id: `${p}.evidenceItem`, defaultMessage: 'Evidence {number}', description: 'Name of an evidence item that has none.' },
  alignments: { id: `${p}.alignments`, defaultMessage: 'Aligned to', description: 'Heading of the competency alignments.' },
  verify: { id: `${p}.verify`, defaultMessage: 'Verify this badge', description: 'Link to the public page that verifies the badge.' },
  download: { id: `${p}.download`, defaultMessage: 'Download image', description: 'Downloads the badge image.' },
  newTab: { id: `${p}.newTab`, defaultMessage: '(opens in a new tab)', description: 'Appended to links that open a new tab, for screen readers.' },
});
