// Fails `npm test` at once, with one line saying what to do, when no Chromium can be found.
// Order (scripts/chromium.mjs): CHROMIUM_PATH, Debian's /usr/bin/chromium, then a Playwright-managed browser.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath } from './chromium.mjs';

let found;
try {
  found = chromiumPath();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
if (!found) {
  let managed;
  try {
    managed = chromium.executablePath();
  } catch {
    managed = undefined;
  }
  if (!(managed && existsSync(managed))) {
    console.error(
      'No Chromium for the browser tests: run `apt-get install -y chromium` (Debian/Ubuntu), set CHROMIUM_PATH, or `npx playwright install chromium`.',
    );
    process.exit(1);
  }
}
