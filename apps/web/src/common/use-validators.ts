import { useTranslation } from 'react-i18next';

/** The checks the forms share, each answering its message in the interface's language or null. */
export function useValidators() {
  const { t } = useTranslation();
  /** "Required" for an empty value (null, blank text, no item chosen). */
  const required = (value: unknown) =>
    value === null || value === '' || (Array.isArray(value) && value.length === 0)
      ? t('form.required')
      : null;
  /** A required count: 1 or more (the inputs allow no decimals). */
  const requiredCount = (value: unknown) =>
    required(value) ?? (Number(value) >= 1 ? null : t('form.positiveInteger'));
  /** A window's required last day, not before its first (`message` says so). */
  const windowEnd = (value: string | null, start: string | null, message: string) =>
    required(value) ?? (start && value && value < start ? message : null);
  return { required, requiredCount, windowEnd };
}
