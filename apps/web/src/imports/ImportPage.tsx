import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  Paper,
  Radio,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { can } from '../auth/permissions';
import { useUser } from '../auth/use-session';
import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { type ApiError } from '../graphql/errors';
import { useFormat } from '../i18n/format';
import { ImportErrorsTable } from './ImportErrorsTable';
import { type ImportKind, TEMPLATES } from './templates';
import { UploadProgress } from './UploadProgress';
import { type ImportResult, useImportUpload } from './use-import-upload';

/** The answer to the file now chosen: its check (dry run), then its import. */
interface Outcome {
  check?: ImportResult;
  imported?: ImportResult;
  error?: ApiError;
}

/**
 * Import gaps or offers from a CSV or XLSX file, all rows or none: the file is first checked by
 * the API (a dry run: every row through the same rules, then rolled back), every refused row
 * listed; only a file without errors can then be imported, by sending it again for real.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const allowed: Record<ImportKind, boolean> = {
    gaps: can.importGaps(user),
    offers: can.importOffers(user),
    requirements: can.keepRequirementLists(user),
  };
  const kinds = (['gaps', 'offers', 'requirements'] as const).filter((kind) => allowed[kind]);
  const requested = params.get('kind') as ImportKind | null;
  const kind: ImportKind | undefined =
    requested && kinds.includes(requested) ? requested : kinds[0];
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({});
  const { upload, send } = useImportUpload();
  const busy = upload.phase !== 'idle';

  if (!kind) {
    return <ApiErrorAlert error={{ code: 'FORBIDDEN', message: '', fields: {} }} />;
  }

  const choose = (next: File | null) => {
    setFile(next);
    setOutcome({});
  };
  const check = async () => {
    if (!file) return;
    setOutcome({});
    const answer = await send(kind, file, true);
    setOutcome({ check: answer.result, error: answer.error });
  };
  const commit = async () => {
    if (!file) return;
    const answer = await send(kind, file, false);
    // A row refused now (changed by someone else since the check) is listed as in a check.
    setOutcome({
      check: answer.result?.errors.length ? answer.result : outcome.check,
      imported: answer.result?.errors.length ? undefined : answer.result,
      error: answer.error,
    });
  };

  const { check: checked, imported, error } = outcome;
  const clean = checked !== undefined && checked.errors.length === 0;
  const canCommit = clean && checked.wouldImport > 0 && !imported;
  const refusedRows = new Set(checked?.errors.map((rowError) => rowError.line)).size;
  const register = { gaps: '/gaps', offers: '/offers', requirements: '/ministerials' }[kind];

  return (
    <Stack>
      <Title order={1}>{t('imports.title')}</Title>
      <Text>{t('imports.intro')}</Text>
      <Paper withBorder p="md" data-testid="import-form">
        <Stack>
          {kinds.length > 1 && (
            <Radio.Group
              label={t('imports.kind.label')}
              value={kind}
              onChange={(value) => {
                setParams({ kind: value });
                setOutcome({});
              }}
            >
              <Group mt="xs">
                {kinds.map((option) => (
                  <Radio key={option} value={option} label={t(`imports.kind.${option}`)} />
                ))}
              </Group>
            </Radio.Group>
          )}
          <Group gap="xs">
            <Text size="sm">{t(`imports.templates.${kind}`)}</Text>
            {TEMPLATES[kind].map((template) => (
              <Anchor
                key={template.format}
                size="sm"
                href={template.url}
                download={template.filename}
              >
                {t(`imports.templates.format.${template.format}`)}
              </Anchor>
            ))}
          </Group>
          <FileInput
            label={t('imports.file.label')}
            description={t('imports.file.description')}
            placeholder={t('imports.file.placeholder')}
            // Mantine's light grey placeholder is text here (a button's, not an input's): axe
            // wants it readable.
            styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={choose}
            valueComponent={({ value }) =>
              value && !Array.isArray(value) ? (
                <Text size="sm" component="span">
                  {t('imports.file.chosen', {
                    name: value.name,
                    size: format.number(Math.max(1, Math.round(value.size / 1024))),
                  })}
                </Text>
              ) : null
            }
            clearable
            clearButtonProps={{ 'aria-label': t('imports.file.clear') }}
            disabled={busy}
            maw={560}
          />
          <Group>
            <Button onClick={() => void check()} disabled={!file || busy} loading={busy && !clean}>
              {t('imports.check')}
            </Button>
            <Button
              color="green"
              onClick={() => void commit()}
              disabled={!canCommit || busy}
              loading={busy && clean}
            >
              {canCommit
                ? t('imports.commit', {
                    count: checked.wouldImport,
                    formatted: format.number(checked.wouldImport),
                  })
                : t('imports.commitDisabled')}
            </Button>
          </Group>
          <UploadProgress upload={upload} />
        </Stack>
      </Paper>

      {error && <ApiErrorAlert error={error} context="imports" />}

      {/* Blue, and the link outside: green, or a link on the alert's tint, lacks contrast (axe). */}
      {imported && (
        <>
          <Alert color="blue" title={t('imports.done.title')} role="status">
            {t('imports.done.counts', {
              imported: format.number(imported.imported),
              skipped: format.number(imported.skipped),
            })}
          </Alert>
          <Group>
            <Button variant="default" component={Link} to={register}>
              {t(`imports.done.open.${kind}`)}
            </Button>
          </Group>
        </>
      )}

      {checked && !imported && checked.errors.length > 0 && (
        <Alert color="red" title={t('imports.checked.refused')} role="alert">
          {t('imports.checked.refusedDetail', {
            count: refusedRows,
            refused: format.number(refusedRows),
            rows: format.number(checked.rows),
          })}
        </Alert>
      )}
      {checked && !imported && clean && (
        <Alert color="blue" title={t('imports.checked.clean')} role="status">
          {t('imports.checked.cleanDetail', {
            rows: format.number(checked.rows),
            wouldImport: format.number(checked.wouldImport),
            skipped: format.number(checked.skipped),
          })}
        </Alert>
      )}
      {checked && checked.skippedLines.length > 0 && !imported && (
        <Text size="sm" c="dimmed">
          {t('imports.checked.skippedLines', {
            lines: checked.skippedLines.map((line) => format.number(line)).join(', '),
          })}
        </Text>
      )}
      {checked && checked.errors.length > 0 && <ImportErrorsTable errors={checked.errors} />}
    </Stack>
  );
}
