import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../../i18n/format';
import { LEGEND_GRADIENT, NO_DATA_COLOUR } from './colour-scale';
import type { MapMode } from './map-figures';

const SWATCH_HEIGHT = 10;

/** The scale from 0 to the largest figure shown, in the user's number format, and "no figure". */
export function MapLegend({ mode, max }: { mode: MapMode; max: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const title =
    mode === 'demand' ? t('dashboard.map.legend.demand') : t('dashboard.map.legend.capacity');
  return (
    <Group gap="lg" wrap="wrap" data-testid="map-legend">
      <Group gap="xs" wrap="nowrap">
        <Text size="sm">{title}</Text>
        <Text size="sm" data-testid="map-legend-min">
          {format.number(0)}
        </Text>
        <Box w={140} h={SWATCH_HEIGHT} style={{ background: LEGEND_GRADIENT }} aria-hidden="true" />
        <Text size="sm" data-testid="map-legend-max">
          {format.number(max)}
        </Text>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <Box w={SWATCH_HEIGHT * 2} h={SWATCH_HEIGHT} bg={NO_DATA_COLOUR} aria-hidden="true" />
        <Text size="sm">{t('dashboard.map.legend.noFigure')}</Text>
      </Group>
    </Group>
  );
}
