import { type DataSource, type Logger } from 'typeorm';

/** Counts the SQL statements the data source sends while `work` runs. */
export async function countQueries<T>(
  dataSource: DataSource,
  work: () => Promise<T>,
): Promise<{ result: T; queries: string[] }> {
  const logger = dataSource.logger as Logger;
  const original = logger.logQuery.bind(logger);
  const queries: string[] = [];
  logger.logQuery = (query, parameters, queryRunner) => {
    queries.push(query);
    return original(query, parameters, queryRunner);
  };
  try {
    return { result: await work(), queries };
  } finally {
    logger.logQuery = original;
  }
}
