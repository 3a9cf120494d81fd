import { join } from 'node:path';

import { type DataSourceOptions } from 'typeorm';

import { keepDatesAsStrings, SnakeNamingStrategy } from '@app/database';

import { ENTITIES } from './entities';

export const MIGRATIONS_GLOB = join(__dirname, '..', '..', '..', 'migrations', '*.{ts,js}');

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
    entities: ENTITIES,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'migrations',
    // gen_random_uuid() is built into PostgreSQL 13+; no extension needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsTransactionMode: 'all',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logging: ['error', 'warn', 'migration'],
    extra: {
      max: settings.poolSize ?? 10,
      application_name: settings.applicationName ?? 'lcm-match',
    },
  };
}
