import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as root from '../../src';

describe('package root exports', () => {
  it('are all named in the public API decision record', () => {
    // A new export is a contract hosts rely on: it is named in docs/decisions/0001 first.
    const record = readFileSync(resolve(import.meta.dirname, '../../docs/decisions/0001-public-api.md'), 'utf8');
    const section = record.slice(record.indexOf('### Export names'), record.indexOf('## Consequences'));
    const unlisted = Object.keys(root).filter((name) => !section.includes(`\`${name}\``));
    expect(unlisted).toEqual([]);
    expect(Object.keys(root).length).toBeGreaterThan(20);
  });
});
