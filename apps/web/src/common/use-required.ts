import { useTranslation } from 'react-i18next';

/** A form validator: "Required" for an empty value (null, blank text, no item chosen). */
export function useRequired() {
  const { t } = useTranslation();
  return (value: unknown) =>
    value === null || value === '' || (Array.isArray(value) && value.length === 0)
      ? t('form.required')
      : null;
}
