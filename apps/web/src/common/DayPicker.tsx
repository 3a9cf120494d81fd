import { DatePickerInput, type DatePickerInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';

/** A calendar day, shown as "5 June 2027" / "5 juin 2027", with translated month buttons. */
export function DayPicker(props: DatePickerInputProps) {
  const { t } = useTranslation();
  return (
    <DatePickerInput
      valueFormat="D MMMM YYYY"
      nextLabel={t('dates.nextMonth')}
      previousLabel={t('dates.previousMonth')}
      {...props}
    />
  );
}
