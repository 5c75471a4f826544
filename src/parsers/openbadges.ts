/**
 * Open Badges. 2.0 Assertions (format `openbadges2`): linked fields (`badge`, `badge.issuer`,
 * `criteria`, `image`, `evidence`) may be a URL or an embedded object, and lists may be single
 * values. The parser fetches nothing: a `badge` given only as a URL drops the item with an
 * `unresolved` problem; an `issuer` given only as a URL keeps the badge (with the fallback
 * issuer name) and reports it.
 * 3.0 `OpenBadgeCredential`s (W3C Verifiable Credentials, format `openbadges3`): dates from VC
 * 2.0 `validFrom` / `validUntil`, else VC 1.1 `issuanceDate` / `expirationDate` (Open edX sends
 * both); `issuer` is a URL or a Profile, `image` a URL or `{id}`, `type` a string or a list; a
 * `credentialStatus` entry embedded with `revoked: true` marks the badge revoked.
 */
import { safeHttpUrl } from '../model';
import type { Badge } from '../model';
import { alignments, at, base, entries, evidence, fail, flag, report, shape, str } from './common';
import type { Item, Spec } from './common';

/** Reports a linked document given only as a URL; for `badge` the item cannot be shown. */
function unresolved(it: Item, field: string, fatal?: boolean): void {
  const link = at(it.raw, field);
  if (typeof link !== 'string') return;
  const message = `Only a link: ${link.slice(0, 80)}`;
  if (fatal) fail(field, message, 'unresolved');
  report(it, field, message, 'unresolved');
}

/** What both versions share: the spec'd fields, the item's own id as public URL when it is one, evidence and alignments. */
function openBadge(it: Item, spec: Spec, revoked: boolean | undefined, alignment: string, narrative?: string): Badge {
  const badge = base(it, 'openbadges', spec, { revoked });
  return {
    ...badge,
    // A hosted assertion's (or credential's) own id is the URL that verifies it (never the achievement's).
    publicUrl: safeHttpUrl(at(it.raw, 'id')),
    evidence: [...evidence(it, 'evidence'), { narrative: str(it, narrative) }],
    alignments: alignments(it, alignment),
  };
}

/** Parses one Open Badges 2.0 Assertion into a `Badge` (provider `openbadges`). */
export function parseOpenBadges2(it: Item): Badge {
  shape(it, 'id', 'badge:link|object badge.issuer:link|object?');
  unresolved(it, 'badge', true);
  unresolved(it, 'badge.issuer');
  return openBadge(
    it,
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
    flag(it, 'revoked'),
    'badge.alignment',
    'narrative',
  );
}

const A = 'credentialSubject.achievement';

/** Parses one Open Badges 3.0 credential into a `Badge` (provider `openbadges`). */
export function parseOpenBadges3(it: Item): Badge {
  shape(it, 'id', `issuer:link|object ${A}:object`);
  unresolved(it, 'issuer');
  const revokedBy = entries(it, 'credentialStatus').find((s) => at(it.raw, `${s}.revoked`) === true);
  const badge = openBadge(
    it,
    [
      `id ${A}.id`,
      `${A}.name name`,
      `${A}.description description`,
      `image ${A}.image`,
      'issuer.name',
      'issuer.url',
      'issuer.image',
      'validFrom issuanceDate',
      'validUntil expirationDate',
      '',
      `${A}.id`,
      `${A}.tag`,
      `${A}.criteria`,
      `${A}.criteria.narrative`,
      revokedBy && `${revokedBy}.revocationReason ${revokedBy}.reason`,
    ],
    !!revokedBy,
    `${A}.alignment`,
  );
  // A credential's own id is optional (VC 2.0). Without one, its id is `<achievement id>|<issuedAt>`
  // (validFrom, else issuanceDate, normalized): deterministic, and a renewal of the same achievement
  // stays a badge of its own instead of merging with the first.
  return it.id || !badge.issuedAt ? badge : { ...badge, id: `${badge.id}|${badge.issuedAt}` };
}
