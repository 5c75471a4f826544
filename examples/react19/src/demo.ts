import { setupWorker } from 'msw/browser';
import { badgesHandlers, MOCK_BASE_URL, MOCK_USERNAME } from 'frontend-component-badges/mocks';

/**
 * Demo mode only: the library's msw handlers answer the credentials API in the browser, and the
 * demo learner is the signed-in user (a real host renders its session's username instead).
 */
export async function startDemo(): Promise<void> {
  const worker = setupWorker(...badgesHandlers({ baseUrl: MOCK_BASE_URL, scenario: 'default' }));
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  document.body.dataset.username = MOCK_USERNAME;
}
