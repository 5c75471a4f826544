/**
 * Property-based fuzzing of the parsers, format by format (issue #7). Valid payloads come from
 * ./arbitraries, broken ones from ./mutations; ./invariants says what the model promises.
 *
 * - siblings: one mutated item among N valid ones, in the format's envelope. Nothing throws;
 *   every badge satisfies the model; each valid item comes out (by id) exactly as it does when
 *   parsed alone; problems name only the mutated item.
 * - hostile payloads: mutations anywhere, the envelope included, read with detection and with
 *   every forced format, as badges and as progress: only `BadgeFormatError` is ever thrown and
 *   whatever comes out satisfies the model.
 *
 * A fixed seed and a modest count keep CI fast; `node scripts/fuzz.mjs --runs 100000` runs the
 * same properties long (FUZZ_RUNS, FUZZ_SEED, FUZZ_HUGE, FUZZ_REPORT) and prints the counts.
 */
import { writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { BadgeFormatError } from '../../src/model';
import type { Badge, BadgeFormat, BadgeProgressData, ParseResult } from '../../src/model';
import { parseBadges, parseProgress } from '../../src/parsers';
import { SPECS } from './arbitraries';
import type { FormatSpec } from './arbitraries';
import { badgeViolations, problemViolations, progressViolations } from './invariants';
import { mutate, mutation } from './mutations';

const RUNS = Number(process.env.FUZZ_RUNS) || 100;
const SEED = Number(process.env.FUZZ_SEED) || 20261127;
const HUGE = Number(process.env.FUZZ_HUGE) || 20_000;
const now = Date.parse('2026-11-27T12:00:00Z');
const ALL: (BadgeFormat | undefined)[] = [undefined, 'openedx', 'openedx-legacy', 'credly', 'credly-earner', 'accredible-v1', 'accredible-v2', 'openbadges2', 'openbadges3'];

/** What one format's runs produced, for the report. */
interface Stats {
  cases: number;
  items: number;
  badges: number;
  mutantsKept: number;
  problems: Record<string, number>;
  formatErrors: number;
  exceptions: number;
  violations: number;
}
const stats: Record<string, Stats> = {};
const statsOf = (name: string) =>
  (stats[name] ??= { cases: 0, items: 0, badges: 0, mutantsKept: 0, problems: {}, formatErrors: 0, exceptions: 0, violations: 0 });

type Result = ParseResult<Badge | BadgeProgressData>;
const idOf = (out: Badge | BadgeProgressData) => ('template' in out && 'ratio' in out ? out.template.id : (out as Badge).id);

/** Checks one result against the model; counts it; throws with the rule and the value on a breach. */
function audit(spec: FormatSpec, result: Result, count: number, s: Stats, progress: boolean): void {
  s.badges += result.badges.length;
  for (const p of result.problems) s.problems[p.kind] = (s.problems[p.kind] ?? 0) + 1;
  const broken = [
    ...result.badges.flatMap((b) => (progress ? progressViolations(b as BadgeProgressData) : badgeViolations(b as Badge, now)).map((rule) => [rule, b] as const)),
    ...result.problems.flatMap((p) => problemViolations(p, count).map((rule) => [rule, p] as const)),
    // Payloads here are plain JSON (no throwing getters): an item parser that crashed is a bug, even when caught.
    ...result.problems.filter((p) => /^Unreadable item/.test(p.message)).map((p) => ['no item parser crash', p] as const),
  ];
  if (broken.length) {
    s.violations += broken.length;
    const [rule, value] = broken[0]!;
    throw new Error(`${spec.name}: ${rule}: ${JSON.stringify(value).slice(0, 600)}`);
  }
}

/** Runs the parser; only BadgeFormatError may escape (counted); anything else fails the property. */
function guarded(s: Stats, run: () => Result): Result | undefined {
  try {
    return run();
  } catch (error) {
    if (error instanceof BadgeFormatError) {
      s.formatErrors += 1;
      return undefined;
    }
    s.exceptions += 1;
    throw error;
  }
}

const parserOf = (spec: FormatSpec) => (input: unknown, format?: BadgeFormat): Result =>
  spec.progress ? parseProgress(input, { now, ...(format && { format }) }) : parseBadges(input, { now, ...(format && { format }) });

function siblings(spec: FormatSpec) {
  const parse = parserOf(spec);
  return fc.property(
    fc.array(spec.item, { minLength: 1, maxLength: 6 }),
    spec.item,
    fc.array(mutation, { minLength: 1, maxLength: 3 }),
    fc.nat(),
    fc.nat(),
    (valid, template, mutations, position, envelope) => {
      const s = statsOf(spec.name);
      s.cases += 1;
      const items = valid.map((item) => structuredClone(item));
      const ids = items.map((item, i) => spec.identify(item, i));
      const mutantSource = structuredClone(template);
      spec.identify(mutantSource, items.length);
      const mutant = mutate(mutantSource, mutations, HUGE);
      const at = position % (items.length + 1);
      const list = [...items.slice(0, at), mutant, ...items.slice(at)];
      s.items += list.length;
      const input = spec.envelopes[envelope % spec.envelopes.length]!(list as Record<string, unknown>[]);

      const result = guarded(s, () => parse(input));
      if (!result) throw new Error(`${spec.name}: a known envelope was refused because of one bad item`);
      if (!spec.detected.includes(result.format)) throw new Error(`${spec.name}: one bad item changed the detected format to ${result.format}`);
      audit(spec, result, list.length, s, !!spec.progress);
      const stray = result.problems.find((p) => p.index !== at);
      if (stray) throw new Error(`${spec.name}: a problem names a valid item: ${JSON.stringify(stray)}`);
      if (result.badges.length > items.length) s.mutantsKept += 1;

      items.forEach((item, i) => {
        const alone = parse(item, result.format);
        if (alone.problems.length || alone.badges.length !== 1) {
          throw new Error(`${spec.name}: a valid item did not parse cleanly alone: ${JSON.stringify(alone.problems)} ${JSON.stringify(item).slice(0, 400)}`);
        }
        if (idOf(alone.badges[0]!) !== ids[i]) throw new Error(`${spec.name}: id ${idOf(alone.badges[0]!)} instead of ${ids[i]}`);
        if (!result.badges.some((b) => isDeepStrictEqual(b, alone.badges[0]))) {
          throw new Error(`${spec.name}: valid item ${ids[i]} was lost or changed next to a bad sibling`);
        }
      });
    },
  );
}

function hostile(spec: FormatSpec) {
  return fc.property(
    fc.array(spec.item, { minLength: 0, maxLength: 4 }),
    fc.array(mutation, { minLength: 1, maxLength: 4 }),
    fc.nat(),
    fc.constantFrom(...ALL),
    (valid, mutations, envelope, forced) => {
      const s = statsOf(`${spec.name} (hostile)`);
      s.cases += 1;
      const items = valid.map((item, i) => {
        const copy = structuredClone(item);
        spec.identify(copy, i);
        return copy;
      });
      s.items += items.length;
      const input = mutate(spec.envelopes[envelope % spec.envelopes.length]!(items), mutations, HUGE);
      // Problems index the list the envelope holds (or 0 for a single item).
      const lists = [input, ...(input && typeof input === 'object' ? Object.values(input) : [])].filter(Array.isArray);
      const count = Math.max(1, ...lists.map((l) => l.length));
      for (const format of [undefined, forced]) {
        const badges = guarded(s, () => parseBadges(input, { now, ...(format && { format }) }));
        if (badges) audit(spec, badges, count, s, false);
      }
      const progress = guarded(s, () => parseProgress(input, { now }));
      if (progress) audit(spec, progress, count, s, true);
    },
  );
}

// Generous for long runs on a busy machine: about 50 ms per case.
const timeout = Math.max(30_000, RUNS * 50);

describe('parser fuzzing (fixed seed)', () => {
  for (const spec of SPECS) {
    it(`${spec.name}: valid items survive a mutated sibling and every output satisfies the model`, () => {
      fc.assert(siblings(spec), { seed: SEED, numRuns: RUNS });
      expect(statsOf(spec.name).badges).toBeGreaterThan(0);
    }, timeout);

    it(`${spec.name}: hostile payloads throw only BadgeFormatError and produce only model-valid output`, () => {
      fc.assert(hostile(spec), { seed: SEED + 1, numRuns: RUNS });
      expect(statsOf(`${spec.name} (hostile)`).exceptions).toBe(0);
    }, timeout);
  }
});

afterAll(() => {
  if (process.env.FUZZ_REPORT) writeFileSync(process.env.FUZZ_REPORT, JSON.stringify({ runs: RUNS, seed: SEED, huge: HUGE, stats }, null, 2));
});
