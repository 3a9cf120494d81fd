import { Box, Center, Loader, SegmentedControl, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import { type MapMode } from './map-figures';
import type { WorldMapProps } from './WorldMap';

/**
 * The map's geometry (Natural Earth, d3-geo) is a chunk of its own. Its download starts when this
 * module loads (with the dashboard), not when the figures arrive and the map first renders.
 */
const worldMapChunk = import('./WorldMap');
const WorldMap = lazy(() => worldMapChunk);

export interface OpenDemandMapProps extends WorldMapProps {
  /** Given: a switch between the two modes above the map. */
  onModeChange?: (mode: MapMode) => void;
}

/** About the map's proportions (Equal Earth without Antarctica), so the page does not jump. */
const ASPECT_RATIO = 960 / 430;

/**
 * The dashboard's world map: open demand by T/PCC or offered capacity by donor, as the page
 * loaded them (useMapFigures), with the mode switch when the page lets the user change it.
 */
export function OpenDemandMap({ onModeChange, ...map }: OpenDemandMapProps) {
  const { t } = useTranslation();
  // The two labels side by side need about 24em; on a phone they stack.
  const narrow = useMediaQuery('(max-width: 30em)');
  return (
    <Stack gap="sm">
      {onModeChange && (
        <SegmentedControl
          aria-label={t('dashboard.map.mode.label')}
          value={map.mode}
          orientation={narrow ? 'vertical' : 'horizontal'}
          fullWidth={narrow}
          onChange={(mode) => onModeChange(mode as MapMode)}
          data={[
            { value: 'demand', label: t('dashboard.map.mode.demand') },
            { value: 'capacity', label: t('dashboard.map.mode.capacity') },
          ]}
          style={{ alignSelf: narrow ? 'stretch' : 'flex-start' }}
        />
      )}
      <Suspense
        fallback={
          <Box style={{ aspectRatio: ASPECT_RATIO }}>
            <Center h="100%">
              <Loader aria-label={t('common.loading')} />
            </Center>
          </Box>
        }
      >
        <WorldMap {...map} />
      </Suspense>
    </Stack>
  );
}
