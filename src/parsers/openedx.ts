/**
 * The Open edX learner badges contract (docs/decisions/0002): one earned badge item.
 * `provider` is the item's `origin`, `id` its `external_id`; states map as in decision 0001.
 */
import * as v from 'valibot';
import type { Badge, BadgeProvider, PendingReason } from '../model';
import { ID, credlyPage, OBJ, at, base, flag, providerState, shareSwitches, str, url, validate } from './common';
import type { Item } from './common';

/** `origin`, shared with the progress contract. */
export const ORIGIN = v.picklist(['credly', 'accredible']);

const ITEM = v.looseObject({
  external_id: ID,
  origin: ORIGIN,
  template: v.looseObject({ skills: v.nullish(v.array(v.string())) }),
  course: v.nullish(OBJ),
});

const ISSUING = ['created', 'no_response', 'error'];

/** Parses an Open edX course reference at `path` (kept only with a key). */
export function course(it: Item, path: string): Badge['course'] {
  const key = str(it, `${path}.key`);
  return key ? { key, name: str(it, `${path}.name`), url: url(it, `${path}.url`) } : undefined;
}

/** Parses one contract item into a `Badge`. */
export function parseOpenedxBadge(it: Item): Badge {
  validate(it, ITEM, 'external_id');
  const state = providerState(it);
  const provider = at(it.raw, 'origin') as BadgeProvider;
  const pending: PendingReason | undefined = state === 'pending' ? 'accept' : ISSUING.includes(state as string) ? 'issuing' : undefined;
  const badge = base(
    it,
    provider,
    {
      id: 'external_id',
      name: 'template.name',
      description: 'template.description',
      image: 'template.image_url',
      issuer: 'template.issuer.name',
      issuerUrl: 'template.issuer.url',
      issuerImage: 'template.issuer.image_url',
      issued: 'awarded_at',
      expires: 'expires_at',
      // A badge the learner must still accept has no public page yet.
      url: pending === 'accept' ? undefined : 'public_url',
      template: 'template.uuid',
      skills: 'template.skills',
      criteria: 'template.criteria_url',
      narrative: 'template.criteria_narrative',
      reason: 'revocation_reason',
    },
    { revoked: state === 'revoked', expired: state === 'expired', pending },
  );
  const isPublic = flag(it, 'is_public');
  badge.issuer.linkedInOrganizationId = str(it, 'template.issuer.linkedin_organization_id');
  // A settled Credly badge without a URL from the endpoint still has its public Credly page.
  if (provider === 'credly' && !badge.publicUrl && !pending && state !== 'revoked' && isPublic !== false) {
    badge.publicUrl = credlyPage(badge.id);
  }
  return {
    ...badge,
    acceptUrl: pending === 'accept' && badge.status === 'pending' ? url(it, 'accept_url') : undefined,
    isPublic,
    course: course(it, 'course'),
    shareSwitches: shareSwitches(it, 'share_switches'),
  };
}
