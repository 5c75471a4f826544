/**
 * Access to the third-party reference payloads in `../shared/fixtures/providers/` (next to the
 * repository). They are not part of the project: when the folder is missing, tests that read
 * it are skipped locally, but FAIL under `CI=true`, so CI can never pass without them silently.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Absolute path of the shared provider fixtures folder: `../shared/fixtures/providers/` next to
 * the repository (`import.meta.dirname` is test/helpers), or `FCB_SHARED_FIXTURES_DIR` if set.
 */
export const SHARED_PROVIDERS_DIR = `${resolve(process.env.FCB_SHARED_FIXTURES_DIR ?? resolve(import.meta.dirname ?? 'test/helpers', '../../../shared/fixtures/providers'))}/`;

const inCI = process.env.CI === 'true' || process.env.CI === '1';

/** True when the shared fixtures folder exists. */
export const hasSharedFixtures = existsSync(SHARED_PROVIDERS_DIR);

/**
 * Pass to `describe.skipIf(...)`: true only when the folder is missing AND we are not in CI.
 * Under `CI=true` a missing folder is never skipped: `loadSharedFixture` then throws.
 */
export const skipSharedFixtures = !hasSharedFixtures && !inCI;

/** Reads and parses one shared fixture; throws a clear message when the folder or file is missing. */
export function loadSharedFixture(name: string): unknown {
  if (!hasSharedFixtures) {
    throw new Error(
      `Shared provider fixtures not found at ${SHARED_PROVIDERS_DIR}. Check out the shared fixtures next to the repository (../shared/fixtures/providers/)${inCI ? ': under CI=true these tests fail instead of skipping' : ''}.`,
    );
  }
  return JSON.parse(readFileSync(`${SHARED_PROVIDERS_DIR}${name}`, 'utf8')) as unknown;
}
