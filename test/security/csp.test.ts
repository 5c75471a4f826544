// @vitest-environment node
/**
 * Strict CSP: a host page served with `default-src 'self'; script-src 'self'; style-src 'self';
 * img-src 'self' http: https: data:` (no inline script or style anywhere) renders every component
 * (wall, detail dialog, share menu, LinkedIn preview, signature builder with its preview, progress
 * full and compact) with zero `securitypolicyviolation` events, and with its data visibly rendered.
 * The page is a real bundle (esbuild: react, react-dom, react-intl, react-query, the library and
 * its CSS as a separate file) served from 127.0.0.1 and driven in headless Chromium.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockBadges, mockProgress } from '../../src/mocks';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' http: https: data:";

const HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Strict CSP host</title><link rel="stylesheet" href="/entry.css"></head>
<body><div id="root"></div><script src="/entry.js"></script></body>
</html>`;
const MEDAL = '<svg xmlns="http://www.w3.org/2000/svg" width="340" height="340"><circle cx="170" cy="170" r="150" fill="#0a3055"/></svg>';

/** A literal string as a RegExp source. */
const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let dir: string;
let server: Server;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fcb-csp-'));
  await build({
    entryPoints: [resolve(import.meta.dirname, 'csp/entry.tsx')],
    bundle: true,
    outdir: dir,
    entryNames: 'entry',
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const files: Record<string, [string, string]> = {
    '/': [HTML, 'text/html; charset=utf-8'],
    '/entry.js': [await readFile(join(dir, 'entry.js'), 'utf8'), 'text/javascript; charset=utf-8'],
    '/entry.css': [await readFile(join(dir, 'entry.css'), 'utf8'), 'text/css; charset=utf-8'],
  };
  server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
    response.writeHead(file ? 200 : 404, { 'Content-Type': file?.[1] ?? 'text/plain', 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' });
    response.end(file?.[0] ?? 'Not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Opens the host page, recording every CSP violation from the first byte on. */
async function openHost(): Promise<{ page: Page; violations: () => Promise<string[]>; consoleViolations: string[] }> {
  const page = await browser.newPage();
  const consoleViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleViolations.push(message.text());
  });
  // Injected through the DevTools protocol, so it runs before the page's own code and CSP does not apply to it.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
    });
  });
  // Offline: badge images get a small medal, anything else off the host is refused.
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin) return route.continue();
    if (route.request().resourceType() === 'image') return route.fulfill({ status: 200, contentType: 'image/svg+xml', body: MEDAL });
    return route.abort();
  });
  await page.goto(`${origin}/`);
  return { page, consoleViolations, violations: () => page.evaluate(() => [...(window as unknown as { __csp: string[] }).__csp]) };
}

describe('strict Content-Security-Policy host (Chromium)', () => {
  it('renders every component, dialogs and previews included, with zero CSP violations and its data visible', async () => {
    const { page, violations, consoleViolations } = await openHost();
    const badges = mockBadges({ set: 'mixed-states' });
    const active = badges.find((badge) => badge.status === 'active' && badge.publicUrl && badge.shareSwitches?.emailShare !== 'disabled')!;
    const progress = mockProgress();

    // The wall loaded through the client, every badge's card visible, styled by the bundled CSS.
    const wall = page.getByRole('region', { name: 'My badges' });
    await wall.getByRole('button', { name: new RegExp(`^${esc(active.name)}`) }).waitFor();
    for (const badge of badges) {
      await expect(wall.getByRole('button', { name: new RegExp(`^${esc(badge.name)}`) }).first().isVisible(), badge.name).resolves.toBe(true);
    }
    const styled = await page.evaluate(() => {
      const sheet = [...document.styleSheets].find((s) => s.href?.endsWith('/entry.css'));
      const root = document.querySelector('.fcb-root');
      return { rules: sheet?.cssRules.length ?? 0, primary: root ? getComputedStyle(root).getPropertyValue('--fcb-color-primary').trim() : '' };
    });
    expect(styled.rules).toBeGreaterThan(10);
    // The bundled tokens reached the components (no Paragon here: the literal fallback).
    expect(styled.primary).toBe('#0a3055');

    // The detail dialog, opened from a card, as a modal.
    await wall.getByRole('button', { name: new RegExp(`^${esc(active.name)}`) }).click();
    const detail = page.getByRole('dialog', { name: active.name });
    await detail.waitFor();
    expect(await detail.evaluate((el) => el.matches(':modal'))).toBe(true);
    await expect(detail.getByText(active.issuer.name).first().isVisible()).resolves.toBe(true);

    // Its share menu, the LinkedIn preview, then the signature builder with its preview.
    await detail.getByRole('button', { name: new RegExp(`^Share ${esc(active.name)}`) }).click();
    await detail.getByRole('button', { name: 'Add to LinkedIn profile' }).click();
    await detail.getByRole('heading', { name: 'LinkedIn will receive' }).waitFor();
    await expect(detail.locator('.fcb-share__preview').textContent()).resolves.toContain(active.name);
    await detail.getByRole('button', { name: 'Back' }).click();
    await detail.getByRole('button', { name: 'Add to email signature' }).click();
    const builder = page.getByRole('dialog', { name: 'Add your badge to your email signature' });
    await builder.waitFor();
    expect(await builder.evaluate((el) => el.matches(':modal'))).toBe(true);
    await expect(builder.getByRole('group', { name: 'Preview' }).textContent()).resolves.toContain(active.name);
    await builder.getByRole('radio', { name: /large/i }).check();
    await builder.getByRole('button', { name: 'Close' }).click();
    await builder.waitFor({ state: 'hidden' });
    if (await detail.isVisible()) await detail.getByRole('button', { name: 'Close' }).first().click();

    // Progress: full with every checklist expanded, and compact.
    const full = page.getByRole('region', { name: 'Progress (full)' });
    await full.getByText(progress[0]!.template.name).first().waitFor();
    const collapsed = full.getByRole('button', { name: /^Requirements for /, expanded: false });
    while ((await collapsed.count()) > 0) await collapsed.first().click();
    const requirement = progress.flatMap((p) => p.groups.flatMap((g) => g.requirements))[0]!;
    await expect(full.getByText(requirement.description).first().isVisible()).resolves.toBe(true);
    const compact = page.getByRole('region', { name: 'Progress (compact)' });
    await expect(compact.getByRole('progressbar').first().isVisible()).resolves.toBe(true);

    // A standalone share button with its menu open.
    const standalone = page.getByRole('region', { name: 'Standalone share' });
    await standalone.getByRole('button', { name: /^Share/ }).click();
    await expect(standalone.getByRole('button', { name: 'Copy link' }).isVisible()).resolves.toBe(true);

    await page.waitForTimeout(100);
    const seen = await violations();
    console.info(`Strict CSP: ${seen.length} securitypolicyviolation events, ${consoleViolations.length} console CSP reports, ${badges.length} badges and ${progress.length} progress records shown`);
    expect(seen).toEqual([]);
    expect(consoleViolations).toEqual([]);

    // Control: the listener does see a violation (an inline style attribute parsed from markup).
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.innerHTML = '<span style="color: red">inline</span>';
      document.body.append(probe);
    });
    await expect.poll(violations).toHaveLength(1);
    await page.close();
  }, 60_000);
});
