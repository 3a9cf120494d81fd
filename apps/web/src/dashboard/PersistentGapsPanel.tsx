import { Group, NumberInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { type DashboardPersistentGapsQueryVariables } from '../graphql/generated/graphql';
import { PersistentGapsQuery } from './dashboard.graphql';
import {
  type DashboardState,
  MAX_LAST_RUNS,
  persistenceOf,
  type SharedReportFilter,
} from './dashboard-filters';
import { type FigureTable } from './figure-table';
import { Panel } from './Panel';

/** The longest-unmet gaps shown; the count says how many there are in all. */
const SHOWN = 50;

interface Props {
  filter: SharedReportFilter;
  state: DashboardState;
  update: (change: Partial<DashboardState>) => void;
}

/** Open gaps still lacking partnerships after N days (and, if asked, K runs), oldest first. */
export function PersistentGapsPanel({ filter, state, update }: Props) {
  const { t } = useTranslation();
  const variables: DashboardPersistentGapsQueryVariables = {
    filter,
    ...persistenceOf(state),
    first: SHOWN,
  };
  const [{ data, fetching, error }] = useQuery({ query: PersistentGapsQuery, variables });
  const report = data?.persistentGaps;
  const title = t('dashboard.persistent.title');
  const withRuns = state.unmetInLastRuns !== undefined;
  const table: FigureTable | undefined = report && {
    caption: title,
    fileName: 'persistent-gaps',
    columns: [
      { label: t('dashboard.persistent.column.gap') },
      { label: t('dashboard.persistent.column.memberState') },
      { label: t('dashboard.persistent.column.category') },
      { label: t('dashboard.persistent.column.priority') },
      { label: t('dashboard.persistent.column.daysOpen'), numeric: true },
      { label: t('dashboard.coverage.column.demand'), numeric: true },
      { label: t('dashboard.coverage.column.confirmed'), numeric: true },
      { label: t('dashboard.coverage.column.proposed'), numeric: true },
      { label: t('dashboard.coverage.column.unmet'), numeric: true },
      ...(withRuns ? [{ label: t('dashboard.persistent.column.runsUnmet'), numeric: true }] : []),
    ],
    rows: report.edges.map(({ node }) => [
      node.title,
      node.memberStateName,
      t(`enum.Category.${node.category}`),
      t(`enum.Priority.${node.priority}`),
      node.daysOpen,
      node.demand,
      node.confirmed,
      node.proposed,
      node.unmet,
      ...(withRuns ? [node.runsUnmet ?? null] : []),
    ]),
    rowLinks: report.edges.map(({ node }) => `/gaps/${node.gapId}`),
  };
  return (
    <Panel
      name="persistent-gaps"
      title={title}
      table={table}
      fetching={fetching}
      error={error}
      description={t('dashboard.persistent.description')}
    >
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t('dashboard.persistent.openLongerThanDays')}
          value={state.openLongerThanDays ?? ''}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          onChange={(value) =>
            update({ openLongerThanDays: typeof value === 'number' ? value : undefined })
          }
          w={220}
        />
        <NumberInput
          label={t('dashboard.persistent.unmetInLastRuns')}
          value={state.unmetInLastRuns ?? ''}
          min={1}
          max={MAX_LAST_RUNS}
          allowDecimal={false}
          allowNegative={false}
          onChange={(value) =>
            update({ unmetInLastRuns: typeof value === 'number' && value >= 1 ? value : undefined })
          }
          w={220}
        />
      </Group>
      {report && (
        <Text size="sm" role="status">
          {t('dashboard.persistent.count', {
            count: report.totalCount,
            shown: report.edges.length,
          })}
        </Text>
      )}
    </Panel>
  );
}
