/**
 * The engine shared by every format parser. Each parser validates an item's structure with a
 * lenient valibot schema, then reads fields by dotted path from the item's root: the path is
 * also the `field` of any problem. Readers apply the model's rules with reporting: a URL the
 * policy rejects, an unreadable date or a non-text value is dropped and reported, the badge kept.
 */
import * as v from 'valibot';
import { normalizeDate, resolveStatus, safeHttpUrl, safeImageUrl } from '../model';
import type { Badge, BadgeFormat, BadgeProblem, BadgeProvider, BadgeShareSwitches, StatusFacts } from '../model';

/** Options of `parseBadges` and `parseProgress`. */
export interface ParseOptions {
  /** Skip detection and read the payload as this format. */
  format?: BadgeFormat;
  /** The clock that decides whether a badge has expired (default: now). */
  now?: Date | number;
  /** Issuer name for formats that lack one (before the provider's display name). */
  defaultIssuerName?: string;
}

/** The per-item parsing context: the raw item, where problems go and which item they name. */
export interface Item {
  raw: unknown;
  index: number;
  id?: string;
  problems: BadgeProblem[];
  options: ParseOptions;
  now: number;
}

/** An id given as a string or a number. */
export const ID = v.union([v.string(), v.number()]);
/** Any object (its fields are read and checked one by one). */
export const OBJ = v.looseObject({});
/** An optional list of objects. */
export const LIST = v.nullish(v.array(OBJ));

/** Thrown inside an item parser; becomes one problem for that item. */
class ItemFailure {
  constructor(
    readonly field: string,
    readonly message: string,
    readonly kind: BadgeProblem['kind'],
  ) {}
}

/** Abandons the current item with a problem naming the field. */
export function fail(field: string, message: string, kind: BadgeProblem['kind'] = 'invalid-item'): never {
  throw new ItemFailure(field, message, kind);
}

/** Records a problem for the current item (by default: a field was dropped, the badge kept). */
export function report(it: Item, field: string, message: string, kind: BadgeProblem['kind'] = 'dropped-field'): void {
  it.problems.push({ index: it.index, ...(it.id && { itemId: it.id }), field, message, kind });
}

/**
 * Validates an item's structure; on failure the item is abandoned with the first issue's path and
 * message. `idPath` names the field that identifies the item in problems.
 */
export function validate(it: Item, schema: v.GenericSchema, idPath: string): void {
  const id = at(it.raw, idPath);
  if (typeof id === 'string' || typeof id === 'number') it.id = String(id);
  const result = v.safeParse(schema, it.raw, { abortEarly: true });
  if (!result.success) fail(v.getDotPath(result.issues[0]) ?? '', result.issues[0].message);
}

/** Runs an item parser over a list; a failing item becomes a problem and never hides the others. */
export function parseItems<T>(items: unknown[], parse: (it: Item) => T, problems: BadgeProblem[], options: ParseOptions): T[] {
  const out: T[] = [];
  const clock = Number(options.now ?? Date.now());
  const now = Number.isNaN(clock) ? Date.now() : clock;
  items.forEach((raw, index) => {
    const it: Item = { raw, index, problems, options, now };
    try {
      out.push(prune(parse(it)));
    } catch (error) {
      const failure = error instanceof ItemFailure ? error : new ItemFailure('', `Unreadable item: ${String(error)}`, 'invalid-item');
      report(it, failure.field, failure.message, failure.kind);
    }
  });
  return out;
}

/** True for a plain (non-array) object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value given once or as a list, as a list. */
export function list(value: unknown): unknown[] {
  return value == null ? [] : Array.isArray(value) ? value : [value];
}

/** The value at a dotted path (`badge_template.skills.0`) from `node`. */
export function at(node: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((n, key) => (typeof n === 'object' && n !== null ? (n as Record<string, unknown>)[key] : undefined), node);
}

/** The first usable value among space-separated paths; each path's reader reports what it drops. */
function first<T>(it: Item, paths: string | undefined, read: (value: unknown, path: string) => T | undefined): T | undefined {
  for (const path of paths ? paths.split(' ') : []) {
    const value = at(it.raw, path);
    const out = value == null || value === '' ? undefined : read(value, path);
    if (out !== undefined) return out;
  }
  return undefined;
}

function drop(it: Item, path: string, value: unknown, why: string): undefined {
  // Never String() a payload object: `{"toString": 1}` is valid JSON and would throw.
  report(it, path, `Dropped ${typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : Array.isArray(value) ? 'a list' : `a ${typeof value}`}: ${why}`);
  return undefined;
}

/** Text (trimmed, with something visible: not only spaces and invisible format characters; numbers as strings) at the first usable path. */
export function str(it: Item, paths?: string): string | undefined {
  return first(it, paths, (value, path) =>
    typeof value === 'string' ? (/[^\s\p{Cf}]/u.test(value) ? value.trim() : undefined) : typeof value === 'number' ? String(value) : drop(it, path, value, 'not text'),
  );
}

/** A URL the policy keeps (`image`: also `data:image/*`; an object's `id` is its URL, as in Open Badges). */
export function url(it: Item, paths?: string, image = false): string | undefined {
  return first(it, paths, (value, path) => {
    const href = isObject(value) ? value.id : value;
    return (image ? safeImageUrl : safeHttpUrl)(href) ?? drop(it, path, href, `not an absolute http(s)${image ? ' or data:image' : ''} URL`);
  });
}

/** A date normalized by the model rules (date-only kept, instants to UTC). */
export function day(it: Item, paths?: string): string | undefined {
  return first(it, paths, (value, path) => normalizeDate(value) ?? drop(it, path, value, 'not an ISO 8601 date'));
}

/** The provider `state` (Credly, Open edX contract); a `rejected` badge is dropped: the learner declined it. */
export function providerState(it: Item): unknown {
  const state = at(it.raw, 'state');
  return state === 'rejected' ? fail('state', 'The learner declined (rejected) this badge') : state;
}

/** A boolean, or `undefined` when absent or not a boolean. */
export function flag(it: Item, path: string): boolean | undefined {
  const value = at(it.raw, path);
  return typeof value === 'boolean' ? value : undefined;
}

/** The value, or the item is abandoned because this required field is missing. */
export function need<T>(value: T | undefined, field: string): T {
  return value === undefined ? fail(field, `Missing ${field}: an item without it cannot be shown`) : value;
}

/** Texts of a list at `path`; entries may be strings or objects with `name` (Credly earner skills). */
export function texts(it: Item, path: string): string[] {
  return entries(it, path).flatMap((p) => str(it, isObject(at(it.raw, p)) ? `${p}.name` : p) ?? []);
}

/** Indices of the list at `path` (a single value counts as one entry), with each entry's path. */
export function entries(it: Item, path: string): string[] {
  const value = at(it.raw, path);
  return Array.isArray(value) ? value.map((_, i) => `${path}.${i}`) : value == null ? [] : [path];
}

const PROVIDER_NAMES: Record<BadgeProvider, string> = {
  credly: 'Credly',
  accredible: 'Accredible',
  openbadges: 'Open Badges issuer',
  openedx: 'Open edX',
};

/** Where each common field is read from: space-separated dotted paths, first usable wins. */
export interface Spec {
  id: string;
  name: string;
  description?: string;
  image?: string;
  issuer?: string;
  issuerUrl?: string;
  issuerImage?: string;
  issued?: string;
  expires?: string;
  url?: string;
  template?: string;
  skills?: string;
  criteria?: string;
  narrative?: string;
  reason?: string;
}

/**
 * The fields every format shares, read by `spec`, with the issuer-name fallback
 * (source, `options.defaultIssuerName`, provider name) and the status precedence of the model.
 */
export function base(it: Item, provider: BadgeProvider, spec: Spec, facts: Omit<StatusFacts, 'expiresAt'> = {}): Badge {
  const expiresAt = day(it, spec.expires);
  const status = resolveStatus({ ...facts, expiresAt }, it.now);
  const criteriaUrl = url(it, spec.criteria);
  const narrative = str(it, spec.narrative);
  const fallback: unknown = it.options.defaultIssuerName;
  return {
    id: need(str(it, spec.id), spec.id),
    provider,
    name: need(str(it, spec.name), spec.name.split(' ')[0] as string),
    description: str(it, spec.description),
    imageUrl: url(it, spec.image, true),
    issuer: {
      name: str(it, spec.issuer) ?? ((typeof fallback === 'string' && fallback.trim()) || PROVIDER_NAMES[provider]),
      url: url(it, spec.issuerUrl),
      imageUrl: url(it, spec.issuerImage, true),
    },
    issuedAt: day(it, spec.issued),
    expiresAt,
    status,
    pendingReason: status === 'pending' ? facts.pending : undefined,
    revocationReason: status === 'revoked' ? str(it, spec.reason) : undefined,
    publicUrl: url(it, spec.url),
    skills: spec.skills ? texts(it, spec.skills) : [],
    criteria: criteriaUrl || narrative ? { url: criteriaUrl, narrative } : undefined,
    evidence: [],
    alignments: [],
    templateId: str(it, spec.template),
  };
}

/** The public Credly page of a badge id (Credly ids are UUIDs; anything else has no page we can name). */
export function credlyPage(id: string): string | undefined {
  return /^[\w-]+$/.test(id) ? `https://www.credly.com/badges/${id}` : undefined;
}

/** Alignments at `path`: Open Badges `targetName`… keys, or Credly's plain `name`… keys. */
export function alignments(it: Item, path: string, openBadges: boolean): Badge['alignments'] {
  const key = (name: string) => (openBadges ? `target${name[0]?.toUpperCase()}${name.slice(1)}` : name);
  return entries(it, path).flatMap((p) => {
    const name = str(it, `${p}.${key('name')}`);
    return name
      ? [{ name, url: url(it, `${p}.${key('url')}`), description: str(it, `${p}.${key('description')}`), framework: str(it, `${p}.${key('framework')}`), code: str(it, `${p}.${key('code')}`) }]
      : [];
  });
}

/** Open Badges evidence at `path`: URLs or objects with `id`, `name`, `description`, `narrative`. */
export function evidence(it: Item, path: string): Badge['evidence'] {
  return entries(it, path).map((p) =>
    typeof at(it.raw, p) === 'string'
      ? { url: url(it, p) }
      : { url: url(it, `${p}.id`), name: str(it, `${p}.name`), description: str(it, `${p}.description`), narrative: str(it, `${p}.narrative`) },
  );
}

const SWITCHES: [keyof BadgeShareSwitches, string][] = [
  ['addToLinkedIn', 'add_to_linkedin'],
  ['embed', 'embed'],
  ['emailShare', 'email_share'],
  ['downloadBadge', 'download_badge'],
  ['sharing', 'sharing'],
];

/** Share switches (`public | private | disabled`) from snake_case keys at `path`; other values are ignored. */
export function shareSwitches(it: Item, path: string): BadgeShareSwitches | undefined {
  const value = at(it.raw, path);
  if (!isObject(value)) return undefined;
  const out: BadgeShareSwitches = {};
  for (const [key, source] of SWITCHES) {
    const setting = value[source];
    if (setting === 'public' || setting === 'private' || setting === 'disabled') out[key] = setting;
  }
  return out;
}

/** Removes `undefined` properties and empty entries of lists, deeply, so results compare and serialise cleanly. */
function prune<T>(value: T): T {
  if (Array.isArray(value)) return value.map(prune).filter((v) => !isObject(v) || Object.keys(v).length) as T;
  if (isObject(value)) {
    for (const key of Object.keys(value)) {
      if (value[key] === undefined) delete value[key];
      else (value as Record<string, unknown>)[key] = prune(value[key]);
    }
  }
  return value;
}
