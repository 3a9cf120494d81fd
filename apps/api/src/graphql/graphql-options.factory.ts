import { type MercuriusDriverConfig } from '@nestjs/mercurius';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  locatedError,
  responsePathAsArray,
  validate,
} from 'graphql';

import { RequestLoaders, type GraphQLRequestContext } from '@app/common';
import { type AppConfig } from '@app/config';

import { formatErrors } from './error-formatter';
import { toClientError } from './graphql-error.mapper';

export const GRAPHQL_PATH = '/graphql';

/**
 * Mercurius sends an error raised while a subscription starts (an unknown id…) to the client
 * as it is, without the error formatter, so it would lose its code (or leak an unexpected
 * message). Each subscription's `subscribe` passes its errors through the one mapper instead.
 * (A Nest exception filter may hand the error back as the result instead of throwing it.)
 */
function mapSubscriptionErrors(schema: GraphQLSchema): GraphQLSchema {
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
      const { message, extensions } = toClientError(locatedError(result, info.fieldNodes, path));
      throw new GraphQLError(message, { nodes: info.fieldNodes, path, extensions });
    };
    field.subscribe = mapped;
  }
  return schema;
}

/**
 * Mercurius checks a subscription's depth but does not validate its document: an unknown field
 * would be left out silently. Refuse an invalid one as a query is refused, with its code.
 */
function validateSubscription(schema: GraphQLSchema, document: DocumentNode): void {
  const [first] = validate(schema, document);
  if (!first) return;
  const { message, extensions } = toClientError(first);
  throw new GraphQLError(message, { nodes: first.nodes, extensions });
}

/**
 * Mercurius options: JIT-compiled queries, per-request DataLoaders, one error formatter, and
 * subscriptions over WebSocket (graphql-ws / graphql-transport-ws) on the same path.
 */
export function graphqlOptions(config: AppConfig): MercuriusDriverConfig {
  return {
    path: GRAPHQL_PATH,
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: !config.isProduction,
    jit: 1,
    queryDepth: 12,
    context: (): GraphQLRequestContext => ({ dataLoaders: new RequestLoaders() }),
    errorFormatter: formatErrors as MercuriusDriverConfig['errorFormatter'],
    subscription: {
      // The graphql-ws connection_init payload ({ authorization: 'Bearer …' }) reaches the access
      // guard through the subscription context.
      onConnect: ({ payload }: { payload?: Record<string, unknown> }) => ({
        connectionParams: payload ?? {},
      }),
    },
    transformSchema: mapSubscriptionErrors,
    hooks: { preSubscriptionExecution: validateSubscription },
  };
}
