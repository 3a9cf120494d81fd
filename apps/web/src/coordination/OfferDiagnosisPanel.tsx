import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { useFormat } from '../i18n/format';
import { DiagnosisCard } from './DiagnosisCard';
import { OfferDiagnosisQuery } from './diagnostics.graphql';
import { changeSentence } from './near-miss-change';

/**
 * What the latest run made of an offer, and its near misses: unmatched gaps it would serve if
 * one condition changed (issue 18), so a donor sees where its help is needed.
 */
export function OfferDiagnosisPanel({ offerId }: { offerId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, fetching, error }] = useQuery({
    query: OfferDiagnosisQuery,
    variables: { offerId },
    requestPolicy: 'cache-and-network',
  });
  const diagnostics = data?.matchDiagnostics;
  const offer = diagnostics?.offer;
  return (
    <DiagnosisCard
      headingId="near-misses"
      testId="offer-diagnosis"
      title={t('coordination.offerTitle')}
      notMatching={t('coordination.offerNotMatching')}
      result={{ fetching, error, ...diagnostics }}
      summary={
        diagnostics && offer
          ? t('coordination.offerSummary', {
              date: format.dateTime(diagnostics.runFinishedAt),
              capacity: format.number(offer.capacity),
              allocated: format.number(offer.allocated),
              unused: format.number(offer.unused),
            })
          : undefined
      }
    >
      {offer && (
        <>
          <Text fw={600}>{t('coordination.nearMissesTitle')}</Text>
          {offer.nearMisses.length === 0 ? (
            <Text c="dimmed">{t('coordination.noNearMisses')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table data-testid="near-misses" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('gaps.field.memberState')}</Table.Th>
                    <Table.Th>{t('gaps.field.capability')}</Table.Th>
                    <Table.Th>{t('gaps.field.priority')}</Table.Th>
                    <Table.Th ta="right">{t('coordination.demand')}</Table.Th>
                    <Table.Th>{t('coordination.ifChanged')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {offer.nearMisses.map((miss) => (
                    <Table.Tr key={miss.gapId} data-rule={miss.rule}>
                      <Table.Td>
                        <Anchor component={Link} to={`/gaps/${miss.gapId}`}>
                          {miss.memberState}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{miss.capability}</Table.Td>
                      <Table.Td>{format.enumLabel('Priority', miss.priority)}</Table.Td>
                      <Table.Td ta="right">{format.number(miss.demand)}</Table.Td>
                      <Table.Td>{changeSentence(t, miss.change, format.date)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </DiagnosisCard>
  );
}
