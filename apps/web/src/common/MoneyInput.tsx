import { NumberInput, type NumberInputProps } from '@mantine/core';

import { useFormat } from '../i18n/format';

/** An amount of money (two decimals), grouped and punctuated as the interface's language writes it. */
export function MoneyInput(props: NumberInputProps) {
  const format = useFormat();
  const french = format.locale === 'fr-FR';
  return (
    <NumberInput
      min={0}
      decimalScale={2}
      thousandSeparator={french ? ' ' : ','}
      decimalSeparator={french ? ',' : '.'}
      {...props}
    />
  );
}
