import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { LANGUAGES } from '../i18n/i18n';

/** English / Français, at any time; the choice is kept in this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={i18n.resolvedLanguage === 'fr' ? 'fr' : 'en'}
      onChange={(language) => void i18n.changeLanguage(language)}
      data={LANGUAGES.map((language) => ({
        value: language,
        label: t(`language.${language}`),
      }))}
    />
  );
}
