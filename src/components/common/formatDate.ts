import type { IntlShape } from 'react-intl';
import { dateToTime, isDateOnly } from '../../model/dates';

/**
 * Formats a model date for display. Date-only values are formatted in UTC so no viewer's time
 * zone can move them to another day; instants are shown in the viewer's time zone.
 * Returns an empty string for a value that is not a date.
 */
export function formatBadgeDate(intl: IntlShape, value: string): string {
  const time = dateToTime(value);
  if (Number.isNaN(time)) return '';
  return intl.formatDate(time, { dateStyle: 'medium', timeZone: isDateOnly(value) ? 'UTC' : undefined });
}

/**
 * A formatter for many dates at once (walls): the same output as `formatBadgeDate`, with the two
 * `Intl.DateTimeFormat` instances made once. Instants use the host IntlProvider's `timeZone`.
 */
export function badgeDateFormatter(intl: IntlShape): (value: string) => string {
  const utc = new Intl.DateTimeFormat(intl.locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const local = new Intl.DateTimeFormat(intl.locale, { dateStyle: 'medium', timeZone: intl.timeZone });
  return (value) => {
    const time = dateToTime(value);
    return Number.isNaN(time) ? '' : (isDateOnly(value) ? utc : local).format(time);
  };
}
