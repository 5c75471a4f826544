/** Date rules shared by every parser and component. See docs/decisions/0001-public-api.md. */

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** True for a calendar date with no time (`2026-03-01`). */
export function isDateOnly(value: string): boolean {
  return DATE_ONLY.test(value);
}

function validCalendarDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Normalizes a source date to the model's ISO 8601 form: a date-only value stays date-only;
 * an instant (with `Z`, an offset, or no zone, read as UTC) becomes `YYYY-MM-DDTHH:MM:SSZ`.
 * Returns `undefined` for anything that is not a real date.
 */
export function normalizeDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const dateOnly = isDateOnly(text);
  if (!dateOnly && !DATE_TIME.test(text)) return undefined;
  const [y, m, d] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  if (!validCalendarDate(y, m, d)) return undefined;
  if (dateOnly) return text;
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(text) ? text : `${text}Z`;
  const time = Date.parse(zoned.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  // An offset can push a year past 9999 or before 0000: not a 4-digit ISO year, not a date.
  const iso = Number.isNaN(time) ? '' : new Date(time).toISOString();
  return /^\d{4}-/.test(iso) ? iso.replace(/\.\d{3}Z$/, 'Z') : undefined;
}

/**
 * The instant a model date stands for, in ms since the epoch. A date-only value is the start of
 * that day in UTC; pass `endOfDay` for an expiry, which lasts to the end of that day (UTC).
 */
export function dateToTime(value: string, endOfDay = false): number {
  if (isDateOnly(value)) {
    const start = Date.parse(`${value}T00:00:00Z`);
    return endOfDay ? start + 86_400_000 - 1 : start;
  }
  return Date.parse(value);
}

/** True when a model expiry date lies in the past relative to `now`. */
export function isPastExpiry(expiresAt: string | undefined, now: Date | number = Date.now()): boolean {
  if (!expiresAt) return false;
  const time = dateToTime(expiresAt, true);
  return !Number.isNaN(time) && time < Number(now);
}

/**
 * The calendar year and month (1–12) of a model date, as the learner reads it on the badge:
 * a date-only value is never shifted by a time zone; an instant is read in UTC.
 */
export function calendarParts(value: string): { year: number; month: number; day: number } | undefined {
  const iso = isDateOnly(value) ? value : normalizeDate(value);
  if (!iso) return undefined;
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return { year, month, day };
}
