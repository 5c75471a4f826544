/**
 * Heap benchmark (a script, not a test): mounts and unmounts BadgeWall, BadgeProgress and
 * ShareBadgeButton many times in headless Chromium and reports the JS heap after forced garbage
 * collection at the start and at the end, with DOM node and event listener counts, so a leak
 * (a retained root, listener, timer or detached tree) shows as growth.
 *
 *   node bench/heap.mjs                         # 200 mount/unmount cycles
 *   CYCLES=1000 node bench/heap.mjs
 *   CHROMIUM_PATH=/path/to/chromium node bench/heap.mjs
 *
 * How: esbuild bundles a tiny entry (react, react-dom and the three components from src/, in
 * production mode, with in-memory data parsed from the mock fixtures: no network), the page is
 * loaded with page.setContent (nothing is served; image requests are answered in-process with a
 * small SVG, so nothing reaches the network), and Chromium runs with --js-flags=--expose-gc.
 * Each cycle creates a container and a React root, renders the three components, waits for the
 * commit and checks the data is on screen (a badge name and a progress bar), opens the share menu
 * (in the top layer, with its placement listeners), then unmounts with it open and removes the
 * container. Heap figures come from the DevTools protocol: HeapProfiler.collectGarbage
 * (plus window.gc()), then Runtime.getHeapUsage; DOM figures from Performance.getMetrics.
 * A few warm-up cycles run before the start figure, so caches that fill once (JIT, Intl
 * formatters, react-intl's) are not counted as growth. Prints a table; exits 1 if the heap grew
 * by more than LEAK_KB (default 512 kB) or DOM nodes/listeners did not return to the start level.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const CYCLES = Number(process.env.CYCLES ?? 200);
const WARMUP = 10;
const LEAK_KB = Number(process.env.LEAK_KB ?? 512);
const ARGS = [...CHROMIUM_ARGS, '--js-flags=--expose-gc'];

const entry = `
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { BadgeWall } from './src/components/BadgeWall';
import { BadgeProgress } from './src/components/BadgeProgress';
import { ShareBadgeButton } from './src/components/ShareBadgeButton';
import { parseBadges, parseProgress } from './src/parsers';
import { defaultBadgeItems, progressItems } from './src/mocks/fixtures';

const now = Date.parse('2026-06-01T00:00:00Z');
const page = (results) => ({ count: results.length, next: null, previous: null, results });
const badges = parseBadges(page(defaultBadgeItems(now)), { format: 'openedx', now }).badges;
const progress = parseProgress(page(progressItems(now)), { now }).badges;
const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));

window.bench = {
  badgeCount: badges.length,
  async cycle() {
    const container = document.body.appendChild(document.createElement('div'));
    const reactRoot = createRoot(container);
    reactRoot.render(h('main', null,
      h(BadgeWall, { badges, now }),
      h(BadgeProgress, { progress, earnedBadges: badges }),
      h(ShareBadgeButton, { badge: badges[0] })));
    await frame();
    const rendered = container.textContent.includes(badges[0].name) && container.querySelector('[role="progressbar"]') !== null;
    // The share menu is opened and left open: unmounting must also drop its placement listeners.
    const triggers = container.querySelectorAll('.fcb-share__trigger');
    triggers[triggers.length - 1].click();
    await frame();
    if (!container.querySelector('.fcb-share__panel:popover-open')) throw new Error('the share menu did not open');
    reactRoot.unmount();
    container.remove();
    await frame();
    if (!rendered) throw new Error('the components did not render their data');
  },
};
`;

const bundle = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'heap-entry.ts' },
  bundle: true,
  write: false,
  format: 'iife',
  minify: true,
  outdir: resolve(root, 'bench/results/heap'),
  define: { 'process.env.NODE_ENV': '"production"' },
  jsx: 'automatic',
  loader: { '.css': 'css' },
  logLevel: 'warning',
});
const script = bundle.outputFiles.find((file) => file.path.endsWith('.js')).text;
const css = bundle.outputFiles.find((file) => file.path.endsWith('.css'))?.text ?? '';

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ARGS, headless: true });
try {
  const page = await browser.newPage();
  // The fixtures' image URLs are answered here with a small SVG: nothing leaves the machine.
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5" fill="#0a3055"/></svg>';
  await page.route(/^https?:/, (route) => route.fulfill({ status: 200, contentType: 'image/svg+xml', body: svg }));
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${css}</style></head><body></body></html>`);
  await page.addScriptTag({ content: script });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');

  const measure = async () => {
    for (let i = 0; i < 3; i += 1) {
      await page.evaluate(() => window.gc());
      await cdp.send('HeapProfiler.collectGarbage');
    }
    const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((m) => m.name === name)?.value;
    return { usedSize, totalSize, nodes: metric('Nodes'), listeners: metric('JSEventListeners'), documents: metric('Documents') };
  };

  const cycles = (n) => page.evaluate(async (count) => {
    for (let i = 0; i < count; i += 1) await window.bench.cycle();
  }, n);

  await cycles(WARMUP);
  const start = await measure();
  const began = performance.now();
  await cycles(CYCLES);
  const seconds = (performance.now() - began) / 1000;
  const end = await measure();
  if (errors.length) throw new Error(`page errors: ${errors.join(' | ')}`);

  const kb = (bytes) => (bytes / 1024).toFixed(1);
  const growth = end.usedSize - start.usedSize;
  const rows = [
    ['JS heap used (kB)', kb(start.usedSize), kb(end.usedSize), kb(growth)],
    ['JS heap total (kB)', kb(start.totalSize), kb(end.totalSize), kb(end.totalSize - start.totalSize)],
    ['DOM nodes', start.nodes, end.nodes, end.nodes - start.nodes],
    ['JS event listeners', start.listeners, end.listeners, end.listeners - start.listeners],
    ['documents', start.documents, end.documents, end.documents - start.documents],
  ];
  console.log(`Heap benchmark: ${CYCLES} mount/unmount cycles of BadgeWall (${await page.evaluate(() => window.bench.badgeCount)} badges) + BadgeProgress + ShareBadgeButton, after ${WARMUP} warm-up cycles; forced GC before each reading.`);
  console.log(`Chromium ${browser.version()}, bundle ${kb(script.length)} kB minified, ${seconds.toFixed(1)} s for the cycles (${((seconds * 1000) / CYCLES).toFixed(1)} ms each).`);
  console.log('| figure | start | end | change |\n| --- | ---: | ---: | ---: |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  console.log(`Per cycle: ${(growth / CYCLES).toFixed(0)} bytes of heap.`);
  const leaked = growth > LEAK_KB * 1024 || end.nodes > start.nodes || end.listeners > start.listeners;
  console.log(leaked ? `LEAK SUSPECTED (threshold ${LEAK_KB} kB, nodes and listeners must return to the start level).` : `No leak: growth within ${LEAK_KB} kB, nodes and listeners back to the start level.`);
  process.exitCode = leaked ? 1 : 0;
} finally {
  await browser.close();
}
