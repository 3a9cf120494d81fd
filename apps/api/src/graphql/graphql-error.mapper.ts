import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

import { DomainError, ErrorCode } from '@app/common';
import { databaseErrorStack, describeDatabaseError, isDatabaseError } from '@app/logging';
import { isDatabaseUnavailable } from '@app/persistence';

/** Codes of errors raised before any resolver runs. */
export enum RequestErrorCode {
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

const logger = new Logger('GraphQLErrors');

/**
 * A variable's value that does not fit its type (graphql-js and graphql-jit words), as opposed to
 * a document's misuse of a variable (`Variable "$id" is never used…`), which is a validation error.
 */
const VARIABLE_VALUE_ERROR =
  /^Variable "\$[^"]+" (got invalid value|of required type|of non-null type)/;

function codeOf(code: ErrorCode): ErrorCode {
  // Exhaustive on purpose: a new domain code must be mapped here before it can compile.
  switch (code) {
    case ErrorCode.BAD_USER_INPUT:
    case ErrorCode.NOT_FOUND:
    case ErrorCode.CONFLICT:
    case ErrorCode.UNAUTHENTICATED:
    case ErrorCode.FORBIDDEN:
    case ErrorCode.RATE_LIMITED:
      return code;
    default: {
      const unmapped: never = code;
      throw new Error(`Unmapped error code ${String(unmapped)}`);
    }
  }
}

/**
 * A variable that does not fit its GraphQL type, as graphql-js (`… at "input.quantity"; reason`)
 * or graphql-jit (`…; Field value.open of required type …`) words it: the field and the reason,
 * without echoing the whole value back.
 */
export function describeVariableError(message: string): { field?: string; message: string } {
  const variable = /^Variable "\$([^"]+)"/.exec(message)?.[1];
  const separator = message.indexOf('; ');
  const reason = separator >= 0 ? message.slice(separator + 2) : message;
  const jsPath = /\bat "([^"]+)";/.exec(message)?.[1];
  const jitPath = /^Field value\.([\w.]+)/.exec(reason)?.[1];
  const field = jsPath ?? (jitPath && variable ? `${variable}.${jitPath}` : variable);
  return { field, message: field ? `${field}: ${reason}` : reason };
}

/**
 * An unexpected error as it is logged: a database error by its code and the schema objects it
 * names (its message may quote what a client sent), with its stack below the message line.
 */
function loggable(error: Error): { message: string; stack?: string } {
  if (!isDatabaseError(error)) return { message: error.message, stack: error.stack };
  return { message: describeDatabaseError(error), stack: databaseErrorStack(error) };
}

/**
 * Turns any error of a GraphQL execution into what a client sees: a message, a code and, for
 * bad input, the offending field. A database that cannot be reached is SERVICE_UNAVAILABLE (the
 * request may be sent again). Unexpected errors are logged with their stack (a database error
 * without its message) and reach the client only as INTERNAL_SERVER_ERROR.
 */
export function toClientError(error: GraphQLError): GraphQLFormattedError {
  const base = { message: error.message, locations: error.locations, path: error.path };
  const original = error.originalError;
  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: codeOf(original.code), field: original.field, ...original.details },
    };
  }
  if (VARIABLE_VALUE_ERROR.test(error.message)) {
    const { field, message } = describeVariableError(error.message);
    return { ...base, message, extensions: { code: ErrorCode.BAD_USER_INPUT, field } };
  }
  if (original instanceof GraphQLError) return toClientError(original);
  if (!original || original.name === 'GraphQLError') {
    if (error.message.startsWith('Syntax Error')) {
      return { ...base, extensions: { code: RequestErrorCode.GRAPHQL_PARSE_FAILED } };
    }
    if (!error.path) {
      return { ...base, extensions: { code: RequestErrorCode.GRAPHQL_VALIDATION_FAILED } };
    }
  }
  // Mercurius' refusal of a request it cannot run (no query: `Unknown query`), status 4xx.
  const mercurius = original as { code?: unknown; statusCode?: unknown } | undefined;
  if (
    typeof mercurius?.code === 'string' &&
    mercurius.code.startsWith('MER_ERR_') &&
    Number(mercurius.statusCode) < 500
  ) {
    return { ...base, extensions: { code: RequestErrorCode.GRAPHQL_VALIDATION_FAILED } };
  }
  if (isDatabaseUnavailable(original)) {
    logger.warn(`Database unavailable: ${loggable(original!).message}`);
    return {
      message: 'The database is unavailable; try again in a few seconds',
      locations: error.locations,
      path: error.path,
      extensions: { code: RequestErrorCode.SERVICE_UNAVAILABLE },
    };
  }
  const { message, stack } = loggable(original ?? error);
  logger.error(message, stack);
  return {
    message: 'Internal server error',
    locations: error.locations,
    path: error.path,
    extensions: { code: RequestErrorCode.INTERNAL_SERVER_ERROR },
  };
}
