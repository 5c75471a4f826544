import { defineMessages } from 'react-intl';

/** Badge state wording shared by the wall and the detail view. */
export const statusMessages = defineMessages({
  pending: { id: 'frontend-component-badges.BadgeStatus.pending', defaultMessage: 'Pending', description: 'State chip: the badge is awarded but not accepted or not issued yet.' },
  expired: { id: 'frontend-component-badges.BadgeStatus.expired', defaultMessage: 'Expired', description: 'State chip: the badge has expired.' },
  expiring: { id: 'frontend-component-badges.BadgeStatus.expiring', defaultMessage: 'Expiring soon', description: 'State chip: the badge expires within a few days.' },
  revoked: { id: 'frontend-component-badges.BadgeStatus.revoked', defaultMessage: 'Revoked', description: 'State chip: the issuer revoked the badge.' },
  acceptWhy: { id: 'frontend-component-badges.BadgeStatus.acceptWhy', defaultMessage: 'Accept it on {provider} to make it public and shareable.', description: 'Why a pending badge needs the learner to accept it. {provider} is a brand such as Credly.' },
  acceptLink: { id: 'frontend-component-badges.BadgeStatus.acceptLink', defaultMessage: 'Accept on {provider}', description: 'Link to accept a pending badge on the provider site.' },
  issuing: { id: 'frontend-component-badges.BadgeStatus.issuing', defaultMessage: 'Being issued. This can take a few minutes.', description: 'A pending badge that the provider is still issuing.' },
  expiredOn: { id: 'frontend-component-badges.BadgeStatus.expiredOn', defaultMessage: 'Expired {date}', description: 'When an expired badge expired. {date} is a formatted date.' },
  expiresIn: { id: 'frontend-component-badges.BadgeStatus.expiresIn', defaultMessage: '{days, plural, =0 {Expires today} one {Expires in # day} other {Expires in # days}}', description: 'Warning that a badge expires soon.' },
  revokedReason: { id: 'frontend-component-badges.BadgeStatus.revokedReason', defaultMessage: 'Revoked: {reason}', description: 'A revoked badge with the reason the issuer gave.' },
  revokedNoReason: { id: 'frontend-component-badges.BadgeStatus.revokedNoReason', defaultMessage: 'Revoked by the issuer', description: 'A revoked badge whose issuer gave no reason.' },
  issuedOn: { id: 'frontend-component-badges.BadgeStatus.issuedOn', defaultMessage: 'Issued {date}', description: 'When a badge was issued. {date} is a formatted date.' },
});

const q = 'frontend-component-badges.QueryState.';

/** Wording of {@link QueryState}: loading, empty and error states shared by the wall and progress. */
export const queryStateMessages = defineMessages({
  loading: { id: `${q}loading`, defaultMessage: 'Loading badges…', description: 'Announced while badges or progress load.' },
  empty: { id: `${q}empty`, defaultMessage: 'Badges you earn in courses will appear here.', description: 'Empty state text.' },
  findCourse: { id: `${q}findCourse`, defaultMessage: 'Find a course', description: 'Call to action on an empty state (course catalog).' },
  retry: { id: `${q}retry`, defaultMessage: 'Try again', description: 'Retries a failed load.' },
  signIn: { id: `${q}signIn`, defaultMessage: 'Sign in again', description: 'Link to sign in after the session ended (401).' },
  error: {
    id: `${q}error`,
    defaultMessage:
      '{kind, select, network {We could not reach the badges service. Check your connection and try again.} unauthorized {Your session has ended. Sign in again to see your badges.} forbidden {You do not have permission to see these badges.} not_found {We could not find badges for this learner.} rate_limited {Too many requests right now. Wait a moment and try again.} other {The badges service is having trouble. Try again in a few minutes.}}',
    description: 'A failed load, by error kind: network (or timeout), unauthorized (401), forbidden (403), not_found (404), rate_limited (429), other.',
  },
});
