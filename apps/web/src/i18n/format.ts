import { useTranslation } from 'react-i18next';

/** Dates, numbers and enum labels in the interface's language. */
export function useFormat() {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'fr' ? 'fr-FR' : 'en-GB';
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const numberFormat = new Intl.NumberFormat(locale);
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent' });
  const percentOneDecimal = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  return {
    locale,
    /** A LocalDate (YYYY-MM-DD) read as that calendar day, whatever the time zone. */
    date: (value: string | null | undefined) =>
      value ? dateFormat.format(new Date(`${value.slice(0, 10)}T12:00:00`)) : '—',
    dateTime: (value: string | null | undefined) =>
      value ? dateTimeFormat.format(new Date(value)) : '—',
    number: (value: number | null | undefined) =>
      value === null || value === undefined ? '—' : numberFormat.format(value),
    percent: (value: number) => percentFormat.format(value),
    /** A percentage the API gives on 0–100 with one decimal (12.5 → "12.5%"); null as a dash. */
    percentOf100: (value: number | null | undefined) =>
      value === null || value === undefined ? '—' : percentOneDecimal.format(value / 100),
    /** The label of an API enum value, e.g. enum('Category', 'MEDICAL'). */
    enumLabel: (enumName: string, value: string) => t(`enum.${enumName}.${value}`),
  };
}
