import { type ModuleMetadata } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';

import { AppConfigModule } from '@app/config';
import { DatabaseModule } from '@app/persistence';

import { type TestDatabase } from './test-database';
import { prepareEnvironment } from './test-environment';

/** A service test: the modules under test on the file's own database, no HTTP, no GraphQL. */
export interface ServiceTest {
  module: TestingModule;
  dataSource: DataSource;
  database: TestDatabase;
  close(): Promise<void>;
}

/**
 * Boots configuration, the data source and `metadata` (the feature's modules or providers) on a
 * fresh copy of the run's migrated template database, as e2e tests do, but calls services
 * directly: the tier for what a service decides, leaving HTTP and GraphQL to the e2e tests.
 */
export async function startServiceTest(metadata: ModuleMetadata): Promise<ServiceTest> {
  const { database } = await prepareEnvironment();
  const module = await Test.createTestingModule({
    ...metadata,
    imports: [AppConfigModule, DatabaseModule, ...(metadata.imports ?? [])],
  }).compile();
  await module.init();
  return {
    module,
    dataSource: module.get(DataSource),
    database,
    async close() {
      await module.close();
      await database.drop();
    },
  };
}
