import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { APP_INIT_ERROR, APP_READY, initialize, mergeConfig, subscribe } from '@edx/frontend-platform';
import { AppProvider, ErrorPage } from '@edx/frontend-platform/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import brandLightUrl from './brand-light.css?url';
import { Dashboard } from './Dashboard';
import { appMessages } from './messages';
import './app.css';

// The dashboard's react-query client: the badges widgets share it (see env.config.jsx).
const queryClient = new QueryClient();
const root = createRoot(document.getElementById('root') as HTMLElement);

subscribe(APP_READY, () => {
  root.render(
    <StrictMode>
      <AppProvider>
        <QueryClientProvider client={queryClient}>
          <Dashboard />
        </QueryClientProvider>
      </AppProvider>
    </StrictMode>,
  );
});

// pubsub-js calls subscribers with (topic, data): the error is the second argument.
subscribe(APP_INIT_ERROR, (_topic: string, error: unknown) => {
  root.render(<ErrorPage message={error instanceof Error ? error.message : String(error)} />);
});

async function start() {
  if (import.meta.env.VITE_BADGES_DEMO === 'true') {
    const { startDemo } = await import('./demo');
    await startDemo();
  }
  await initialize({
    // The dashboard's own catalogs only: it knows nothing of badges. The widgets, their CSS and
    // their translations all come with env.config.jsx, as on a site that does not fork the MFE.
    messages: [appMessages],
    requireAuthenticatedUser: true,
    handlers: {
      config: () => {
        // Paragon 23 themes load at runtime from PARAGON_THEME_URLS (often a CDN): here the
        // installed Paragon CSS (copied by vite.config.ts) plus a brand override that only sets
        // --pgn-* tokens.
        const base = import.meta.env.BASE_URL;
        mergeConfig({
          PARAGON_THEME_URLS: {
            core: { urls: { default: `${base}paragon/core.min.css` } },
            defaults: { light: 'light' },
            variants: { light: { urls: { default: `${base}paragon/light.min.css`, brandOverride: brandLightUrl } } },
          },
        });
      },
    },
  });
}

void start();
