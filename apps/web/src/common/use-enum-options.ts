import { useFormat } from '../i18n/format';

/** A select's options for values of one of the API's enums, labelled in the interface's language. */
export function useEnumOptions() {
  const format = useFormat();
  return (values: readonly string[], enumName: string) =>
    values.map((value) => ({ value, label: format.enumLabel(enumName, value) }));
}
