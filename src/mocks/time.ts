/**
 * Time in the mocks. Dates that decide a badge's status (expired, expiring soon) are computed
 * relative to a clock, so "expires in 12 days" stays true in Storybook forever. The clock defaults
 * to the start of the current UTC day (stable within a day); pass `now` (for example `MOCK_NOW`)
 * for fully deterministic tests.
 */

/** A fixed clock for deterministic tests: `now: MOCK_NOW`. */
export const MOCK_NOW = '2026-06-01T12:00:00Z';

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/** The mocks' clock as ms: `now` when given, else the start of today (UTC). */
export function mockClock(now?: Date | number | string): number {
  if (now !== undefined) return new Date(now).getTime();
  const today = Date.now();
  return today - (today % DAY_MS);
}

/** The instant `days` (may be negative or fractional) after `now`, as `YYYY-MM-DDTHH:MM:SSZ`. */
export function instantAt(now: number, days: number): string {
  return new Date(now + days * DAY_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The calendar date `days` after `now` (UTC), as `YYYY-MM-DD`. */
export function dateAt(now: number, days: number): string {
  return instantAt(now, days).slice(0, 10);
}
