/**
 * Open Badges 2.0 Assertions. Linked fields (`badge`, `badge.issuer`, `criteria`, `image`,
 * `evidence`) may be a URL or an embedded object, and lists may be single values. The parser
 * fetches nothing: a `badge` given only as a URL drops the item with an `unresolved` problem; an
 * `issuer` given only as a URL keeps the badge (with the fallback issuer name) and reports it.
 */
import * as v from 'valibot';
import { safeHttpUrl } from '../model';
import type { Badge } from '../model';
import { ID, OBJ, alignments, at, base, evidence, fail, flag, report, str, validate } from './common';
import type { Item } from './common';

const ITEM = v.looseObject({ id: ID, badge: v.union([v.string(), v.looseObject({ issuer: v.nullish(v.union([v.string(), OBJ])) })]) });

/** Reports a linked document given only as a URL; for `badge` the item cannot be shown. */
export function unresolved(it: Item, field: string, fatal = false): void {
  const link = at(it.raw, field);
  if (typeof link !== 'string') return;
  const message = `${field} is only a link (${link.slice(0, 80)}): resolve it before parsing`;
  if (fatal) fail(field, message, 'unresolved');
  report(it, field, message, 'unresolved');
}

/** Parses one Open Badges 2.0 Assertion into a `Badge` (provider `openbadges`). */
export function parseOpenBadges2(it: Item): Badge {
  validate(it, ITEM, 'id');
  unresolved(it, 'badge', true);
  unresolved(it, 'badge.issuer');
  const badge = base(
    it,
    'openbadges',
    {
      id: 'id',
      name: 'badge.name',
      description: 'badge.description',
      image: 'image badge.image',
      issuer: 'badge.issuer.name',
      issuerUrl: 'badge.issuer.url',
      issuerImage: 'badge.issuer.image',
      issued: 'issuedOn',
      expires: 'expires',
      template: 'badge.id',
      skills: 'badge.tags',
      criteria: typeof at(it.raw, 'badge.criteria') === 'string' ? 'badge.criteria' : 'badge.criteria.id',
      narrative: 'badge.criteria.narrative',
      reason: 'revocationReason',
    },
    { revoked: flag(it, 'revoked') },
  );
  const narrative = str(it, 'narrative');
  return {
    ...badge,
    // A hosted assertion's id is the URL that verifies it.
    publicUrl: safeHttpUrl(badge.id),
    evidence: [...evidence(it, 'evidence'), ...(narrative ? [{ narrative }] : [])],
    alignments: alignments(it, 'badge.alignment', true),
  };
}
