import i18next from 'i18next';

import en from './locales/en.json';
import fr from './locales/fr.json';
import { ruleMessage } from './rule-message';

describe('ruleMessage', () => {
  beforeAll(async () => {
    await i18next.init({
      resources: { en: { translation: en }, fr: { translation: fr } },
      lng: 'fr',
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
    });
  });

  it('says a known rule with its limit, numbers written as the language writes them', async () => {
    await i18next.changeLanguage('fr');
    expect(ruleMessage('isAmount', [1e14])).toBe(
      "Doit être un montant inférieur à 100\u202f000\u202f000\u202f000\u202f000, d'au plus 2 décimales",
    );
    expect(ruleMessage('duplicateReference', { line: 4 })).toBe(
      'La même référence figure aussi à la ligne 4',
    );
    await i18next.changeLanguage('en');
    expect(ruleMessage('min', [1])).toBe('Must be at least 1');
  });

  it('leaves to the API an unknown rule, or one whose values are missing', () => {
    expect(ruleMessage('someRuleOfTomorrow', [1])).toBeUndefined();
    expect(ruleMessage('maxLength', undefined)).toBeUndefined();
    expect(ruleMessage(null, undefined)).toBeUndefined();
  });
});
