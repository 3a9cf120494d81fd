import { type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import { type MercuriusContext } from 'mercurius';

import { flatten } from '../graphql/error-formatter';
import { toClientError } from '../graphql/graphql-error.mapper';
import { formatQueryLimitError, isQueryLimitError, tokenLimitErrorOf } from './query-limits';

export enum RefusalCode {
  RATE_LIMITED = 'RATE_LIMITED',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
}

/**
 * A request refused before GraphQL reads it (too many requests, too large a body): an HTTP status
 * and a GraphQL-shaped body without `data`.
 */
export class RequestRefusal extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: RefusalCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'RequestRefusal';
  }

  toClientError(): GraphQLFormattedError {
    return { message: this.message, extensions: { code: this.code, ...this.details } };
  }
}

interface FastifyLikeError {
  code?: string;
  statusCode?: number;
  errors?: unknown[];
}

/** Fastify's own refusal of a body over `bodyLimit`, as a RequestRefusal. */
function bodyTooLarge(error: unknown, bodyLimitBytes: number): RequestRefusal | undefined {
  if ((error as FastifyLikeError | undefined)?.code !== 'FST_ERR_CTP_BODY_TOO_LARGE') return;
  return new RequestRefusal(
    413,
    RefusalCode.PAYLOAD_TOO_LARGE,
    `Request body is larger than the limit of ${bodyLimitBytes} bytes`,
    { limitBytes: bodyLimitBytes },
  );
}

type ErrorFormatter = (
  execution: ExecutionResult & { statusCode?: number },
  context: MercuriusContext,
) => { statusCode: number; response: ExecutionResult | { errors: GraphQLFormattedError[] } };

/**
 * Wraps the API's error formatter for what hardening refuses: a RequestRefusal (thrown by the
 * rate limiter, or Fastify's body limit) gets its own status and body; a query over a limit gets
 * 400 with code QUERY_TOO_COMPLEX and the measure, limit and actual value in `extensions` (the
 * other errors of the same response go through the one mapper). Everything else is left to
 * `format`.
 */
export function withRefusals(
  format: ErrorFormatter,
  limits: { bodyLimitBytes: number; maxTokens: number },
): ErrorFormatter {
  return (execution, context) => {
    const errors = flatten(execution.errors ?? []);
    for (const error of errors) {
      const original = error.originalError;
      const refusal =
        original instanceof RequestRefusal
          ? original
          : bodyTooLarge(original, limits.bodyLimitBytes);
      if (refusal) {
        return { statusCode: refusal.statusCode, response: { errors: [refusal.toClientError()] } };
      }
    }
    const limited = errors.map((error) => tokenLimitErrorOf(error, limits.maxTokens) ?? error);
    if (!limited.some(isQueryLimitError)) return format(execution, context);
    return {
      statusCode: execution.data ? 200 : 400,
      response: {
        data: execution.data ?? null,
        errors: limited.map((error) =>
          isQueryLimitError(error) ? formatQueryLimitError(error) : toClientError(error),
        ),
      },
    };
  };
}
