import { type DataSource } from 'typeorm';

import { BadInputError, decodeCursor, encodeCursor, isSortValue, type PageInfo } from '@app/common';

import { type SqlParams } from './sql-params';

/**
 * A cursor this API issued for a (timestamp, uuid) keyset, checked as the lists check theirs (a
 * real instant, a UUID); anything else is bad input.
 */
function decodeTimestampCursor(cursor: string): { value: string; id: string } {
  const position = decodeCursor(cursor);
  if (!isSortValue('timestamptz', position.value) || !isSortValue('uuid', position.id)) {
    throw new BadInputError('after', 'after: not a cursor returned by this API');
  }
  return position;
}

/** The Relay page of `rows` (fetched with one extra row to tell whether more follow). */
export function page<T>(
  rows: T[],
  args: { first: number; after?: string },
  totalCount: number,
  positionOf: (row: T) => { value: string; id: string },
): { edges: { cursor: string; node: T }[]; pageInfo: PageInfo; totalCount: number } {
  const hasNextPage = rows.length > args.first;
  const edges = rows
    .slice(0, args.first)
    .map((node) => ({ node, cursor: encodeCursor(positionOf(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * The rows of `table` (a query of `withClause`) in (`column`, id) order after the cursor
 * `args.after`, at most one more than `args.first`: a page's rows for `page`.
 */
export function pageRows<T>(
  dataSource: DataSource,
  withClause: string,
  table: string,
  column: string,
  args: { first: number; after?: string },
  params: SqlParams,
): Promise<T[]> {
  let after = '';
  if (args.after) {
    const position = decodeTimestampCursor(args.after);
    after = `WHERE (${column}, id) > (${params.add(position.value)}::timestamptz, ${params.add(position.id)}::uuid)`;
  }
  return dataSource.query<T[]>(
    `${withClause} SELECT * FROM ${table} ${after}
       ORDER BY ${column}, id LIMIT ${params.add(args.first + 1)}`,
    params.values,
  );
}
