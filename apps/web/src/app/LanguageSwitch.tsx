import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { SetPreferredLanguageMutation } from '../auth/auth.graphql';
import { useSession } from '../auth/use-session';
import { LANGUAGES } from '../i18n/i18n';

/**
 * English / Français, at any time. The choice is kept in this browser and, once signed in, on the
 * server as the user's preference, which the next sign-in applies on any browser.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [, setPreferredLanguage] = useMutation(SetPreferredLanguageMutation);
  const choose = async (language: string) => {
    await i18n.changeLanguage(language);
    if (session.status === 'signed-in') await setPreferredLanguage({ input: { language } });
  };
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={i18n.resolvedLanguage === 'fr' ? 'fr' : 'en'}
      onChange={(language) => void choose(language)}
      data={LANGUAGES.map((language) => ({
        value: language,
        label: t(`language.${language}`),
      }))}
    />
  );
}
