import { Logger as NestLogger } from '@nestjs/common';
import { type Logger, type QueryRunner } from 'typeorm';

import { describeDatabaseError } from '@app/logging';

/**
 * TypeORM's logger: failed statements are logged as their SQL text (placeholders, `$1`…) and
 * what `describeDatabaseError` keeps, never their parameters, which hold what clients sent.
 * TypeORM's own loggers print `-- PARAMETERS: […]` beside a failed query.
 */
export class SqlLogger implements Logger {
  private readonly logger = new NestLogger('SQL');

  logQuery(): void {}

  logQueryError(error: string | Error, query: string, _parameters?: unknown[]): void {
    this.logger.error(`Query failed: ${describeDatabaseError(error)}: ${query}`);
  }

  logQuerySlow(time: number, query: string, _parameters?: unknown[]): void {
    this.logger.warn(`Slow query (${time} ms): ${query}`);
  }

  logSchemaBuild(): void {}

  logMigration(message: string, _queryRunner?: QueryRunner): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
