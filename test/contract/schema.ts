/**
 * A compact JSON Schema validator for the subset the OpenAPI document uses: `$ref` to
 * `#/components/...`, `type` (a name or a list, so `[string, 'null']` is nullable), `properties`,
 * `required`, `additionalProperties: false`, `items`, `enum`, `anyOf`, `oneOf`, `minimum`,
 * `maximum`, `minLength`, and `format` `date-time` / `date` / `uri` / `uuid`. Any other keyword
 * is reported as unsupported, so the document cannot silently outgrow the validator.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export type Schema = Record<string, unknown>;

const KNOWN = new Set([
  '$ref', 'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'anyOf', 'oneOf',
  'minimum', 'maximum', 'minLength', 'format', 'description', 'default', 'example', 'title',
]);

const FORMATS: Record<string, RegExp> = {
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  uri: /^[a-z][a-z0-9+.-]*:[^\s]+$/i,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function validDate(text: string): boolean {
  return !Number.isNaN(Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text)) && new Date(`${text.slice(0, 10)}T00:00:00Z`).toISOString().startsWith(text.slice(0, 10));
}

/** Validates `value` against `schema`; returns one message per violation (`path: why`), none when valid. */
export function validate(value: unknown, schema: Schema, root: Schema, path = '$'): string[] {
  const errors: string[] = [];
  for (const key of Object.keys(schema)) {
    if (!KNOWN.has(key) && !key.startsWith('x-')) errors.push(`${path}: schema keyword "${key}" is not supported by the test validator`);
  }
  if (typeof schema.$ref === 'string') {
    const target = schema.$ref.replace(/^#\//, '').split('/').reduce<unknown>((node, part) => (node as Schema | undefined)?.[part], root);
    if (!target) return [...errors, `${path}: unresolved $ref ${schema.$ref}`];
    return [...errors, ...validate(value, target as Schema, root, path)];
  }
  const actual = typeOf(value);
  if (schema.type !== undefined) {
    const allowed = ([] as unknown[]).concat(schema.type);
    const ok = allowed.includes(actual) || (actual === 'integer' && allowed.includes('number'));
    if (!ok) return [...errors, `${path}: expected ${allowed.join(' or ')}, got ${actual}`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) errors.push(`${path}: shorter than ${schema.minLength}`);
    const format = schema.format as string | undefined;
    if (format) {
      const pattern = FORMATS[format];
      if (!pattern) errors.push(`${path}: format "${format}" is not supported by the test validator`);
      else if (!pattern.test(value) || ((format === 'date' || format === 'date-time') && !validDate(value))) {
        errors.push(`${path}: ${JSON.stringify(value)} is not a valid ${format}`);
      }
    }
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${path}: ${value} is below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${path}: ${value} is above ${schema.maximum}`);
  }
  if (actual === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) {
      if (!(key in object)) errors.push(`${path}: missing required property "${key}"`);
    }
    for (const [key, child] of Object.entries(object)) {
      if (properties[key]) errors.push(...validate(child, properties[key], root, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: property "${key}" is not in the contract`);
    }
  }
  if (actual === 'array' && schema.items) {
    (value as unknown[]).forEach((item, index) => errors.push(...validate(item, schema.items as Schema, root, `${path}[${index}]`)));
  }
  if (Array.isArray(schema.anyOf)) {
    const results = (schema.anyOf as Schema[]).map((option) => validate(value, option, root, path));
    if (!results.some((result) => result.length === 0)) errors.push(`${path}: matches none of anyOf (${results.map((r) => r[0]).join(' | ')})`);
  }
  if (Array.isArray(schema.oneOf)) {
    const results = (schema.oneOf as Schema[]).map((option) => validate(value, option, root, path));
    const matches = results.filter((result) => result.length === 0).length;
    if (matches !== 1) errors.push(`${path}: matches ${matches} of oneOf, expected exactly 1 (${results.map((r) => r[0] ?? 'ok').join(' | ')})`);
  }
  return errors;
}

let cached: Schema | undefined;

/**
 * The OpenAPI document as JSON, bundled by the installed Redocly CLI (the same tool that lints
 * it), so the tests read exactly the file in the repo.
 */
export function loadOpenApi(): Schema {
  if (cached) return cached;
  const out = join(mkdtempSync(join(tmpdir(), 'fcb-openapi-')), 'learner-badges.json');
  const root = resolve(import.meta.dirname, '../..');
  execFileSync(process.execPath, [join(root, 'node_modules/@redocly/cli/bin/cli.js'), 'bundle', join(root, 'docs/openapi/learner-badges.yaml'), '--ext', 'json', '-o', out], {
    cwd: root,
    stdio: 'pipe',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  cached = JSON.parse(readFileSync(out, 'utf8')) as Schema;
  return cached;
}

/** `#/components/schemas/<name>` of the document, as a `$ref` schema. */
export function schemaRef(name: string): Schema {
  return { $ref: `#/components/schemas/${name}` };
}
