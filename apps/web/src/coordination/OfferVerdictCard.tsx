import { Anchor, Badge, Card, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { type GapDiagnosisQuery } from '../graphql/generated/graphql';
import { useFormat } from '../i18n/format';
import { ruleSentence, type RuleFacts } from './rule-words';

type Verdict = NonNullable<
  NonNullable<GapDiagnosisQuery['matchDiagnostics']>['gap']
>['offers'][number];

/** Dark shades in outline: readable (4.5:1) on white, as the status badges. */
const OUTCOME_COLOURS = {
  ALLOCATED: 'teal.9',
  OUTBID: 'violet.9',
  NOT_NEEDED: 'gray',
  NOT_CANDIDATE: 'red.9',
} as const;

/** One offer of the gap's category and what the latest run made of it for this gap. */
export function OfferVerdictCard({
  verdict,
  gapFacts,
}: {
  verdict: Verdict;
  gapFacts: Pick<RuleFacts, 'gapLanguages' | 'gapWindow' | 'memberState' | 'capability'>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const offer = verdict.offer;
  const languageNames = (codes: string[]) =>
    codes.map((code) => t(`languageName.${code}`, { defaultValue: code })).join(', ');
  return (
    <Card withBorder padding="sm" data-testid="offer-verdict" data-outcome={verdict.outcome}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          {offer ? (
            <Anchor component={Link} to={`/offers/${offer.id}`} fw={600}>
              {offer.title}
            </Anchor>
          ) : (
            <Text fw={600}>{verdict.donor}</Text>
          )}
          {offer && (
            <Text size="sm" c="dimmed">
              {offer.donor.name}
            </Text>
          )}
        </Stack>
        <Badge color={OUTCOME_COLOURS[verdict.outcome]} variant="outline">
          {t(`coordination.outcome.${verdict.outcome}`)}
        </Badge>
      </Group>
      <Stack gap={4} mt="xs">
        {verdict.outcome === 'ALLOCATED' && (
          <Text size="sm">
            {t('coordination.allocated', {
              quantity: format.number(verdict.quantity),
              score: format.percent(verdict.score ?? 0),
            })}
          </Text>
        )}
        {verdict.outcome === 'NOT_NEEDED' && <Text size="sm">{t('coordination.notNeeded')}</Text>}
        {verdict.outcome === 'NOT_CANDIDATE' && verdict.rule && (
          <Text size="sm" data-testid="verdict-rule" data-rule={verdict.rule}>
            {ruleSentence(t, verdict.rule, {
              ...gapFacts,
              offerLanguages: languageNames(offer?.languages ?? []),
              offerWindow: offer
                ? `${format.date(offer.availableFrom)} – ${format.date(offer.availableTo)}`
                : '—',
            })}
          </Text>
        )}
        {verdict.outcome === 'OUTBID' && <Outbid verdict={verdict} />}
      </Stack>
    </Card>
  );
}

/** A candidate that got nothing: who took its units, and what would make this gap win. */
function Outbid({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <Text size="sm">
        {t('coordination.outbid', { score: format.percent(verdict.score ?? 0) })}
      </Text>
      {verdict.competition.length > 0 && (
        <List size="sm" spacing={2}>
          {verdict.competition.map((allocation, index) => (
            <List.Item key={allocation.gapId ?? index}>
              {allocation.gapId ? (
                <Anchor component={Link} to={`/gaps/${allocation.gapId}`} size="sm">
                  {t('coordination.competitor', {
                    memberState: allocation.memberState,
                    quantity: format.number(allocation.quantity),
                    score: format.percent(allocation.score),
                  })}
                </Anchor>
              ) : (
                t('coordination.hiddenCompetitor', {
                  quantity: format.number(allocation.quantity),
                  score: format.percent(allocation.score),
                })
              )}
            </List.Item>
          ))}
        </List>
      )}
      <Text size="sm" fw={600} mt={4}>
        {t('coordination.toWin')}
      </Text>
      <List size="sm" spacing={2}>
        {verdict.scoreNeeded !== null && verdict.scoreNeeded !== undefined && (
          <List.Item>
            {t('coordination.scoreNeeded', {
              needed: format.percent(verdict.scoreNeeded),
              score: format.percent(verdict.score ?? 0),
            })}
          </List.Item>
        )}
        {verdict.scoreChanges.map((change) => (
          <List.Item key={change.criterion}>
            {t('coordination.scoreChange', {
              criterion: t(`coordination.criterion.${change.criterion}`),
              score: format.percent(change.score),
            })}
          </List.Item>
        ))}
        {verdict.capacityMissing ? (
          <List.Item>
            {t('coordination.capacityMissing', {
              units: format.number(verdict.capacityMissing),
            })}
          </List.Item>
        ) : null}
      </List>
    </>
  );
}
