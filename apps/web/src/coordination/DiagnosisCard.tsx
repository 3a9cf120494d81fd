import { Alert, Card, Loader, Stack, Text, Title } from '@mantine/core';
import { type CombinedError } from '@urql/core';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { apiErrorOf } from '../graphql/errors';
import { type DiagnosisStatus } from '../graphql/generated/graphql';

/**
 * The frame of a gap's or an offer's diagnosis: its heading, loading and errors, the run's status
 * (none yet, not matching) and, once diagnosed, its summary line and what the caller shows.
 */
export function DiagnosisCard({
  headingId,
  testId,
  title,
  notMatching,
  result: { fetching, error, status, consistent },
  summary,
  children,
}: {
  headingId: string;
  testId: string;
  title: string;
  notMatching: string;
  result: {
    fetching: boolean;
    error?: CombinedError;
    status?: DiagnosisStatus;
    consistent?: boolean;
  };
  /** Defined once diagnosed. */
  summary?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid={testId}>
      <Title order={2} size="h3" id={headingId}>
        {title}
      </Title>
      <Stack mt="sm" gap="sm">
        {error && <ApiErrorAlert error={apiErrorOf(error)!} />}
        {!status && fetching && <Loader size="sm" aria-label={t('common.loading')} />}
        {status === 'NO_RUN' && <Text c="dimmed">{t('coordination.noRun')}</Text>}
        {status === 'NOT_MATCHING' && <Text c="dimmed">{notMatching}</Text>}
        {status === 'DIAGNOSED' && summary !== undefined && (
          <>
            <Text data-testid="diagnosis-summary">{summary}</Text>
            {consistent === false && <Alert color="yellow">{t('coordination.inconsistent')}</Alert>}
            {children}
          </>
        )}
      </Stack>
    </Card>
  );
}
