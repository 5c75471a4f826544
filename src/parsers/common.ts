/**
 * The engine shared by every format parser. A parser first validates an item's declared shape
 * with valibot schemas (`shape`), then reads fields by dotted path from the item's root: the path
 * is also the `field` of any problem. Readers apply the model's rules with reporting: a URL the policy rejects, an
 * unreadable date or a non-text value is dropped and reported, the badge kept.
 */
import * as v from 'valibot';
import { normalizeDate, resolveStatus, safeHttpUrl, safeImageUrl } from '../model';
import { wellFormed } from '../model/url';
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

type Kind = BadgeProblem['kind'];

/** Abandons the current item with one problem naming the field (thrown as a tuple, caught by `parseItems`). */
export function fail(field: string, message: string, kind: Kind = 'invalid-item'): never {
  throw [field, message, kind];
}

/** Records a problem for the current item (by default: a field was dropped, the badge kept). */
export function report(it: Item, field: string, message: string, kind: Kind = 'dropped-field'): void {
  it.problems.push({ index: it.index, ...(it.id && { itemId: it.id }), field, message, kind });
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
      const [field, message, kind] = Array.isArray(error) ? error : ['', `Unreadable item: ${(error as Error)?.message}`];
      report(it, field, message, kind ?? 'invalid-item');
    }
  });
  return out;
}

/** True for a plain (non-array) object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a value is, for messages: `null`, `a list`, `a string`, `an object`… (never its content). */
export function kindOf(value: unknown): string {
  const type = typeof value;
  return value == null ? `${value}` : Array.isArray(value) ? 'a list' : `a${type === 'object' ? 'n' : ''} ${type}`;
}

/** A value given once or as a list, as a list. */
export function list(value: unknown): unknown[] {
  return value == null ? [] : Array.isArray(value) ? value : [value];
}

/** The value at a dotted path (`badge_template.skills.0`) from `node`. */
export function at(node: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((n, key) => (typeof n === 'object' && n !== null ? (n as Record<string, unknown>)[key] : undefined), node);
}

/** The valibot schema of each shape kind a format may declare for a field. */
const SHAPES: Record<string, v.GenericSchema> = {
  object: /* @__PURE__ */ v.looseObject({}),
  list: /* @__PURE__ */ v.array(/* @__PURE__ */ v.looseObject({})),
  texts: /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
  link: /* @__PURE__ */ v.string(),
};
const compiled = new Map<string, v.GenericSchema>();

/** `object|list?` → `v.nullish(v.union([object, list]))`, built once per distinct kind. */
function schemaOf(kind: string): v.GenericSchema {
  let schema = compiled.get(kind);
  if (!schema) {
    const kinds = kind.replace('?', '').split('|').map((k) => SHAPES[k]!);
    const one = kinds.length > 1 ? v.union(kinds) : kinds[0]!;
    schema = kind.endsWith('?') ? v.nullish(one) : one;
    compiled.set(kind, schema);
  }
  return schema;
}
/**
 * Names the item by the value at `idPath` (silently: the parser's own read of the id reports a
 * value it drops, once), then validates its declared shape with valibot:
 * `rules` are space-separated `path:kind`, kind `object`, `list` (of objects), `texts` (a list of
 * strings) or `link` (a string), alternatives joined by `|`, a final `?` allowing null or absence.
 * The first field that fails its schema abandons the item, naming the path, what was expected
 * and what was found.
 */
export function shape(it: Item, idPath: string, rules: string): void {
  it.id = str({ ...it, problems: [] }, idPath);
  for (const rule of `:object ${rules}`.trim().split(' ')) {
    const [path, kind] = rule.split(':') as [string, string];
    const value = path ? at(it.raw, path) : it.raw;
    if (!v.is(schemaOf(kind), value)) fail(path, `Expected ${kind.replace('?', '').replace('|', ' or ')}, got ${kindOf(value)}`);
  }
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
  report(it, path, `Dropped ${typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : kindOf(value)}: ${why}`);
  return undefined;
}

/** Text at the first usable path: trimmed, with something visible (not only spaces or invisible format characters); numbers as strings. */
export function str(it: Item, paths?: string): string | undefined {
  return first(it, paths, (value, path) =>
    typeof value === 'string' ? (/[^\s\p{Cf}]/u.test(value) ? wellFormed(value.trim()) : undefined) : typeof value === 'number' ? String(value) : drop(it, path, value, 'not text'),
  );
}

/** A URL the policy keeps (`image`: also `data:image/*`); an object's `id` is its URL, as in Open Badges. */
export function url(it: Item, paths?: string, image = false): string | undefined {
  return first(it, paths, (value, path) => {
    const href = isObject(value) ? value.id : value;
    return href == null ? undefined : ((image ? safeImageUrl : safeHttpUrl)(href) ?? drop(it, path, href, `not an absolute http(s)${image ? ' or data:image' : ''} URL`));
  });
}

/** A date normalized by the model rules (date-only kept, instants to UTC). */
export function day(it: Item, paths?: string): string | undefined {
  return first(it, paths, (value, path) => normalizeDate(value) ?? drop(it, path, value, 'not an ISO 8601 date'));
}

/** The provider `state` (Credly, Open edX contract); a `rejected` badge is dropped: the learner declined it. */
export function providerState(it: Item): unknown {
  const state = at(it.raw, 'state');
  return state === 'rejected' ? fail('state', 'The learner rejected this badge') : state;
}

/** A boolean, or `undefined` when absent or not a boolean. */
export function flag(it: Item, path: string): boolean | undefined {
  const value = at(it.raw, path);
  return typeof value === 'boolean' ? value : undefined;
}

/** The text at `paths`, or the item is abandoned because this required field (`field`, by default the paths) is missing. */
export function need(it: Item, paths: string, field = paths): string {
  return str(it, paths) ?? fail(field, `Missing ${field}`);
}

/** Texts of a list at `path`; entries may be strings or objects with `name` (Credly earner skills). */
export function texts(it: Item, path?: string): string[] {
  return entries(it, path).flatMap((p) => str(it, isObject(at(it.raw, p)) ? `${p}.name` : p) ?? []);
}

/**
 * Paths of the entries of the list at `paths` (a single value counts as one entry); with
 * space-separated alternatives, the first that has entries.
 */
export function entries(it: Item, paths = ''): string[] {
  for (const path of paths ? paths.split(' ') : []) {
    const value = at(it.raw, path);
    const out = Array.isArray(value) ? value.map((_, i) => `${path}.${i}`) : value == null ? [] : [path];
    if (out.length) return out;
  }
  return [];
}

const PROVIDER_NAMES = { credly: 'Credly', accredible: 'Accredible', openbadges: 'Open Badges issuer', openedx: 'Open edX' };

/**
 * Where each common field is read from, in this order: space-separated dotted paths (first
 * usable wins); `''` or nothing for a field the format lacks.
 */
export type Spec = [
  id: string,
  name: string,
  description?: string,
  image?: string,
  issuer?: string,
  issuerUrl?: string,
  issuerImage?: string,
  issued?: string,
  expires?: string,
  publicUrl?: string,
  template?: string,
  skills?: string,
  criteria?: string,
  narrative?: string,
  reason?: string,
];

/**
 * The fields every format shares, read by `spec`, with the issuer-name fallback
 * (source, `options.defaultIssuerName`, provider name) and the status precedence of the model.
 */
export function base(it: Item, provider: BadgeProvider, spec: Spec, facts: Omit<StatusFacts, 'expiresAt'> = {}): Badge {
  const [id, name, description, image, issuer, issuerUrl, issuerImage, issued, expires, link, template, skills, criteria, narrative, reason] = spec;
  const expiresAt = day(it, expires);
  const status = resolveStatus({ ...facts, expiresAt }, it.now);
  const criteriaUrl = url(it, criteria);
  const story = str(it, narrative);
  const fallback: unknown = it.options.defaultIssuerName;
  return {
    id: need(it, id),
    provider,
    name: need(it, name, name.split(' ')[0]),
    description: str(it, description),
    imageUrl: url(it, image, true),
    issuer: {
      name: str(it, issuer) ?? ((typeof fallback === 'string' && fallback.trim()) || PROVIDER_NAMES[provider]),
      url: url(it, issuerUrl),
      imageUrl: url(it, issuerImage, true),
    },
    issuedAt: day(it, issued),
    expiresAt,
    status,
    pendingReason: status === 'pending' ? facts.pending : undefined,
    revocationReason: status === 'revoked' ? str(it, reason) : undefined,
    publicUrl: url(it, link),
    skills: texts(it, skills),
    criteria: criteriaUrl || story ? { url: criteriaUrl, narrative: story } : undefined,
    evidence: [],
    alignments: [],
    templateId: str(it, template),
  };
}

/** The public Credly page of a badge id (Credly ids are UUIDs; anything else has no page we can name). */
export function credlyPage(id: string): string | undefined {
  return /^[\w-]+$/.test(id) ? `https://www.credly.com/badges/${id}` : undefined;
}

/** Alignments at `paths` (see `entries`): Open Badges `targetName`… keys, or Credly's plain `name`… keys (`plain`). */
export function alignments(it: Item, paths: string, plain?: boolean): Badge['alignments'] {
  return entries(it, paths).flatMap((p) => {
    const [name, link, description, framework, code] = ['name', 'url', 'description', 'framework', 'code'].map((key) => `${p}.${plain ? key : `target${key[0]!.toUpperCase()}${key.slice(1)}`}`) as string[];
    const title = str(it, name);
    return title ? [{ name: title, url: url(it, link), description: str(it, description), framework: str(it, framework), code: str(it, code) }] : [];
  });
}

/** Open Badges evidence at `path`: URLs, or objects with `id`, `name`, `description`, `narrative`. */
export function evidence(it: Item, path: string): Badge['evidence'] {
  return entries(it, path).map((p) => ({ url: url(it, p), name: str(it, `${p}.name`), description: str(it, `${p}.description`), narrative: str(it, `${p}.narrative`) }));
}

/** Share switches (`public | private | disabled`) from snake_case keys at `path`; other values are ignored. */
export function shareSwitches(it: Item, path: string): BadgeShareSwitches | undefined {
  const value = at(it.raw, path);
  if (!isObject(value)) return undefined;
  const out: Record<string, unknown> = {};
  for (const key of ['add_to_linkedin', 'embed', 'email_share', 'download_badge', 'sharing']) {
    const setting = value[key];
    if (['public', 'private', 'disabled'].includes(setting as string)) out[key.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()).replace('Linkedin', 'LinkedIn')] = setting;
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
