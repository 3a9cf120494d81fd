import { type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';

import { BadInputError } from '../errors/domain-error';
import { type Connection } from './connection';
import { type CursorPosition, decodeCursor, encodeCursor } from './cursor';
import { type PageArgs } from './page.args';
import { plainTextFault } from '../validation/plain-text';
import { isUuid } from '../validation/uuid';

/**
 * The SQL type of a sort value: the cursor's value is checked against it (a bad one is the
 * caller's BAD_USER_INPUT on `after`, not a database error) and cast back to it. An enum is
 * `{ enumName, values }` (sorted by the enum's declaration order).
 */
export type SortValueType =
  | 'timestamptz'
  | 'date'
  | 'integer'
  | 'float'
  | 'text'
  | { enumName: string; values: readonly string[] };

export interface SortKey<T> {
  /** Names the ordering in its cursors, e.g. `PRIORITY:DESC`; a cursor of another is refused. */
  name?: string;
  /** SQL expression of the sort value, e.g. `gap.created_at`; never NULL. */
  column: string;
  /** The id column that breaks ties, e.g. `gap.id`. */
  idColumn: string;
  /** Reads the sort value of a row as the string stored in the cursor. */
  valueOf: (row: T) => string;
  /** The properties `valueOf` reads (unknown: every column must be read). */
  reads?: readonly string[];
  idOf: (row: T) => string;
  /** SQL direction of both the sort column and the id. */
  direction: 'ASC' | 'DESC';
  /** Checks and casts the cursor's value; without it the value is passed as it is. */
  type?: SortValueType;
  /** Checks and casts the cursor's id (default uuid). */
  idType?: 'uuid' | 'bigint' | 'text';
  /** Whether a cursor without an ordering name (written before orderings existed) is accepted. */
  acceptsUnnamedCursor?: boolean;
}

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(Z|[+-](\d{2}):(\d{2}))$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A float as PostgreSQL reads one (no `0x10`, `1_000` or `Infinity`, which Number() takes). */
const DECIMAL = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A real day of the calendar (no 2024-02-31) from year 1 to 9999: `Date.parse` accepts impossible
 * days and year 0, which PostgreSQL refuses.
 */
function isCalendarDay(year: string, month: string, day: string): boolean {
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

function isInstant(value: string): boolean {
  const match = ISO_INSTANT.exec(value);
  if (!match) return false;
  const [, year, month, day, hours, minutes, seconds, , , offsetHours, offsetMinutes] = match;
  return (
    isCalendarDay(year, month, day) &&
    Number(hours) <= 23 &&
    Number(minutes) <= 59 &&
    Number(seconds) <= 59 &&
    Number(offsetHours ?? 0) <= 15 &&
    Number(offsetMinutes ?? 0) <= 59
  );
}

/** Whether a cursor's value or id is one its column can hold (else BAD_USER_INPUT on `after`). */
export function isSortValue(
  type: SortValueType | 'uuid' | 'bigint' | undefined,
  value: string,
): boolean {
  if (typeof type === 'object') return type.values.includes(value);
  switch (type) {
    case 'timestamptz':
      return isInstant(value);
    case 'date': {
      const match = ISO_DATE.exec(value);
      return match !== null && isCalendarDay(match[1], match[2], match[3]);
    }
    case 'integer':
      return /^-?\d{1,10}$/.test(value) && Math.abs(Number(value)) <= 2 ** 31 - 1;
    case 'bigint':
      return /^-?\d{1,18}$/.test(value);
    case 'float':
      return DECIMAL.test(value) && Number.isFinite(Number(value));
    case 'uuid':
      return isUuid(value);
    default:
      return value.length <= 10_000 && plainTextFault(value, true) === null;
  }
}

function sqlType(type: SortValueType | 'uuid' | 'bigint' | undefined): string | null {
  if (type === undefined) return null;
  if (typeof type === 'object') return `"${type.enumName}"`;
  return type === 'float' ? 'double precision' : type;
}

function cast(parameter: string, type: SortValueType | 'uuid' | 'bigint' | undefined): string {
  const target = sqlType(type);
  return target ? `CAST(:${parameter} AS ${target})` : `:${parameter}`;
}

/** The position of `after`, checked against the ordering of this request. */
function positionOf<T>(after: string, sort: SortKey<T>): CursorPosition {
  const position = decodeCursor(after, 'after');
  const sameOrdering =
    position.sort === undefined
      ? (sort.acceptsUnnamedCursor ?? !sort.name)
      : position.sort === sort.name;
  if (!sameOrdering) {
    throw new BadInputError(
      'after',
      `after: this cursor belongs to another ordering (${position.sort ?? 'the default'}); use the same orderBy as the page it came from`,
      { cursorOrdering: position.sort ?? null, ordering: sort.name ?? null },
    );
  }
  if (!isSortValue(sort.type, position.value) || !isSortValue(sort.idType ?? 'uuid', position.id)) {
    throw new BadInputError('after', 'after: not a cursor returned by this API');
  }
  return position;
}

/** How a page's rows and its count are read from its query (default: TypeORM entities). */
export interface PageReader<T extends ObjectLiteral> {
  rows(query: SelectQueryBuilder<T>): Promise<T[]>;
  count(query: SelectQueryBuilder<T>): Promise<number>;
  /**
   * The page's rows and the count of all rows of `all` (the query without the page's position,
   * order and limit) in one statement; the count is null when the page has no row to carry it.
   */
  rowsAndCount?(
    page: SelectQueryBuilder<T>,
    all: SelectQueryBuilder<T>,
  ): Promise<{ rows: T[]; count: number | null }>;
}

const ENTITY_READER: PageReader<ObjectLiteral> = {
  rows: (query) => query.getMany(),
  count: (query) => query.getCount(),
};

/**
 * Keyset pagination on (sort expression, id): stable under inserts, and each page costs one
 * indexed query whatever its position. `totalCount` is counted lazily: only a client that selects
 * it pays for the COUNT (GraphQL reads the property only for a selected field). With `counted`
 * (the query asks it) and a reader that can, the count comes with the page in one statement.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  page: PageArgs,
  sort: SortKey<T>,
  reader: PageReader<T> = ENTITY_READER as PageReader<T>,
  counted = false,
): Promise<Connection<T>> {
  const position = page.after ? positionOf(page.after, sort) : null;
  const countQuery = query.clone();
  let count: Promise<number> | undefined;
  const comparison = sort.direction === 'ASC' ? '>' : '<';
  if (position) {
    query.andWhere(
      `(${sort.column}, ${sort.idColumn}) ${comparison} (${cast('cursorValue', sort.type)}, ${cast('cursorId', sort.idType ?? 'uuid')})`,
      { cursorValue: position.value, cursorId: position.id },
    );
  }
  const ordered = query
    .orderBy(sort.column, sort.direction)
    .addOrderBy(sort.idColumn, sort.direction)
    .limit(page.first + 1);
  let rows: T[];
  if (counted && reader.rowsAndCount) {
    const read = await reader.rowsAndCount(ordered, countQuery);
    rows = read.rows;
    // No row to carry the count: none at all from the start, else counted on its own.
    if (read.count !== null || !position) count = Promise.resolve(read.count ?? 0);
  } else {
    rows = await reader.rows(ordered);
  }
  const hasNextPage = rows.length > page.first;
  const pageRows = hasNextPage ? rows.slice(0, page.first) : rows;
  const edges = pageRows.map((node) => ({
    node,
    cursor: encodeCursor({ value: sort.valueOf(node), id: sort.idOf(node), sort: sort.name }),
  }));
  return {
    edges,
    get totalCount(): Promise<number> {
      count ??= reader.count(countQuery);
      return count;
    },
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(page.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
