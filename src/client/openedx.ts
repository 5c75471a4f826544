import { safeHttpUrl } from '../model';
import { createBadgesClient } from './createBadgesClient';
import type { BadgesClientOptions } from './createBadgesClient';
import type { AxiosLike, BadgesClient } from './types';

/** What `createOpenEdxBadgesClient` needs from the host: frontend-platform's functions, passed in. */
export interface OpenEdxPlatform {
  /** `getAuthenticatedHttpClient` from `@edx/frontend-platform/auth` (or `@openedx/frontend-base`). */
  getAuthenticatedHttpClient: () => AxiosLike;
  /** `getConfig` from `@edx/frontend-platform` (or `@openedx/frontend-base`). */
  getConfig: () => { CREDENTIALS_BASE_URL?: string | null } & Record<string, unknown>;
}

/**
 * Builds the badges client the way an Open edX MFE wires it: the platform's authenticated axios
 * client and `CREDENTIALS_BASE_URL` from its configuration. The platform is passed in, never
 * imported, so this works with `@edx/frontend-platform` and `@openedx/frontend-base` alike.
 * Call it after the platform initialised (the http client exists only then).
 * @throws {Error} when `CREDENTIALS_BASE_URL` is not configured.
 * @example
 * import { getAuthenticatedHttpClient } from '@edx/frontend-platform/auth';
 * import { getConfig } from '@edx/frontend-platform';
 * const client = createOpenEdxBadgesClient({ getAuthenticatedHttpClient, getConfig });
 */
export function createOpenEdxBadgesClient(
  platform: OpenEdxPlatform,
  options: Omit<BadgesClientOptions, 'baseUrl' | 'httpClient'> = {},
): BadgesClient {
  const baseUrl = platform.getConfig().CREDENTIALS_BASE_URL as string;
  if (!safeHttpUrl(baseUrl)) throw new Error('CREDENTIALS_BASE_URL is not set');
  return createBadgesClient({ ...options, baseUrl, httpClient: platform.getAuthenticatedHttpClient() });
}
