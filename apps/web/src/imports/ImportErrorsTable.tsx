import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../i18n/format';
import { ruleMessage } from '../i18n/rule-message';
import { type ImportResult } from './use-import-upload';

/**
 * Every refused row of a file: its line (the header is line 1), the column at fault as named in
 * the file, what kind of refusal (translated from the API's code) and why. In English, the API's
 * own reason, which names the value too; in French, the rule the API names said in French, or
 * the API's reason (marked as English) for a refusal without one.
 */
export function ImportErrorsTable({ errors }: { errors: ImportResult['errors'] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const inEnglish = i18n.resolvedLanguage === 'en';
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
                <Reason
                  said={inEnglish ? undefined : ruleMessage(error.rule, error.args)}
                  reason={error.reason}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The rule said in the interface's language, else the API's English sentence (marked so). */
function Reason({ said, reason }: { said?: string; reason: string }) {
  return said ? (
    <Text size="sm" c="dimmed">
      {said}
    </Text>
  ) : (
    <Text size="sm" c="dimmed" lang="en">
      {reason}
    </Text>
  );
}
