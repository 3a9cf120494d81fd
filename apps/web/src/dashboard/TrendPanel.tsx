import { LineChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { useFormat } from '../i18n/format';
import { GapTrendQuery } from './dashboard.graphql';
import { type SharedReportFilter } from './dashboard-filters';
import { type FigureTable } from './figure-table';
import { Panel } from './Panel';

const SERIES = [
  { name: 'opened', color: 'blue.7' },
  { name: 'matched', color: 'orange.7' },
  { name: 'delivered', color: 'teal.8' },
] as const;

/** Gaps opened, first matched and first delivered per month of the period (UTC). */
export function TrendPanel({
  filter,
  period,
}: {
  filter: SharedReportFilter;
  period: { from: string; to: string };
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, fetching, error }] = useQuery({
    query: GapTrendQuery,
    variables: { filter: { ...filter, period } },
  });
  const trend = data?.gapTrend;
  const monthFormat = new Intl.DateTimeFormat(format.locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const monthLabel = (month: string) => monthFormat.format(new Date(`${month}-01T00:00:00Z`));
  const title = t('dashboard.trend.title');
  const table: FigureTable | undefined = trend && {
    caption: t('dashboard.trend.caption', {
      from: format.date(period.from),
      to: format.date(period.to),
    }),
    fileName: 'gap-trend',
    columns: [
      { label: t('dashboard.trend.column.month') },
      ...SERIES.map(({ name }) => ({ label: t(`dashboard.trend.series.${name}`), numeric: true })),
    ],
    rows: trend.months.map((month) => [
      monthLabel(month.month),
      month.opened,
      month.matched,
      month.delivered,
    ]),
    totals: [
      t('dashboard.total'),
      trend.totals.opened,
      trend.totals.matched,
      trend.totals.delivered,
    ],
  };
  return (
    <Panel
      name="trend"
      title={title}
      description={t('dashboard.trend.description', {
        from: format.date(period.from),
        to: format.date(period.to),
      })}
      table={table}
      fetching={fetching}
      error={error}
      chart={
        <LineChart
          // Drawn at once: a briefing printed (or a test) never catches a line mid-animation.
          lineProps={{ isAnimationActive: false }}
          h={240}
          data={(trend?.months ?? []).map((month) => ({
            ...month,
            label: monthLabel(month.month),
          }))}
          dataKey="label"
          series={SERIES.map((series) => ({
            ...series,
            label: t(`dashboard.trend.series.${series.name}`),
          }))}
          valueFormatter={(value) => format.number(value)}
          yAxisProps={{ allowDecimals: false }}
          withLegend
          // Recharts sorts the legend by name; keep the series' order.
          legendProps={{ itemSorter: null }}
          curveType="linear"
        />
      }
    />
  );
}
