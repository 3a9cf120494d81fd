import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { type PledgeQuery } from '../graphql/generated/graphql';
import { useFormat } from '../i18n/format';
import { ScrollableTable } from './ScrollableTable';

type Change = NonNullable<PledgeQuery['pledge']>['statusHistory'][number];

/** Every status the pledge had, oldest first: when, which step, who (as they were) and why. */
export function PledgeHistory({ history }: { history: Change[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ScrollableTable minWidth={720}>
      <Table data-testid="pledge-history" verticalSpacing="xs">
        <Table.Caption>{t('pledges.history.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('pledges.history.when')}</Table.Th>
            <Table.Th>{t('pledges.history.step')}</Table.Th>
            <Table.Th>{t('pledges.history.who')}</Table.Th>
            <Table.Th>{t('pledges.history.why')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.map((change) => (
            <Table.Tr key={change.id}>
              <Table.Td>{format.dateTime(change.changedAt)}</Table.Td>
              <Table.Td>
                {change.fromStatus
                  ? t('pledges.history.fromTo', {
                      from: t(`pledges.status.${change.fromStatus}`),
                      to: t(`pledges.status.${change.toStatus}`),
                    })
                  : t('pledges.history.recorded', {
                      to: t(`pledges.status.${change.toStatus}`),
                    })}
              </Table.Td>
              <Table.Td>
                {change.actorEmail ?? t('pledges.history.system')}
                {change.actorRole && (
                  <Text size="xs" c="dimmed">
                    {t(`enum.Role.${change.actorRole}`)}
                    {change.actorMemberState && ' · '}
                    {change.actorMemberState}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{change.reason ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}
