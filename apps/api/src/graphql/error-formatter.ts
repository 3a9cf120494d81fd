import { type ExecutionResult, GraphQLError } from 'graphql';
import { type MercuriusContext } from 'mercurius';

import { RequestErrorCode, toClientError } from './graphql-error.mapper';

interface ErrorWithChildren {
  errors?: unknown[];
  statusCode?: number;
}

/** Mercurius wraps validation failures in one error holding the list; unwrap it. */
export function flatten(errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.flatMap((error) => {
    const children = (error.originalError as ErrorWithChildren | undefined)?.errors;
    if (Array.isArray(children)) {
      return children.map((child) =>
        child instanceof GraphQLError ? child : new GraphQLError(String((child as Error).message)),
      );
    }
    return [error];
  });
}

/**
 * Mercurius `errorFormatter`: every error goes through the one mapper. Status codes follow
 * GraphQL over HTTP: 200 when execution started, the error's own 4xx for a request that could
 * not be executed, 503 when nothing could be answered because the database cannot be reached.
 */
export function formatErrors(
  execution: ExecutionResult & { statusCode?: number },
  _context: MercuriusContext,
) {
  const errors = flatten(execution.errors ?? []).map(toClientError);
  const requestError = execution.errors?.[0]?.originalError as ErrorWithChildren | undefined;
  const unavailable =
    errors.length > 0 &&
    errors.every((error) => error.extensions?.code === RequestErrorCode.SERVICE_UNAVAILABLE);
  const statusCode = execution.data
    ? 200
    : unavailable
      ? 503
      : (execution.statusCode ?? requestError?.statusCode ?? 200);
  return { statusCode, response: { data: execution.data ?? null, errors } };
}
