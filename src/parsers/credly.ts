/**
 * Credly: the organization API (`GET /v1/organizations/{org}/badges`, format `credly`) and the
 * public earner JSON (`/users/{slug}/badges.json`, format `credly-earner`) share one item shape;
 * the earner JSON has skills as objects, no `badge_url`, and offsets in its timestamps.
 * `issued_at` wins over `issued_at_date` (and `expires_at` over `expires_at_date`).
 */
import type { Badge } from '../model';
import { alignments, at, base, credlyPage, entries, flag, list, providerState, shape, str, url } from './common';
import type { Item } from './common';

/** Parses one Credly badge (org API or earner JSON). A `rejected` badge is dropped as a problem. */
export function parseCredlyBadge(it: Item): Badge {
  shape(it, 'id', 'badge_template:object badge_template.alignments:list? issuer:object? issuer.entities:list? evidence:list? alignments:list?');
  const state = providerState(it);
  const pending = state === 'pending';
  const entities = list(at(it.raw, 'issuer.entities'));
  const primary = `issuer.entities.${Math.max(0, entities.findIndex((e) => (e as { primary?: unknown }).primary === true))}.entity`;
  const badge = base(
    it,
    'credly',
    [
      'id',
      'badge_template.name',
      'badge_template.description',
      'image_url image.url badge_template.image_url',
      `${primary}.name`,
      `${primary}.vanity_url`,
      '',
      'issued_at issued_at_date',
      'expires_at expires_at_date',
      pending ? '' : 'badge_url',
      'badge_template.id',
      'badge_template.skills',
      'badge_template.criteria_url badge_template.url',
      '',
      'revocation_reason',
    ],
    { revoked: state === 'revoked', expired: state === 'expired', pending: pending ? 'accept' : undefined },
  );
  // An accepted badge without `badge_url` (the earner JSON never has one) has its public page here.
  if (!badge.publicUrl && !pending && state !== 'revoked') badge.publicUrl = credlyPage(badge.id);
  return {
    ...badge,
    acceptUrl: badge.status === 'pending' ? url(it, 'accept_badge_url') : undefined,
    // A pending badge's page is not public until the learner accepts it.
    isPublic: pending ? false : flag(it, 'public'),
    evidence: entries(it, 'evidence').map((e) => {
      const isUrl = at(it.raw, `${e}.type`) === 'UrlEvidence';
      return {
        url: url(it, isUrl ? `${e}.url ${e}.value` : `${e}.url`),
        name: str(it, `${e}.name`),
        description: str(it, `${e}.description`),
        narrative: isUrl ? undefined : str(it, `${e}.value`),
      };
    }),
    // The template's alignments carry URLs; the badge's own copy serves when the template has none.
    alignments: alignments(it, 'badge_template.alignments alignments', true),
  };
}
