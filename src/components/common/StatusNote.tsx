import { useIntl } from 'react-intl';
import type { Badge } from '../../model/types';
import { safeHttpUrl } from '../../model/url';
import { PROVIDER_NAMES, dateFormatter, type BadgeDisplayState } from './badgeState';
import { statusMessages as m } from './messages';

/**
 * One line that says what a badge's state means and what to do: accept a pending badge (with
 * the provider's accept link), when it expired, how soon it expires, why it was revoked.
 * Renders nothing for an active badge, nor for an expired one without a date (its chip says it).
 */
export function StatusNote({ badge, state, days }: { badge: Badge; state: BadgeDisplayState; days?: number }) {
  const intl = useIntl();
  const { pendingReason, acceptUrl, revocationReason: reason, expiresAt } = badge;
  const provider = PROVIDER_NAMES[badge.provider];
  const key = state === 'pending' ? (pendingReason === 'issuing' ? 'issuing' : 'accept') : state === 'revoked' && !reason ? 'by' : state;
  if (state === 'active' || (state === 'expired' && !expiresAt)) return null;
  return (
    <p className="fcb-note" data-state={state}>
      {intl.formatMessage(m.note, { state: key, provider, days, reason, date: dateFormatter(intl)(expiresAt) })}
      {key === 'accept' && safeHttpUrl(acceptUrl) && (
        <>
          {' '}
          <a href={safeHttpUrl(acceptUrl)} target="_blank" rel="noopener noreferrer">
            {intl.formatMessage(m.accept, { provider })}
          </a>
        </>
      )}
    </p>
  );
}
