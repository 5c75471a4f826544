/**
 * Open Badges 3.0 `OpenBadgeCredential`s (W3C Verifiable Credentials). Dates come from VC 2.0
 * `validFrom` / `validUntil`, else VC 1.1 `issuanceDate` / `expirationDate` (Open edX sends
 * both). `issuer` is a URL or a Profile, `image` a URL or `{id}`, `type` a string or a list.
 * A `credentialStatus` entry embedded with `revoked: true` marks the badge revoked.
 */
import { safeHttpUrl } from '../model';
import type { Badge } from '../model';
import { TARGET, alignments, at, base, entries, evidence, shape } from './common';
import type { Item } from './common';
import { unresolved } from './openbadges2';

const A = 'credentialSubject.achievement';

/** Parses one Open Badges 3.0 credential into a `Badge` (provider `openbadges`). */
export function parseOpenBadges3(it: Item): Badge {
  shape(it, 'id', `issuer:u ${A}:o`);
  unresolved(it, 'issuer');
  const revokedBy = entries(it, 'credentialStatus').find((s) => at(it.raw, `${s}.revoked`) === true);
  const badge = base(
    it,
    'openbadges',
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
    { revoked: !!revokedBy },
  );
  return {
    ...badge,
    publicUrl: safeHttpUrl(badge.id),
    evidence: evidence(it, 'evidence'),
    alignments: alignments(it, `${A}.alignment`, TARGET),
  };
}
