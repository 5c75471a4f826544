import { existsSync } from 'node:fs';
import { playwright } from '@vitest/browser-playwright';
import type { BrowserConfigOptions } from 'vitest/node';

/**
 * Where the headless Chromium comes from: `CHROMIUM_PATH`, then Debian's `/usr/bin/chromium`,
 * then a Playwright-managed browser (undefined lets Playwright find its own).
 * `scripts/check-browser.mjs` fails `npm test` at once, with an instruction, when none exists.
 */
export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/** Flags that keep Chromium quiet on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh browser config per Vitest project (two projects must not share one object). */
export function headlessChromium(): BrowserConfigOptions {
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    provider: playwright({
      launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    }),
    instances: [{ browser: 'chromium' }],
  };
}
