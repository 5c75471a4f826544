/**
 * BadgeWall benchmark (a script, not a test).
 *
 *   node bench/wall.bench.mjs                # 100, 1,000 and 5,000 badges, 3 runs each (median)
 *   RUNS=5 SIZES=1000,5000 node bench/wall.bench.mjs
 *   CHROMIUM_PATH=/path/to/chromium node bench/wall.bench.mjs
 *
 * Builds bench/page (vite build, into bench/results/page, git-ignored), serves it on 127.0.0.1
 * and, in headless Chromium (playwright-core), renders the wall with n badges and, in the same
 * run, a baseline that inserts the same card markup as a pre-rendered HTML string (with a vanilla
 * search that hides non-matching cards). For each it reports:
 *   - first render: from the start of rendering to the first painted frame with cards;
 *   - full render: until every card is in the DOM (the wall commits the first 150 cards at once
 *     and the rest in transitions that yield to input; the baseline inserts all at once);
 *   - TBT: total blocking time, the sum of (duration - 50 ms) of long tasks during rendering;
 *   - search: from a real "q" keydown in the search box to the painted frame showing only the
 *     matching cards (1 in 20), and from a Backspace to all cards shown again (any deferral included).
 * Prints a table with wall/baseline ratios and writes bench/results/wall.json.
 */
import { createServer } from 'node:http';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';
import { build } from 'vite';

const here = import.meta.dirname;
const outDir = resolve(here, 'results/page');
const SIZES = (process.env.SIZES ?? '100,1000,5000').split(',').map(Number);
const RUNS = Number(process.env.RUNS ?? 3);


await build({
  configFile: false,
  root: resolve(here, 'page'),
  logLevel: 'warn',
  plugins: [react()],
  define: { 'process.env.NODE_ENV': '"production"' },
  build: { outDir, emptyOutDir: true },
});

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer(async (req, res) => {
  const path = join(outDir, new URL(req.url ?? '/', 'http://x').pathname.replace(/\/$/, '/index.html'));
  try {
    const body = await readFile(path);
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });

async function once(mode, n) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  if (process.env.DEBUG) page.on('console', (message) => console.error('page:', message.text()));
  await page.goto(url);
  await page.waitForFunction(() => 'bench' in window);
  const render = await page.evaluate(([m, size]) => window.bench.render(m, size), [mode, n]);
  await page.focus('input[type="search"]');
  // Listeners are registered (and awaited) before each real key press.
  await page.evaluate((size) => window.bench.watchSearch('filtered', size), n);
  await page.keyboard.press('q');
  const filter = await page.evaluate(() => window.bench.searched);
  await page.waitForTimeout(300);
  await page.evaluate((size) => window.bench.watchSearch('all', size), n);
  await page.keyboard.press('Backspace');
  const clear = await page.evaluate(() => window.bench.searched);
  await page.close();
  return { ...render, filter: filter.keyToView, filterTbt: filter.tbt, clear: clear.keyToView, clearTbt: clear.tbt };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = [];
for (const n of SIZES) {
  for (const mode of ['baseline', 'wall']) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await once(mode, n));
    const row = { n, mode };
    for (const key of ['first', 'full', 'tbt', 'filter', 'filterTbt', 'clear', 'clearTbt']) row[key] = median(runs.map((r) => r[key]));
    results.push(row);
  }
}
await browser.close();
server.close();

const f = (ms) => ms.toFixed(0).padStart(6);
const r = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : a > 0 ? '  >0' : '  1×').padStart(7);
console.log(`\nBadgeWall vs static HTML baseline (median of ${RUNS}; ms)`);
console.log('     n  mode       first   full    TBT  search "q" (TBT)  clear (TBT)');
for (const row of results) {
  console.log(`${String(row.n).padStart(6)}  ${row.mode.padEnd(9)}${f(row.first)} ${f(row.full)} ${f(row.tbt)}  ${f(row.filter)} (${f(row.filterTbt)})  ${f(row.clear)} (${f(row.clearTbt)})`);
}
console.log('\nRatios wall / baseline');
console.log('     n   first    full     TBT  search   clear');
for (const n of SIZES) {
  const b = results.find((x) => x.n === n && x.mode === 'baseline');
  const w = results.find((x) => x.n === n && x.mode === 'wall');
  console.log(`${String(n).padStart(6)} ${r(w.first, b.first)} ${r(w.full, b.full)} ${r(w.tbt, b.tbt)} ${r(w.filter, b.filter)} ${r(w.clear, b.clear)}`);
}
await mkdir(resolve(here, 'results'), { recursive: true });
await writeFile(resolve(here, 'results/wall.json'), `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, results }, null, 2)}\n`);
