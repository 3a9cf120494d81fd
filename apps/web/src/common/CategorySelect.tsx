import { Select, type SelectProps } from '@mantine/core';

import { CATEGORIES } from './enums';
import { useEnumOptions } from './use-enum-options';

/** The category of a gap, an offer or a pledge, searchable by its name. */
export function CategorySelect(props: Omit<SelectProps, 'data' | 'searchable'>) {
  const options = useEnumOptions();
  return <Select data={options(CATEGORIES, 'Category')} searchable {...props} />;
}
