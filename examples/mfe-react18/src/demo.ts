import { getConfig } from '@edx/frontend-platform';
import { setupWorker } from 'msw/browser';
import { badgesHandlers, MOCK_BASE_URL, MOCK_USERNAME } from 'frontend-component-badges/mocks';

/** base64url of a JSON value (ASCII only), as in a JWT. */
function base64Url(value: object): string {
  return btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/**
 * Demo mode only: the library's msw handlers answer the credentials API, and the demo learner is
 * "signed in" the way the LMS signs a learner in for every MFE: a JWT header.payload cookie that
 * frontend-platform's auth service reads (no signature is checked in the browser).
 */
export async function startDemo(): Promise<void> {
  const worker = setupWorker(...badgesHandlers({ baseUrl: MOCK_BASE_URL, scenario: 'default' }));
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  const payload = {
    preferred_username: MOCK_USERNAME,
    user_id: 4242,
    email: `${MOCK_USERNAME}@example.org`,
    name: 'Demo Learner',
    administrator: false,
    roles: [],
    exp: Math.floor(Date.now() / 1000) + 8 * 3600,
  };
  const cookieName = String(getConfig().ACCESS_TOKEN_COOKIE_NAME);
  document.cookie = `${cookieName}=${base64Url({ alg: 'none', typ: 'JWT' })}.${base64Url(payload)}; path=/; SameSite=Lax`;
}
