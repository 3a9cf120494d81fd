import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { type LanguageFitFiguresFieldsFragment } from '../graphql/generated/graphql';
import { useFormat } from '../i18n/format';
import { LanguageFitQuery } from './dashboard.graphql';
import { type SharedReportFilter } from './dashboard-filters';
import { type FigureTable } from './figure-table';
import { Panel } from './Panel';

const COLUMNS = [
  'gaps',
  'demand',
  'confirmed',
  'confirmedInLanguage',
  'proposed',
  'proposedInLanguage',
  'unmet',
  'inLanguagePercent',
] as const;

/** The segments of a bar, together the demand: what is met in French first. */
const SEGMENTS = [
  { name: 'confirmedInLanguage', color: 'teal.8' },
  { name: 'confirmedOther', color: 'teal.3' },
  { name: 'proposedInLanguage', color: 'blue.6' },
  { name: 'proposedOther', color: 'blue.2' },
  { name: 'unmet', color: 'red.7' },
] as const;

const segmentsOf = (figures: LanguageFitFiguresFieldsFragment) => ({
  confirmedInLanguage: figures.confirmedInLanguage,
  confirmedOther: figures.confirmed - figures.confirmedInLanguage,
  proposedInLanguage: figures.proposedInLanguage,
  proposedOther: figures.proposed - figures.proposedInLanguage,
  unmet: figures.unmet,
});

/** French demand (gaps accepting French) and how much of it is met in French. */
export function LanguageFitPanel({ filter }: { filter: SharedReportFilter }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, fetching, error }] = useQuery({ query: LanguageFitQuery, variables: { filter } });
  const report = data?.languageFitReport;
  const title = t('dashboard.language.title');
  const groups = report
    ? ([
        ['onlyLanguage', report.onlyLanguage],
        ['alsoOtherLanguages', report.alsoOtherLanguages],
      ] as const)
    : [];
  const table: FigureTable | undefined = report && {
    caption: title,
    fileName: 'language-fit-fr',
    columns: [
      { label: t('dashboard.language.column.group') },
      ...COLUMNS.map((column) => ({
        label: t(`dashboard.language.column.${column}`),
        numeric: true,
      })),
    ],
    rows: groups.map(([group, figures]) => [
      t(`dashboard.language.group.${group}`),
      ...COLUMNS.map((column) => figures[column] ?? null),
    ]),
    totals: [t('dashboard.total'), ...COLUMNS.map((column) => report.total[column] ?? null)],
  };
  const chartData = groups.map(([group, figures]) => ({
    group: t(`dashboard.language.group.${group}`),
    ...segmentsOf(figures),
  }));
  const visible = report && report.total.demand > 0;
  return (
    <Panel
      name="language-fit"
      title={title}
      description={t('dashboard.language.description')}
      table={table}
      fetching={fetching}
      error={error}
      chart={
        visible && (
          <BarChart
            // Drawn at once: a briefing printed (or a test) never catches a bar mid-animation.
            barProps={{ isAnimationActive: false }}
            h={170}
            data={chartData}
            dataKey="group"
            type="stacked"
            orientation="vertical"
            yAxisProps={{ width: 170, interval: 0 }}
            series={SEGMENTS.map((segment) => ({
              ...segment,
              label: t(`dashboard.language.segment.${segment.name}`),
            }))}
            valueFormatter={(value) => format.number(value)}
            withLegend
            // Recharts sorts the legend by name; keep the series' order.
            legendProps={{ itemSorter: null }}
            gridAxis="x"
          />
        )
      }
    >
      {report && (
        <Text size="sm" data-testid="language-supply">
          {t('dashboard.language.supply', {
            count: report.supply.offers,
            offers: format.number(report.supply.offers),
            capacity: format.number(report.supply.capacity),
            remaining: format.number(report.supply.remaining),
          })}
        </Text>
      )}
    </Panel>
  );
}
