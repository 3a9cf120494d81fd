import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { type SharedReportFilter } from './dashboard-filters';
import { type FigureTable } from './figure-table';
import { type MapMode, OpenDemandMap, useMapFigures } from './map';
import { useCountryName } from './map/country-name';
import { Panel } from './Panel';

/**
 * The world map: open demand by T/PCC or offered capacity by donor, under the dashboard's
 * filters. A click on a T/PCC (demand mode) filters every panel by it; the table and CSV hold
 * the map's numbers, largest first.
 */
export function MapPanel({
  filter,
  withCapacity = true,
  onSelectMemberState,
}: {
  filter: SharedReportFilter;
  /** The capacity mode (donor summaries), for those who may read them. */
  withCapacity?: boolean;
  onSelectMemberState: (iso3: string) => void;
}) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const [mode, setMode] = useState<MapMode>('demand');
  const figures = useMapFigures({ demand: filter, capacity: withCapacity ? filter : false });
  const values = figures[mode];
  const table: FigureTable | undefined = values && {
    caption: t(`dashboard.map.caption.${mode}`),
    fileName: mode === 'demand' ? 'open-demand-by-tpcc' : 'offered-capacity-by-donor',
    columns: [
      { label: t('dashboard.map.column.iso3') },
      { label: t('dashboard.map.column.name') },
      { label: t(`dashboard.map.legend.${mode}`), numeric: true },
    ],
    rows: Object.entries(values)
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([iso3, value]) => [iso3, countryName(iso3), value]),
  };
  const selected = filter.memberState?.length === 1 ? filter.memberState[0] : null;
  return (
    <Panel
      name="map"
      // Without the capacity mode (a T/PCC officer), the title names only what the map can show.
      title={t(withCapacity ? 'dashboard.map.title' : 'dashboard.map.titleDemandOnly')}
      description={t(`dashboard.map.description.${mode}`)}
      table={table}
      fetching={figures.fetching}
      error={figures.error}
      chart={
        <OpenDemandMap
          mode={mode}
          values={values}
          selectedIso3={mode === 'demand' ? selected : null}
          onModeChange={withCapacity ? setMode : undefined}
          onSelectCountry={mode === 'demand' ? onSelectMemberState : undefined}
        />
      }
    />
  );
}
