import { Text, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A pledge's wording in the interface's language when it was given in it, else in the other,
 * marked with its language for screen readers (lang) — never translated by us. Inline.
 */
export function PledgeText({
  textEn,
  textFr,
  ...props
}: { textEn?: string | null; textFr?: string | null } & TextProps) {
  const { i18n } = useTranslation();
  const french = i18n.resolvedLanguage === 'fr';
  const [text, lang] = french
    ? textFr
      ? [textFr, 'fr']
      : [textEn, 'en']
    : textEn
      ? [textEn, 'en']
      : [textFr, 'fr'];
  if (!text) return null;
  return (
    <Text component="span" lang={lang} {...props}>
      {text}
    </Text>
  );
}
