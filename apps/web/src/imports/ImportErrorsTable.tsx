import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../i18n/format';
import { type ImportResult } from './use-import-upload';

/**
 * Every refused row of a file: its line (the header is line 1), the column at fault as named in
 * the file, what kind of refusal (translated from the API's code) and the API's own reason, which
 * names the value and the rule (in English: the API writes it so).
 */
export function ImportErrorsTable({ errors }: { errors: ImportResult['errors'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped verticalSpacing="xs" data-testid="import-errors">
        <Table.Caption>{t('imports.errors.caption', { count: errors.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th ta="right">{t('imports.errors.line')}</Table.Th>
            <Table.Th>{t('imports.errors.column')}</Table.Th>
            <Table.Th>{t('imports.errors.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((error, index) => (
            <Table.Tr key={`${error.line}-${error.column}-${index}`}>
              <Table.Td ta="right">{format.number(error.line)}</Table.Td>
              <Table.Td>
                {error.column ? (
                  <Text ff="monospace" size="sm">
                    {error.column}
                  </Text>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {t([`imports.errorCode.${error.code}`, 'imports.errorCode.other'])}
                </Text>
                <Text size="sm" c="dimmed" lang="en">
                  {error.reason}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
