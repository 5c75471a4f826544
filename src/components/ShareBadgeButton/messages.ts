import { defineMessages } from 'react-intl';

/** Strings of ShareBadgeButton. */
export const messages = /* @__PURE__ */ defineMessages({
  share: { id: 'frontend-component-badges.ShareBadgeButton.share', defaultMessage: 'Share', description: 'Button that opens the share options' },
  target: {
    id: 'frontend-component-badges.ShareBadgeButton.target',
    defaultMessage:
      '{target, select, native {Share via…} linkedInAddToProfile {Add to LinkedIn profile} linkedInPost {Post on LinkedIn} x {Post on X} facebook {Share on Facebook} email {Send by email} copyLink {Copy link} downloadImage {Download image} other {Add to email signature}}',
    description: 'Name of a share action: native opens the device share sheet, x is X (formerly Twitter), other opens the email signature builder',
  },
  reason: {
    id: 'frontend-component-badges.ShareBadgeButton.reason',
    defaultMessage:
      '{reason, select, pending {You have not accepted this badge yet.} issuing {This badge is still being issued.} private {This badge is private.} revoked {This badge was revoked.} disabled {The issuer does not allow this.} expired {This badge has expired: others will see it as expired.} other {This badge has no public page.}}',
    description: 'Why a share action is unavailable (disabled: by the issuer; other: no public page), or for expired a warning above the actions',
  },
  fix: {
    id: 'frontend-component-badges.ShareBadgeButton.fix',
    defaultMessage: '{fix, select, accept {Accept it on {site} first} other {Make it public on {site}}}',
    description: 'Link to fix an unavailable share action; site is e.g. Credly',
  },
  status: {
    id: 'frontend-component-badges.ShareBadgeButton.status',
    defaultMessage: '{status, select, copied {Link copied.} downloaded {Image downloaded.} blocked {Your browser blocked the pop-up.} other {Could not copy. The link is: {url}}}',
    description: 'Announced after an action: link copied, image downloaded, pop-up blocked, or copying failed (with the link to copy by hand)',
  },
  openTab: { id: 'frontend-component-badges.ShareBadgeButton.openTab', defaultMessage: 'Open {target} in a new tab', description: 'Fallback link when a pop-up was blocked; target is the action name' },
  previewTitle: { id: 'frontend-component-badges.ShareBadgeButton.previewTitle', defaultMessage: 'LinkedIn will receive', description: 'Heading of the LinkedIn preview' },
  field: {
    id: 'frontend-component-badges.ShareBadgeButton.field',
    defaultMessage: '{field, select, name {Name} organization {Issuing organization} issued {Issue date} expires {Expiration date} url {Credential URL} other {Credential ID}}',
    description: 'Label of a field of the LinkedIn add-to-profile preview',
  },
  organizationId: { id: 'frontend-component-badges.ShareBadgeButton.organizationId', defaultMessage: '{name} (LinkedIn organization {id})', description: 'Organization sent by its LinkedIn id' },
  noExpiry: { id: 'frontend-component-badges.ShareBadgeButton.noExpiry', defaultMessage: 'Does not expire', description: 'LinkedIn preview: expiration date of a badge that never expires' },
  continue: { id: 'frontend-component-badges.ShareBadgeButton.continue', defaultMessage: 'Continue to LinkedIn', description: 'Opens LinkedIn add-to-profile' },
  back: { id: 'frontend-component-badges.ShareBadgeButton.back', defaultMessage: 'Back', description: 'Returns to the share options' },
  post: { id: 'frontend-component-badges.ShareBadgeButton.post', defaultMessage: 'I earned the {name} badge from {issuer}!', description: 'Post text for X and the share sheet; keep {name} and {issuer}' },
  emailSubject: { id: 'frontend-component-badges.ShareBadgeButton.emailSubject', defaultMessage: 'My {name} badge from {issuer}', description: 'Email subject; keep the placeholders' },
  emailBody: { id: 'frontend-component-badges.ShareBadgeButton.emailBody', defaultMessage: 'I earned the {name} badge from {issuer}.\nYou can verify it here: {url}', description: 'Email body; keep the placeholders' },
});
