import { NumberInput, SimpleGrid } from '@mantine/core';
import { type UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../i18n/format';
import { CRITERIA, DEFAULT_WEIGHTS } from './weights';

/** One field per criterion; empty keeps the default, shown as its placeholder. */
export function WeightsFields<T extends { weights: Record<string, number | string> }>({
  form,
}: {
  form: UseFormReturnType<T>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, md: 7 }}>
      {CRITERIA.map((criterion) => (
        <NumberInput
          key={criterion}
          label={t(`proposals.criterion.${criterion}`)}
          description={t('runs.weights.default', {
            value: format.number(DEFAULT_WEIGHTS[criterion]),
          })}
          min={0}
          max={1}
          step={0.05}
          decimalScale={2}
          decimalSeparator={format.locale === 'fr-FR' ? ',' : '.'}
          {...form.getInputProps(`weights.${criterion}`)}
        />
      ))}
    </SimpleGrid>
  );
}
