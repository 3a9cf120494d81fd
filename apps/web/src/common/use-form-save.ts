import { type UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError } from 'urql';

import { type ApiError, apiErrorOf } from '../graphql/errors';
import { refusalsAtFields } from './refusals-at-fields';

/**
 * Saving a form through one mutation: the API's refusal is kept for the alert above the form and
 * shown at its fields (the values stay as typed); `onSaved` runs only when the API accepted.
 */
export function useFormSave<Values>(
  form: UseFormReturnType<Values>,
  fieldOf?: (path: string) => string,
) {
  const { t } = useTranslation();
  const [saveError, setSaveError] = useState<ApiError>();
  const save = async <Result extends { data?: unknown; error?: CombinedError }>(
    send: () => Promise<Result>,
    onSaved: (data: NonNullable<Result['data']>) => void,
  ) => {
    setSaveError(undefined);
    const result = await send();
    const error = apiErrorOf(result.error);
    if (error) {
      setSaveError(error);
      form.setErrors(refusalsAtFields(error, t, fieldOf));
      return;
    }
    onSaved(result.data as NonNullable<Result['data']>);
  };
  return { saveError, save };
}
