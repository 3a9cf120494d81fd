import { randomUUID } from 'node:crypto';

import { type ClassConstructor } from 'class-transformer';
import { type DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';

import { type AccessRule, type ListScope } from '@app/access';
import { type Actor, RequestContext } from '@app/request-context';
import { type FilterFields, type FilterOf, type ListFilter } from '@app/common';
import { type CapabilityGap } from '@app/gaps';
import { type Offer } from '@app/offers';
import { GAP_REPORT_FILTER, ReportPolicy } from '@app/reports';

import { type Column } from '../spreadsheet-columns';
import { type OutputCell } from '../write-spreadsheet';
import { streamEntities } from './entity-stream';
import { type ParamSpec, type QueryValues, readParams } from './export-params';

// What every export is, and what the exports (`*.export.ts`) are built from.

/** One export: who may download it, its parameters, its columns and its rows. */
export interface ExportKind<P = unknown> {
  /** The path under /export without the extension, e.g. `gaps`, `reports/coverage`. */
  path: string;
  /** Sheet name, and the start of the file name. */
  title: (params: P) => string;
  rule: AccessRule;
  params: (query: QueryValues) => Promise<P>;
  headers: (params: P) => string[];
  /** Rows in a stable order, produced as they are read. */
  rows: (actor: Actor, params: P) => AsyncIterable<OutputCell[]>;
}

/** Pages of a paginated report read one after another (each page is one keyset query). */
export const REPORT_PAGE = 500;

/** The gap filter of the GraphQL reports as query parameters (from its one declaration). */
export const REPORT_GAP_FILTER = GAP_REPORT_FILTER.params;

export const iso = (date: Date | null | undefined): string | null => date?.toISOString() ?? null;

/** Oldest first, ties by id: the order of the (created_at, id) index, stable between exports. */
function oldestFirst<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  alias: string,
): SelectQueryBuilder<E> {
  return query.orderBy(`${alias}.created_at`, 'ASC').addOrderBy(`${alias}.id`, 'ASC');
}

/** A GraphQL list (gaps, offers, proposals, partnerships) as an export named after it. */
interface ListExport<E extends ObjectLiteral, F extends FilterFields> {
  path: string;
  entity: new () => E;
  alias: string;
  policy: { read: AccessRule; scope(actor: Actor): ListScope };
  /** The list's filter: its query parameters, validation and SQL. */
  filter: ListFilter<F>;
  /** Joins and selects more than the entity's own columns, before the filter. */
  join?: (query: SelectQueryBuilder<E>) => SelectQueryBuilder<E>;
  headers: () => string[];
  row: (entity: E) => OutputCell[];
}

/**
 * An export of a GraphQL list: the rows the actor's list shows (its policy's scope), with the
 * list's filter, oldest first, read by a cursor stream.
 */
export function listExport<E extends ObjectLiteral, F extends FilterFields>(
  dataSource: DataSource,
  list: ListExport<E, F>,
): ExportKind<FilterOf<F>> {
  return {
    path: list.path,
    title: () => list.path,
    rule: list.policy.read,
    params: (query) => readParams(list.filter.input, { filter: list.filter.params }, query),
    headers: list.headers,
    rows: (actor, filter) => {
      const scope = list.policy.scope(actor);
      const scoped = dataSource.getRepository(list.entity).createQueryBuilder(list.alias);
      scope(scoped, list.alias);
      const joined = list.join ? list.join(scoped) : scoped;
      const query = oldestFirst(list.filter.apply(joined, filter, list.alias), list.alias);
      return mapRows(streamEntities(dataSource, query), list.row);
    },
  };
}

/**
 * An export of the import template's table (gaps, offers): the list's rows in every column of
 * the template.
 */
export function templateTable<E extends ObjectLiteral, F extends FilterFields>(
  dataSource: DataSource,
  table: Omit<ListExport<E, F>, 'headers' | 'row'> & { columns: readonly Column<E>[] },
): ExportKind<FilterOf<F>> {
  return listExport(dataSource, {
    ...table,
    headers: () => table.columns.map((column) => column.name),
    row: (entity) => table.columns.map((column) => column.write(entity)),
  });
}

/** A proposal or partnership query (`alias`) with the gap and offer columns its export shows. */
export function withGapAndOffer<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  alias: string,
  moreGapColumns: string[] = [],
): SelectQueryBuilder<E> {
  return query
    .innerJoin(`${alias}.gap`, 'gap')
    .addSelect([
      'gap.id',
      'gap.title',
      'gap.memberStateIso3',
      'gap.category',
      'gap.capability',
      ...moreGapColumns,
    ])
    .innerJoin(`${alias}.offer`, 'offer')
    .addSelect(['offer.id', 'offer.title', 'offer.donorIso3']);
}

/** The headers of pairingCells. */
export const PAIRING_HEADERS = [
  'gapId',
  'gapTitle',
  'memberState',
  'category',
  'capability',
  'offerId',
  'offerTitle',
  'donor',
  'quantity',
];

/** What a proposal or partnership pairs: its gap, its offer (see withGapAndOffer), the units. */
export function pairingCells(row: {
  gapId: string;
  gap?: CapabilityGap;
  offerId: string;
  offer?: Offer;
  quantity: number;
}): OutputCell[] {
  return [
    row.gapId,
    row.gap?.title,
    row.gap?.memberStateIso3,
    row.gap?.category,
    row.gap?.capability,
    row.offerId,
    row.offer?.title,
    row.offer?.donorIso3,
    row.quantity,
  ];
}

/**
 * An export of a GraphQL report query, for the same roles as the query (`rule`, staff only by
 * default: ReportPolicy.read): its arguments read from the query string by `params`, its rows
 * computed by `rows` (see rowsOf and pages) with the downloader's context, so a scoped report
 * exports what the GraphQL query answers that user.
 */
export function reportExport<A extends object>(report: {
  path: string;
  title: (args: A) => string;
  rule?: AccessRule;
  args: ClassConstructor<A>;
  params: ParamSpec;
  headers: (args: A) => string[];
  rows: (ctx: RequestContext, args: A) => AsyncIterable<OutputCell[]>;
}): ExportKind<A> {
  return {
    path: report.path,
    title: report.title,
    rule: report.rule ?? ReportPolicy.read,
    params: (query) => readParams(report.args, report.params, query),
    headers: report.headers,
    rows: (actor, args) =>
      report.rows(RequestContext.forRequest({ actor, requestId: randomUUID() }), args),
  };
}

async function* mapRows<E>(
  entities: AsyncIterable<E>,
  row: (entity: E) => OutputCell[],
): AsyncGenerator<OutputCell[]> {
  for await (const entity of entities) yield row(entity);
}

/** The rows of a report computed in one go (a handful of aggregate rows). */
export async function* rowsOf(
  compute: () => Promise<OutputCell[][]>,
): AsyncGenerator<OutputCell[]> {
  yield* await compute();
}

/** Every node of a paginated report, page after page (the service's keyset cursor). */
export async function* pages<N>(
  page: (after: string | undefined) => Promise<{
    edges: { node: N }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  }>,
  row: (node: N) => OutputCell[],
): AsyncGenerator<OutputCell[]> {
  let after: string | undefined;
  do {
    const { edges, pageInfo } = await page(after);
    for (const edge of edges) yield row(edge.node);
    after = pageInfo.hasNextPage ? (pageInfo.endCursor ?? undefined) : undefined;
  } while (after);
}
