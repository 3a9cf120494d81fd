import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { type MinisterialReportQuery } from '../graphql/generated/graphql';
import { useFormat } from '../i18n/format';
import { ScrollableTable } from './ScrollableTable';

type Report = NonNullable<MinisterialReportQuery['pledgeRequirementsReport']>[number];

/**
 * Pledged against required by category, capability and unit (as OCHA's Financial Tracking
 * Service shows funding against requirements), unfilled rows first as the API orders them.
 */
export function RequirementsReportTable({ report }: { report: Report }) {
  const { t } = useTranslation();
  const format = useFormat();
  const unit = (row: Report['rows'][number]) =>
    row.unit ? t(`enum.QuantityUnit.${row.unit}`, { count: 2 }) : t('pledges.report.noUnit');
  return (
    <ScrollableTable minWidth={900}>
      <Table
        striped
        verticalSpacing="xs"
        horizontalSpacing="xs"
        fz="sm"
        data-testid="requirements-report"
      >
        <Table.Caption>{t('pledges.report.requirementsCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('pledges.field.category')}</Table.Th>
            <Table.Th>{t('pledges.field.capability')}</Table.Th>
            <Table.Th>{t('pledges.field.unit')}</Table.Th>
            <Table.Th ta="right">{t('pledges.report.lines')}</Table.Th>
            <Table.Th ta="right">{t('pledges.report.required')}</Table.Th>
            <Table.Th ta="right">{t('pledges.report.pledges')}</Table.Th>
            <Table.Th ta="right">{t('pledges.report.pledged')}</Table.Th>
            <Table.Th ta="right">{t('pledges.report.committed')}</Table.Th>
            <Table.Th ta="right">{t('pledges.report.delivered')}</Table.Th>
            <Table.Th ta="right">{t('pledges.report.shortfall')}</Table.Th>
            <Table.Th ta="right">{t('pledges.report.covered')}</Table.Th>
            <Table.Th ta="right">{t('pledges.report.fulfilled')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.rows.map((row) => (
            <Table.Tr
              key={`${row.category}-${row.capability ?? ''}-${row.unit ?? ''}`}
              data-testid="requirements-row"
              data-unfilled={row.unfilled ? 'true' : 'false'}
            >
              <Table.Td>{format.enumLabel('Category', row.category)}</Table.Td>
              <Table.Td>
                {row.capability ?? t('pledges.page.wholeCategory')}
                {row.unfilled && (
                  <Badge ml="xs" color="red.9" variant="filled">
                    {t('pledges.report.unfilled')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{unit(row)}</Table.Td>
              <Table.Td ta="right">{format.number(row.requirementLines)}</Table.Td>
              <Table.Td ta="right">{format.number(row.required)}</Table.Td>
              <Table.Td ta="right">{format.number(row.pledges)}</Table.Td>
              <Table.Td ta="right">{format.number(row.pledged)}</Table.Td>
              <Table.Td ta="right">{format.number(row.committed)}</Table.Td>
              <Table.Td ta="right">{format.number(row.delivered)}</Table.Td>
              <Table.Td ta="right">{format.number(row.shortfall)}</Table.Td>
              <Table.Td ta="right">{format.percentOf100(row.coveredPercent)}</Table.Td>
              <Table.Td ta="right">{format.percentOf100(row.fulfilledPercent)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {report.rows.length === 0 && <Text c="dimmed">{t('pledges.report.empty')}</Text>}
    </ScrollableTable>
  );
}
