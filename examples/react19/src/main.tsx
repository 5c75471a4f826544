import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { IntlProvider } from 'react-intl';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BadgesProvider, createBadgesClient } from 'frontend-component-badges';
import { messages, RTL_LOCALES, type BadgesLocale } from 'frontend-component-badges/i18n';
import 'frontend-component-badges/style.css';
import { App } from './App';
import './app.css';

/** The page language: `?locale=` (for trying translations), else the browser's. */
function pickLocale(): BadgesLocale {
  const wanted = new URLSearchParams(window.location.search).get('locale') ?? navigator.language;
  const known = Object.keys(messages) as BadgesLocale[];
  return known.find((locale) => locale === wanted) ?? known.find((locale) => wanted.startsWith(locale)) ?? 'en';
}

async function start() {
  if (import.meta.env.VITE_BADGES_DEMO === 'true') {
    const { startDemo } = await import('./demo');
    await startDemo();
  }
  const locale = pickLocale();
  document.documentElement.lang = locale;
  document.documentElement.dir = RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr';

  // The host owns the QueryClient, the IntlProvider and the http client (here: fetch).
  const queryClient = new QueryClient();
  const badgesClient = createBadgesClient({ baseUrl: import.meta.env.VITE_CREDENTIALS_BASE_URL, httpClient: fetch });
  const username = document.body.dataset.username ?? '';

  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <IntlProvider locale={locale} defaultLocale="en" messages={messages[locale]}>
        <QueryClientProvider client={queryClient}>
          <BadgesProvider client={badgesClient}>
            <App username={username} />
          </BadgesProvider>
        </QueryClientProvider>
      </IntlProvider>
    </StrictMode>,
  );
}

void start();
