import { type MercuriusDriverConfig } from '@nestjs/mercurius';
import {
  type DocumentNode,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLFormattedError,
  type GraphQLSchema,
  locatedError,
  NoSchemaIntrospectionCustomRule,
  responsePathAsArray,
  specifiedRules,
  validate,
  type ValidationRule,
} from 'graphql';

import { RequestLoaders, type GraphQLRequestContext } from '@app/common';
import { type AppConfig } from '@app/config';

import {
  checkQueryCost,
  formatQueryLimitError,
  isQueryLimitError,
  operationShapeRule,
} from '../hardening/query-limits';
import { withRefusals } from '../hardening/request-refusal';
import { operationLabeller } from '../metrics/graphql-operation.hook';
import { formatErrors } from './error-formatter';
import { toClientError } from './graphql-error.mapper';
import { formatWithoutSuggestions, withoutSuggestions } from './suggestions';
import { withPlainPropertyFields } from './plain-property-fields';

export const GRAPHQL_PATH = '/graphql';

type ClientError = (error: GraphQLError) => GraphQLFormattedError;

/**
 * Mercurius sends an error raised while a subscription starts (an unknown id…) to the client
 * as it is, without the error formatter, so it would lose its code (or leak an unexpected
 * message). Each subscription's `subscribe` passes its errors through the one mapper instead.
 * (A Nest exception filter may hand the error back as the result instead of throwing it.)
 */
function mapSubscriptionErrors(clientError: ClientError) {
  return (schema: GraphQLSchema): GraphQLSchema => mapSubscriptionErrorsOf(schema, clientError);
}

function mapSubscriptionErrorsOf(schema: GraphQLSchema, clientError: ClientError): GraphQLSchema {
  for (const field of Object.values(schema.getSubscriptionType()?.getFields() ?? {})) {
    const subscribe = field.subscribe;
    if (!subscribe) continue;
    const mapped: GraphQLFieldResolver<unknown, unknown> = async (source, args, context, info) => {
      const path = responsePathAsArray(info.path);
      let result: unknown;
      try {
        result = await subscribe(source, args, context, info);
      } catch (error) {
        result = error instanceof Error ? error : new Error(String(error));
      }
      if (!(result instanceof Error)) return result;
      const { message, extensions } = clientError(locatedError(result, info.fieldNodes, path));
      throw new GraphQLError(message, { nodes: info.fieldNodes, path, extensions });
    };
    field.subscribe = mapped;
  }
  return schema;
}

/**
 * Mercurius does not validate a subscription's document: an unknown field would be left out
 * silently. Refuse an invalid one as a query is refused, with its code, under the same rules
 * (the query limits too; a subscription's cost is not counted, its variables are not known here).
 */
function subscriptionValidator(rules: readonly ValidationRule[], clientError: ClientError) {
  return (schema: GraphQLSchema, document: DocumentNode): void => {
    const [first] = validate(schema, document, [...specifiedRules, ...rules]);
    if (!first) return;
    const { message, extensions } = isQueryLimitError(first)
      ? formatQueryLimitError(first)
      : clientError(first);
    throw new GraphQLError(message, { nodes: first.nodes, extensions });
  };
}

/**
 * Refuses an operation over the cost limit before it runs. The cost depends on the variables
 * (`first: $first`), so it is counted for each request here rather than by a validation rule,
 * whose verdict Mercurius caches per query text.
 */
function costChecker(limit: number) {
  return (
    schema: GraphQLSchema,
    document: DocumentNode,
    _context: unknown,
    variables?: Record<string, unknown>,
  ): void => {
    const error = checkQueryCost(schema, document, variables, limit);
    // Shaped like Mercurius' validation failure: status 400, the errors inside.
    if (error) throw Object.assign(new Error(error.message), { statusCode: 400, errors: [error] });
  };
}

interface RequestLike {
  method?: string;
  body?: unknown;
  query?: unknown;
}

/** The `operationName` the client sent (GET parameter or POST body), if one. */
function operationNameOf(context: unknown): string | undefined {
  const request = (context as { reply?: { request?: RequestLike } }).reply?.request;
  const source = (request?.method === 'GET' ? request.query : request?.body) as
    { operationName?: unknown } | undefined;
  return typeof source?.operationName === 'string' ? source.operationName : undefined;
}

/**
 * Checks the variables against the operation's definitions for every request, as graphql-js
 * does, and refuses bad ones with status 400. Mercurius skips its own check on the request that
 * compiles the query with graphql-jit, whose coercion then answers the same bad variables with
 * status 200 and other words (issue 15); checked here, every repetition gets the same answer.
 */
function variablesChecker() {
  return (
    schema: GraphQLSchema,
    document: DocumentNode,
    context: unknown,
    variables?: Record<string, unknown>,
  ): void => {
    const operation = getOperationAST(document, operationNameOf(context));
    if (!operation) return; // graphql-js refuses an ambiguous document itself.
    const result = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
    if (!result.errors) return;
    const [first] = result.errors;
    // Shaped like Mercurius' validation failure: status 400, the errors inside.
    throw Object.assign(new Error(first.message), { statusCode: 400, errors: result.errors });
  };
}

/**
 * Mercurius options: JIT-compiled queries, per-request DataLoaders, one error formatter, and
 * subscriptions over WebSocket (graphql-ws / graphql-transport-ws) on the same path. Hardening:
 * limits on tokens, depth, aliases, root fields and cost (docs/api.md "Hardening"), and in production
 * no introspection, no GraphiQL and no "Did you mean" suggestions in error messages.
 */
export function graphqlOptions(config: AppConfig): MercuriusDriverConfig {
  const validationRules: ValidationRule[] = [
    operationShapeRule({
      depth: config.queryMaxDepth,
      aliases: config.queryMaxAliases,
      rootFields: config.queryMaxRootFields,
      cost: config.queryMaxCost,
    }),
    ...(config.isProduction ? [NoSchemaIntrospectionCustomRule] : []),
  ];
  // Production reveals nothing of the schema: no introspection, no suggestions in messages.
  const clientError: ClientError = config.isProduction
    ? (error) => withoutSuggestions(toClientError(error))
    : toClientError;
  const errorFormatter = withRefusals(formatErrors, {
    bodyLimitBytes: config.bodyLimitBytes,
    maxTokens: config.queryMaxTokens,
  });
  return {
    path: GRAPHQL_PATH,
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: !config.isProduction,
    jit: 1,
    // Depth is one of the validation rules (same count as Mercurius' `queryDepth`, clearer error).
    validationRules,
    graphql: { parseOptions: { maxTokens: config.queryMaxTokens } },
    context: (): GraphQLRequestContext => ({ dataLoaders: new RequestLoaders() }),
    errorFormatter: (config.isProduction
      ? formatWithoutSuggestions(errorFormatter)
      : errorFormatter) as MercuriusDriverConfig['errorFormatter'],
    subscription: {
      // The graphql-ws connection_init payload ({ authorization: 'Bearer …' }) reaches the access
      // guard through the subscription context.
      onConnect: ({ payload }: { payload?: Record<string, unknown> }) => ({
        connectionParams: payload ?? {},
      }),
    },
    transformSchema: (schema) =>
      mapSubscriptionErrors(clientError)(withPlainPropertyFields(schema)),
    hooks: {
      // The label first, so an operation refused for its variables or cost is counted under its
      // name; variables before the cost, which reads them.
      preExecution: [operationLabeller(), variablesChecker(), costChecker(config.queryMaxCost)],
      preSubscriptionExecution: subscriptionValidator(validationRules, clientError),
    },
  };
}
