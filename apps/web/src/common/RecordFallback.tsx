import { Alert } from '@mantine/core';
import { type CombinedError } from 'urql';

import { apiErrorOf } from '../graphql/errors';
import { ApiErrorAlert } from './ApiErrorAlert';
import { PageLoader } from './PageLoader';

/**
 * What a record's page shows instead of the record: the API's refusal, a loader while it is first
 * read, or "not found" (the API answers null for a record the user may not see, too).
 */
export function RecordFallback({
  error,
  loading,
  notFoundTitle,
  notFound,
}: {
  error: CombinedError | undefined;
  loading: boolean;
  notFoundTitle: string;
  notFound: string;
}) {
  if (error) return <ApiErrorAlert error={apiErrorOf(error)!} />;
  if (loading) return <PageLoader />;
  return (
    <Alert color="gray" title={notFoundTitle}>
      {notFound}
    </Alert>
  );
}
