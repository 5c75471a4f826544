/**
 * The removed edx-platform API `GET /api/badges/v1/assertions/user/{username}/` (older
 * installations still run it). It had no states: every assertion is active. The item has no id
 * of its own: the last segment of `assertion_url` (the assertion uuid) serves, else the slug.
 */
import { safeHttpUrl } from '../model';
import type { Badge } from '../model';
import { at, base, shape, str } from './common';
import type { Item } from './common';

/** Parses one legacy assertion into a `Badge` (provider `openedx`). */
export function parseLegacyBadge(it: Item): Badge {
  shape(it, 'assertion_url', 'badge_class:object');
  const assertion = safeHttpUrl(at(it.raw, 'assertion_url'));
  // edx-platform's `criteria` is text; an absolute URL there is a criteria page.
  const criteria = 'badge_class.criteria';
  const isUrl = safeHttpUrl(at(it.raw, criteria));
  const badge = base(it, 'openedx', [
    assertion ? 'assertion_url' : 'badge_class.slug',
    'badge_class.display_name',
    'badge_class.description',
    'image_url badge_class.image_url badge_class.image',
    '',
    '',
    '',
    'created',
    '',
    'assertion_url',
    'badge_class.slug',
    '',
    isUrl ? criteria : '',
    isUrl ? '' : criteria,
  ]);
  const key = str(it, 'badge_class.course_id');
  return {
    ...badge,
    id: assertion ? (assertion.split('/').filter(Boolean).pop() as string) : badge.id,
    course: key ? { key } : undefined,
  };
}
