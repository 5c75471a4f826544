import type { Badge, BadgeProgressData } from '../../model/types';

/** How a list of progress records is ordered. `closest`: nearest to completion first, earned last. */
export type BadgeProgressSort = 'closest' | 'name' | 'none';

/** A progress record's state, rendered as `data-state`: earned > regressed > in-progress > not-started. */
export type BadgeProgressItemState = 'earned' | 'regressed' | 'in-progress' | 'not-started';

/** Fulfilled and total groups, and the share (0..1) the meter shows. Groups win over `ratio` when present. */
export function progressCounts({ groups, completed, ratio }: BadgeProgressData) {
  const total = groups.length;
  const done = completed ? total : groups.filter((g) => g.fulfilled).length;
  return { done, total, ratio: completed ? 1 : total ? done / total : Math.min(1, Math.max(0, ratio || 0)) };
}

/** Requirement ids of resets still relevant (not all met again), and how many such resets. */
export function activeResets(data: BadgeProgressData) {
  const met = new Set(data.groups.flatMap((g) => g.requirements.filter((r) => r.fulfilled).map((r) => r.id)));
  return data.completed ? [] : data.resets.filter((r) => r.requirementIds.some((id) => !met.has(id)));
}

/** Filters by course key and orders the records (a new array: the input is never mutated). */
export function arrangeProgress(list: readonly BadgeProgressData[], sort: BadgeProgressSort, courseKey?: string) {
  const closeness = (d: BadgeProgressData) => (d.completed ? -1 : progressCounts(d).ratio);
  const out = list.filter((d) => !courseKey || d.template.course?.key === courseKey);
  return sort === 'none' ? out : out.sort((a, b) => (sort === 'name' ? 0 : closeness(b) - closeness(a)) || a.template.name.localeCompare(b.template.name));
}

/** The earned badge for a completed record: same provider and id, or same template. */
export function findEarnedBadge({ template, earnedBadgeId }: BadgeProgressData, badges?: readonly Badge[]) {
  return badges?.find((b) => b.provider === template.provider && (earnedBadgeId ? b.id === earnedBadgeId : b.templateId === template.id));
}
