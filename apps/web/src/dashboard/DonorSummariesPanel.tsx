import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { DonorSummariesQuery } from './dashboard.graphql';
import { type SharedReportFilter } from './dashboard-filters';
import { type FigureTable } from './figure-table';
import { Panel } from './Panel';

const COLUMNS = [
  'offers',
  'capacity',
  'reserved',
  'allocated',
  'allocatedPercent',
  'partnerships',
  'delivered',
] as const;

/**
 * Each donor's offers and what became of them. Mission, region, priority and T/PCC narrow only
 * the partnership figures (an offer has none of them): said under the title.
 */
export function DonorSummariesPanel({ filter }: { filter: SharedReportFilter }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: DonorSummariesQuery,
    variables: { filter },
  });
  const title = t('dashboard.donors.title');
  const table: FigureTable | undefined = data && {
    caption: title,
    fileName: 'donor-summaries',
    columns: [
      { label: t('dashboard.donors.column.donor') },
      ...COLUMNS.map((column) => ({
        label: t(`dashboard.donors.column.${column}`),
        numeric: true,
      })),
    ],
    rows: data.donorSummaries.map((donor) => [
      donor.donorName,
      ...COLUMNS.map((column) => donor[column] ?? null),
    ]),
  };
  return (
    <Panel
      name="donor-summaries"
      title={title}
      description={t('dashboard.donors.description')}
      table={table}
      fetching={fetching}
      error={error}
    />
  );
}
