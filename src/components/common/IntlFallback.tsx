import { useContext, type ReactNode } from 'react';
import { IntlContext, IntlProvider } from 'react-intl';

/**
 * Renders its children inside the host's `IntlProvider` when there is one, and inside an English
 * one otherwise, so every component works in a host without react-intl set up.
 */
export function IntlFallback({ children }: { children: ReactNode }) {
  const intl = useContext(IntlContext);
  if (intl) return <>{children}</>;
  return (
    <IntlProvider locale="en" defaultLocale="en" messages={{}}>
      {children}
    </IntlProvider>
  );
}
