import { createContext, useContext, type ReactNode } from 'react';
import type { BadgesClient } from '../client/types';
import { IntlFallback } from '../components/common/IntlFallback';

const BadgesClientContext = /* @__PURE__ */ createContext<BadgesClient | null>(null);

/** Props of {@link BadgesProvider}. */
export interface BadgesProviderProps {
  /** The typed client, e.g. from `createBadgesClient` or `createOpenEdxBadgesClient`. */
  client: BadgesClient;
  children?: ReactNode;
}

/**
 * Gives the library's hooks and components their badges client. The host owns the
 * `QueryClient` (`QueryClientProvider` above this) and, usually, the `IntlProvider`; without one,
 * English text is used.
 */
export function BadgesProvider({ client, children }: BadgesProviderProps) {
  return (
    <BadgesClientContext.Provider value={client}>
      <IntlFallback>{children}</IntlFallback>
    </BadgesClientContext.Provider>
  );
}

/** The client from the nearest {@link BadgesProvider}, or `null` when there is none. */
export function useOptionalBadgesClient(): BadgesClient | null {
  return useContext(BadgesClientContext);
}

/** The client from the nearest {@link BadgesProvider}; throws a clear error when there is none. */
export function useBadgesClient(): BadgesClient {
  const client = useContext(BadgesClientContext);
  if (!client) {
    throw new Error('frontend-component-badges: wrap the component in <BadgesProvider client={createBadgesClient(…)}>, or pass its data as props.');
  }
  return client;
}
