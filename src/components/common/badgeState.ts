import { isPastExpiry } from '../../model/dates';
import { daysUntilExpiry } from '../../model/status';
import type { Badge, BadgeProvider } from '../../model/types';

/** A badge's state as shown to the learner: the model status plus "expiring soon". */
export type BadgeDisplayState = 'active' | 'expiring' | 'pending' | 'expired' | 'revoked';

/**
 * The state to show for a badge at `now`: an active or pending badge whose expiry has passed
 * since it was parsed is shown as expired; an active one expiring within `soonDays` as expiring.
 */
export function badgeDisplayState(badge: Badge, now: number, soonDays: number): { state: BadgeDisplayState; days?: number } {
  if (badge.status === 'revoked' || badge.status === 'expired') return { state: badge.status };
  if (isPastExpiry(badge.expiresAt, now)) return { state: 'expired' };
  if (badge.status === 'pending') return { state: 'pending' };
  const days = daysUntilExpiry(badge.expiresAt, now);
  return days !== undefined && days <= soonDays ? { state: 'expiring', days } : { state: 'active' };
}

/** Provider names as brands (not translated). */
export const PROVIDER_NAMES: Record<BadgeProvider, string> = {
  credly: 'Credly',
  accredible: 'Accredible',
  openbadges: 'Open Badges',
  openedx: 'Open edX',
};
