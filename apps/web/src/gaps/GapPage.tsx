import { Alert, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { can } from '../auth/permissions';
import { useUser } from '../auth/use-session';
import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { Fact } from '../common/Fact';
import { joined } from '../common/join';
import { notify } from '../common/notify';
import { PRIORITY_COLOURS, STATUS_COLOURS } from '../common/enums';
import { ReasonModal } from '../common/ReasonModal';
import { RecordActions } from '../common/RecordActions';
import { RecordFallback } from '../common/RecordFallback';
import { SectionCard } from '../common/SectionCard';
import { apiErrorOf } from '../graphql/errors';
import { useFormat } from '../i18n/format';
import { CommentThread } from '../comments/CommentThread';
import { ProposalConversation } from '../comments/ProposalConversation';
import { DuplicationAlert } from '../coordination/DuplicationAlert';
import { GapDiagnosisPanel } from '../coordination/GapDiagnosisPanel';
import { Explanation } from '../proposals/Explanation';
import { ScoreChart } from '../proposals/ScoreChart';
import { useAnswerWords } from '../proposals/use-answer-words';
import { CancelGapMutation, GapQuery, OpenGapMutation } from './gaps.graphql';

export function GapPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const answers = useAnswerWords();
  const user = useUser();
  const [{ data, fetching, error }] = useQuery({ query: GapQuery, variables: { id } });
  const [opening, openGap] = useMutation(OpenGapMutation);
  const [cancelling, cancelGap] = useMutation(CancelGapMutation);
  const [cancelOpened, cancelModal] = useDisclosure();

  const gap = data?.gap;
  if (error || !gap) {
    return (
      <RecordFallback
        error={error}
        loading={!data && fetching}
        notFoundTitle={t('gaps.page.notFoundTitle')}
        notFound={t('gaps.page.notFound')}
      />
    );
  }
  const editable =
    can.editGaps(user) && ['DRAFT', 'OPEN', 'PARTIALLY_MATCHED'].includes(gap.status);
  const actionError = apiErrorOf(opening.error ?? cancelling.error);

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{gap.title}</Title>
          <Group gap="xs">
            <Badge color={STATUS_COLOURS[gap.status]} variant="outline">
              {format.enumLabel('GapStatus', gap.status)}
            </Badge>
            <Badge color={PRIORITY_COLOURS[gap.priority]} variant="dot">
              {t('common.labelValue', {
                label: t('gaps.field.priority'),
                value: format.enumLabel('Priority', gap.priority),
              })}
            </Badge>
          </Group>
        </Stack>
        {editable && (
          <RecordActions
            editPath={`/gaps/${gap.id}/edit`}
            draft={gap.status === 'DRAFT'}
            openLabel={t('gaps.page.open')}
            opening={opening.fetching}
            onOpen={async () => {
              const result = await openGap({ input: { id: gap.id } });
              if (!result.error) notify(t('gaps.page.opened'));
            }}
            endLabel={t('gaps.page.cancel')}
            onEnd={cancelModal.open}
          />
        )}
      </Group>
      {actionError && <ApiErrorAlert error={actionError} />}
      {gap.statusReason && (
        <Alert color="gray" title={t('gaps.field.statusReason')}>
          {gap.statusReason}
        </Alert>
      )}

      <Card withBorder data-testid="gap-facts">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Fact label={t('gaps.field.memberState')}>{gap.memberState.name}</Fact>
          <Fact label={t('gaps.field.mission')}>
            {gap.missionCode
              ? t(`mission.${gap.missionCode}`, { defaultValue: gap.missionCode })
              : '—'}
          </Fact>
          <Fact label={t('gaps.field.category')}>{format.enumLabel('Category', gap.category)}</Fact>
          <Fact label={t('gaps.field.capability')}>{gap.capability}</Fact>
          <Fact label={t('gaps.field.quantity')}>
            {format.number(gap.quantity)}{' '}
            {t(`enum.QuantityUnit.${gap.unit}`, { count: gap.quantity })}
          </Fact>
          <Fact label={t('gaps.field.remaining')}>{format.number(gap.remainingQuantity)}</Fact>
          <Fact label={t('gaps.field.window')}>
            {format.date(gap.neededFrom)} – {format.date(gap.neededBy)}
          </Fact>
          <Fact label={t('gaps.field.languages')}>
            {joined(gap.languages.map((code) => t(`languageName.${code}`, { defaultValue: code })))}
          </Fact>
          <Fact label={t('gaps.field.deliveryModes')}>
            {gap.preferredDeliveryModes.length
              ? joined(
                  gap.preferredDeliveryModes.map((mode) => format.enumLabel('DeliveryMode', mode)),
                  { lowerRest: true },
                )
              : t('common.any')}
          </Fact>
          <Fact label={t('gaps.field.source')}>{format.enumLabel('GapSource', gap.source)}</Fact>
        </SimpleGrid>
        {gap.description && (
          <Text mt="md" style={{ whiteSpace: 'pre-wrap' }}>
            {gap.description}
          </Text>
        )}
      </Card>

      <SectionCard headingId="objective" title={t('gaps.page.objective')}>
        {gap.objective.indicator ? (
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
            <Fact label={t('gaps.field.indicator')}>{gap.objective.indicator}</Fact>
            <Fact label={t('gaps.field.baseline')}>{format.number(gap.objective.baseline)}</Fact>
            <Fact label={t('gaps.field.target')}>{format.number(gap.objective.target)}</Fact>
          </SimpleGrid>
        ) : (
          <Text c="dimmed">{t('gaps.page.noObjective')}</Text>
        )}
      </SectionCard>

      <Stack component="section" aria-labelledby="proposals">
        <Title order={2} size="h3" id="proposals">
          {t('gaps.page.proposals', { count: gap.proposals.length })}
        </Title>
        {gap.proposals.length === 0 && <Text c="dimmed">{t('gaps.page.noProposals')}</Text>}
        {gap.proposals.map((proposal) => (
          <Card withBorder key={proposal.id}>
            <Group justify="space-between" align="flex-start">
              <Stack gap={2}>
                <Text fw={600}>{proposal.offer.title}</Text>
                <Text size="sm" c="dimmed">
                  {proposal.offer.donor.name} · {format.number(proposal.quantity)}{' '}
                  {t(`enum.QuantityUnit.${gap.unit}`, { count: proposal.quantity })} ·{' '}
                  {t('proposals.score')} {format.percent(proposal.score)}
                </Text>
              </Stack>
              <Group gap="xs">
                <Badge color={STATUS_COLOURS[proposal.status]}>
                  {format.enumLabel('ProposalStatus', proposal.status)}
                </Badge>
              </Group>
            </Group>
            {proposal.duplicationWarning && (
              <DuplicationAlert
                warning={proposal.duplicationWarning}
                memberState={gap.memberState.name}
              />
            )}
            <SimpleGrid cols={{ base: 1, md: 2 }} mt="sm">
              <ScoreChart breakdown={proposal.breakdown} />
              <Stack gap="xs">
                <Explanation explanation={proposal.explanation} breakdown={proposal.breakdown} />
                <Text size="sm">
                  {answers.tpcc(proposal.tpccResponse)} · {answers.donor(proposal.donorResponse)}
                </Text>
                {proposal.partnership && (
                  <Text size="sm">
                    <Link to={`/partnerships/${proposal.partnership.id}`}>
                      {t('common.labelValue', {
                        label: t('partnerships.label'),
                        value: format.enumLabel('PartnershipStatus', proposal.partnership.status),
                      })}
                    </Link>{' '}
                    ·{' '}
                    {t('partnerships.delivered', {
                      delivered: format.number(proposal.partnership.deliveredQuantity),
                      quantity: format.number(proposal.partnership.quantity),
                    })}
                  </Text>
                )}
              </Stack>
            </SimpleGrid>
            <ProposalConversation proposalId={proposal.id} />
          </Card>
        ))}
      </Stack>

      {can.seeGapDiagnosis(user) && (
        <GapDiagnosisPanel
          gapId={gap.id}
          gapFacts={{
            memberState: gap.memberState.name,
            capability: gap.capability,
            gapLanguages: gap.languages
              .map((code) => t(`languageName.${code}`, { defaultValue: code }))
              .join(', '),
            gapWindow: `${format.date(gap.neededFrom)} – ${format.date(gap.neededBy)}`,
          }}
        />
      )}

      <CommentThread subject={{ gapId: gap.id }} headingId="gap-comments" />

      <ReasonModal
        opened={cancelOpened}
        onClose={cancelModal.close}
        subject={gap.id}
        title={t('gaps.page.cancelTitle')}
        reasonLabel={t('gaps.page.cancelReason')}
        confirmLabel={t('gaps.page.cancelConfirm')}
        confirming={cancelling.fetching}
        onConfirm={async (reason) => {
          const result = await cancelGap({
            input: { id: gap.id, reason },
          });
          if (!result.error) cancelModal.close();
        }}
      />
    </Stack>
  );
}
