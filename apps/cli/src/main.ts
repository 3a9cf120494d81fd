import 'reflect-metadata';

import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';

import { validateEnvironment } from '@app/config';
import { ReferenceDataSyncService } from '@app/reference-data';
import { createDataSourceOptions } from '@app/schema';

import { CliModule } from './cli.module';
import { DemoSeederService } from './demo-seeder.service';
import { checkRedis, ensureDatabase } from './service-check';

const USAGE = `Usage: lcm-cli <command>
  check      check that PostgreSQL and Redis are reachable
  setup      create the database if missing, run migrations, load reference data
  seed-demo  load the demo gaps and offers (skips what is already there)`;

async function migrate(databaseUrl: string): Promise<number> {
  const dataSource = new DataSource(createDataSourceOptions({ url: databaseUrl, poolSize: 1 }));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    return applied.length;
  } finally {
    await dataSource.destroy();
  }
}

async function withApp<T>(
  work: (get: <S>(type: new (...args: never[]) => S) => S) => Promise<T>,
): Promise<T> {
  const app = await NestFactory.createApplicationContext(CliModule, {
    logger: ['error', 'warn'],
  });
  try {
    return await work((type) => app.get(type));
  } finally {
    await app.close();
  }
}

async function main(command: string | undefined): Promise<void> {
  const environment = validateEnvironment(process.env);
  switch (command) {
    case 'check':
      await ensureDatabase(environment.DATABASE_URL);
      await checkRedis(environment.REDIS_URL);
      console.log('PostgreSQL and Redis are reachable.');
      return;
    case 'setup': {
      const database = await ensureDatabase(environment.DATABASE_URL);
      await checkRedis(environment.REDIS_URL);
      const applied = await migrate(environment.DATABASE_URL);
      const loaded = await withApp((get) => get(ReferenceDataSyncService).sync());
      console.log(
        `Database ${database === 'created' ? 'created' : 'ready'}; ${applied} migration(s) applied; ` +
          `${loaded.memberStates} member states and ${loaded.missions} missions loaded.`,
      );
      return;
    }
    case 'seed-demo': {
      const seeded = await withApp((get) => get(DemoSeederService).seed());
      console.log(
        `Demo data: ${seeded.gaps} gaps and ${seeded.offers} offers added (${seeded.skipped} already present).`,
      );
      return;
    }
    default:
      console.error(USAGE);
      process.exitCode = 2;
  }
}

main(process.argv[2]).catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
