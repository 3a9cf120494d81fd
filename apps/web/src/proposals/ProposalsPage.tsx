import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useInterval } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { sideOf } from '../auth/permissions';
import { useUser } from '../auth/use-session';
import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { notify } from '../common/notify';
import { STATUS_COLOURS } from '../common/enums';
import { PageLoader } from '../common/PageLoader';
import { ReasonModal } from '../common/ReasonModal';
import { apiErrorOf } from '../graphql/errors';
import {
  type ProposalSide,
  type ProposalStatus,
  type ProposalsQuery as ProposalsResult,
} from '../graphql/generated/graphql';
import { useFormat } from '../i18n/format';
import {
  AcceptProposalMutation,
  DeclineProposalMutation,
  ProposalsQuery,
} from './proposals.graphql';
import { DuplicationAlert } from '../coordination/DuplicationAlert';
import { Explanation } from './Explanation';
import { ScoreChart } from './ScoreChart';
import { useAnswerWords } from './use-answer-words';

/** How often the list is read again, so the other side's answer shows up without a reload. */
const REFRESH_MS = 5_000;

type View = 'open' | 'answered';
type Proposal = ProposalsResult['proposals']['edges'][number]['node'];
const STATUSES: Record<View, ProposalStatus[]> = {
  open: ['PROPOSED', 'ACCEPTED'],
  answered: ['CONFIRMED', 'DECLINED', 'EXPIRED', 'SUPERSEDED'],
};

/**
 * Proposals to answer (T/PCC officers, donors, and coordinators for either side): accept, or
 * decline with a reason; the other side's answer and the partnership appear as they happen.
 */
export function ProposalsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const answers = useAnswerWords();
  const user = useUser();
  const ownSide = sideOf(user);
  const [view, setView] = useState<View>('open');
  const [coordinatorSide, setCoordinatorSide] = useState<ProposalSide>('TPCC');
  const side = ownSide ?? coordinatorSide;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ProposalsQuery,
    variables: { first: 50, filter: { status: STATUSES[view] } },
  });
  useInterval(() => refetch({ requestPolicy: 'network-only' }), REFRESH_MS, { autoInvoke: true });
  const [accepting, accept] = useMutation(AcceptProposalMutation);
  const [declining, decline] = useMutation(DeclineProposalMutation);
  const [declineId, setDeclineId] = useState<string>();
  const actionError = apiErrorOf(accepting.error ?? declining.error);

  // Proposals answered on this visit stay in view, so the other side's answer and the
  // partnership it makes appear here as they happen.
  const [answeredHere, setAnsweredHere] = useState<Record<string, string>>({});
  const answeredGaps = [...new Set(Object.values(answeredHere))];
  const [answered, refetchAnswered] = useQuery({
    query: ProposalsQuery,
    variables: {
      first: 50,
      filter: { gap: answeredGaps, status: ['CONFIRMED', 'DECLINED', 'EXPIRED', 'SUPERSEDED'] },
    },
    pause: answeredGaps.length === 0 || view !== 'open',
  });
  useInterval(
    () => {
      if (answeredGaps.length && view === 'open') {
        refetchAnswered({ requestPolicy: 'network-only' });
      }
    },
    REFRESH_MS,
    { autoInvoke: true },
  );
  const remember = (proposal: Proposal) =>
    setAnsweredHere((known) => ({ ...known, [proposal.id]: proposal.gap.id }));
  const answeredNow = (answered.data?.proposals.edges ?? [])
    .map(({ node }) => node)
    .filter((proposal) => proposal.id in answeredHere);

  const responseOf = (proposal: { donorResponse: string; tpccResponse: string }) =>
    side === 'DONOR' ? proposal.donorResponse : proposal.tpccResponse;

  const card = (proposal: Proposal) => {
    const pending = responseOf(proposal) === 'PENDING' && STATUSES.open.includes(proposal.status);
    return (
      <Card withBorder key={proposal.id} data-testid="proposal" data-proposal-id={proposal.id}>
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Text fw={600}>
              <Anchor component={Link} to={`/gaps/${proposal.gap.id}`} inherit>
                {proposal.gap.title}
              </Anchor>
            </Text>
            <Text size="sm">
              {t('proposals.offerBy', {
                offer: proposal.offer.title,
                donor: proposal.offer.donor.name,
              })}
            </Text>
            <Text size="sm" c="dimmed">
              {proposal.gap.memberState.name} · {format.number(proposal.quantity)}{' '}
              {t(`enum.QuantityUnit.${proposal.gap.unit}`, { count: proposal.quantity })} ·{' '}
              {t('proposals.score')} {format.percent(proposal.score)}
            </Text>
          </Stack>
          <Badge color={STATUS_COLOURS[proposal.status]} data-testid="proposal-status">
            {format.enumLabel('ProposalStatus', proposal.status)}
          </Badge>
        </Group>
        {proposal.duplicationWarning && (
          <DuplicationAlert
            warning={proposal.duplicationWarning}
            memberState={proposal.gap.memberState.name}
          />
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} mt="sm">
          <ScoreChart breakdown={proposal.breakdown} />
          <Stack gap="xs">
            <Explanation explanation={proposal.explanation} breakdown={proposal.breakdown} />
            <Text size="sm">{answers.tpcc(proposal.tpccResponse)}</Text>
            <Text size="sm">{answers.donor(proposal.donorResponse)}</Text>
            {proposal.statusReason && (
              <Text size="sm">
                {t('common.labelValue', {
                  label: t('proposals.reason'),
                  value: proposal.statusReason,
                })}
              </Text>
            )}
            {proposal.partnership && (
              <Anchor
                component={Link}
                to={`/partnerships/${proposal.partnership.id}`}
                size="sm"
                fw={600}
                data-testid="partnership"
              >
                {t('common.labelValue', {
                  label: t('partnerships.label'),
                  value: format.enumLabel('PartnershipStatus', proposal.partnership.status),
                })}
              </Anchor>
            )}
            {pending && (
              <Group mt="xs">
                <Button
                  loading={accepting.fetching}
                  onClick={async () => {
                    const result = await accept({
                      input: { id: proposal.id, ...(ownSide ? {} : { side }) },
                    });
                    if (!result.error) {
                      remember(proposal);
                      notify(t('proposals.accepted'), 'teal');
                    }
                  }}
                >
                  {t('proposals.accept')}
                </Button>
                <Button color="red" variant="light" onClick={() => setDeclineId(proposal.id)}>
                  {t('proposals.decline')}
                </Button>
              </Group>
            )}
          </Stack>
        </SimpleGrid>
      </Card>
    );
  };

  return (
    <Stack>
      <Title order={1}>{t('proposals.title')}</Title>
      <Group>
        <SegmentedControl
          value={view}
          onChange={(value) => setView(value as View)}
          data={[
            { value: 'open', label: t('proposals.view.open') },
            { value: 'answered', label: t('proposals.view.answered') },
          ]}
        />
        {!ownSide && (
          <Group gap="xs">
            <Text size="sm">{t('proposals.answerFor')}</Text>
            <SegmentedControl
              value={coordinatorSide}
              onChange={(value) => setCoordinatorSide(value as ProposalSide)}
              data={[
                { value: 'TPCC', label: t('enum.ProposalSide.TPCC') },
                { value: 'DONOR', label: t('enum.ProposalSide.DONOR') },
              ]}
            />
          </Group>
        )}
      </Group>
      {error && <ApiErrorAlert error={apiErrorOf(error)!} />}
      {actionError && <ApiErrorAlert error={actionError} />}
      {!data && fetching && <PageLoader />}
      {data && (
        <Text size="sm" c="dimmed" role="status">
          {t('proposals.count', { count: data.proposals.totalCount })}
        </Text>
      )}
      {data?.proposals.edges.map(({ node }) => card(node))}
      {data && data.proposals.edges.length === 0 && <Text>{t('proposals.empty')}</Text>}
      {view === 'open' && answeredNow.length > 0 && (
        <Stack component="section" aria-labelledby="answered-here">
          <Title order={2} size="h3" id="answered-here">
            {t('proposals.answeredHere')}
          </Title>
          {answeredNow.map(card)}
        </Stack>
      )}

      <ReasonModal
        opened={Boolean(declineId)}
        onClose={() => setDeclineId(undefined)}
        subject={declineId}
        title={t('proposals.declineTitle')}
        reasonLabel={t('proposals.reason')}
        autoFocusReason
        confirmLabel={t('proposals.declineConfirm')}
        confirming={declining.fetching}
        onConfirm={async (reason) => {
          const result = await decline({
            input: {
              id: declineId!,
              reason,
              ...(ownSide ? {} : { side }),
            },
          });
          if (!result.error) {
            const declined = data?.proposals.edges.find(({ node }) => node.id === declineId);
            if (declined) remember(declined.node);
            setDeclineId(undefined);
          }
        }}
      />
    </Stack>
  );
}
