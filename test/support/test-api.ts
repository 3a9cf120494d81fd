import { type LogLevel } from '@nestjs/common';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type DestinationStream } from 'pino';
import { DataSource } from 'typeorm';

import { createApiApp } from '../../apps/api/src/create-api-app';
import { type TypedDocumentString } from '../graphql/graphql';
import { type TestDatabase } from './test-database';
import { prepareEnvironment } from './test-environment';
import { createTestUsers, type TestIdentity } from './test-users';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  contentType: string | null;
  body: {
    data?: T | null;
    errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  };
}

/**
 * Sends one GraphQL request. Given a document from `gql(…)` (checked against schema.gql by
 * test/codegen.ts), its variables and answer are typed; a plain string is for requests meant not
 * to match the schema (hostile, malformed, probing).
 */
export interface GraphQLClient {
  <Result, Variables>(
    document: TypedDocumentString<Result, Variables>,
    variables: Variables,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<Result>>;
  <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
}

export interface TestApi {
  url: string;
  app: NestFastifyApplication;
  database: TestDatabase;
  dataSource: DataSource;
  queuePrefix: string;
  /** As the coordinator (who may do most things); see `as` for the others. */
  graphql: GraphQLClient;
  /** As another test user, or anonymously (null). */
  as(identity: TestIdentity | null): GraphQLClient;
  /** An access token per test user. */
  tokens: Record<TestIdentity, string>;
  close(): Promise<void>;
}

/**
 * Boots the real API on a free port, over HTTP, on a fresh database and queue prefix. Its log
 * (errors only, unless `logging` says otherwise) goes to stdout or to `logging.destination`.
 */
export async function startTestApi(
  overrides: Record<string, string> = {},
  logging: { levels?: LogLevel[]; destination?: DestinationStream } = {},
): Promise<TestApi> {
  const { database, queuePrefix } = await prepareEnvironment(overrides);
  const app = await createApiApp({
    logger: logging.levels ?? ['error'],
    logDestination: logging.destination,
  });
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
  const dataSource = app.get(DataSource);
  const tokens = await createTestUsers(app, dataSource);
  const as =
    (identity: TestIdentity | null): GraphQLClient =>
    async (
      query: string | TypedDocumentString<unknown, unknown>,
      variables?: unknown,
      headers?: Record<string, string>,
    ) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(identity ? { authorization: `Bearer ${tokens[identity]}` } : {}),
          ...headers,
        },
        body: JSON.stringify({ query: String(query), variables }),
      });
      return {
        status: response.status,
        contentType: response.headers.get('content-type'),
        body: (await response.json()) as GraphQLResponse<never>['body'],
      };
    };
  return {
    url,
    app,
    database,
    queuePrefix,
    dataSource,
    graphql: as('coordinator'),
    as,
    tokens,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
