import type DataLoader from 'dataloader';
import { type ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { type EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { type ObjectLiteral, type Repository } from 'typeorm';

import { byKeys, type RequestLoaders } from '@app/common';

import { preparedQuery } from './prepared-query';

/** One entity's lookup by a uuid column: its SQL and how a row becomes the entity. */
interface LookupStatement {
  sql: string;
  columns: ColumnMetadata[];
}

const statements = new WeakMap<EntityMetadata, Map<string, LookupStatement>>();

/**
 * The statement of a lookup by `column`, made once per entity and column: every column of the
 * entity as `find` selects it (`c0`, `c1`… aliases, as pg parses each type), the keys as one
 * `uuid[]` parameter, so its text is the same whatever the number of keys and it is prepared
 * once per pooled connection.
 */
function lookupStatement(metadata: EntityMetadata, column: string): LookupStatement {
  let byColumn = statements.get(metadata);
  if (!byColumn) statements.set(metadata, (byColumn = new Map()));
  let statement = byColumn.get(column);
  if (!statement) {
    const driver = metadata.connection.driver;
    const key = metadata.findColumnWithPropertyName(column);
    if (key?.type !== 'uuid') {
      throw new Error(`batchedLookup: ${metadata.name}.${column} is not a uuid column`);
    }
    const columns = metadata.columns.filter((c) => c.isSelect && !c.isVirtual);
    const table = metadata.schema
      ? `${driver.escape(metadata.schema)}.${driver.escape(metadata.tableName)}`
      : driver.escape(metadata.tableName);
    const selects = columns.map((c, i) => `${driver.escape(c.databaseName)} AS "c${i}"`);
    statement = {
      sql: `SELECT ${selects.join(', ')} FROM ${table} WHERE ${driver.escape(key.databaseName)} = ANY($1::uuid[])`,
      columns,
    };
    byColumn.set(column, statement);
  }
  return statement;
}

/**
 * One request's lookups of `repository` rows by a unique uuid column, batched (the DataLoader
 * `name` of the request): the nested fields of a page resolve in one statement, a named prepared
 * one. Null for a key with no row. The rows become entities as TypeORM's `find` makes them (the
 * entity's prototype, each value through the driver's hydration and the column's transformer),
 * without its query building, which costs more than the statement for a page's 200 keys.
 */
export function batchedLookup<T extends ObjectLiteral, K extends keyof T & string>(
  loaders: RequestLoaders,
  name: string,
  repository: Repository<T>,
  column: K,
): DataLoader<T[K], T | null> {
  // Called once per nested field (hundreds per page): nothing here but the request's loader.
  // The entity's metadata (a search among all entities') is read only when the batch runs.
  return loaders.get<T[K], T | null>(name, async (keys) => {
    const metadata = repository.metadata;
    const { sql, columns } = lookupStatement(metadata, column);
    const driver = metadata.connection.driver;
    const rows = await preparedQuery<Record<string, unknown>>(metadata.connection, sql, [
      [...keys],
    ]);
    const entities = rows.map((row) => {
      const entity = metadata.create(undefined, { fromDeserializer: true }) as T;
      columns.forEach((c, i) => {
        const value = row[`c${i}`];
        if (value !== undefined) c.setEntityValue(entity, driver.prepareHydratedValue(value, c));
      });
      return entity;
    });
    return byKeys(keys, entities, (row) => row[column]);
  });
}
