import { join } from 'node:path';

import { type DataSourceOptions } from 'typeorm';

import { GuardedClient } from './guarded-client';
import { keepDatesAsStrings } from './pg-types';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { SqlLogger } from './sql-logger';

export const MIGRATIONS_GLOB = join(__dirname, '..', '..', '..', 'migrations', '*.{ts,js}');

/**
 * Every entity of the schema: the `*.entity` files of the libraries (TypeScript in development
 * and tests, JavaScript once built), for the application and the migrations alike. Found by name
 * rather than listed: a list here would import every feature library, each of which imports this
 * library for its base entity.
 */
export const ENTITIES_GLOB = join(__dirname, '..', '..', '*', 'src', '**', '*.entity.{ts,js}');

export interface DataSourceSettings {
  url: string;
  poolSize?: number;
  applicationName?: string;
}

/** The one set of TypeORM options, used by Nest, the migration CLI and the tests. */
export function createDataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  keepDatesAsStrings();
  return {
    type: 'postgres',
    url: settings.url,
    entities: [ENTITIES_GLOB],
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'migrations',
    // gen_random_uuid() is built into PostgreSQL 13+; no extension needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsTransactionMode: 'all',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logging: ['error', 'warn', 'migration'],
    // Failed statements without their parameters (client data): see SqlLogger.
    logger: new SqlLogger(),
    extra: {
      max: settings.poolSize ?? 10,
      application_name: settings.applicationName ?? 'lcm-match',
      // pg-pool makes its connections with this class (its `Client` option).
      Client: GuardedClient,
    },
  };
}
