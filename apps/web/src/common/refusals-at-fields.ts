import { type TFunction } from 'i18next';

import { type ApiError } from '../graphql/errors';

/**
 * The API's refusals as a form's errors: each message under the field it names, the API's field
 * path turned into the form's name by `fieldOf` (by default, `languages.2` → `languages`).
 */
export function refusalsAtFields(
  error: ApiError,
  t: TFunction,
  fieldOf: (path: string) => string = (path) => path.replace(/\.\d+$/, ''),
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(error.fields).map(([field, message]) => [
      fieldOf(field),
      t('form.refused', { message }),
    ]),
  );
}
