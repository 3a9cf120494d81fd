import type DataLoader from 'dataloader';
import { In, type ObjectLiteral, type Repository } from 'typeorm';

import { byKeys, type RequestLoaders } from '@app/common';

/**
 * One request's lookups of `repository` rows by a unique column, batched (the DataLoader `name`
 * of the request): the nested fields of a page resolve in one statement. Null for a key with no
 * row.
 */
export function batchedLookup<T extends ObjectLiteral, K extends keyof T & string>(
  loaders: RequestLoaders,
  name: string,
  repository: Repository<T>,
  column: K,
): DataLoader<T[K], T | null> {
  return loaders.get<T[K], T | null>(name, async (keys) =>
    byKeys(
      keys,
      await repository.findBy({ [column]: In([...keys]) } as never),
      (row) => row[column],
    ),
  );
}
