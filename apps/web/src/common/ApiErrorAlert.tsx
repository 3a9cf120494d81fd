import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { type ApiError } from '../graphql/errors';

/**
 * A refused operation in the user's language, from its code. The API's own sentence (always
 * English) is added as a detail in the English interface only.
 */
export function ApiErrorAlert({ error, context }: { error: ApiError; context?: string }) {
  const { t, i18n } = useTranslation();
  const detail =
    i18n.resolvedLanguage === 'en' &&
    error.code !== 'NETWORK' &&
    error.code !== 'INTERNAL_SERVER_ERROR';
  const specific = context ? `errors.${context}.${error.code}` : undefined;
  const title = t([...(specific ? [specific] : []), `errors.${error.code}`]);
  return (
    <Alert color="red" title={title} role="alert">
      {detail && <Text size="sm">{error.message.replace(/^[\w.]+: /, '')}</Text>}
    </Alert>
  );
}
