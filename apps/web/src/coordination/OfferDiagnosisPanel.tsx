import { Alert, Anchor, Card, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { apiErrorOf } from '../graphql/errors';
import { useFormat } from '../i18n/format';
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
    <Card
      withBorder
      component="section"
      aria-labelledby="near-misses"
      data-testid="offer-diagnosis"
    >
      <Title order={2} size="h3" id="near-misses">
        {t('coordination.offerTitle')}
      </Title>
      <Stack mt="sm" gap="sm">
        {error && <ApiErrorAlert error={apiErrorOf(error)!} />}
        {!data && fetching && <Loader size="sm" aria-label={t('common.loading')} />}
        {diagnostics?.status === 'NO_RUN' && <Text c="dimmed">{t('coordination.noRun')}</Text>}
        {diagnostics?.status === 'NOT_MATCHING' && (
          <Text c="dimmed">{t('coordination.offerNotMatching')}</Text>
        )}
        {diagnostics?.status === 'DIAGNOSED' && offer && (
          <>
            <Text data-testid="diagnosis-summary">
              {t('coordination.offerSummary', {
                date: format.dateTime(diagnostics.runFinishedAt),
                capacity: format.number(offer.capacity),
                allocated: format.number(offer.allocated),
                unused: format.number(offer.unused),
              })}
            </Text>
            {!diagnostics.consistent && (
              <Alert color="yellow">{t('coordination.inconsistent')}</Alert>
            )}
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
      </Stack>
    </Card>
  );
}
