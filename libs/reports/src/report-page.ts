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
 * A page of `table` (a query of `withClause`) in (`column`, id) order after the cursor
 * `args.after`, at most one more row than `args.first`.
 */
export interface PageQuery {
  dataSource: DataSource;
  withClause: string;
  table: string;
  column: string;
  args: { first: number; after?: string };
  params: SqlParams;
}

/** The rows of a page for `page`. */
export function pageRows<T>({ dataSource, withClause, ...page }: PageQuery): Promise<T[]> {
  return dataSource.query<T[]>(`${withClause} ${pageSelect(page)}`, page.params.values);
}

/**
 * `pageRows` and the number of rows of `table` in all, in one statement: the `WITH` clause is
 * computed once (a common table expression read twice is materialised), not once per question.
 */
export async function pageRowsAndCount<T>({
  dataSource,
  withClause,
  ...page
}: PageQuery): Promise<{ rows: T[]; totalCount: number }> {
  // One row at least (the count), with the page's columns null when the page is empty.
  const rows = await dataSource.query<(T & { total_count: number; in_page: boolean | null })[]>(
    `${withClause}
     SELECT (SELECT count(*)::int FROM ${page.table}) AS total_count, paged.*
     FROM (SELECT 1) one
     LEFT JOIN LATERAL (
       SELECT true AS in_page, page_rows.* FROM (${pageSelect(page)}) page_rows
     ) paged ON true
     ORDER BY paged.${page.column}, paged.id`,
    page.params.values,
  );
  return {
    rows: rows.filter((row) => row.in_page),
    totalCount: rows[0].total_count,
  };
}

/** The SELECT of a page of `table` in (`column`, id) order after `args.after`, one row extra. */
function pageSelect({
  table,
  column,
  args,
  params,
}: Omit<PageQuery, 'dataSource' | 'withClause'>): string {
  let after = '';
  if (args.after) {
    const position = decodeTimestampCursor(args.after);
    after = `WHERE (${column}, id) > (${params.add(position.value)}::timestamptz, ${params.add(position.id)}::uuid)`;
  }
  return `SELECT * FROM ${table} ${after} ORDER BY ${column}, id LIMIT ${params.add(args.first + 1)}`;
}
