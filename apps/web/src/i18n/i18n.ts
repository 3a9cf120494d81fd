import 'dayjs/locale/fr';

import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';

import en from './locales/en.json';
import fr from './locales/fr.json';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The user's choice, kept in this browser (and on the server once signed in: LanguageSwitch). */
export const LANGUAGE_KEY = 'lcm.language';

export const resources = { en: { translation: en }, fr: { translation: fr } } as const;

/**
 * i18next with both catalogues bundled (a few kB each): the language follows the browser on the
 * first visit, then the user's choice. A key missing from a catalogue is a test failure
 * (catalogues.spec.ts), never a fallback to English on screen.
 */
export function initI18n(): typeof i18next {
  void i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
      supportedLngs: LANGUAGES,
      nonExplicitSupportedLngs: true,
      fallbackLng: 'en',
      load: 'languageOnly',
      interpolation: { escapeValue: false },
      returnNull: false,
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_KEY,
        caches: ['localStorage'],
      },
    });
  const syncDocument = (language: string) => {
    document.documentElement.lang = language;
  };
  syncDocument(i18next.resolvedLanguage ?? 'en');
  i18next.on('languageChanged', syncDocument);
  return i18next;
}

export function currentLanguage(): Language {
  const language = i18next.resolvedLanguage ?? i18next.language;
  return language?.startsWith('fr') ? 'fr' : 'en';
}
