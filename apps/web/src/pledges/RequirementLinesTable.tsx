import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { RowRemoveCell } from '../common/RowRemoveCell';
import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { apiErrorOf } from '../graphql/errors';
import { type MinisterialReportQuery } from '../graphql/generated/graphql';
import { useFormat } from '../i18n/format';
import { RemoveRequirementMutation } from './pledges.graphql';
import { ScrollableTable } from './ScrollableTable';

type Line = NonNullable<MinisterialReportQuery['ministerial']>['requirements'][number];

/** The requirement list line by line; coordinators may remove a line. */
export function RequirementLinesTable({
  lines,
  canRemove,
  onRemoved,
}: {
  lines: Line[];
  canRemove: boolean;
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [removing, remove] = useMutation(RemoveRequirementMutation);
  const error = apiErrorOf(removing.error);
  if (!lines.length) return <Text c="dimmed">{t('pledges.requirements.none')}</Text>;
  return (
    <>
      {error && <ApiErrorAlert error={error} />}
      <ScrollableTable minWidth={720}>
        <Table striped verticalSpacing="xs" data-testid="requirement-lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pledges.field.category')}</Table.Th>
              <Table.Th>{t('pledges.field.capability')}</Table.Th>
              <Table.Th>{t('pledges.requirements.mission')}</Table.Th>
              <Table.Th ta="right">{t('pledges.field.quantity')}</Table.Th>
              <Table.Th>{t('pledges.requirements.description')}</Table.Th>
              {canRemove && <Table.Th aria-label={t('pledges.offers.actions')} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line) => (
              <Table.Tr key={line.id}>
                <Table.Td>{format.enumLabel('Category', line.category)}</Table.Td>
                <Table.Td>{line.capability}</Table.Td>
                <Table.Td>
                  {line.missionCode
                    ? t(`mission.${line.missionCode}`, { defaultValue: line.missionCode })
                    : t('pledges.requirements.anyMission')}
                </Table.Td>
                <Table.Td ta="right">
                  {format.number(line.quantity)}{' '}
                  {t(`enum.QuantityUnit.${line.unit}`, { count: line.quantity })}
                </Table.Td>
                <Table.Td>{line.description || '—'}</Table.Td>
                {canRemove && (
                  <RowRemoveCell
                    loading={removing.fetching}
                    remove={() => remove({ input: { id: line.id } })}
                    onRemoved={onRemoved}
                  >
                    {t('pledges.requirements.remove')}
                  </RowRemoveCell>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollableTable>
    </>
  );
}
