import { createHash } from 'node:crypto';

import { type DataSource } from 'typeorm';
import { type PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * A statement prepared once per pooled connection (named after its text), logged like every
 * other statement, on the pool itself (outside any transaction). For a statement run on every
 * request whose planning costs more than its execution: the coverage report, the response cache's
 * snapshot.
 */
export async function preparedQuery<T>(
  dataSource: DataSource,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  dataSource.logger.logQuery(text, values);
  const name = `prepared_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
  const pool = (dataSource.driver as PostgresDriver).master as {
    query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: T[] }>;
  };
  try {
    return (await pool.query({ name, text, values })).rows;
  } catch (error) {
    dataSource.logger.logQueryError(error as Error, text, values);
    throw error;
  }
}
