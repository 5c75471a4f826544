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
  text: string;
  issued: number;
  expires: number;
}

/** Lower-cases and strips diacritics so "resume" finds "Résumé". */
export function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The identity of a badge across sources: provider + id. */
export function badgeKey(badge: Badge): string {
  return `${badge.provider}:${badge.id}`;
}

function time(value: string | undefined, endOfDay: boolean): number {
  const t = value ? dateToTime(value, endOfDay) : NaN;
  return Number.isNaN(t) ? NaN : t;
}

/** Precomputes state, search text and comparable times (date-only and date-time alike). */
export function toItems(badges: Badge[], now: number, soonDays: number): WallItem[] {
  return badges.map((badge) => ({
    badge,
    key: badgeKey(badge),
    ...badgeDisplayState(badge, now, soonDays),
    text: fold([badge.name, badge.issuer.name, ...badge.skills].join('\n')),
    issued: time(badge.issuedAt, false),
    expires: time(badge.expiresAt, true),
  }));
}

/** Items matching a search (name, issuer, skill) and the filters; revoked only when shown. */
export function filterItems(items: WallItem[], query: string, filters: WallFilters, showRevoked: boolean): WallItem[] {
  const q = fold(query.trim());
  return items.filter(
    (item) =>
      (showRevoked || item.state !== 'revoked') &&
      (filters.status === 'all' || item.state === filters.status || (filters.status === 'active' && item.state === 'expiring')) &&
      (filters.provider === 'all' || item.badge.provider === filters.provider) &&
      (!filters.issuer || item.badge.issuer.name === filters.issuer) &&
      (!q || item.text.includes(q)),
  );
}

/** Missing dates sort last in both directions. */
function byTime(a: number, b: number, dir: 1 | -1): number {
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : 1;
  if (Number.isNaN(b)) return -1;
  return (a - b) * dir;
}

/** A sorted copy; ties fall back to the name. */
export function sortItems(items: WallItem[], sort: WallSort, collator: Intl.Collator): WallItem[] {
  const name = (a: WallItem, b: WallItem) => collator.compare(a.badge.name, b.badge.name);
  const compare: (a: WallItem, b: WallItem) => number =
    sort === 'newest'
      ? (a, b) => byTime(a.issued, b.issued, -1)
      : sort === 'oldest'
        ? (a, b) => byTime(a.issued, b.issued, 1)
        : sort === 'issuer'
          ? (a, b) => collator.compare(a.badge.issuer.name, b.badge.issuer.name)
          : sort === 'expiring'
            ? (a, b) => byTime(a.expires, b.expires, 1)
            : () => 0;
  return [...items].sort((a, b) => compare(a, b) || name(a, b));
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
    const label = group === 'issuer' ? issuer.name : course && (course.name ?? course.key);
    let entry = groups.get(key);
    if (!entry) groups.set(key, (entry = { key, label, items: [] }));
    entry.items.push(item);
  }
  return [...groups.values()].sort((a, b) => (a.label === undefined ? 1 : b.label === undefined ? -1 : collator.compare(a.label, b.label)));
}
