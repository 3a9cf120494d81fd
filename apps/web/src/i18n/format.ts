import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The formatters of a locale, made once: an Intl formatter costs far more to build than to use. */
function formattersOf(locale: string) {
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
  };
}

const FORMATTERS = new Map<string, ReturnType<typeof formattersOf>>();

/** Dates, numbers and enum labels in the interface's language. */
export function useFormat() {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'fr' ? 'fr-FR' : 'en-GB';
  let formatters = FORMATTERS.get(locale);
  if (!formatters) {
    formatters = formattersOf(locale);
    FORMATTERS.set(locale, formatters);
  }
  const shared = formatters;
  return useMemo(
    () => ({
      ...shared,
      /** The label of an API enum value, e.g. enum('Category', 'MEDICAL'). */
      enumLabel: (enumName: string, value: string) => t(`enum.${enumName}.${value}`),
    }),
    [shared, t],
  );
}
