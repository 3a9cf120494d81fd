import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { DELIVERY_MODES } from './enums';
import { useEnumOptions } from './use-enum-options';

/** The ways training or equipment may be delivered (in country, remote…), several at once. */
export function DeliveryModesSelect(props: Omit<MultiSelectProps, 'data' | 'searchable'>) {
  const { t } = useTranslation();
  const options = useEnumOptions();
  return (
    <MultiSelect
      searchable
      label={t('gaps.field.deliveryModes')}
      data={options(DELIVERY_MODES, 'DeliveryMode')}
      {...props}
    />
  );
}
