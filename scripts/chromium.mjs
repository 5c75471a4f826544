// Where every script, benchmark and test gets its headless Chromium, and with which flags.
import { existsSync } from 'node:fs';

/**
 * The Chromium to launch: `CHROMIUM_PATH` (which must exist), then Debian's `/usr/bin/chromium`,
 * then undefined, which lets Playwright use a browser it manages (a developer laptop).
 * `scripts/check-browser.mjs` stops `npm test` at once, with an instruction, when none exists.
 */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist: point it at a Chromium binary, or unset it.`);
    return fromEnv;
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
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
