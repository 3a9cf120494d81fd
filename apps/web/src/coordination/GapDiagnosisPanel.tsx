import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { useFormat } from '../i18n/format';
import { DiagnosisCard } from './DiagnosisCard';
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
    <DiagnosisCard
      headingId="diagnosis"
      testId="gap-diagnosis"
      title={t('coordination.gapTitle')}
      notMatching={t('coordination.gapNotMatching')}
      result={{ fetching, error, ...diagnostics }}
      summary={
        diagnostics && gap
          ? t('coordination.gapSummary', {
              date: format.dateTime(diagnostics.runFinishedAt),
              demand: format.number(gap.demand),
              allocated: format.number(gap.allocated),
              unmet: format.number(gap.unmet),
            })
          : undefined
      }
    >
      {offers.length === 0 && <Text c="dimmed">{t('coordination.noOffers')}</Text>}
      {offers.map((verdict) => (
        <OfferVerdictCard key={verdict.offerId} verdict={verdict} gapFacts={gapFacts} />
      ))}
    </DiagnosisCard>
  );
}
