import { isPastExpiry } from './dates';
import type { BadgeStatus, PendingReason } from './types';

/** The facts a source gives about a badge's state, before precedence is applied. */
export interface StatusFacts {
  revoked?: boolean;
  /** The provider itself says the badge expired. */
  expired?: boolean;
  /** The learner must act, or issuing is under way. */
  pending?: PendingReason;
  expiresAt?: string;
}

/**
 * Applies the status precedence revoked > expired > pending > active. Expiry is computed from
 * `expiresAt` against `now` (injectable for tests and stories), or taken from the provider.
 */
export function resolveStatus(facts: StatusFacts, now: Date | number = Date.now()): BadgeStatus {
  if (facts.revoked) return 'revoked';
  if (facts.expired || isPastExpiry(facts.expiresAt, now)) return 'expired';
  if (facts.pending) return 'pending';
  return 'active';
}

/** Whole days from `now` until a badge expires (0 on its last day), or `undefined` without expiry. */
export function daysUntilExpiry(expiresAt: string | undefined, now: Date | number = Date.now()): number | undefined {
  if (!expiresAt) return undefined;
  const end = Date.parse(/T/.test(expiresAt) ? expiresAt : `${expiresAt}T23:59:59.999Z`);
  if (Number.isNaN(end)) return undefined;
  return Math.floor((end - Number(now)) / 86_400_000);
}
