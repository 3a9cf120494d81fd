import { Injectable } from '@nestjs/common';
import { type HealthCheckAttempt, HealthIndicatorService } from '@nestjs/terminus';
import { timedCheck } from './timed-check';
import { DataSource, MigrationExecutor } from 'typeorm';

/** Two small queries; past this the database is too slow to call the service ready anyway. */
export const MIGRATIONS_CHECK_TIMEOUT_MS = 2_000;

/**
 * Down while this build has migrations the database has not run: the code would query columns
 * and tables that do not exist yet. Read-only, unlike `DataSource.showMigrations()`, which creates
 * the migrations table when it is missing and logs every migration.
 */
@Injectable()
export class MigrationsHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly dataSource: DataSource,
  ) {}

  pendingCheck<Key extends string>(key: Key): HealthCheckAttempt<Key> {
    return timedCheck(this.health, key, MIGRATIONS_CHECK_TIMEOUT_MS, async () => {
      const pending = await new MigrationExecutor(this.dataSource).getPendingMigrations();
      if (pending.length > 0)
        throw new Error(
          `${pending.length} pending migration(s): ${pending.map(({ name }) => name).join(', ')}`,
        );
    });
  }
}
