import { dateToTime, isDateOnly, isPastExpiry } from '../../model/dates';
import { daysUntilExpiry } from '../../model/status';
import type { Badge, BadgeProvider } from '../../model/types';
import type { IntlShape } from 'react-intl';

/** A badge's state as shown to the learner: the model status plus "expiring soon". */
export type BadgeDisplayState = 'active' | 'expiring' | 'pending' | 'expired' | 'revoked';

/**
 * The state to show for a badge at `now`: an active or pending badge whose expiry has passed
 * since it was parsed is shown as expired; an active one expiring within `soonDays` as expiring.
 */
export function badgeDisplayState(badge: Badge, now: number, soonDays: number): { state: BadgeDisplayState; days?: number } {
  const { status, expiresAt } = badge;
  if (status === 'revoked' || status === 'expired') return { state: status };
  if (isPastExpiry(expiresAt, now)) return { state: 'expired' };
  const days = daysUntilExpiry(expiresAt, now);
  return status === 'pending' ? { state: status } : days! <= soonDays ? { state: 'expiring', days } : { state: 'active' };
}

/** Provider names as brands (not translated). */
export const PROVIDER_NAMES: Record<BadgeProvider, string> = {
  credly: 'Credly',
  accredible: 'Accredible',
  openbadges: 'Open Badges',
  openedx: 'Open edX',
};

const formatters = new WeakMap<IntlShape, Record<string, (value?: string) => string>>();

/**
 * The formatter for model dates of an `intl` (its `Intl.DateTimeFormat`s made once, for walls). Date-only values are
 * formatted in UTC so no viewer's time zone moves them to another day; instants in the host
 * IntlProvider's `timeZone` (the viewer's by default). A value that is not a date gives `''`.
 */
export function dateFormatter(intl: IntlShape, dateStyle: 'medium' | 'long' = 'medium'): (value?: string) => string {
  const cache = formatters.get(intl) ?? {};
  formatters.set(intl, cache);
  if (cache[dateStyle]) return cache[dateStyle];
  const make = (timeZone?: string) => new Intl.DateTimeFormat(intl.locale, { dateStyle, timeZone });
  const utc = make('UTC');
  const local = make(intl.timeZone);
  return (cache[dateStyle] = (value = '') => {
    const time = dateToTime(value);
    return time === time ? (isDateOnly(value) ? utc : local).format(time) : '';
  });
}
