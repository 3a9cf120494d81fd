import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useSubscription } from 'urql';

import { can } from '../auth/permissions';
import { useUser } from '../auth/use-session';
import { DataTable } from '../common/DataTable';
import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { STATUS_COLOURS } from '../common/enums';
import { PageLoader } from '../common/PageLoader';
import { RecordFallback } from '../common/RecordFallback';
import { SectionCard } from '../common/SectionCard';
import { apiErrorOf } from '../graphql/errors';
import { useFormat } from '../i18n/format';
import { RequestedBy, RunStatus } from './RunStatus';
import {
  CancelMatchRunMutation,
  MatchRunQuery,
  MatchRunUpdatedSubscription,
  RunProposalsQuery,
} from './runs.graphql';
import { CRITERIA, DEFAULT_WEIGHTS } from './weights';

function Stat({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {children}
      </Text>
    </div>
  );
}

/** One run: live progress (graphql-ws subscription), then its statistics and proposals. */
export function MatchRunPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const user = useUser();
  const [{ data, fetching, error }] = useQuery({ query: MatchRunQuery, variables: { id } });
  // The subscription's updates land in the cached run, which the query above renders.
  useSubscription({ query: MatchRunUpdatedSubscription, variables: { id } });
  const run = data?.matchRun;
  const finished = run?.status === 'SUCCEEDED';
  const [proposals, refetchProposals] = useQuery({
    query: RunProposalsQuery,
    variables: { run: id },
    pause: !finished,
  });
  useEffect(() => {
    if (finished) refetchProposals({ requestPolicy: 'network-only' });
  }, [finished]);
  const [cancelling, cancelRun] = useMutation(CancelMatchRunMutation);

  if (error || !run) {
    return (
      <RecordFallback
        error={error}
        loading={!data && fetching}
        notFoundTitle={t('runs.page.notFoundTitle')}
        notFound={t('runs.page.notFound')}
      />
    );
  }
  const active = run.status === 'QUEUED' || run.status === 'RUNNING';
  const stats = run.stats;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{t('runs.page.title', { date: format.dateTime(run.createdAt) })}</Title>
          <Text size="sm" c="dimmed">
            {t('runs.field.requestedBy')}
            {t('common.labelSeparator')}
            <RequestedBy value={run.requestedBy} />
          </Text>
        </Stack>
        {active && can.startRuns(user) && (
          <Button
            color="red"
            variant="light"
            loading={cancelling.fetching}
            onClick={() => void cancelRun({ input: { id: run.id } })}
          >
            {t('runs.page.cancel')}
          </Button>
        )}
      </Group>
      {cancelling.error && <ApiErrorAlert error={apiErrorOf(cancelling.error)!} />}
      <Card withBorder>
        <RunStatus status={run.status} progress={run.progress} phase={run.phase} />
        {active && (
          <Progress
            mt="sm"
            size="lg"
            value={run.progress}
            animated
            aria-label={t('runs.field.progress')}
          />
        )}
        {run.error && (
          <Alert color="red" mt="sm" title={t('runs.page.error')}>
            <Text size="sm" lang="en">
              {run.error}
            </Text>
          </Alert>
        )}
        {stats && (
          <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} mt="md">
            <Stat label={t('runs.stats.gaps')}>{format.number(stats.gaps)}</Stat>
            <Stat label={t('runs.stats.offers')}>{format.number(stats.offers)}</Stat>
            <Stat label={t('runs.stats.candidatePairs')}>
              {format.number(stats.candidatePairs)}
            </Stat>
            <Stat label={t('runs.stats.proposals')}>
              <span data-testid="run-proposals">{format.number(stats.proposals)}</span>
            </Stat>
            <Stat label={t('runs.stats.covered')}>
              {t('runs.stats.coveredOf', {
                covered: format.number(stats.covered),
                demand: format.number(stats.demand),
              })}
            </Stat>
            <Stat label={t('runs.stats.duration')}>
              {t('runs.stats.ms', { value: format.number(stats.durationMs) })}
            </Stat>
          </SimpleGrid>
        )}
      </Card>
      <SectionCard headingId="weights" title={t('runs.weights.title')} size="h4">
        <Group gap="xs" mt="sm">
          {CRITERIA.map((criterion) => {
            const given = run.weights[criterion];
            return (
              <Badge key={criterion} variant={given === null ? 'light' : 'filled'} tt="none">
                {t('common.labelValue', {
                  label: t(`proposals.criterion.${criterion}`),
                  value: format.number(given ?? DEFAULT_WEIGHTS[criterion]),
                })}
              </Badge>
            );
          })}
        </Group>
        <Text size="xs" c="dimmed" mt="xs">
          {t('runs.weights.legend')}
        </Text>
      </SectionCard>
      {finished && (
        <Stack component="section" aria-labelledby="run-proposals">
          <Title order={2} size="h3" id="run-proposals">
            {t('runs.page.proposals')}
          </Title>
          {!proposals.data && proposals.fetching && <PageLoader />}
          {proposals.data && (
            <DataTable
              minWidth={800}
              columns={[
                t('partnerships.field.gap'),
                t('gaps.field.memberState'),
                t('partnerships.field.offer'),
                { label: t('gaps.field.quantity'), right: true },
                { label: t('proposals.score'), right: true },
                t('gaps.field.status'),
              ]}
            >
              {proposals.data.proposals.edges.map(({ node }) => (
                <Table.Tr key={node.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/gaps/${node.gap.id}`}>
                      {node.gap.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{node.gap.memberState.name}</Table.Td>
                  <Table.Td>
                    {node.offer.title} · {node.offer.donor.name}
                  </Table.Td>
                  <Table.Td ta="right">
                    {format.number(node.quantity)}{' '}
                    {t(`enum.QuantityUnit.${node.gap.unit}`, { count: node.quantity })}
                  </Table.Td>
                  <Table.Td ta="right">{format.percent(node.score)}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOURS[node.status]} variant="outline">
                      {format.enumLabel('ProposalStatus', node.status)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          )}
          {proposals.data?.proposals.edges.length === 0 && (
            <Text c="dimmed">{t('runs.page.noProposals')}</Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
