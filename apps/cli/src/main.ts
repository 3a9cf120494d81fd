import 'reflect-metadata';

import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';

import { UsersService } from '@app/auth';
import { validateEnvironment } from '@app/config';
import { DEMO_PASSWORD, DEMO_USERS } from '@app/demo-data';
import { Role } from '@app/domain';
import { MinisterialsSyncService } from '@app/pledges';
import { ReferenceDataSyncService } from '@app/reference-data';
import { createDataSourceOptions } from '@app/persistence';
import { RequestContext } from '@app/request-context';
import { ImportService } from '@app/spreadsheets';

import { CliModule } from './cli.module';
import { DemoSeederService } from './demo-seeder.service';
import { checkRedis, ensureDatabase } from './service-check';

const USAGE = `Usage: lcm-cli <command>
  check      check that PostgreSQL and Redis are reachable
  setup      create the database if missing, run migrations, load reference data
  seed-demo  load the demo gaps, offers and one user per role (skips what is already there)
  create-admin <email>
             create an ADMIN user; the password is LCM_ADMIN_PASSWORD, or a generated one printed once
  import <gaps|offers|requirements> <file.csv|file.xlsx>
             import a file (templates/): all rows or none; rows already imported are skipped;
             exit code 1 and every bad row (line, column, reason) when any row is refused`;

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
      const loaded = await withApp(async (get) => ({
        ...(await get(ReferenceDataSyncService).sync()),
        // After the member states: a Ministerial names its host country.
        ministerials: await get(MinisterialsSyncService).sync(),
      }));
      console.log(
        `Database ${database === 'created' ? 'created' : 'ready'}; ${applied} migration(s) applied; ` +
          `${loaded.memberStates} member states, ${loaded.missions} missions and ${loaded.ministerials} Ministerials loaded.`,
      );
      return;
    }
    case 'seed-demo': {
      const seeded = await withApp((get) => get(DemoSeederService).seed());
      console.log(
        `Demo data: ${seeded.gaps} gaps, ${seeded.offers} offers, ${seeded.pledges} pledges and ` +
          `${seeded.requirements} requirement lines added (${seeded.skipped} already present).`,
      );
      if (environment.NODE_ENV === 'production') {
        console.log('Demo users are not created when NODE_ENV=production.');
        return;
      }
      const users = await withApp((get) => get(DemoSeederService).seedUsers());
      console.log(
        `Demo users (${users} added), for local use only; password "${DEMO_PASSWORD}":\n` +
          DEMO_USERS.map((user) => `  ${user.role.padEnd(11)} ${user.email}`).join('\n'),
      );
      return;
    }
    case 'create-admin': {
      const email = process.argv[3];
      if (!email) {
        console.error('Usage: lcm-cli create-admin <email>');
        process.exitCode = 2;
        return;
      }
      const given = process.env.LCM_ADMIN_PASSWORD;
      const password = given ?? randomBytes(18).toString('base64url');
      const admin = await withApp((get) =>
        get(UsersService).create(RequestContext.forSystem(), {
          email,
          password,
          role: Role.ADMIN,
          memberState: null,
        }),
      );
      console.log(
        given
          ? `Admin ${admin.email} created with the password from LCM_ADMIN_PASSWORD.`
          : `Admin ${admin.email} created. Password (shown once, store it now): ${password}`,
      );
      return;
    }
    case 'import': {
      const [kind, path] = process.argv.slice(3);
      if (!['gaps', 'offers', 'requirements'].includes(kind) || !path) {
        console.error('Usage: lcm-cli import <gaps|offers|requirements> <file.csv|file.xlsx>');
        process.exitCode = 2;
        return;
      }
      const file = { filename: basename(path), content: await readFile(path) };
      const result = await withApp((get) => {
        const imports = get(ImportService);
        const system = RequestContext.forSystem();
        if (kind === 'gaps') return imports.importGaps(system, file);
        if (kind === 'offers') return imports.importOffers(system, file);
        return imports.importRequirements(system, file);
      });
      if (result.errors.length > 0) {
        console.error(
          `${path}: nothing imported; ${result.errors.length} error(s):\n` +
            result.errors
              .map((error) => `  line ${error.line}, ${error.column || 'row'}: ${error.reason}`)
              .join('\n'),
        );
        process.exitCode = 1;
        return;
      }
      console.log(
        `${path}: ${result.imported} ${kind} imported, ${result.skipped} already there (of ${result.rows} rows).`,
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
