import { Fieldset, SimpleGrid } from '@mantine/core';
import { type GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

import { DayPicker } from './DayPicker';
import { DeliveryModesSelect } from './DeliveryModesSelect';
import { LanguagesSelect } from './LanguagesSelect';

/**
 * "When" of a gap or an offer: the window (first and last day), the delivery languages and the
 * delivery modes, which the engine's hard rules compare between the two. Labels are the
 * record's own ("Needed from", "Available from"…).
 */
export function WhenFieldset({
  labels,
  inputs,
  deliveryModesHint,
}: {
  labels: { from: string; to: string; languages: string };
  inputs: Record<'from' | 'to' | 'languages' | 'deliveryModes', GetInputPropsReturnType>;
  deliveryModesHint?: string;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('gaps.form.when')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DayPicker label={labels.from} required {...inputs.from} />
        <DayPicker label={labels.to} required {...inputs.to} />
        <LanguagesSelect label={labels.languages} required {...inputs.languages} />
        <DeliveryModesSelect description={deliveryModesHint} {...inputs.deliveryModes} />
      </SimpleGrid>
    </Fieldset>
  );
}
