import { describe, expect, it } from 'vitest';
import { loadOpenApi, schemaRef, validate } from './schema';
import type { Schema } from './schema';

const root: Schema = {
  components: {
    schemas: {
      Thing: {
        type: 'object',
        required: ['id', 'when'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', minLength: 1 },
          when: { type: 'string', format: 'date-time' },
          day: { type: 'string', format: 'date' },
          link: { type: ['string', 'null'], format: 'uri' },
          uuid: { type: 'string', format: 'uuid' },
          kind: { type: 'string', enum: ['a', 'b'] },
          ratio: { type: 'number', minimum: 0, maximum: 1 },
          count: { type: 'integer' },
          tags: { type: 'array', items: { type: 'string' } },
          expiry: { anyOf: [{ type: 'string', format: 'date-time' }, { type: 'string', format: 'date' }, { type: 'null' }] },
          child: { oneOf: [{ $ref: '#/components/schemas/Child' }, { type: 'null' }] },
        },
      },
      Child: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
    },
  },
};
const thing = (value: unknown) => validate(value, schemaRef('Thing'), root);
const valid = { id: 'x', when: '2026-03-01T10:00:00Z' };

describe('the contract test validator', () => {
  it('accepts a value that follows every keyword', () => {
    expect(thing({
      ...valid, day: '2026-02-28', link: null, uuid: '0b7e4a1c-2d3e-4f50-8a6b-7c8d9e0f1a2b', kind: 'b', ratio: 0.5, count: 3,
      tags: ['a'], expiry: '2027-01-01', child: { name: 'n' },
    })).toEqual([]);
    expect(thing({ ...valid, link: 'https://x.example/', expiry: null, child: null })).toEqual([]);
  });

  it.each([
    ['a missing required property', { when: valid.when }, 'missing required property "id"'],
    ['a property outside the contract', { ...valid, extra: 1 }, 'property "extra" is not in the contract'],
    ['a wrong type', { ...valid, id: 5 }, '$.id: expected string, got integer'],
    ['null where not nullable', { ...valid, id: null }, 'expected string, got null'],
    ['an empty string under minLength', { ...valid, id: '' }, 'shorter than 1'],
    ['a malformed date-time', { ...valid, when: '2026-03-01 10:00' }, 'not a valid date-time'],
    ['an impossible date', { ...valid, day: '2026-02-30' }, 'not a valid date'],
    ['a relative uri', { ...valid, link: '/badges/1' }, 'not a valid uri'],
    ['a malformed uuid', { ...valid, uuid: 'abc' }, 'not a valid uuid'],
    ['a value outside the enum', { ...valid, kind: 'c' }, 'is not one of a, b'],
    ['a number above maximum', { ...valid, ratio: 1.5 }, 'above 1'],
    ['a fraction where an integer is required', { ...valid, count: 1.5 }, 'expected integer, got number'],
    ['a bad array item', { ...valid, tags: ['a', 2] }, '$.tags[1]: expected string'],
    ['no anyOf option matching', { ...valid, expiry: 'soon' }, 'matches none of anyOf'],
    ['no oneOf option matching', { ...valid, child: {} }, 'matches 0 of oneOf'],
  ])('rejects %s', (_, value, message) => {
    const errors = thing(value);
    expect(errors.join('\n')).toContain(message);
  });

  it('reports keywords and $refs it does not understand instead of ignoring them', () => {
    expect(validate('x', { type: 'string', pattern: '^x$' }, root)).toEqual(['$: schema keyword "pattern" is not supported by the test validator']);
    expect(validate('x', { $ref: '#/components/schemas/Nope' }, root)[0]).toContain('unresolved $ref');
    expect(validate('x', { type: 'string', format: 'email' }, root)[0]).toContain('format "email" is not supported');
  });

  it('reads the OpenAPI document, and its own examples pass', () => {
    const doc = loadOpenApi();
    expect((doc.info as Schema)['x-status']).toBe('proposal');
    const paths = doc.paths as Record<string, { get: { responses: Record<string, { content: Record<string, { schema: Schema; examples: Record<string, { value: unknown }> }> }> } }>;
    const examples = Object.values(paths).flatMap((path) => {
      const content = path.get.responses['200']!.content['application/json']!;
      return Object.values(content.examples).map((example) => [content.schema, example.value] as const);
    });
    expect(examples).toHaveLength(2);
    for (const [schema, value] of examples) expect(validate(value, schema, doc)).toEqual([]);
  });
});
