import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { type CoverageDimension } from '../graphql/generated/graphql';
import { useFormat } from '../i18n/format';
import { coverageLabel } from './coverage-labels';
import { CoverageReportQuery } from './dashboard.graphql';
import { type SharedReportFilter } from './dashboard-filters';
import { type FigureTable } from './figure-table';
import { Panel } from './Panel';

/** The bar segments, in stacking order; together they make the demand. */
const SEGMENTS = [
  { name: 'delivered', color: 'teal.8' },
  { name: 'confirmedNotDelivered', color: 'teal.4' },
  { name: 'proposed', color: 'blue.4' },
  { name: 'unmet', color: 'red.7' },
] as const;

const NAMES: Record<string, string> = {
  CATEGORY: 'category',
  MISSION: 'mission',
  REGION: 'region',
  PRIORITY: 'priority',
};

/**
 * Coverage of the demand by one dimension: a stacked bar per row, confirmed split into its
 * delivered part and the rest (delivered is part of confirmed), then proposed and unmet.
 */
export function CoveragePanel({
  by,
  filter,
}: {
  by: CoverageDimension;
  filter: SharedReportFilter;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, fetching, error }] = useQuery({
    query: CoverageReportQuery,
    variables: { by, filter },
  });
  const report = data?.coverageReport;
  const name = NAMES[by] ?? by.toLowerCase();
  const title = t(`dashboard.coverage.title.${name}`);
  const rows = (report?.rows ?? []).map((row) => ({
    ...row,
    label: coverageLabel(t, by, row.key, row.label),
  }));
  const figures = (row: Omit<(typeof rows)[number], 'key' | 'label'>) => [
    row.gaps,
    row.demand,
    row.confirmed,
    row.delivered,
    row.proposed,
    row.unmet,
    row.coveredPercent ?? null,
  ];
  const table: FigureTable | undefined = report && {
    caption: title,
    fileName: `coverage-by-${name}`,
    columns: [
      { label: t(`dashboard.coverage.dimension.${name}`) },
      ...['gaps', 'demand', 'confirmed', 'delivered', 'proposed', 'unmet', 'coveredPercent'].map(
        (column) => ({ label: t(`dashboard.coverage.column.${column}`), numeric: true }),
      ),
    ],
    rows: rows.map((row) => [row.label, ...figures(row)]),
    totals: [t('dashboard.total'), ...figures(report.totals)],
  };
  const chartData = rows.map((row) => ({
    label: row.label,
    delivered: row.delivered,
    confirmedNotDelivered: row.confirmed - row.delivered,
    proposed: row.proposed,
    unmet: row.unmet,
  }));
  return (
    <Panel
      name={`coverage-${name}`}
      title={title}
      table={table}
      fetching={fetching}
      error={error}
      chart={
        <BarChart
          // Drawn at once: a briefing printed (or a test) never catches a bar mid-animation.
          barProps={{ isAnimationActive: false }}
          h={Math.max(140, chartData.length * 34 + 70)}
          data={chartData}
          dataKey="label"
          type="stacked"
          orientation="vertical"
          yAxisProps={{ width: 170, interval: 0 }}
          series={SEGMENTS.map((segment) => ({
            ...segment,
            label: t(`dashboard.coverage.segment.${segment.name}`),
          }))}
          valueFormatter={(value) => format.number(value)}
          withLegend
          // Recharts sorts the legend by name; keep the stacking order.
          legendProps={{ verticalAlign: 'bottom', itemSorter: null }}
          gridAxis="x"
        />
      }
    />
  );
}
