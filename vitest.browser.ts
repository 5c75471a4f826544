import { playwright } from '@vitest/browser-playwright';
import type { BrowserConfigOptions } from 'vitest/node';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

export { CHROMIUM_ARGS, chromiumPath };

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
