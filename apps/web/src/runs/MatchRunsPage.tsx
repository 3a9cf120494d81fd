import { Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery, useSubscription } from 'urql';

import { can } from '../auth/permissions';
import { useUser } from '../auth/use-session';
import { refusalsAtFields } from '../common/refusals-at-fields';
import { DataTable } from '../common/DataTable';
import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { PagedList } from '../common/PagedList';
import { usePageCursor } from '../common/use-page-cursor';
import { type ApiError, apiErrorOf } from '../graphql/errors';
import { useFormat } from '../i18n/format';
import { RequestedBy, RunStatus } from './RunStatus';
import {
  MatchRunsQuery,
  MatchRunsUpdatedSubscription,
  StartMatchRunMutation,
} from './runs.graphql';
import { NO_WEIGHTS, type WeightValues, weightsInput } from './weights';
import { WeightsFields } from './WeightsFields';

/**
 * Match runs, newest first, kept live by the runs subscription (automatic runs included); a
 * coordinator starts one here, with weights of its own or the defaults.
 */
export function MatchRunsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const user = useUser();
  const navigate = useNavigate();
  const paging = usePageCursor();
  const [list, refetch] = useQuery({
    query: MatchRunsQuery,
    variables: { first: 20, after: paging.after },
  });
  const [started, startRun] = useMutation(StartMatchRunMutation);
  const [startError, setStartError] = useState<ApiError>();
  // Each change updates the cached run; a run not yet listed reloads the first page.
  useSubscription({ query: MatchRunsUpdatedSubscription }, (_previous, update) => {
    const known = list.data?.matchRuns.edges.some(
      ({ node }) => node.id === update.matchRunsUpdated.id,
    );
    if (!known && !paging.after) refetch({ requestPolicy: 'network-only' });
    return update;
  });
  const form = useForm<{ weights: WeightValues }>({ initialValues: { weights: NO_WEIGHTS } });

  const start = form.onSubmit(async (values) => {
    setStartError(undefined);
    const weights = weightsInput(values.weights);
    const result = await startRun({ input: weights ? { weights } : {} });
    const refused = apiErrorOf(result.error);
    if (refused) {
      setStartError(refused);
      form.setErrors(refusalsAtFields(refused, t, (field) => field));
      return;
    }
    void navigate(`/runs/${result.data!.startMatchRun.id}`);
  });

  const runs = list.data?.matchRuns;
  return (
    <Stack>
      <Title order={1}>{t('runs.title')}</Title>
      {can.startRuns(user) && (
        <Card withBorder component="section" aria-labelledby="start-run">
          <Title order={2} size="h4" id="start-run">
            {t('runs.start.title')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('runs.start.hint')}
          </Text>
          {startError && <ApiErrorAlert error={startError} context="save" />}
          <form onSubmit={start} noValidate>
            <WeightsFields form={form} />
            <Group mt="md">
              <Button type="submit" loading={started.fetching}>
                {t('runs.start.submit')}
              </Button>
              <Button variant="default" onClick={() => form.reset()}>
                {t('runs.weights.reset')}
              </Button>
            </Group>
          </form>
        </Card>
      )}
      <PagedList
        query={list}
        list={runs}
        count={(runs) => t('runs.count', { count: runs.totalCount })}
        empty={t('runs.empty')}
        paging={paging}
      >
        {(runs) => (
          <DataTable
            minWidth={800}
            highlightOnHover
            columns={[
              t('runs.field.createdAt'),
              t('runs.field.requestedBy'),
              t('gaps.field.status'),
              { label: t('runs.stats.proposals'), right: true },
              { label: t('runs.stats.coverage'), right: true },
              { label: t('runs.stats.duration'), right: true },
            ]}
          >
            {runs.edges.map(({ node: run }) => (
              <Table.Tr key={run.id} data-testid="run-row">
                <Table.Td>
                  <Anchor component={Link} to={`/runs/${run.id}`}>
                    {format.dateTime(run.createdAt)}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <RequestedBy value={run.requestedBy} />
                </Table.Td>
                <Table.Td>
                  <RunStatus status={run.status} progress={run.progress} phase={run.phase} />
                </Table.Td>
                <Table.Td ta="right">{format.number(run.stats?.proposals)}</Table.Td>
                <Table.Td ta="right">
                  {run.stats
                    ? format.percent(run.stats.covered / Math.max(run.stats.demand, 1))
                    : '—'}
                </Table.Td>
                <Table.Td ta="right">
                  {run.stats
                    ? t('runs.stats.ms', { value: format.number(run.stats.durationMs) })
                    : '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </PagedList>
    </Stack>
  );
}
