import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { MEMBER_STATE_CODES } from './member-state-codes';

/**
 * A member state's name in the interface's language ("Tchad" in French), from the browser's own
 * CLDR data by its ISO alpha-2 code: nothing to download, nothing to translate by hand.
 * Falls back to the ISO3 code where the browser has no name.
 */
export function useCountryName(): (iso3: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'fr' ? 'fr' : 'en';
  return useMemo(() => {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    return (iso3) => {
      const iso2 = MEMBER_STATE_CODES[iso3]?.iso2;
      return (iso2 && names.of(iso2)) || iso3;
    };
  }, [language]);
}
