import { type ComboboxData, MultiSelect } from '@mantine/core';

/** One filter of a register: any of several values, searchable, cleared in one click. */
export function FilterSelect<Value extends string>({
  label,
  data,
  value,
  onChange,
  searchable = true,
}: {
  label: string;
  data: ComboboxData;
  value: Value[];
  onChange: (value: Value[]) => void;
  searchable?: boolean;
}) {
  return (
    <MultiSelect
      searchable={searchable}
      label={label}
      data={data}
      value={value}
      onChange={(values) => onChange(values as Value[])}
      clearable
    />
  );
}
