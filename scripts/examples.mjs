// Packaging proof: the packed library (`npm pack`, exactly what a host installs) goes into each
// host app under examples/, which must install, type-check against the published types, build with
// its own bundler and render the badge wall, progress and share buttons against the library's msw
// mocks in headless Chromium, with no console or page errors, and styled without Paragon.
//
//   node scripts/examples.mjs [--build] [--no-install] [example ...]
//
// --build rebuilds the library first (otherwise only when dist/ is missing). --no-install keeps
// each example's node_modules and only reinstalls the packed library (quicker local reruns).
// Examples default to every folder listed below. Chromium: CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's.
// Exits non-zero when anything fails; prints a table with the bundle size the library adds.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const requireFromRoot = createRequire(join(root, 'package.json'));
const semver = requireFromRoot('semver');

const args = process.argv.slice(2);
const forceBuild = args.includes('--build');
const skipInstall = args.includes('--no-install');
const wanted = args.filter((arg) => !arg.startsWith('--'));

/**
 * What each host must show. `brandPrimary`: the value `--fcb-color-primary` must resolve to in
 * that host (the site's Paragon brand token, or the library's own fallback when there is no
 * Paragon). `courseCards`: the host has course cards whose action slot shows course progress.
 */
const EXAMPLES = [
  {
    name: 'mfe-react18',
    brandPrimary: '#00566f',
    paragon: true,
    courseCards: true,
    // The learner's language as the LMS stores it; the host's own Spanish heading proves the switch.
    locale: { cookie: 'openedx-language-preference', value: 'es-419', hostText: 'Mis cursos' },
  },
  { name: 'react19', brandPrimary: '#0a3055', paragon: false, rtl: true },
];

// Child processes get the environment as it was at start: an in-process Vite build sets
// NODE_ENV=production, which would make npm drop the examples' devDependencies.
const childEnv = { ...process.env, CI: 'true' };
delete childEnv.NODE_ENV;

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)}s`;
const log = (message) => console.log(`[examples ${seconds(started)}] ${message}`);

function run(command, commandArgs, cwd, { quiet = true } = {}) {
  try {
    return execFileSync(command, commandArgs, { cwd, encoding: 'utf8', stdio: quiet ? 'pipe' : 'inherit', env: childEnv });
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`\`${command} ${commandArgs.join(' ')}\` failed in ${cwd}:\n${output}`);
  }
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** A tiny static server for a built app on 127.0.0.1 (index.html for unknown paths, as SPAs need). */
function serve(dir) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) && file !== dir) {
      response.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
    response.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    response.end(readFileSync(file));
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

/** The library's peers must be satisfied by what the host installed (npm only warns). */
function checkPeers(dir) {
  const installed = (name) => {
    const file = join(dir, 'node_modules', name, 'package.json');
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : undefined;
  };
  const lib = JSON.parse(readFileSync(join(dir, 'node_modules/frontend-component-badges/package.json'), 'utf8'));
  const versions = {};
  for (const [name, range] of Object.entries(lib.peerDependencies ?? {})) {
    const version = installed(name);
    const optional = lib.peerDependenciesMeta?.[name]?.optional;
    if (!version) {
      if (!optional) throw new Error(`peer ${name}@${range} is not installed`);
      continue;
    }
    if (!semver.satisfies(version, range)) throw new Error(`peer ${name}@${version} does not satisfy the library's range ${range}`);
    versions[name] = version;
  }
  return versions;
}

/** Gzip sizes (level 9) of the JS and CSS files a build emitted. */
function gzipSizes(dir) {
  const sizes = { js: 0, css: 0 };
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(m?js|css)$/.test(entry.name)) sizes[entry.name.endsWith('css') ? 'css' : 'js'] += gzipSync(readFileSync(file), { level: 9 }).length;
    }
  };
  walk(dir);
  return sizes;
}

/**
 * What the library adds to the host's production bundle (no demo code): the host is built twice
 * with its own Vite config, as is and with the library's entries (main, /i18n, style.css) replaced
 * by empty stubs with the same export names; the difference in gzipped JS and CSS is the
 * library's share (its code, valibot, and whatever of the peers only it pulls in).
 */
async function measure(dir, entries) {
  const { build } = await import(pathToFileURL(join(dir, 'node_modules/vite/dist/node/index.js')).href);
  const work = mkdtempSync(join(tmpdir(), 'fcb-examples-size-'));
  try {
    const stubs = entries.map(({ specifier, exportNames }, index) => {
      const file = join(work, `stub-${index}.js`);
      writeFileSync(file, exportNames.map((name) => (name === 'messages' ? 'export const messages = { en: {} };' : `export const ${name} = () => null;`)).join('\n'));
      return { find: new RegExp(`^${specifier.replace(/[/.]/g, '\\$&')}$`), replacement: file };
    });
    const stubCss = join(work, 'stub.css');
    writeFileSync(stubCss, '');
    const once = async (outDir, alias) => {
      await build({ root: dir, mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true }, resolve: { alias } });
      return gzipSizes(outDir);
    };
    const withLibrary = await once(join(work, 'with'), []);
    const without = await once(join(work, 'without'), [...stubs, { find: /^frontend-component-badges\/style\.css$/, replacement: stubCss }]);
    return { js: withLibrary.js - without.js, css: withLibrary.css - without.css, hostJs: withLibrary.js };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// 1×1 transparent PNG: badge artwork lives on provider CDNs that this closed network cannot reach.
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** Waits for `locator` to be visible; on timeout, says what was expected. */
async function expectVisible(locator, what, timeout = 10_000) {
  try {
    await locator.waitFor({ state: 'visible', timeout });
  } catch (error) {
    throw new Error(`${what} did not show within ${timeout / 1000}s (${error.message.split('\n')[0]})`);
  }
}

/** Opens the built host in Chromium and checks what a learner would see. */
async function renderCheck(browser, example, url, expectedNames, catalogs) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', serviceWorkers: 'allow' });
  const problems = [];
  const unexpected = [];
  await context.route((target) => target.hostname !== '127.0.0.1', async (route) => {
    const request = route.request();
    // Images come straight from <img> or, under the msw worker, as its pass-through fetches.
    if (request.resourceType() === 'image' || /\bimage\//.test(request.headers().accept ?? '')) {
      await route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL });
      return;
    }
    unexpected.push(`${request.method()} ${request.url()}`);
    await route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const found = {};
  try {
    await page.goto(url, { waitUntil: 'load' });
    // The wall shows real mock data: at least one mock badge name as visible text.
    const wall = page.locator('.fcb-root').filter({ has: page.locator('.fcb-card__name') }).first();
    await expectVisible(wall.locator('.fcb-card__name').first(), 'a badge card of the wall', 20_000);
    // A card's name may carry visually hidden punctuation for screen readers: match by prefix.
    const shownNames = (await wall.locator('.fcb-card__name').allInnerTexts()).map((text) => text.trim());
    const known = [...expectedNames].filter((name) => shownNames.some((shown) => shown.startsWith(name)));
    if (known.length === 0) throw new Error(`the wall shows none of the mock badges (shown: ${shownNames.join(' | ')})`);
    found.badges = known.length;
    await expectVisible(page.getByText(known[0], { exact: true }).first(), `the badge name "${known[0]}"`);

    const progressbar = page.getByRole('progressbar').first();
    await expectVisible(progressbar, 'a progressbar');
    found.progressbars = await page.getByRole('progressbar').count();

    // Share: buttons the host shows on the page, and the one in a badge's detail dialog, opened
    // from the wall as a learner would.
    found.shareButtons = await page.getByRole('button', { name: /share/i }).count();
    await page.locator('.fcb-card[data-state="active"] .fcb-card__open').first().click();
    const dialog = page.getByRole('dialog');
    await expectVisible(dialog, 'the badge dialog (after clicking an active badge)');
    await expectVisible(dialog.getByRole('button', { name: /share/i }).first(), 'a Share button in the badge dialog');
    found.dialogShare = true;
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden', timeout: 10_000 });

    if (example.courseCards) {
      // course_card_action.v1: the host mapped cardId to the course key; progress shows in a card.
      const cardProgress = page.locator('.course-card').getByRole('progressbar');
      await expectVisible(cardProgress.first(), 'a progressbar in a course card (course_card_action.v1)');
      found.courseCardProgress = await cardProgress.count();
    }

    // Looks right: the card's border and radius come from the library's tokens, resolved from the
    // site's Paragon theme (brand override included) or, without Paragon, from the fallbacks.
    const styles = await page.evaluate(() => {
      const card = document.querySelector('.fcb-card:not(.fcb-card--skeleton)');
      const rootEl = card?.closest('.fcb-root');
      if (!card || !rootEl) return null;
      const cs = getComputedStyle(card);
      const rs = getComputedStyle(rootEl);
      return {
        borderWidth: cs.borderTopWidth,
        borderColor: cs.borderTopColor,
        borderStyle: cs.borderTopStyle,
        radius: cs.borderTopLeftRadius,
        background: cs.backgroundColor,
        primary: rs.getPropertyValue('--fcb-color-primary').trim().toLowerCase(),
        fontFamily: rs.fontFamily,
        paragonPrimary: getComputedStyle(document.documentElement).getPropertyValue('--pgn-color-primary-base').trim(),
      };
    });
    if (!styles) throw new Error('no badge card inside a .fcb-root');
    if (styles.borderStyle !== 'solid' || parseFloat(styles.borderWidth) < 1 || /rgba\(0, 0, 0, 0\)|transparent/.test(styles.borderColor)) {
      throw new Error(`badge card has no visible border (${styles.borderWidth} ${styles.borderStyle} ${styles.borderColor}): tokens did not resolve`);
    }
    if (parseFloat(styles.radius) <= 0) throw new Error('badge card has no border radius: --fcb-radius did not resolve');
    if (/rgba\(0, 0, 0, 0\)|transparent/.test(styles.background)) throw new Error(`badge card has a transparent background (${styles.background})`);
    if (!styles.primary.startsWith(example.brandPrimary)) {
      throw new Error(`--fcb-color-primary is "${styles.primary}", expected ${example.brandPrimary} (${example.paragon ? 'the site\'s Paragon brand token' : 'the fallback, as no Paragon is loaded'})`);
    }
    if (example.paragon !== Boolean(styles.paragonPrimary)) {
      throw new Error(example.paragon ? 'Paragon\'s theme did not load in the MFE host' : 'a Paragon token is defined in the host that should have none');
    }
    found.styles = styles;
    const englishText = (await page.locator('.fcb-root').allInnerTexts()).join('\n');

    const shots = join(tmpdir(), 'fcb-examples');
    mkdirSync(shots, { recursive: true });
    found.screenshot = join(shots, `${example.name}.png`);
    await page.screenshot({ path: found.screenshot, fullPage: true });

    if (example.locale) {
      // The widgets speak the learner's language: strings of the library's catalog for it show up
      // (ones that differ from what the English page showed), joined by env.config.jsx.
      const { cookie, value, hostText } = example.locale;
      await context.addCookies([{ name: cookie, value, url }]);
      await page.goto(url, { waitUntil: 'load' });
      await expectVisible(page.getByText(hostText, { exact: true }), `the host's ${value} text "${hostText}"`, 20_000);
      await expectVisible(page.locator('.fcb-card__name').first(), `a badge card in ${value}`, 20_000);
      const text = (await page.locator('.fcb-root').allInnerTexts()).join('\n');
      // Literal text of the catalog's messages, ICU syntax set aside: plain messages and the
      // words inside select/plural options ("{key, select, heading {Mis insignias} …}").
      const plain = [...new Set(Object.values(catalogs?.[value] ?? {}).flatMap((message) => message.split(/[{}]/)))]
        .map((fragment) => fragment.trim())
        .filter((fragment) => fragment.length >= 6 && /\p{L}{3}/u.test(fragment) && !/^\w+,\s*(select|plural)/.test(fragment));
      if (plain.length === 0) {
        found.translations = `the library's ${value} catalog is empty in this build: nothing to compare`;
      } else {
        const shown = plain.filter((message) => text.includes(message) && !englishText.includes(message));
        if (shown.length === 0) throw new Error(`locale ${value}: no string of the library's ${value} catalog is shown in the widgets`);
        found.translations = `${shown.length} ${value} strings shown (e.g. "${shown[0]}")`;
      }
      await page.screenshot({ path: join(shots, `${example.name}-${value}.png`), fullPage: true });
    }

    if (example.rtl) {
      // The same host in Arabic: right to left, the wall still renders the mock badges.
      await page.goto(`${url}?locale=ar`, { waitUntil: 'load' });
      await expectVisible(page.locator('.fcb-card__name').first(), 'a badge card in Arabic', 20_000);
      const dir = await page.evaluate(() => document.documentElement.dir);
      if (dir !== 'rtl') throw new Error(`?locale=ar rendered with dir="${dir}"`);
      found.rtl = true;
      await page.screenshot({ path: join(shots, `${example.name}-ar.png`), fullPage: true });
    }
    await page.waitForTimeout(300); // late console errors (images, effects) still count
  } catch (error) {
    problems.unshift(error.message.split('\n')[0]);
  } finally {
    await context.close();
  }
  if (unexpected.length) problems.push(`requests left this machine (not mocked): ${[...new Set(unexpected)].join(', ')}`);
  return { problems, found };
}

async function main() {
  const examples = EXAMPLES.filter((example) => wanted.length === 0 || wanted.includes(example.name));
  if (examples.length === 0) throw new Error(`no example named ${wanted.join(', ')}; known: ${EXAMPLES.map((e) => e.name).join(', ')}`);

  if (forceBuild || !existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/mocks.js'))) {
    log('building the library (npm run build)');
    run('npm', ['run', 'build'], root);
  }
  const packDir = mkdtempSync(join(tmpdir(), 'fcb-examples-pack-'));
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', packDir], root));
  const tarball = join(packDir, filename);
  log(`packed ${filename}`);

  // The mock badges' names, from the library's own mocks entry (what the msw worker serves).
  const mocks = await import(pathToFileURL(join(root, 'dist/mocks.js')).href);
  const catalogs = existsSync(join(root, 'dist/i18n.js')) ? (await import(pathToFileURL(join(root, 'dist/i18n.js')).href)).messages : undefined;
  // The host-facing entries (not /mocks, which only demo code imports) and their export names.
  const entries = [];
  for (const [specifier, file] of [['frontend-component-badges', 'dist/index.js'], ['frontend-component-badges/i18n', 'dist/i18n.js']]) {
    if (existsSync(join(root, file))) entries.push({ specifier, exportNames: Object.keys(await import(pathToFileURL(join(root, file)).href)) });
  }
  const expectedNames = new Set(mocks.mockBadges().map((badge) => badge.name));

  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const results = [];
  try {
    for (const example of examples) {
      const dir = join(root, 'examples', example.name);
      const since = Date.now();
      const result = { name: example.name, ok: false, steps: [] };
      results.push(result);
      let server;
      try {
        if (!skipInstall || !existsSync(join(dir, 'node_modules'))) {
          log(`${example.name}: npm ci`);
          run('npm', ['ci', '--include=dev', '--no-audit', '--no-fund'], dir);
        }
        log(`${example.name}: npm install --no-save ${filename}`);
        run('npm', ['install', '--no-save', '--include=dev', '--no-audit', '--no-fund', tarball], dir);
        result.peers = checkPeers(dir);
        result.steps.push('install');
        log(`${example.name}: tsc --noEmit`);
        run(join(dir, 'node_modules/.bin/tsc'), ['--noEmit', '-p', 'tsconfig.json'], dir);
        result.steps.push('types');
        log(`${example.name}: vite build --mode demo`);
        run(join(dir, 'node_modules/.bin/vite'), ['build', '--mode', 'demo', '--logLevel', 'warn'], dir);
        result.steps.push('build');
        const served = await serve(join(dir, 'dist'));
        server = served.server;
        log(`${example.name}: rendering ${served.url} in Chromium`);
        const { problems, found } = await renderCheck(browser, example, served.url, expectedNames, catalogs);
        result.found = found;
        if (problems.length) throw new Error(problems.join('\n    '));
        result.steps.push('render');
        log(`${example.name}: measuring (production builds with and without the library)`);
        result.size = await measure(dir, entries);
        result.ok = true;
      } catch (error) {
        result.error = error.message;
      } finally {
        server?.close();
        result.time = seconds(since);
      }
      log(`${example.name}: ${result.ok ? 'ok' : `FAILED\n    ${result.error}`}`);
    }
  } finally {
    await browser.close();
    rmSync(packDir, { recursive: true, force: true });
  }

  const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
  console.log('\nBundle size the library adds to each host: the host\'s production build (no demo code) with the library,');
  console.log('minus the same build with the library\'s entries (main, /i18n, style.css) replaced by empty stubs;');
  console.log('all JS / CSS files, each minified by the host\'s Vite and gzipped at level 9.\n');
  const rows = [['example', 'react', 'react-intl', 'react-query', 'steps passed', 'host JS (gzip)', 'library adds JS (gzip)', 'library adds CSS (gzip)', 'time', 'result']];
  for (const r of results) {
    rows.push([
      r.name,
      r.peers?.react ?? '-',
      r.peers?.['react-intl'] ?? '-',
      r.peers?.['@tanstack/react-query'] ?? '-',
      r.steps.join(', ') || '-',
      r.size ? kB(r.size.hostJs) : '-',
      r.size ? kB(r.size.js) : '-',
      r.size ? kB(r.size.css) : '-',
      r.time,
      r.ok ? 'ok' : 'FAILED',
    ]);
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  for (const [index, row] of rows.entries()) {
    console.log(`| ${row.map((cell, column) => String(cell).padEnd(widths[column])).join(' | ')} |`);
    if (index === 0) console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
  }
  for (const r of results.filter((result) => result.found)) {
    const f = r.found;
    console.log(`\n${r.name}: ${f.badges ?? 0} mock badge names shown, ${f.progressbars ?? 0} progressbars, ${f.shareButtons ?? 0} share buttons on the page${f.dialogShare ? ' + one in the badge dialog' : ''}`
      + `${f.courseCardProgress ? `, ${f.courseCardProgress} in course cards` : ''}${f.rtl ? ', RTL ok' : ''}`
      + `${f.translations ? `; translations: ${f.translations}` : ''}`
      + `${f.styles ? `; card border ${f.styles.borderWidth} ${f.styles.borderColor}, --fcb-color-primary ${f.styles.primary}` : ''}`
      + `${f.screenshot ? `; screenshot ${f.screenshot}` : ''}`);
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`\ntotal time ${seconds(started)}`);
  console.log(`examples: ${results.length - failed} passed, ${failed} failed`);
  if (failed) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
