import ar from './messages/ar.json';
import es419 from './messages/es-419.json';
import fr from './messages/fr.json';

/** Locales the library ships translations for (English is the source: `defaultMessage`s). */
export type BadgesLocale = 'en' | 'es-419' | 'fr' | 'ar';

/**
 * The library's message catalogs per locale, in the shape Open edX hosts merge
 * (`{ [locale]: { [id]: message } }`), e.g. frontend-platform's
 * `initialize({ messages: [appMessages, badgesMessages] })`. English is built in.
 */
export const messages: Record<BadgesLocale, Record<string, string>> = {
  en: {},
  'es-419': es419,
  fr,
  ar,
};

/** Locales written right to left. */
export const RTL_LOCALES: readonly string[] = ['ar', 'he', 'fa', 'ur'];
