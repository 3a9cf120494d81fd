import { once } from 'node:events';
import { type Readable } from 'node:stream';

import { type DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
// TypeORM's own row-to-entity step (column transformers, embedded columns such as the gap's
// objective, dates): what getMany() applies, here to the rows of a stream.
import { RawSqlResultsToEntityTransformer } from 'typeorm/query-builder/transformer/RawSqlResultsToEntityTransformer';

/** Rows turned into entities at a time (pg-query-stream fetches 100 rows per round trip). */
const BATCH = 100;

/**
 * The entities of `query`, read through a server-side cursor (SelectQueryBuilder.stream(), i.e.
 * pg-query-stream) on a connection of its own: one statement, so one consistent snapshot, and at
 * most a batch of rows in memory whatever the result's size; the database is read only as fast
 * as the consumer takes entities.
 *
 * The connection goes back to the pool however the iteration ends: all rows read, an error, or
 * the consumer stopping early (`break`, a throw, a client gone). TypeORM releases a stream's
 * connection only on 'end' or 'error', never when the stream is destroyed, so this generator
 * owns the query runner itself and releases it once the cursor is closed.
 */
export async function* streamEntities<E extends ObjectLiteral>(
  dataSource: DataSource,
  query: SelectQueryBuilder<E>,
): AsyncGenerator<E, void, undefined> {
  const runner = dataSource.createQueryRunner();
  let rows: Readable | undefined;
  try {
    rows = await query.setQueryRunner(runner).stream();
    const transformer = new RawSqlResultsToEntityTransformer(
      query.expressionMap,
      dataSource.driver,
      [],
      runner,
    );
    const alias = query.expressionMap.mainAlias!;
    let batch: unknown[] = [];
    for await (const row of rows) {
      batch.push(row);
      if (batch.length >= BATCH) {
        const entities = transformer.transform(batch, alias) as E[];
        batch = [];
        yield* entities;
      }
    }
    if (batch.length > 0) yield* transformer.transform(batch, alias) as E[];
  } finally {
    if (rows) {
      // Closes the cursor (Close + Sync) before the connection is handed to anyone else.
      const closed = rows.closed ? Promise.resolve() : once(rows, 'close').then(() => undefined);
      if (!rows.destroyed) rows.destroy();
      await closed.catch(() => undefined);
    }
    await runner.release();
  }
}
