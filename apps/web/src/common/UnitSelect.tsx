import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { UNITS } from './enums';

/** The unit a quantity counts, named in the plural ("Trainees", "Stagiaires"). */
export function UnitSelect(props: Omit<SelectProps, 'data'>) {
  const { t } = useTranslation();
  const data = UNITS.map((value) => ({
    value,
    label: t(`enum.QuantityUnit.${value}`, { count: 2 }),
  }));
  return <Select data={data} {...props} />;
}
