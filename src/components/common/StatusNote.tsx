import './common.css';
import { useIntl } from 'react-intl';
import type { Badge } from '../../model/types';
import { PROVIDER_NAMES, type BadgeDisplayState } from './badgeState';
import { formatBadgeDate } from './formatDate';
import { statusMessages } from './messages';

/** Props of {@link StatusNote}. */
export interface StatusNoteProps {
  badge: Badge;
  state: BadgeDisplayState;
  /** Days until expiry, for `expiring`. */
  days?: number;
}

/**
 * One line that says what a badge's state means and what to do: accept a pending badge (with
 * the provider's accept link), when it expired, how soon it expires, why it was revoked.
 * Renders nothing for an active badge.
 */
export function StatusNote({ badge, state, days }: StatusNoteProps) {
  const intl = useIntl();
  const provider = PROVIDER_NAMES[badge.provider];
  let text: string;
  switch (state) {
    case 'active':
      return null;
    case 'pending':
      text = intl.formatMessage(badge.pendingReason === 'issuing' ? statusMessages.issuing : statusMessages.acceptWhy, { provider });
      break;
    case 'expired':
      text = badge.expiresAt ? intl.formatMessage(statusMessages.expiredOn, { date: formatBadgeDate(intl, badge.expiresAt) }) : intl.formatMessage(statusMessages.expired);
      break;
    case 'expiring':
      text = intl.formatMessage(statusMessages.expiresIn, { days: days ?? 0 });
      break;
    case 'revoked':
      text = badge.revocationReason ? intl.formatMessage(statusMessages.revokedReason, { reason: badge.revocationReason }) : intl.formatMessage(statusMessages.revokedNoReason);
      break;
    default:
      return state satisfies never;
  }
  return (
    <p className="fcb-note" data-state={state}>
      {text}
      {state === 'pending' && badge.pendingReason !== 'issuing' && badge.acceptUrl && (
        <>
          {' '}
          <a href={badge.acceptUrl} target="_blank" rel="noopener noreferrer">
            {intl.formatMessage(statusMessages.acceptLink, { provider })}
          </a>
        </>
      )}
    </p>
  );
}
