import type DataLoader from 'dataloader';
import {
  type FindOptionsOrder,
  type FindOptionsWhere,
  In,
  type ObjectLiteral,
  type Repository,
} from 'typeorm';

import { groupedByKeys, type RequestLoaders } from '@app/common';

/**
 * One request's lookups of the `repository` rows that belong to a parent, by their `column` that
 * holds its id (a pledge's status changes, a partnership's milestones), batched as the DataLoader
 * `name` of the request: one `find` for the page's parents, each parent's rows in `order`, an
 * empty list for a parent with none.
 */
export function batchedChildren<T extends ObjectLiteral, K extends keyof T & string>(
  loaders: RequestLoaders,
  name: string,
  repository: Repository<T>,
  column: K,
  order: FindOptionsOrder<T>,
): DataLoader<T[K], T[]> {
  return loaders.get<T[K], T[]>(name, async (keys) => {
    const where = { [column]: In([...keys]) } as FindOptionsWhere<T>;
    const rows = await repository.find({ where, order });
    return groupedByKeys(keys, rows, (row) => row[column]);
  });
}
