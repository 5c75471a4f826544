/**
 * The Open edX learner badges contract (docs/decisions/0002): one progress item. Requirements in
 * a group are alternatives, all groups are required; `ratio` = fulfilled groups / groups.
 */
import type { BadgeProgressData } from '../model';
import { at, base, day, entries, flag, need, shape, str, texts, url } from './common';
import type { Item } from './common';
import { TEMPLATE, course, origin } from './openedx';

/** Parses one progress item. A group is fulfilled when one of its requirements is. */
export function parseOpenedxProgress(it: Item): BadgeProgressData {
  shape(it, 'template.uuid', 'template:object template.issuer:object? groups:list? resets:list?');
  const { id, provider, name, description, imageUrl, issuer } = base(it, origin(it, 'template.origin'), ['template.uuid', ...TEMPLATE]);
  const groups = entries(it, 'groups').map((g, gi) => {
    const requirements = entries(it, `${g}.requirements`).map((r) => ({
      id: need(it, `${r}.id`),
      description: need(it, `${r}.description`),
      fulfilled: flag(it, `${r}.fulfilled`) === true,
      url: url(it, `${r}.url`),
    }));
    // The requirements are the truth: a group is fulfilled when one of them is (the flag serves only without them).
    return { id: str(it, `${g}.blend`) ?? `${gi + 1}`, requirements, fulfilled: requirements.length ? requirements.some((r) => r.fulfilled) : flag(it, `${g}.fulfilled`) === true };
  });
  const given = at(it.raw, 'ratio');
  const computed = groups.length ? groups.filter((g) => g.fulfilled).length / groups.length : Number(flag(it, 'completed') === true);
  const ratio = Math.round(Math.min(1, Math.max(0, Number.isFinite(given) ? (given as number) : computed)) * 100) / 100;
  return {
    template: { id, provider: provider as BadgeProgressData['template']['provider'], name, description, imageUrl, issuer: at(it.raw, 'template.issuer') ? issuer : undefined, course: course(it, 'template.course') },
    ratio,
    completed: ratio === 1,
    groups,
    resets: entries(it, 'resets').map((r) => ({
      requirementIds: texts(it, `${r}.requirement_ids`),
      reason: str(it, `${r}.reason`),
      occurredAt: day(it, `${r}.occurred_at`),
    })),
    earnedBadgeId: str(it, 'earned_badge_id'),
  };
}
