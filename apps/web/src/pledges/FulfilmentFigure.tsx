import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { type PledgeRowFragment } from '../graphql/generated/graphql';
import { useFormat } from '../i18n/format';

/** "12 / 40 trainees · 30 %": delivered against pledged, from the API's computed fulfilment. */
export function FulfilmentFigure({
  pledge,
}: {
  pledge: Pick<PledgeRowFragment, 'quantity' | 'unit' | 'fulfilment'>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { fulfilment, quantity, unit } = pledge;
  if (quantity === null || quantity === undefined || !unit) {
    return (
      <Text size="sm" c="dimmed" component="span">
        {t('pledges.fulfilment.notMeasurable')}
      </Text>
    );
  }
  return (
    <Text size="sm" component="span">
      {t('pledges.fulfilment.delivered', {
        delivered: format.number(fulfilment.deliveredQuantity),
        quantity: format.number(quantity),
        unit: t(`enum.QuantityUnit.${unit}`, { count: quantity }),
        percent: format.percentOf100(fulfilment.percent),
      })}
    </Text>
  );
}
