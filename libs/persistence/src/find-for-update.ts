import {
  type EntityManager,
  type EntityTarget,
  type FindOptionsWhere,
  type ObjectLiteral,
} from 'typeorm';

import { NotFoundError } from '@app/common';

/** Loads a row by id and locks it (SELECT … FOR UPDATE) for the rest of the transaction. */
export async function findForUpdate<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  entityName: string,
  id: string,
  field = 'input.id',
): Promise<T> {
  const row = await manager.findOne(target, {
    where: { id } as FindOptionsWhere<T>,
    lock: { mode: 'pessimistic_write' },
  });
  if (!row) throw new NotFoundError(entityName, id, field);
  return row;
}
