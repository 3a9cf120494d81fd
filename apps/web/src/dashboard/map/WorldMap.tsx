import { Box, Paper, Stack, Text } from '@mantine/core';
import {
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  useMemo,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../../i18n/format';
import { colourScale, maxOf, NO_DATA_COLOUR } from './colour-scale';
import { useCountryName } from './country-name';
import { figureOf, type MapFigures, type MapMode } from './map-figures';
import { MapLegend } from './MapLegend';
import { type CountryShape, MAP_WIDTH, worldShapes } from './world-shapes';
import classes from './world-map.module.css';

export interface WorldMapProps {
  mode: MapMode;
  /** Figures by ISO3 for this mode; undefined while they load (the map stays grey). */
  values: MapFigures | undefined;
  /** The country outlined as selected, by ISO3. */
  selectedIso3?: string | null;
  /** A country with a figure was clicked, or Enter or Space pressed on it. */
  onSelectCountry?: (iso3: string) => void;
}

const DOT_RADIUS = 4;

/** A dot as path data, so that a country and its dot are one element to click, test and name. */
const circle = ([x, y]: readonly [number, number]) =>
  `M${x - DOT_RADIUS},${y}a${DOT_RADIUS},${DOT_RADIUS} 0 1,0 ${2 * DOT_RADIUS},0` +
  `a${DOT_RADIUS},${DOT_RADIUS} 0 1,0 ${-2 * DOT_RADIUS},0Z`;

/** The outline of a country with a figure: its shape and, if it has one, its dot. */
const shapeOf = (country: CountryShape) =>
  country.d + (country.marker ? circle(country.marker) : '');

/** The ISO3 of the country an event happened on (one handler on the SVG serves every shape). */
const iso3Of = (event: { target: EventTarget }): string | undefined =>
  (event.target as Element).getAttribute?.('data-iso3') ?? undefined;

/**
 * The choropleth: member states coloured by their figure (darker is more), the rest grey. Every
 * country with a figure is a button in the tab order (west to east), named with its figure;
 * hovering or focusing it shows the same words over the map.
 */
export function WorldMap({ mode, values, selectedIso3, onSelectCountry }: WorldMapProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const nameOf = useCountryName();
  const { height, countries } = worldShapes();
  const [active, setActive] = useState<string>();

  const max = values ? maxOf(values) : 0;
  const describe = (iso3: string): string => {
    const name = nameOf(iso3);
    const value = figureOf(values, iso3);
    if (value === undefined) return t('dashboard.map.country.noFigure', { name });
    const params = { name, value: format.number(value), count: value };
    return mode === 'demand'
      ? t('dashboard.map.country.demand', params)
      : t('dashboard.map.country.capacity', params);
  };

  const shapes = useMemo((): ReactNode[] => {
    const fill = colourScale(max);
    const withFigure = (country: CountryShape) =>
      country.iso3 !== undefined && figureOf(values, country.iso3) !== undefined;
    const grey = countries.filter((country) => !withFigure(country) && country.d);
    const coloured = countries.filter(withFigure).sort((a, b) => a.anchor[0] - b.anchor[0]);
    return [
      ...grey.map((country, index) => (
        <path
          key={`grey-${country.numeric || index}`}
          d={country.d}
          className={classes.country}
          fill={NO_DATA_COLOUR}
          data-iso3={country.iso3}
          aria-hidden="true"
        />
      )),
      ...coloured.map((country) => {
        const iso3 = country.iso3!;
        const value = figureOf(values, iso3)!;
        return (
          <path
            key={iso3}
            d={shapeOf(country)}
            className={classes.country}
            fill={fill(value)}
            data-iso3={iso3}
            data-value={value}
            role="button"
            tabIndex={0}
            aria-label={describe(iso3)}
            aria-pressed={iso3 === selectedIso3}
          />
        );
      }),
      // Rings around the dots, so that a pale dot shows on the white sea.
      ...coloured.flatMap((country) =>
        country.marker
          ? [
              <circle
                key={`ring-${country.iso3}`}
                cx={country.marker[0]}
                cy={country.marker[1]}
                r={DOT_RADIUS}
                className={classes.ring}
              />,
            ]
          : [],
      ),
    ];
    // describe reads the language (nameOf, t), the figures and the mode, all listed.
  }, [countries, values, max, mode, selectedIso3, nameOf, t]);

  const select = (iso3: string | undefined) => {
    if (iso3 && figureOf(values, iso3) !== undefined) onSelectCountry?.(iso3);
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    select(iso3Of(event));
  };
  const show = (event: MouseEvent | FocusEvent) => setActive(iso3Of(event));
  const outlined = (iso3: string | null | undefined) =>
    iso3 ? countries.find((country) => country.iso3 === iso3) : undefined;
  const activeShape = outlined(active);
  const selectedShape = outlined(selectedIso3);
  const modeLabel =
    mode === 'demand' ? t('dashboard.map.mode.demand') : t('dashboard.map.mode.capacity');
  const empty = values !== undefined && Object.keys(values).length === 0;

  return (
    <Stack gap="xs">
      <Box pos="relative">
        <svg
          viewBox={`0 0 ${MAP_WIDTH} ${height}`}
          width="100%"
          role="group"
          aria-label={modeLabel}
          aria-busy={values === undefined}
          style={{ display: 'block', height: 'auto' }}
          onClick={(event) => select(iso3Of(event))}
          onKeyDown={onKeyDown}
          onMouseOver={show}
          onFocus={show}
          onMouseLeave={() => setActive(undefined)}
          onBlur={() => setActive(undefined)}
          data-testid="world-map"
          data-mode={mode}
        >
          {shapes}
          {selectedShape && (
            <path d={shapeOf(selectedShape)} className={classes.outline} strokeWidth={2.5} />
          )}
          {activeShape && activeShape !== selectedShape && (
            <path d={shapeOf(activeShape)} className={classes.outline} strokeWidth={1.5} />
          )}
        </svg>
        {activeShape?.iso3 && (
          <Paper
            className={`${classes.tooltip} no-print`}
            shadow="sm"
            withBorder
            px="xs"
            py={4}
            aria-hidden="true"
            style={{
              left: `${(100 * activeShape.anchor[0]) / MAP_WIDTH}%`,
              top: `${(100 * activeShape.anchor[1]) / height}%`,
            }}
          >
            <Text size="sm">{describe(activeShape.iso3)}</Text>
          </Paper>
        )}
      </Box>
      {values && !empty && <MapLegend mode={mode} max={max} />}
      {empty && (
        <Text size="sm" c="dimmed">
          {mode === 'demand' ? t('dashboard.map.empty.demand') : t('dashboard.map.empty.capacity')}
        </Text>
      )}
    </Stack>
  );
}

/** For React.lazy (OpenDemandMap). */
export default WorldMap;
