import { defineMessages } from 'react-intl';

/** Badge state wording shared by the wall and the detail view. */
export const statusMessages = /* @__PURE__ */ defineMessages({
  state: {
    id: 'frontend-component-badges.BadgeStatus.state',
    defaultMessage: '{state, select, pending {Pending} expired {Expired} expiring {Expiring soon} revoked {Revoked} issued {Issued} expires {Expires} other {Active}}',
    description: 'A state chip or filter option (pending, expired, expiring, revoked, active), or a date label (issued, expires).',
  },
  note: {
    id: 'frontend-component-badges.BadgeStatus.note',
    defaultMessage:
      '{state, select, issued {Issued {date}} expired {Expired {date}} accept {Accept it on {provider} to make it public and shareable.} issuing {Being issued. This can take a few minutes.} expiring {{days, plural, =0 {Expires today} one {Expires in # day} other {Expires in # days}}} revoked {Revoked: {reason}} other {Revoked by the issuer}}',
    description: 'A line about a badge: when it was issued or expired ({date} formatted), why a pending badge needs accepting on {provider} (a brand such as Credly) or is still being issued, days to expiry, why it was revoked ({reason} from the issuer; other: no reason given).',
  },
  accept: { id: 'frontend-component-badges.BadgeStatus.accept', defaultMessage: 'Accept on {provider}', description: 'Link to accept a pending badge on the provider site.' },
});

/** Wording of {@link QueryState}: loading, empty and error states shared by the wall and progress. */
export const queryStateMessages = /* @__PURE__ */ defineMessages({
  loading: { id: 'frontend-component-badges.QueryState.loading', defaultMessage: 'Loading badges…', description: 'Announced while badges or progress load.' },
  empty: { id: 'frontend-component-badges.QueryState.empty', defaultMessage: 'Badges you earn in courses will appear here.', description: 'Empty state text.' },
  findCourse: { id: 'frontend-component-badges.QueryState.findCourse', defaultMessage: 'Find a course', description: 'Call to action on an empty state (course catalog).' },
  retry: { id: 'frontend-component-badges.QueryState.retry', defaultMessage: 'Try again', description: 'Retries a failed load.' },
  signIn: { id: 'frontend-component-badges.QueryState.signIn', defaultMessage: 'Sign in again', description: 'Link to sign in after the session ended (401).' },
  error: {
    id: 'frontend-component-badges.QueryState.error',
    defaultMessage:
      '{kind, select, network {We could not reach the badges service. Check your connection and try again.} unauthorized {Your session has ended. Sign in again to see your badges.} forbidden {You do not have permission to see these badges.} not_found {We could not find badges for this learner.} rate_limited {Too many requests right now. Wait a moment and try again.} other {The badges service is having trouble. Try again in a few minutes.}}',
    description: 'A failed load, by error kind: network (or timeout), unauthorized (401), forbidden (403), not_found (404), rate_limited (429), other.',
  },
});
