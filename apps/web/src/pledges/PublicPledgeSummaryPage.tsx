import { Alert, Anchor, Box, Container, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { LanguageSwitch } from '../app/LanguageSwitch';
import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { PageLoader } from '../common/PageLoader';
import { apiErrorOf } from '../graphql/errors';
import { type PublicPledgeSummaryQuery } from '../graphql/generated/graphql';
import { useFormat } from '../i18n/format';
import { PublicPledgeSummaryQuery as SummaryQuery } from './pledges.graphql';
import { ScrollableTable } from './ScrollableTable';

type Row = PublicPledgeSummaryQuery['publicPledgeSummary'][number];

/** A category's counts, one column each, in the order of the table's head. */
const COUNTS = ['pledges', 'fulfilledPledges', 'withdrawnPledges', 'pledgingStates'] as const;

/** Rows of one Ministerial together, in the API's order (by first day). */
function byMinisterial(rows: Row[]): Row[][] {
  const groups = new Map<string, Row[]>();
  for (const row of rows)
    groups.set(row.ministerialCode, [...(groups.get(row.ministerialCode) ?? []), row]);
  return [...groups.values()];
}

/**
 * The public summary of the Ministerial pledges, readable without signing in: figures only, by
 * Ministerial and category (the API sends no person, text or id). When the server has it turned
 * off the API answers NOT_FOUND, said here in words.
 */
export function PublicPledgeSummaryPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, fetching, error }] = useQuery({ query: SummaryQuery });
  const apiError = apiErrorOf(error);
  const unit = (value: string, count: number) => t(`enum.QuantityUnit.${value}`, { count });
  return (
    <Box bg="gray.0" mih="100vh">
      <Box
        component="header"
        bg="white"
        py="sm"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Container size="xl">
          <Group justify="space-between">
            <Text fw={700} size="lg">
              {t('app.name')}
            </Text>
            <Group gap="sm">
              <LanguageSwitch />
              <Anchor component={Link} to="/sign-in" size="sm">
                {t('pledges.public.signIn')}
              </Anchor>
            </Group>
          </Group>
        </Container>
      </Box>
      <Container size="xl" component="main" py="md">
        <Stack>
          <Title order={1}>{t('pledges.public.title')}</Title>
          <Text>{t('pledges.public.intro')}</Text>
          {apiError?.code === 'NOT_FOUND' && (
            <Alert
              color="gray"
              title={t('pledges.public.offTitle')}
              role="status"
              data-testid="public-off"
            >
              {t('pledges.public.off')}
            </Alert>
          )}
          {apiError && apiError.code !== 'NOT_FOUND' && <ApiErrorAlert error={apiError} />}
          {!data && fetching && <PageLoader />}
          {data && data.publicPledgeSummary.length === 0 && (
            <Text c="dimmed">{t('pledges.public.empty')}</Text>
          )}
          {data &&
            byMinisterial(data.publicPledgeSummary).map((rows) => {
              const [first] = rows;
              const headingId = `ministerial-${first.ministerialCode}`;
              return (
                <Stack
                  key={first.ministerialCode}
                  component="section"
                  aria-labelledby={headingId}
                  gap="xs"
                  data-testid="public-ministerial"
                >
                  <Title order={2} size="h3" id={headingId}>
                    {t('pledges.ministerial.fullName', {
                      year: first.heldOn.slice(0, 4),
                      city: first.city,
                    })}
                  </Title>
                  <ScrollableTable minWidth={960}>
                    <Table striped withTableBorder verticalSpacing="xs" bg="white">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('pledges.field.category')}</Table.Th>
                          <Table.Th ta="right">{t('pledges.public.pledges')}</Table.Th>
                          <Table.Th ta="right">{t('pledges.public.fulfilledPledges')}</Table.Th>
                          <Table.Th ta="right">{t('pledges.public.withdrawnPledges')}</Table.Th>
                          <Table.Th ta="right">{t('pledges.public.states')}</Table.Th>
                          <Table.Th>{t('pledges.field.unit')}</Table.Th>
                          <Table.Th ta="right">{t('pledges.report.required')}</Table.Th>
                          <Table.Th ta="right">{t('pledges.report.pledged')}</Table.Th>
                          <Table.Th ta="right">{t('pledges.report.delivered')}</Table.Th>
                          <Table.Th ta="right">{t('pledges.report.covered')}</Table.Th>
                          <Table.Th ta="right">{t('pledges.public.fulfilledPercent')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {rows.map((row) => {
                          const span = Math.max(1, row.quantities.length);
                          const counts = (
                            <>
                              <Table.Td rowSpan={span}>
                                {format.enumLabel('Category', row.category)}
                              </Table.Td>
                              {COUNTS.map((count) => (
                                <Table.Td key={count} rowSpan={span} ta="right">
                                  {format.number(row[count])}
                                </Table.Td>
                              ))}
                            </>
                          );
                          if (!row.quantities.length) {
                            return (
                              <Table.Tr key={row.category} data-testid="public-row">
                                {counts}
                                <Table.Td colSpan={6}>
                                  <Text size="sm" c="dimmed">
                                    {t('pledges.public.noQuantity')}
                                  </Text>
                                </Table.Td>
                              </Table.Tr>
                            );
                          }
                          return (
                            <Fragment key={row.category}>
                              {row.quantities.map((quantity, index) => (
                                <Table.Tr key={quantity.unit} data-testid="public-row">
                                  {index === 0 && counts}
                                  <Table.Td>{unit(quantity.unit, 2)}</Table.Td>
                                  <Table.Td ta="right">{format.number(quantity.required)}</Table.Td>
                                  <Table.Td ta="right">{format.number(quantity.pledged)}</Table.Td>
                                  <Table.Td ta="right">
                                    {format.number(quantity.delivered)}
                                  </Table.Td>
                                  <Table.Td ta="right">
                                    {format.percentOf100(quantity.coveredPercent)}
                                  </Table.Td>
                                  <Table.Td ta="right">
                                    {format.percentOf100(quantity.fulfilledPercent)}
                                  </Table.Td>
                                </Table.Tr>
                              ))}
                            </Fragment>
                          );
                        })}
                      </Table.Tbody>
                    </Table>
                  </ScrollableTable>
                </Stack>
              );
            })}
          <Text size="sm" c="dimmed">
            {t('pledges.public.note')}
          </Text>
        </Stack>
      </Container>
    </Box>
  );
}
