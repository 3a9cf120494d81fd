import { type CombinedError } from '@urql/core';

import { ruleMessage } from '../i18n/rule-message';

/** The codes the API puts in `extensions.code` (apps/api/src/graphql/graphql-error.mapper.ts). */
export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number] | 'NETWORK';

export interface ApiError {
  code: ApiErrorCode;
  /** The API's own sentence (English), shown as a detail under the translated message. */
  message: string;
  /** Field errors of a refused input, by field path without the argument name ("title"). */
  fields: Record<string, string>;
}

interface Violation {
  field: string;
  message: string;
  /** The rule broken (class-validator's name), said in the interface's language when known. */
  constraint?: string;
  args?: unknown;
}

function fieldOf(path: string): string {
  return path.replace(/^input\./, '');
}

/** The first error of a failed operation, with its field errors (BAD_USER_INPUT's violations). */
export function apiErrorOf(error: CombinedError | undefined): ApiError | undefined {
  if (!error) return undefined;
  if (error.networkError && error.graphQLErrors.length === 0) {
    return { code: 'NETWORK', message: error.networkError.message, fields: {} };
  }
  const [first] = error.graphQLErrors;
  if (!first) return undefined;
  const extensions = first.extensions ?? {};
  const code = (API_ERROR_CODES as readonly string[]).includes(String(extensions.code))
    ? (extensions.code as ApiErrorCode)
    : 'INTERNAL_SERVER_ERROR';
  const fields: Record<string, string> = {};
  const violations = (extensions.violations as Violation[] | undefined) ?? [];
  for (const violation of violations) {
    fields[fieldOf(violation.field)] ??=
      ruleMessage(violation.constraint, violation.args) ?? violation.message;
  }
  if (typeof extensions.field === 'string' && !(fieldOf(extensions.field) in fields)) {
    fields[fieldOf(extensions.field)] = first.message.replace(/^[\w.]+: /, '');
  }
  return { code, message: first.message, fields };
}
