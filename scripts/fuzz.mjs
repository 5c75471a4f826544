#!/usr/bin/env node
/**
 * Long parser fuzzing run (issue #7): the same properties as test/fuzz/parsers.fuzz.test.ts,
 * with many more cases, through the project's own test runner (vitest, unit project), so the
 * TypeScript sources, the fast-check version and the module resolution are exactly the CI ones.
 *
 *   node scripts/fuzz.mjs [--runs 100000] [--seed 20261127] [--huge 1000000]
 *
 * --runs  cases per format, split evenly between the two properties (valid siblings, hostile
 *         payloads); default 100000
 * --seed  fast-check seed (a failure prints the seed and path that replay it)
 * --huge  length of the "huge string" mutation; default 200000
 *
 * Prints, per format: cases, items, badges produced, mutated items kept, problems by kind,
 * BadgeFormatErrors, other exceptions and invariant violations. Exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`--${name} needs a positive integer`);
    process.exit(2);
  }
  return value;
};
const runs = option('runs', 100_000);
const seed = option('seed', 20261127);
const huge = option('huge', 200_000);
const perProperty = Math.ceil(runs / 2);

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'fcb-fuzz-'));
const report = join(dir, 'report.json');
const started = Date.now();
console.log(`Fuzzing the parsers: ${perProperty * 2} cases per format (${perProperty} valid-siblings + ${perProperty} hostile), seed ${seed}, huge strings ${huge} chars`);

const vitest = spawnSync(
  process.execPath,
  [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'unit', 'test/fuzz/parsers.fuzz.test.ts', '--reporter=dot'],
  { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, FUZZ_RUNS: String(perProperty), FUZZ_SEED: String(seed), FUZZ_HUGE: String(huge), FUZZ_REPORT: report } },
);

let data;
try {
  data = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  console.error('No report was written: the run failed before the end (see above).');
  process.exit(vitest.status || 1);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const formats = [...new Set(Object.keys(data.stats).map((k) => k.replace(/ \(hostile\)$/, '')))];
const sum = (a, b) => ({
  cases: a.cases + b.cases,
  items: a.items + b.items,
  badges: a.badges + b.badges,
  mutantsKept: a.mutantsKept + b.mutantsKept,
  formatErrors: a.formatErrors + b.formatErrors,
  exceptions: a.exceptions + b.exceptions,
  violations: a.violations + b.violations,
  problems: Object.fromEntries(['invalid-item', 'dropped-field', 'unresolved'].map((k) => [k, (a.problems[k] ?? 0) + (b.problems[k] ?? 0)])),
});
const empty = { cases: 0, items: 0, badges: 0, mutantsKept: 0, formatErrors: 0, exceptions: 0, violations: 0, problems: {} };
const rows = formats.map((name) => [name, sum(data.stats[name] ?? empty, data.stats[`${name} (hostile)`] ?? empty)]);
const total = rows.reduce((acc, [, s]) => sum(acc, s), empty);
const header = ['format', 'cases', 'items', 'badges', 'mutants kept', 'invalid-item', 'dropped-field', 'unresolved', 'BadgeFormatError', 'exceptions', 'violations'];
const line = (name, s) => [name, s.cases, s.items, s.badges, s.mutantsKept, s.problems['invalid-item'], s.problems['dropped-field'], s.problems.unresolved, s.formatErrors, s.exceptions, s.violations];
const table = [header, ...rows.map(([n, s]) => line(n, s)), line('total', total)].map((r) => r.map(String));
const widths = header.map((_, i) => Math.max(...table.map((r) => r[i].length)));
console.log('');
for (const r of table) console.log(r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  '));
console.log(`\nexceptions other than BadgeFormatError: ${total.exceptions}; invariant violations: ${total.violations}; ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(vitest.status ?? 1);
