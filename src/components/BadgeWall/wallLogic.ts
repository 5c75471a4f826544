import { dateToTime } from '../../model/dates';
import type { Badge, BadgeProvider } from '../../model/types';
import { badgeDisplayState, type BadgeDisplayState } from '../common/badgeState';

/** Sort orders of the wall. */
export type WallSort = 'newest' | 'oldest' | 'name' | 'issuer' | 'expiring';
/** Grouping of the wall. */
export type WallGroup = 'none' | 'issuer' | 'course';
/** The wall's filters; `'all'` / `''` mean "no filter". */
export interface WallFilters {
  status: BadgeDisplayState | 'all';
  provider: BadgeProvider | 'all';
  /** Issuer name, or `''` for every issuer. */
  issuer: string;
}

/** A badge with everything the wall computes once per data change. */
export interface WallItem {
  badge: Badge;
  key: string;
  state: BadgeDisplayState;
  days?: number;
  /** Folded search text: name, issuer, skills. */
  text: string;
  issued: number;
  expires: number;
}

/** Lower-cases and strips diacritics so "resume" finds "Résumé". */
export const fold = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** Precomputes state, search text and comparable times (date-only and date-time alike). */
export function toItems(badges: Badge[], now: number, soonDays: number): WallItem[] {
  return badges.map((badge) => ({
    badge,
    key: `${badge.provider}:${badge.id}`,
    ...badgeDisplayState(badge, now, soonDays),
    text: fold([badge.name, badge.issuer.name, ...badge.skills].join('\n')),
    issued: badge.issuedAt ? dateToTime(badge.issuedAt) : NaN,
    expires: badge.expiresAt ? dateToTime(badge.expiresAt, true) : NaN,
  }));
}

/** Items matching a search (name, issuer, skill) and the filters; revoked only when shown. */
export function filterItems(items: WallItem[], query: string, { status, provider, issuer }: WallFilters, showRevoked: boolean): WallItem[] {
  const q = fold(query.trim());
  return items.filter(
    ({ state, badge, text }) =>
      (showRevoked || state !== 'revoked') &&
      (status === 'all' || state === status || (status === 'active' && state === 'expiring')) &&
      (provider === 'all' || badge.provider === provider) &&
      (!issuer || badge.issuer.name === issuer) &&
      text.includes(q),
  );
}

/** Ascending times, missing (NaN) last. */
const byTime = (a: number, b: number) => (a !== a ? +(b === b) : b !== b ? -1 : a - b);

/** A sorted copy; ties fall back to the name. Missing dates sort last in every order. */
export function sortItems(items: WallItem[], sort: WallSort, collator: Intl.Collator): WallItem[] {
  return [...items].sort(
    (a, b) =>
      (sort === 'newest'
        ? byTime(-a.issued, -b.issued)
        : sort === 'oldest'
          ? byTime(a.issued, b.issued)
          : sort === 'expiring'
            ? byTime(a.expires, b.expires)
            : sort === 'issuer'
              ? collator.compare(a.badge.issuer.name, b.badge.issuer.name)
              : 0) || collator.compare(a.badge.name, b.badge.name),
  );
}

/** A group of the wall: `label` undefined for the "other" group (badges with no course). */
export interface WallGroupOf {
  key: string;
  label?: string;
  items: WallItem[];
}

/** Groups items by issuer or course, groups ordered by label, "other" last; order kept inside. */
export function groupItems(items: WallItem[], group: WallGroup, collator: Intl.Collator): WallGroupOf[] {
  if (group === 'none') return [{ key: '', items }];
  const groups = new Map<string, WallGroupOf>();
  for (const item of items) {
    const { issuer, course } = item.badge;
    const key = group === 'issuer' ? issuer.name : (course?.key ?? '');
    const entry = groups.get(key) ?? { key, label: group === 'issuer' ? key : course && (course.name ?? key), items: [] };
    groups.set(key, entry);
    entry.items.push(item);
  }
  return [...groups.values()].sort((a, b) => (a.label === undefined ? 1 : b.label === undefined ? -1 : collator.compare(a.label, b.label)));
}
