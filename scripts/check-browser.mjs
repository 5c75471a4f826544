// Fails `npm test` at once, with one line saying what to do, when no Chromium can be found.
// Order: CHROMIUM_PATH, Debian's /usr/bin/chromium, then a Playwright-managed browser.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const fromEnv = process.env.CHROMIUM_PATH;
if (fromEnv && !existsSync(fromEnv)) {
  console.error(`CHROMIUM_PATH=${fromEnv} does not exist: point it at a Chromium binary, or unset it.`);
  process.exit(1);
}
let managed;
try {
  managed = chromium.executablePath();
} catch {
  managed = undefined;
}
if (!fromEnv && !existsSync('/usr/bin/chromium') && !(managed && existsSync(managed))) {
  console.error(
    'No Chromium for the browser tests: run `apt-get install -y chromium` (Debian/Ubuntu), set CHROMIUM_PATH, or `npx playwright install chromium`.',
  );
  process.exit(1);
}
