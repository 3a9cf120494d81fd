import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { LANGUAGE_CODES } from './enums';

/** Languages (ISO 639-1) picked by their names in the interface's language. */
export function LanguagesSelect(props: Omit<MultiSelectProps, 'data' | 'searchable'>) {
  const { t } = useTranslation();
  const data = LANGUAGE_CODES.map((code) => ({ value: code, label: t(`languageName.${code}`) }));
  return <MultiSelect searchable data={data} {...props} />;
}
