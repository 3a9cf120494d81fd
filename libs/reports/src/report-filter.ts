import { type Type as ClassType } from '@nestjs/common';
import { type ReturnTypeFunc } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsEnum, IsString, Matches, ValidateNested } from 'class-validator';

import {
  DateRange,
  FilterInputType,
  type FilterParamKind,
  filterParams,
  IsIso3,
} from '@app/common';
import { Category, GapStatus, OfferStatus, Priority } from '@app/domain';

import { type SqlParams } from './sql-params';

/**
 * What a report filter field narrows, by the alias the report's SQL gives it: `gap` (g, with its
 * T/PCC ms), `offer` (o) or `partnership` (p).
 */
export type ReportTarget = 'gap' | 'offer' | 'partnership';

/**
 * One filter of the reports, declared once (as the lists' `FilterField`, for raw SQL): its GraphQL
 * field and validation, how an export reads it, and the SQL condition it adds on its target.
 */
export interface ReportFilterField<V = never> {
  type: ReturnTypeFunc;
  description?: string;
  validators: PropertyDecorator[];
  defaultValue?: V;
  /** Not an export parameter when absent (the period). */
  param?: FilterParamKind;
  on: ReportTarget;
  /** The condition on the target's alias; `params` takes the value's parameters. */
  sql(value: V, params: SqlParams): string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ReportFilterFields = Record<string, ReportFilterField<any>>;

/** The filter object a client sends for `fields` (every field optional). */
export type ReportFilterOf<F extends ReportFilterFields> = {
  [K in keyof F]?: F[K] extends ReportFilterField<infer V> ? V | null : never;
};

const M49_CODE = /^\d{3}$/;

/**
 * When a gap opened: the first audit entry showing it becoming OPEN or, without one, its creation
 * (alias g). Persistent gaps, the period filter and the trend share it.
 */
export const GAP_OPENED_AT = `COALESCE((
  SELECT min(a.occurred_at) FROM audit_entries a
  WHERE a.entity_type = 'CapabilityGap' AND a.entity_id = g.id::text
    AND a.changes -> 'status' ->> 'after' = 'OPEN'), g.created_at)`;

/** The UTC day of a timestamp expression lies in the range (both ends inclusive, either open). */
function dayIn(expression: string, range: DateRange, params: SqlParams): string {
  const conditions = ['true'];
  const day = `((${expression}) AT TIME ZONE 'UTC')::date`;
  if (range.from) conditions.push(`${day} >= ${params.add(range.from)}::date`);
  if (range.to) conditions.push(`${day} <= ${params.add(range.to)}::date`);
  return conditions.join(' AND ');
}

/** `column = ANY($n)` for a list of codes. */
function anyOf(column: string) {
  return (values: readonly string[], params: SqlParams) =>
    `${column} = ANY(${params.add(values)}::text[])`;
}

/** A field, typed by its value. */
const field = <V>(declaration: ReportFilterField<V>): ReportFilterField<V> => declaration;

const categoryValidators = () => [IsArray(), IsEnum(Category, { each: true })];

/**
 * Every report filter field, declared once. A report's input type picks the fields it takes
 * (`reportFilter`), so the same field means the same thing, with the same validation and
 * export parameter, in every report.
 */
export const REPORT_FILTER_FIELDS = {
  /** The gap's category. */
  category: field<Category[]>({
    type: () => [Category],
    validators: categoryValidators(),
    param: 'codes',
    on: 'gap',
    sql: anyOf('g.category::text'),
  }),
  /** The offer's category (donor summaries). */
  offerCategory: field<Category[]>({
    type: () => [Category],
    validators: categoryValidators(),
    param: 'codes',
    on: 'offer',
    sql: anyOf('o.category::text'),
  }),
  gapStatus: field<GapStatus[]>({
    type: () => [GapStatus],
    description: 'Default: OPEN, PARTIALLY_MATCHED, MATCHED, CLOSED (not drafts or cancelled)',
    validators: [IsArray(), IsEnum(GapStatus, { each: true })],
    param: 'codes',
    on: 'gap',
    sql: anyOf('g.status::text'),
  }),
  offerStatus: field<OfferStatus[]>({
    type: () => [OfferStatus],
    description:
      'Default: OPEN, PARTIALLY_ALLOCATED, FULLY_ALLOCATED, EXPIRED (not drafts or withdrawn)',
    validators: [IsArray(), IsEnum(OfferStatus, { each: true })],
    param: 'codes',
    on: 'offer',
    sql: anyOf('o.status::text'),
  }),
  memberState: field<string[]>({
    type: () => [String],
    description: 'T/PCCs, ISO3',
    validators: [IsArray(), IsIso3({ each: true })],
    param: 'codes',
    on: 'gap',
    sql: anyOf('g.member_state_iso3'),
  }),
  mission: field<string[]>({
    type: () => [String],
    description: 'Mission codes, e.g. MINUSCA',
    validators: [IsArray(), IsString({ each: true })],
    param: 'codes',
    on: 'gap',
    sql: anyOf('g.mission_code'),
  }),
  region: field<string[]>({
    type: () => [String],
    description: "M49 region or sub-region codes of the gap's T/PCC, e.g. 002 or 014",
    validators: [
      IsArray(),
      Matches(M49_CODE, { each: true, message: '$property must contain three-digit M49 codes' }),
    ],
    param: 'ids',
    on: 'gap',
    sql: (regions: readonly string[], params: SqlParams) => {
      const codes = params.add(regions);
      return `(ms.region_code = ANY(${codes}::text[]) OR ms.sub_region_code = ANY(${codes}::text[]))`;
    },
  }),
  priority: field<Priority[]>({
    type: () => [Priority],
    description: "The gap's priority",
    validators: [IsArray(), IsEnum(Priority, { each: true })],
    param: 'codes',
    on: 'gap',
    sql: anyOf('g.priority::text'),
  }),
  /** The gap opened in the period (GAP_OPENED_AT, UTC days). */
  period: field<DateRange>({
    type: () => DateRange,
    description:
      'Gaps opened in these days (UTC, both inclusive): first made OPEN, or created if never recorded so',
    validators: [ValidateNested(), Type(() => DateRange)],
    on: 'gap',
    sql: (range: DateRange, params: SqlParams) => dayIn(GAP_OPENED_AT, range, params),
  }),
  /** The offer was posted (created) in the period. */
  offerPeriod: field<DateRange>({
    type: () => DateRange,
    description: 'Offers posted (created) in these days (UTC, both inclusive)',
    validators: [ValidateNested(), Type(() => DateRange)],
    on: 'offer',
    sql: (range: DateRange, params: SqlParams) => dayIn('o.created_at', range, params),
  }),
  donor: field<string[]>({
    type: () => [String],
    description: 'Donors, ISO3',
    validators: [IsArray(), IsIso3({ each: true })],
    param: 'codes',
    on: 'offer',
    sql: anyOf('o.donor_iso3'),
  }),
  measuredOnly: field<boolean>({
    type: () => Boolean,
    description: 'Only partnerships whose indicator has been measured after delivery',
    validators: [IsBoolean()],
    defaultValue: false,
    param: 'boolean',
    on: 'partnership',
    sql: (only: boolean) => (only ? 'p.indicator_after IS NOT NULL' : 'true'),
  }),
};

/** One report's filter: its GraphQL input type, export parameters and SQL, from shared fields. */
export interface ReportFilter<F extends ReportFilterFields> {
  fields: F;
  input: ClassType<ReportFilterOf<F>>;
  params: Record<string, FilterParamKind>;
  /** The conditions of the fields given in `filter` that narrow `target` (ANDed by the caller). */
  conditions(
    filter: ReportFilterOf<F> | null | undefined,
    params: SqlParams,
    target: ReportTarget,
  ): string[];
}

/** The report filter input type `name`, taking `fields` (named as the client sends them). */
export function reportFilter<F extends ReportFilterFields>(
  name: string,
  fields: F,
): ReportFilter<F> {
  const input = FilterInputType(name, fields);
  return {
    fields,
    input: input as ClassType<ReportFilterOf<F>>,
    params: filterParams(fields as unknown as Parameters<typeof filterParams>[0]),
    conditions: (filter, params, target) => {
      const conditions: string[] = [];
      if (!filter) return conditions;
      for (const [key, field] of Object.entries(fields)) {
        const value = (filter as Record<string, unknown>)[key];
        if (value === undefined || value === null || field.on !== target) continue;
        conditions.push(field.sql(value as never, params));
      }
      return conditions;
    },
  };
}
