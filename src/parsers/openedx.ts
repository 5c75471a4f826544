/**
 * The Open edX learner badges contract (docs/decisions/0002): one earned badge item.
 * `provider` is the item's `origin`, `id` its `external_id`; states map as in decision 0001.
 */
import type { Badge, BadgeTemplateSummary, PendingReason } from '../model';
import { at, base, credlyPage, fail, flag, providerState, shape, shareSwitches, str, url } from './common';
import type { Item } from './common';

/** The `origin` at `path` (shared with the progress contract): `credly` or `accredible`, else the item is dropped. */
export function origin(it: Item, path: string): BadgeTemplateSummary['provider'] {
  const value = at(it.raw, path);
  return value === 'credly' || value === 'accredible' ? value : fail(path, 'Expected credly or accredible');
}

/** The template's name, description, image and issuer fields in a `Spec` (shared with the progress contract). */
export const TEMPLATE = ['template.name', 'template.description', 'template.image_url', 'template.issuer.name', 'template.issuer.url', 'template.issuer.image_url'] as const;

/** Parses an Open edX course reference at `path` (kept only with a key). */
export function course(it: Item, path: string): Badge['course'] {
  const key = str(it, `${path}.key`);
  return key ? { key, name: str(it, `${path}.name`), url: url(it, `${path}.url`) } : undefined;
}

/** Parses one contract item into a `Badge`. */
export function parseOpenedxBadge(it: Item): Badge {
  shape(it, 'external_id', 'template:object template.skills:texts? course:object?');
  const provider = origin(it, 'origin');
  const state = providerState(it);
  const pending: PendingReason | undefined = state === 'pending' ? 'accept' : ['created', 'no_response', 'error'].includes(state as string) ? 'issuing' : undefined;
  const badge = base(
    it,
    provider,
    [
      'external_id',
      ...TEMPLATE,
      'awarded_at',
      'expires_at',
      // A badge the learner must still accept has no public page yet.
      pending === 'accept' ? '' : 'public_url',
      'template.uuid',
      'template.skills',
      'template.criteria_url',
      'template.criteria_narrative',
      'revocation_reason',
    ],
    { revoked: state === 'revoked', expired: state === 'expired', pending },
  );
  const isPublic = flag(it, 'is_public');
  badge.issuer.linkedInOrganizationId = str(it, 'template.issuer.linkedin_organization_id');
  // A settled Credly badge without a URL from the endpoint still has its public Credly page.
  if (provider === 'credly' && !badge.publicUrl && !pending && state !== 'revoked' && isPublic !== false) badge.publicUrl = credlyPage(badge.id);
  return {
    ...badge,
    acceptUrl: pending === 'accept' && badge.status === 'pending' ? url(it, 'accept_url') : undefined,
    isPublic,
    course: course(it, 'course'),
    shareSwitches: shareSwitches(it, 'share_switches'),
  };
}
