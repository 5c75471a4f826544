import type { Decorator, Preview } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { IntlProvider } from 'react-intl';
import { messages } from '../src/i18n';
import '../src/styles/tokens.css';
import './storybook.css';

const LOCALES: Record<string, { title: string; dir: 'ltr' | 'rtl' }> = {
  en: { title: 'English', dir: 'ltr' },
  'es-419': { title: 'Español (Latinoamérica)', dir: 'ltr' },
  fr: { title: 'Français', dir: 'ltr' },
  ar: { title: 'العربية (RTL)', dir: 'rtl' },
};

/** Fresh QueryClient per story, no retries, so error states show at once. */
function QueryFrame({ children }: { children: React.ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

const withFrame: Decorator = (Story, context) => {
  const locale = (context.globals.locale as string) ?? 'en';
  const dir = LOCALES[locale]?.dir ?? 'ltr';
  const theme = (context.globals.theme as string) ?? 'paragon';
  return (
    <IntlProvider locale={locale} defaultLocale="en" messages={messages[locale as keyof typeof messages] ?? {}}>
      <QueryFrame>
        <div dir={dir} lang={locale} data-sb-theme={theme} className="sb-frame">
          <Story />
        </div>
      </QueryFrame>
    </IntlProvider>
  );
};

const preview: Preview = {
  decorators: [withFrame],
  globalTypes: {
    locale: {
      description: 'Locale and direction',
      toolbar: { icon: 'globe', dynamicTitle: true, items: Object.entries(LOCALES).map(([value, { title }]) => ({ value, title })) },
    },
    theme: {
      description: 'Theme',
      toolbar: {
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'paragon', title: 'Paragon light' },
          { value: 'brand', title: 'Brand (tokens only)' },
          { value: 'none', title: 'No Paragon' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'paragon' },
  parameters: {
    viewport: {
      options: {
        sidebar: { name: 'Learner dashboard sidebar (300 px)', styles: { width: '300px', height: '800px' }, type: 'mobile' },
        phone: { name: 'Phone (375 px)', styles: { width: '375px', height: '740px' }, type: 'mobile' },
        tablet: { name: 'Tablet (768 px)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop: { name: 'Desktop (1280 px)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      storySort: { order: ['Docs', ['Introduction', 'Embedding in an MFE', 'Data contract', 'Theming', 'Translations', 'Accessibility'], 'Components', 'Data'] },
    },
    layout: 'padded',
  },
  tags: ['autodocs'],
};

export default preview;
