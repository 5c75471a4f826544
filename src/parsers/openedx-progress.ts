/**
 * The Open edX learner badges contract (docs/decisions/0002): one progress item. Requirements in
 * a group are alternatives, all groups are required; `ratio` = fulfilled groups / groups.
 */
import * as v from 'valibot';
import type { BadgeProgressData, BadgeTemplateSummary } from '../model';
import { ID, OBJ, at, base, day, entries, flag, need, str, texts, url, validate } from './common';
import type { Item } from './common';
import { ORIGIN, course } from './openedx';

const ITEM = v.looseObject({
  template: v.looseObject({ uuid: ID, origin: ORIGIN, issuer: v.nullish(OBJ) }),
  ratio: v.nullish(v.number()),
  groups: v.nullish(v.array(v.looseObject({ requirements: v.nullish(v.array(v.looseObject({ id: ID }))) }))),
  resets: v.nullish(v.array(v.looseObject({ requirement_ids: v.nullish(v.array(ID)) }))),
});

/** Parses one progress item. A group's missing `fulfilled` is computed from its requirements. */
export function parseOpenedxProgress(it: Item): BadgeProgressData {
  validate(it, ITEM, 'template.uuid');
  const { id, provider, name, description, imageUrl, issuer } = base(it, at(it.raw, 'template.origin') as BadgeTemplateSummary['provider'], {
    id: 'template.uuid',
    name: 'template.name',
    description: 'template.description',
    image: 'template.image_url',
    issuer: 'template.issuer.name',
    issuerUrl: 'template.issuer.url',
    issuerImage: 'template.issuer.image_url',
  });
  const groups = entries(it, 'groups').map((g, gi) => {
    const requirements = entries(it, `${g}.requirements`).map((r) => ({
      id: need(str(it, `${r}.id`), `${r}.id`),
      description: need(str(it, `${r}.description`), `${r}.description`),
      fulfilled: flag(it, `${r}.fulfilled`) === true,
      url: url(it, `${r}.url`),
    }));
    // The requirements are the truth: a group is fulfilled when one of them is (the flag serves only without them).
    return { id: str(it, `${g}.blend`) ?? String(gi + 1), requirements, fulfilled: requirements.length ? requirements.some((r) => r.fulfilled) : flag(it, `${g}.fulfilled`) === true };
  });
  const given = at(it.raw, 'ratio');
  const computed = groups.length ? groups.filter((g) => g.fulfilled).length / groups.length : Number(flag(it, 'completed') === true);
  const ratio = Math.round(Math.min(1, Math.max(0, typeof given === 'number' && Number.isFinite(given) ? given : computed)) * 100) / 100;
  return {
    template: { id, provider: provider as BadgeTemplateSummary['provider'], name, description, imageUrl, issuer: at(it.raw, 'template.issuer') ? issuer : undefined, course: course(it, 'template.course') },
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
