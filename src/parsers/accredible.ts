/**
 * Accredible: v1 credentials (`GET /v1/credentials/{id}` → `{credential}`, lists `{credentials,
 * meta}`; format `accredible-v1`) and v2 search results (`POST /v2/credentials/search`, slim
 * items: no `url`, no badge image, only `issuer_id`; format `accredible-v2`). One reader covers
 * both. `approve: false` (not published) is pending / issuing; `private` → not public;
 * `issuer.recipient_functions` (credential.net wallet payloads) → share switches.
 */
import type { Badge } from '../model';
import { base, entries, flag, shape, shareSwitches, str, url } from './common';
import type { Item } from './common';

/** Parses one Accredible credential (v1 full or v2 slim) into a `Badge`. */
export function parseAccredibleBadge(it: Item): Badge {
  shape(it, 'id', 'evidence_items:list?');
  const hidden = flag(it, 'private');
  return {
    ...base(
      it,
      'accredible',
      ['id', 'name group_name group.course_name group.name', 'description', 'badge.image.preview seo_image', 'issuer.name', 'issuer.url', '', 'issued_on', 'expired_on', 'url', 'group_id group.id'],
      { pending: flag(it, 'approve') === false ? 'issuing' : undefined },
    ),
    isPublic: hidden === undefined ? undefined : !hidden,
    evidence: entries(it, 'evidence_items').map((e) => ({ name: str(it, `${e}.description`), url: url(it, `${e}.link_url`) })),
    shareSwitches: shareSwitches(it, 'issuer.recipient_functions'),
  };
}
