/**
 * The strict-CSP host page's only script (bundled by test/security/csp.test.ts): every component,
 * fed through the real client from the msw mock handlers, with no inline script or style.
 */
import '../../../src/styles/tokens.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { getResponse } from 'msw';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBadgesClient } from '../../../src/client';
import { BadgeProgress } from '../../../src/components/BadgeProgress';
import { BadgeWall } from '../../../src/components/BadgeWall';
import { ShareBadgeButton } from '../../../src/components/ShareBadgeButton';
import { badgesHandlers, MOCK_BASE_URL, MOCK_USERNAME, mockBadges } from '../../../src/mocks';
import { BadgesProvider } from '../../../src/query';

const handlers = badgesHandlers({ scenario: 'mixed-states' });
const client = createBadgesClient({
  baseUrl: MOCK_BASE_URL,
  httpClient: async (url, init) => (await getResponse(handlers, new Request(url, init))) ?? new Response('{"detail":"Not found."}', { status: 404 }),
});
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
const shared = mockBadges().find((badge) => badge.status === 'active' && badge.publicUrl);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BadgesProvider client={client}>
        <main>
          <BadgeWall username={MOCK_USERNAME} showProgress showRevoked />
          <section aria-label="Progress (full)">
            <BadgeProgress username={MOCK_USERNAME} />
          </section>
          <section aria-label="Progress (compact)">
            <BadgeProgress username={MOCK_USERNAME} variant="compact" />
          </section>
          <section aria-label="Standalone share">{shared && <ShareBadgeButton badge={shared} />}</section>
        </main>
      </BadgesProvider>
    </QueryClientProvider>
  </StrictMode>,
);
