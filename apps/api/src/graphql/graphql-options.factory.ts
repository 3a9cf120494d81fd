import { type MercuriusDriverConfig } from '@nestjs/mercurius';

import { RequestLoaders, type GraphQLRequestContext } from '@app/common';
import { type AppConfig } from '@app/config';

import { formatErrors } from './error-formatter';

export const GRAPHQL_PATH = '/graphql';

/** Mercurius options: JIT-compiled queries, per-request DataLoaders, one error formatter. */
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
  };
}
