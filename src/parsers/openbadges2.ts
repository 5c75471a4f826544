/**
 * Open Badges 2.0 Assertions. Linked fields (`badge`, `badge.issuer`, `criteria`, `image`,
 * `evidence`) may be a URL or an embedded object, and lists may be single values. The parser
 * fetches nothing: a `badge` given only as a URL drops the item with an `unresolved` problem; an
 * `issuer` given only as a URL keeps the badge (with the fallback issuer name) and reports it.
 */
import { safeHttpUrl } from '../model';
import type { Badge } from '../model';
import { TARGET, alignments, at, base, evidence, fail, flag, report, shape, str } from './common';
import type { Item } from './common';

/** Reports a linked document given only as a URL; for `badge` the item cannot be shown. */
export function unresolved(it: Item, field: string, fatal?: boolean): void {
  const link = at(it.raw, field);
  if (typeof link !== 'string') return;
  const message = `Only a link, resolve it first: ${link.slice(0, 80)}`;
  if (fatal) fail(field, message, 'unresolved');
  report(it, field, message, 'unresolved');
}

/** Parses one Open Badges 2.0 Assertion into a `Badge` (provider `openbadges`). */
export function parseOpenBadges2(it: Item): Badge {
  shape(it, 'id', 'badge:u badge.issuer:u?');
  unresolved(it, 'badge', true);
  unresolved(it, 'badge.issuer');
  const badge = base(
    it,
    'openbadges',
    [
      'id',
      'badge.name',
      'badge.description',
      'image badge.image',
      'badge.issuer.name',
      'badge.issuer.url',
      'badge.issuer.image',
      'issuedOn',
      'expires',
      '',
      'badge.id',
      'badge.tags',
      'badge.criteria',
      'badge.criteria.narrative',
      'revocationReason',
    ],
    { revoked: flag(it, 'revoked') },
  );
  const narrative = str(it, 'narrative');
  return {
    ...badge,
    // A hosted assertion's id is the URL that verifies it.
    publicUrl: safeHttpUrl(badge.id),
    evidence: [...evidence(it, 'evidence'), { narrative }],
    alignments: alignments(it, 'badge.alignment', TARGET),
  };
}
