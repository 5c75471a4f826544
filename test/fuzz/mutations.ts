/**
 * Mutations of a valid payload: each picks one node (any field at any depth, or the root) and
 * breaks it the way real payloads break: missing, null, extra or wrong-typed fields, huge
 * strings, deep nesting, odd Unicode (lone surrogates, RTL marks, zero-width characters),
 * numbers as strings and back, a list where one value was expected and one value for a list,
 * hostile URLs and impossible dates.
 */
import fc from 'fast-check';

/** Odd Unicode: lone surrogates, bidi controls, zero-width characters, BOM, NUL, combining marks. */
export const ODD_UNICODE = ['\uD800', '\uDFFF', '\u202E', '\u200F', '\u061C', '\u2066', '\u200B', '\u200D', '\uFEFF', '\u0000', '\u0301', '\u00A0', '\u3000'];
const HOSTILE_URLS = [
  'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>', '//evil.example/x', '/relative/path', 'https://', 'http://[::1', 'https://exa mple.com', 'file:///etc/passwd',
  'https://\u202Eevil.example', 'https://example.com/\uD800', 'mailto:someone@example.com',
];
const ODD_DATES = [
  '2026-02-30', '2026-13-01', '2026-00-10', '2026-01-01T24:00:00Z', '2026-01-01T25:61:00Z', '9999-12-31T23:59:59-14:00', '0000-01-01T00:00:00+01:00',
  '0099-06-01', '+275760-09-13T00:00:00Z', '2026-01-01T10:00:00.123456789+05:45', '2026-06-01T10:00:00+2400', '2026-06-01 10:00', 'yesterday', '1700000000',
  '2026-06-01T10:00:00z', '\u200B2026-06-01', '2026-06-01\u0000',
];

/** What a mutation does to the node it picks. */
export type Op =
  | 'delete' | 'null' | 'wrong-type' | 'wrap' | 'unwrap' | 'number-string' | 'huge' | 'deep' | 'odd-unicode' | 'only-invisible'
  | 'extra' | 'anything' | 'hostile-url' | 'odd-date' | 'empty';

/** One mutation: which node (`pick` modulo the number of nodes), what to do, and its random material. */
export interface Mutation {
  pick: number;
  op: Op;
  value: unknown;
  unicode: string;
  key: string;
}

const OPS: Op[] = ['delete', 'null', 'wrong-type', 'wrap', 'unwrap', 'number-string', 'huge', 'deep', 'odd-unicode', 'only-invisible', 'extra', 'anything', 'hostile-url', 'odd-date', 'empty'];

/**
 * A mutation. `hugeLength` bounds huge strings (the CI run keeps them small enough to stay fast;
 * the long script uses a million characters).
 */
export const mutation: fc.Arbitrary<Mutation> = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom(...OPS),
  value: fc.oneof(
    fc.anything({ maxDepth: 3, withBigInt: false, withNullPrototype: false }),
    fc.constantFrom(...HOSTILE_URLS, ...ODD_DATES, 0, -1, 1e21, Number.NaN, Number.POSITIVE_INFINITY, '', ' ', true, [], {}),
  ),
  unicode: fc.string({ unit: fc.constantFrom(...ODD_UNICODE, 'a', 'ب', '字'), minLength: 1, maxLength: 6 }),
  key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'id', 'name', 'type')),
});

/** Nodes of a JSON tree with the path to each (the root has the empty path), down to depth 12. */
export function nodes(root: unknown): (string | number)[][] {
  const out: (string | number)[][] = [];
  const todo: [unknown, (string | number)[]][] = [[root, []]];
  for (let next = todo.pop(); next; next = todo.pop()) {
    const [node, path] = next;
    out.push(path);
    if (path.length < 12 && node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) todo.push([v, [...path, Array.isArray(node) ? Number(k) : k]]);
    }
  }
  return out;
}

/** `String(value)`, or a stand-in for objects that cannot be made text. */
function asText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return 'x';
  }
}

function nest(value: unknown, depth: number): unknown {
  let out = value;
  for (let i = 0; i < depth; i += 1) out = i % 2 ? [out] : { id: out };
  return out;
}

/** The replacement for a node (`undefined` with `op === 'delete'` removes it). */
function replace(node: unknown, m: Mutation, hugeLength: number): unknown {
  switch (m.op) {
    case 'null':
      return null;
    case 'wrong-type':
      return typeof node === 'string' ? 42 : typeof node === 'number' ? { value: node } : typeof node === 'boolean' ? 'true' : Array.isArray(node) ? { 0: node[0] } : 'text';
    case 'wrap':
      return [node];
    case 'unwrap':
      return Array.isArray(node) ? node[0] : node;
    case 'number-string':
      return typeof node === 'number' ? String(node) : typeof node === 'string' && node.trim() !== '' && !Number.isNaN(Number(node)) ? Number(node) : typeof node === 'string' ? node.length : asText(node);
    case 'huge':
      return (typeof node === 'string' && node ? node : 'x').repeat(Math.ceil(hugeLength / (typeof node === 'string' && node ? node.length : 1))).slice(0, hugeLength) + m.unicode;
    case 'deep':
      return nest(node, 2000);
    case 'odd-unicode':
      return typeof node === 'string' ? `${m.unicode}${node}${m.unicode}` : m.unicode;
    case 'only-invisible':
      return m.unicode.replace(/[a-zب字]/g, '\u200B');
    case 'anything':
      return m.value;
    case 'hostile-url':
      return HOSTILE_URLS[m.pick % HOSTILE_URLS.length];
    case 'odd-date':
      return ODD_DATES[m.pick % ODD_DATES.length];
    case 'empty':
      return Array.isArray(node) ? [] : node && typeof node === 'object' ? {} : '';
    default:
      return node;
  }
}

/** Applies mutations to a deep copy of `root` and returns it. */
export function mutate<T>(root: T, mutations: Mutation[], hugeLength = 20_000): T {
  let out: unknown = structuredClone(root);
  for (const m of mutations) {
    const all = nodes(out);
    const path = all[m.pick % all.length] ?? [];
    const parent = path.slice(0, -1).reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], out) as Record<string | number, unknown> | unknown[];
    const last = path[path.length - 1];
    const node = last === undefined ? out : (parent as Record<string | number, unknown>)[last];
    if (m.op === 'extra') {
      const target = node && typeof node === 'object' && !Array.isArray(node) ? node : parent;
      if (target && typeof target === 'object' && !Array.isArray(target)) Object.defineProperty(target, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
      continue;
    }
    if (m.op === 'delete' && last !== undefined) {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete (parent as Record<string, unknown>)[last];
      continue;
    }
    const next = replace(node, m, hugeLength);
    if (last === undefined) out = next;
    else (parent as Record<string | number, unknown>)[last] = next;
  }
  return out as T;
}
