import { defineMessages } from 'react-intl';

/** Every string of the badge detail view (state and date wording: common/messages). */
export const messages = /* @__PURE__ */ defineMessages({
  label: {
    id: 'frontend-component-badges.BadgeDetail.label',
    defaultMessage:
      '{key, select, close {Close} criteria {How it is earned} criteriaLink {View the full criteria} skills {Skills} evidence {Evidence} item {Evidence {number}} alignments {Aligned to} verify {Verify this badge} download {Download image} newTab {(opens in a new tab)} other {}}',
    description:
      'Short texts of the badge detail dialog: close button, section headings (criteria, skills, evidence, alignments), the criteria link, the name of an unnamed evidence item ({number}), the verify link, the image download button, and the screen-reader note on links that open a new tab.',
  },
  image: { id: 'frontend-component-badges.BadgeDetail.image', defaultMessage: '{name} badge, issued by {issuer}', description: 'Alt text of the large badge image.' },
  issuedBy: { id: 'frontend-component-badges.BadgeDetail.issuedBy', defaultMessage: 'Issued by {issuer}', description: 'Issuer line. {issuer} may be a link.' },
});
