import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useCountryName } from '../dashboard/map/country-name';
import { type MinisterialReportQuery } from '../graphql/generated/graphql';
import { useFormat } from '../i18n/format';
import { ScrollableTable } from './ScrollableTable';

type FollowUp = NonNullable<MinisterialReportQuery['pledgeFollowUpReport']>;
type Row = FollowUp['totals'];

const COLUMNS = [
  'led',
  'joined',
  'announced',
  'committed',
  'inProgress',
  'fulfilled',
  'withdrawn',
  'nothingLinked',
  'linkedOffersExpired',
] as const satisfies readonly (keyof Row)[];

/** Pledges by state and status (a joint pledge counts for each of its states; totals once). */
export function FollowUpTable({ report }: { report: FollowUp }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const cells = (row: Row) =>
    COLUMNS.map((column) => (
      <Table.Td key={column} ta="right">
        {format.number(row[column])}
      </Table.Td>
    ));
  return (
    <ScrollableTable minWidth={900}>
      <Table striped verticalSpacing="xs" data-testid="follow-up-report">
        <Table.Caption>{t('pledges.followUp.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('pledges.followUp.state')}</Table.Th>
            {COLUMNS.map((column) => (
              <Table.Th key={column} ta="right">
                {t(`pledges.followUp.${column}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.rows.map((row) => (
            <Table.Tr key={row.stateIso3 ?? ''} data-testid="follow-up-row">
              <Table.Td>{row.stateIso3 ? countryName(row.stateIso3) : '—'}</Table.Td>
              {cells(row)}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={600}>
            <Table.Th scope="row">{t('pledges.followUp.totals')}</Table.Th>
            {cells(report.totals)}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </ScrollableTable>
  );
}
