import { type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';

import { type Connection } from './connection';
import { decodeCursor, encodeCursor } from './cursor';
import { type PageArgs } from './page.args';

export interface SortKey<T> {
  /** SQL expression of the sort column, e.g. `gap.created_at`. */
  column: string;
  /** The id column that breaks ties, e.g. `gap.id`. */
  idColumn: string;
  /** Reads the sort value of a row as the string stored in the cursor. */
  valueOf: (row: T) => string;
  idOf: (row: T) => string;
  direction: 'ASC' | 'DESC';
}

/**
 * Keyset pagination on (sort column, id): stable under inserts, and each page costs one indexed
 * query plus one count, whatever its position.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  page: PageArgs,
  sort: SortKey<T>,
): Promise<Connection<T>> {
  const totalCount = await query.clone().getCount();
  const comparison = sort.direction === 'ASC' ? '>' : '<';
  if (page.after) {
    const position = decodeCursor(page.after);
    query.andWhere(`(${sort.column}, ${sort.idColumn}) ${comparison} (:cursorValue, :cursorId)`, {
      cursorValue: position.value,
      cursorId: position.id,
    });
  }
  const rows = await query
    .orderBy(sort.column, sort.direction)
    .addOrderBy(sort.idColumn, sort.direction)
    .limit(page.first + 1)
    .getMany();
  const hasNextPage = rows.length > page.first;
  const pageRows = hasNextPage ? rows.slice(0, page.first) : rows;
  const edges = pageRows.map((node) => ({
    node,
    cursor: encodeCursor({ value: sort.valueOf(node), id: sort.idOf(node) }),
  }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(page.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
