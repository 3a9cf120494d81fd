import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { useFormat } from '../i18n/format';
import { PartnershipOutcomesQuery } from './dashboard.graphql';
import { type SharedReportFilter } from './dashboard-filters';
import { type FigureTable } from './figure-table';
import { Panel } from './Panel';

/** The oldest partnerships shown; the summary covers all of them. */
const SHOWN = 100;

/** Each partnership's indicator: baseline → target → measured after delivery. */
export function OutcomesPanel({ filter }: { filter: SharedReportFilter }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, fetching, error }] = useQuery({
    query: PartnershipOutcomesQuery,
    variables: { filter, first: SHOWN },
  });
  const report = data?.partnershipOutcomes;
  const title = t('dashboard.outcomes.title');
  const table: FigureTable | undefined = report && {
    caption: title,
    fileName: 'partnership-outcomes',
    columns: [
      { label: t('dashboard.outcomes.column.gap') },
      { label: t('dashboard.outcomes.column.memberState') },
      { label: t('dashboard.outcomes.column.donor') },
      { label: t('dashboard.outcomes.column.indicator') },
      { label: t('dashboard.outcomes.column.baseline'), numeric: true },
      { label: t('dashboard.outcomes.column.target'), numeric: true },
      { label: t('dashboard.outcomes.column.after'), numeric: true },
      { label: t('dashboard.outcomes.column.measuredOn') },
      { label: t('dashboard.outcomes.column.progress'), numeric: true },
    ],
    rows: report.edges.map(({ node }) => [
      node.gapTitle,
      node.memberStateIso3,
      node.donorIso3,
      node.indicator ?? null,
      node.baseline ?? null,
      node.target ?? null,
      node.after ?? null,
      node.measuredOn ?? null,
      node.targetProgressPercent ?? null,
    ]),
    rowLinks: report.edges.map(({ node }) => `/partnerships/${node.partnershipId}`),
  };
  const summary = report?.summary;
  return (
    <Panel
      name="partnership-outcomes"
      title={title}
      table={table}
      fetching={fetching}
      error={error}
    >
      {summary && (
        <Text size="sm" data-testid="outcomes-summary">
          {summary.measured === 0
            ? t('dashboard.outcomes.summaryNoneMeasured', {
                count: summary.partnerships,
                partnerships: format.number(summary.partnerships),
              })
            : t('dashboard.outcomes.summary', {
                count: summary.partnerships,
                partnerships: format.number(summary.partnerships),
                measured: format.number(summary.measured),
                improved: format.number(summary.improved),
                reachedTarget: format.number(summary.reachedTarget),
                average: format.number(summary.averageTargetProgressPercent),
              })}
        </Text>
      )}
    </Panel>
  );
}
