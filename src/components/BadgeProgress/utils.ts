import type { MessageDescriptor } from 'react-intl';
import type { Badge, BadgeProgressData, BadgeProgressReset } from '../../model/types';
import { isBadgesRequestError, type BadgesErrorKind } from '../../model/errors';
import { messages as m } from './messages';

/** How a list of progress records is ordered. `closest`: nearest to completion first, earned last. */
export type BadgeProgressSort = 'closest' | 'name' | 'none';

/** A progress record's state, rendered as `data-state`. */
export type BadgeProgressItemState = 'earned' | 'regressed' | 'in-progress' | 'not-started';

/** Fulfilled and total groups, and the share (0..1) the meter shows. Groups win over `ratio` when present. */
export function progressCounts(data: BadgeProgressData) {
  const total = data.groups.length;
  const done = data.groups.filter((g) => g.fulfilled).length;
  const ratio = data.completed ? 1 : total ? done / total : Math.min(1, Math.max(0, data.ratio || 0));
  return { done: data.completed ? total : done, total, ratio };
}

/** Resets still relevant: at least one of their requirements is not fulfilled again. */
export function activeResets(data: BadgeProgressData): BadgeProgressReset[] {
  if (data.completed) return [];
  const met = new Set(data.groups.flatMap((g) => g.requirements.filter((r) => r.fulfilled).map((r) => r.id)));
  return data.resets.filter((r) => r.requirementIds.some((id) => !met.has(id)));
}

/** The item's state, in precedence order earned > regressed > in-progress > not-started. */
export function itemState(data: BadgeProgressData): BadgeProgressItemState {
  if (data.completed) return 'earned';
  if (activeResets(data).length) return 'regressed';
  return progressCounts(data).ratio > 0 ? 'in-progress' : 'not-started';
}

/** Filters by course key and orders the records; never mutates the input. */
export function arrangeProgress(list: readonly BadgeProgressData[], sort: BadgeProgressSort, courseKey?: string): BadgeProgressData[] {
  const out = courseKey ? list.filter((d) => d.template.course?.key === courseKey) : [...list];
  if (sort === 'none') return out;
  const byName = (a: BadgeProgressData, b: BadgeProgressData) => a.template.name.localeCompare(b.template.name);
  if (sort === 'name') return out.sort(byName);
  const closeness = (d: BadgeProgressData) => (d.completed ? -1 : progressCounts(d).ratio);
  return out.sort((a, b) => closeness(b) - closeness(a) || byName(a, b));
}

/** The earned badge for a completed record: same provider and id, or same template. */
export function findEarnedBadge(data: BadgeProgressData, badges: readonly Badge[] | undefined): Badge | undefined {
  const { id, provider } = data.template;
  return badges?.find((b) => b.provider === provider && (data.earnedBadgeId ? b.id === data.earnedBadgeId : b.templateId === id));
}

const ERRORS: Record<BadgesErrorKind, MessageDescriptor> = {
  unauthorized: m.errorUnauthorized,
  forbidden: m.errorForbidden,
  'not-found': m.errorNotFound,
  network: m.errorNetwork,
  timeout: m.errorNetwork,
  'rate-limited': m.errorBusy,
  aborted: m.errorOther,
  'bad-request': m.errorOther,
  server: m.errorOther,
  'invalid-response': m.errorOther,
};

/** The plain-words message for a failed load, by error kind (every kind listed: the map is exhaustive). */
export const errorMessage = (error: unknown): MessageDescriptor => (isBadgesRequestError(error) ? ERRORS[error.kind] : m.errorOther);
