import type DataLoader from 'dataloader';
import { type EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { type ObjectLiteral, type Repository } from 'typeorm';

import { byKeys, type RequestLoaders } from '@app/common';

import { RowSelection, type SelectedColumns } from './row-selection';

/** The selection of an entity that reads every column (lookups of registers without a spec). */
const everything = new WeakMap<EntityMetadata, RowSelection<ObjectLiteral>>();

function fullSelection<T extends ObjectLiteral>(metadata: EntityMetadata): RowSelection<T> {
  let selection = everything.get(metadata);
  if (!selection) {
    selection = new RowSelection(() => metadata, { always: [], derived: {} });
    everything.set(metadata, selection);
  }
  return selection as RowSelection<T>;
}

/** Which columns a lookup reads, and how its rows become entities. */
export interface LookupRead<T extends ObjectLiteral> {
  selection: RowSelection<T>;
  columns: SelectedColumns;
}

/**
 * One request's lookups of `repository` rows by a unique uuid column, batched (the DataLoader
 * `name` of the request, with the columns read): the nested fields of a page resolve in one
 * statement, a named prepared one, its keys one `uuid[]` parameter, so its text is the same
 * whatever their number. Null for a key with no row. Reads the columns of `read` (default every
 * column) and makes entities of them as TypeORM's `find` would (RowSelection), without its query
 * building, which costs more than the statement for a page's 200 keys.
 */
export function batchedLookup<T extends ObjectLiteral, K extends keyof T & string>(
  loaders: RequestLoaders,
  name: string,
  repository: Repository<T>,
  column: K,
  read?: LookupRead<T>,
): DataLoader<T[K], T | null> {
  // Called once per nested field (hundreds per page): nothing here but the request's loader.
  // The entity's metadata (a search among all entities') is read only when the batch runs.
  const loaderName = read ? `${name}:${read.columns.key}` : name;
  return loaders.get<T[K], T | null>(loaderName, async (keys) => {
    const metadata = repository.metadata;
    const driver = metadata.connection.driver;
    const key = metadata.findColumnWithPropertyName(column);
    if (key?.type !== 'uuid') {
      throw new Error(`batchedLookup: ${metadata.name}.${column} is not a uuid column`);
    }
    const selection = read?.selection ?? fullSelection<T>(metadata);
    const columns = read?.columns ?? selection.columnsFor(null);
    const table = metadata.schema
      ? `${driver.escape(metadata.schema)}.${driver.escape(metadata.tableName)}`
      : driver.escape(metadata.tableName);
    const sql = `SELECT ${selection.selectList('t', columns).join(', ')} FROM ${table} t WHERE t.${driver.escape(key.databaseName)} = ANY($1::uuid[])`;
    const rows = await selection.read(metadata.connection, sql, [[...keys]], columns);
    return byKeys(keys, rows, (row) => row[column]);
  });
}
