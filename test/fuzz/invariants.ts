/**
 * The model's promises, checked independently of the parsers' code: each function returns the
 * list of broken rules (empty when the value satisfies the model).
 */
import { isPastExpiry, normalizeDate } from '../../src/model';
import type { Badge, BadgeProblem, BadgeProgressData } from '../../src/model';

const ISO = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d:[0-5]\dZ)?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
/** Text a person can see: something other than white space and invisible format characters. */
const VISIBLE = /[^\s\p{Cf}]/u;

type Check = (ok: boolean, rule: string) => void;

function checker(out: string[]): Check {
  return (ok, rule) => {
    if (!ok) out.push(rule);
  };
}

const isText = (v: unknown) => typeof v === 'string' && v.trim() !== '' && VISIBLE.test(v);
const optText = (v: unknown) => v === undefined || isText(v);

/** Absolute http(s) URL that the URL parser reads back unchanged. */
export function isHttpUrl(v: unknown): boolean {
  if (typeof v !== 'string' || !/^https?:\/\//i.test(v)) return false;
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '' && u.href === v;
  } catch {
    return false;
  }
}
const optUrl = (v: unknown) => v === undefined || isHttpUrl(v);
const optImage = (v: unknown) => v === undefined || isHttpUrl(v) || (typeof v === 'string' && /^data:image\/[a-z+.-]+[;,]/i.test(v) && !/[<>"]/.test(v));
/** ISO 8601 as the model has it: a real date-only value or a UTC instant to the second. */
export const isModelDate = (v: unknown) => typeof v === 'string' && ISO.test(v) && normalizeDate(v) === v;
const optDate = (v: unknown) => v === undefined || isModelDate(v);
const noUndefined = (value: object) => JSON.stringify(value) !== undefined && Object.values(value).every((v) => v !== undefined);

const BADGE_KEYS = new Set([
  'id', 'provider', 'name', 'description', 'imageUrl', 'issuer', 'issuedAt', 'expiresAt', 'status', 'pendingReason', 'revocationReason',
  'publicUrl', 'acceptUrl', 'isPublic', 'skills', 'criteria', 'evidence', 'alignments', 'course', 'templateId', 'shareSwitches',
]);

/** Rules a `Badge` breaks. `now` is the clock the parser was given. */
export function badgeViolations(b: Badge, now: number): string[] {
  const out: string[] = [];
  const check = checker(out);
  check(Object.keys(b).every((k) => BADGE_KEYS.has(k)), 'only model fields');
  check(noUndefined(b), 'no undefined properties');
  check(isText(b.id), 'id is visible text');
  check(['credly', 'accredible', 'openbadges', 'openedx'].includes(b.provider), 'provider in its set');
  check(isText(b.name), 'name is visible text');
  check(optText(b.description), 'description is visible text');
  check(optImage(b.imageUrl), 'imageUrl is http(s) or data:image');
  check(!!b.issuer && isText(b.issuer.name), 'issuer.name is visible text');
  check(optUrl(b.issuer?.url), 'issuer.url is http(s)');
  check(optImage(b.issuer?.imageUrl), 'issuer.imageUrl is http(s) or data:image');
  check(optText(b.issuer?.linkedInOrganizationId), 'issuer.linkedInOrganizationId is text');
  check(optDate(b.issuedAt), 'issuedAt is a model date');
  check(optDate(b.expiresAt), 'expiresAt is a model date');
  check(['active', 'pending', 'expired', 'revoked'].includes(b.status), 'status in its set');
  check(b.status === 'revoked' || !isPastExpiry(b.expiresAt, now) || b.status === 'expired', 'past expiry is expired (unless revoked)');
  check(b.status === 'pending' ? ['accept', 'issuing'].includes(b.pendingReason as string) : b.pendingReason === undefined, 'pendingReason only when pending');
  check(b.status === 'revoked' ? optText(b.revocationReason) : b.revocationReason === undefined, 'revocationReason only when revoked');
  check(optUrl(b.publicUrl), 'publicUrl is http(s)');
  check(optUrl(b.acceptUrl) && (b.acceptUrl === undefined || b.status === 'pending'), 'acceptUrl is http(s), only when pending');
  check(b.isPublic === undefined || typeof b.isPublic === 'boolean', 'isPublic is boolean');
  check(Array.isArray(b.skills) && b.skills.every(isText), 'skills are visible texts');
  check(b.criteria === undefined || ((!!b.criteria.url || !!b.criteria.narrative) && optUrl(b.criteria.url) && optText(b.criteria.narrative)), 'criteria has a URL or a narrative');
  check(
    Array.isArray(b.evidence) &&
      b.evidence.every((e) => Object.keys(e).length > 0 && optUrl(e.url) && optText(e.name) && optText(e.description) && optText(e.narrative)),
    'evidence entries are non-empty, URLs http(s)',
  );
  check(
    Array.isArray(b.alignments) && b.alignments.every((a) => isText(a.name) && optUrl(a.url) && optText(a.description) && optText(a.framework) && optText(a.code)),
    'alignments have a name, URLs http(s)',
  );
  check(b.course === undefined || (isText(b.course.key) && optText(b.course.name) && optUrl(b.course.url)), 'course has a key, URL http(s)');
  check(optText(b.templateId), 'templateId is text');
  check(
    b.shareSwitches === undefined || Object.entries(b.shareSwitches).every(([k, v]) => ['addToLinkedIn', 'embed', 'emailShare', 'downloadBadge', 'sharing'].includes(k) && ['public', 'private', 'disabled'].includes(v)),
    'share switches in their set',
  );
  return out;
}

/** Rules a `BadgeProgressData` breaks. */
export function progressViolations(p: BadgeProgressData): string[] {
  const out: string[] = [];
  const check = checker(out);
  const t = p.template;
  check(noUndefined(p) && noUndefined(t), 'no undefined properties');
  check(isText(t.id) && isText(t.name) && ['credly', 'accredible'].includes(t.provider), 'template id, name, provider');
  check(optText(t.description) && optImage(t.imageUrl), 'template description, image');
  check(t.issuer === undefined || isText(t.issuer.name), 'template issuer name');
  check(t.course === undefined || (isText(t.course.key) && optUrl(t.course.url)), 'template course');
  check(typeof p.ratio === 'number' && p.ratio >= 0 && p.ratio <= 1 && Math.round(p.ratio * 100) / 100 === p.ratio, 'ratio 0..1 with 2 decimals');
  check(p.completed === (p.ratio === 1), 'completed iff ratio is 1');
  check(
    p.groups.every(
      (g) =>
        isText(g.id) &&
        g.requirements.every((r) => isText(r.id) && isText(r.description) && typeof r.fulfilled === 'boolean' && optUrl(r.url)) &&
        (g.requirements.length === 0 ? typeof g.fulfilled === 'boolean' : g.fulfilled === g.requirements.some((r) => r.fulfilled)),
    ),
    'groups: ids, requirements, fulfilled iff one requirement is',
  );
  check(
    p.resets.every((r) => r.requirementIds.every(isText) && optText(r.reason) && (r.occurredAt === undefined || (INSTANT.test(r.occurredAt) && isModelDate(r.occurredAt)))),
    'resets: requirement ids, reason, UTC instant',
  );
  check(optText(p.earnedBadgeId), 'earnedBadgeId is text');
  return out;
}

/** Rules a problem breaks, for a source list of `count` items. */
export function problemViolations(p: BadgeProblem, count: number): string[] {
  const out: string[] = [];
  const check = checker(out);
  check(Number.isInteger(p.index) && p.index >= 0 && p.index < Math.max(1, count), 'index within the list');
  check(p.itemId === undefined || typeof p.itemId === 'string', 'itemId is text');
  check(typeof p.field === 'string', 'field is a path');
  check(typeof p.message === 'string' && p.message.trim().length > 5, 'message says why');
  check(['invalid-item', 'dropped-field', 'unresolved'].includes(p.kind), 'kind in its set');
  return out;
}
