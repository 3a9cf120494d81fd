import { Alert, Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { apiErrorOf } from '../graphql/errors';
import { useFormat } from '../i18n/format';
import { GapDiagnosisQuery } from './diagnostics.graphql';
import { OfferVerdictCard } from './OfferVerdictCard';
import { type RuleFacts } from './rule-words';

/** Most useful first: what the gap got, what nearly served it, then the offers ruled out. */
const OUTCOME_ORDER = ['ALLOCATED', 'OUTBID', 'NOT_NEEDED', 'NOT_CANDIDATE'];

/**
 * "Why this gap got what it got" (issue 18): each offer of its category against the latest
 * successful run, from `matchDiagnostics`, which the engine computes with its own rules.
 */
export function GapDiagnosisPanel({
  gapId,
  gapFacts,
}: {
  gapId: string;
  gapFacts: Pick<RuleFacts, 'gapLanguages' | 'gapWindow' | 'memberState' | 'capability'>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, fetching, error }] = useQuery({
    query: GapDiagnosisQuery,
    variables: { gapId },
    requestPolicy: 'cache-and-network',
  });
  const diagnostics = data?.matchDiagnostics;
  const gap = diagnostics?.gap;
  const offers = [...(gap?.offers ?? [])].sort(
    (a, b) => OUTCOME_ORDER.indexOf(a.outcome) - OUTCOME_ORDER.indexOf(b.outcome),
  );
  return (
    <Card withBorder component="section" aria-labelledby="diagnosis" data-testid="gap-diagnosis">
      <Title order={2} size="h3" id="diagnosis">
        {t('coordination.gapTitle')}
      </Title>
      <Stack mt="sm" gap="sm">
        {error && <ApiErrorAlert error={apiErrorOf(error)!} />}
        {!data && fetching && <Loader size="sm" aria-label={t('common.loading')} />}
        {diagnostics?.status === 'NO_RUN' && <Text c="dimmed">{t('coordination.noRun')}</Text>}
        {diagnostics?.status === 'NOT_MATCHING' && (
          <Text c="dimmed">{t('coordination.gapNotMatching')}</Text>
        )}
        {diagnostics?.status === 'DIAGNOSED' && gap && (
          <>
            <Text data-testid="diagnosis-summary">
              {t('coordination.gapSummary', {
                date: format.dateTime(diagnostics.runFinishedAt),
                demand: format.number(gap.demand),
                allocated: format.number(gap.allocated),
                unmet: format.number(gap.unmet),
              })}
            </Text>
            {!diagnostics.consistent && (
              <Alert color="yellow">{t('coordination.inconsistent')}</Alert>
            )}
            {offers.length === 0 && <Text c="dimmed">{t('coordination.noOffers')}</Text>}
            {offers.map((verdict) => (
              <OfferVerdictCard key={verdict.offerId} verdict={verdict} gapFacts={gapFacts} />
            ))}
          </>
        )}
      </Stack>
    </Card>
  );
}
