import { type Type as ClassType } from '@nestjs/common';
import { Field, ID, InputType, type ReturnTypeFunc } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';

import { DateRange } from '../pagination/date-range.input';
import { containsPattern } from '../pagination/text-search';

/**
 * How an export reads a filter from a query parameter (`libs/spreadsheets`): a list of upper-case
 * codes, a list of ids taken as given, a list of lower-case language codes, one text, one number,
 * one boolean.
 */
export type FilterParamKind = 'codes' | 'ids' | 'languages' | 'text' | 'number' | 'boolean';

/**
 * One filter of a list, declared once: its GraphQL field, its validation, how an export reads it,
 * and how it narrows the list's query. Fields of a filter combine with AND.
 */
export interface FilterField<V = never> {
  type: ReturnTypeFunc;
  description?: string;
  /** class-validator (and class-transformer) decorators; IsOptional is added. */
  validators: PropertyDecorator[];
  /** Not offered as an export parameter when absent (e.g. date ranges). */
  param?: FilterParamKind;
  /** Narrows `query` (whose table is `alias`) to rows matching `value`; `key` names parameters. */
  apply(query: SelectQueryBuilder<ObjectLiteral>, alias: string, value: V, key: string): void;
}

/** A list's filters, by field name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type FilterFields = Record<string, FilterField<any>>;

/** The filter object a client sends for `fields` (every field optional). */
export type FilterOf<F extends FilterFields> = {
  [K in keyof F]?: F[K] extends FilterField<infer V> ? V | null : never;
};

/**
 * The GraphQL input type `name` of a list's filter, with every field's validation (each field
 * nullable and optional).
 */
export function FilterInputType<F extends FilterFields>(
  name: string,
  fields: F,
): ClassType<FilterOf<F>> {
  @InputType(name)
  class FilterInput {}
  for (const [key, field] of Object.entries(fields)) {
    Field(field.type, { nullable: true, description: field.description })(
      FilterInput.prototype,
      key,
    );
    IsOptional()(FilterInput.prototype, key);
    for (const validator of field.validators) validator(FilterInput.prototype, key);
  }
  return FilterInput as ClassType<FilterOf<F>>;
}

/**
 * A list's filter, declared once as fields: the GraphQL input type and its validation, the SQL,
 * and the query parameters of the list's export all come from it.
 */
export interface ListFilter<F extends FilterFields> {
  fields: F;
  /** The GraphQL input type (with its validation). */
  input: ClassType<FilterOf<F>>;
  /** How an export of the list reads each filter from a query parameter. */
  params: Record<string, FilterParamKind>;
  /** Narrows `query` (whose table is `alias`) to the rows `filter` accepts. */
  apply<Q extends SelectQueryBuilder<ObjectLiteral>>(
    query: Q,
    filter: FilterOf<F> | null | undefined,
    alias: string,
  ): Q;
}

/** The filter `name` (its GraphQL input type's name) of a list, from its fields. */
export function listFilter<F extends FilterFields>(name: string, fields: F): ListFilter<F> {
  return {
    fields,
    input: FilterInputType(name, fields),
    params: filterParams(fields),
    apply: (query, filter, alias) => applyFilter(query, fields, filter, alias),
  };
}

/** Narrows `query` to the rows `filter` accepts, field by field. */
export function applyFilter<Q extends SelectQueryBuilder<ObjectLiteral>, F extends FilterFields>(
  query: Q,
  fields: F,
  filter: FilterOf<F> | null | undefined,
  alias: string,
): Q {
  if (!filter) return query;
  for (const [key, field] of Object.entries(fields)) {
    const value = filter[key];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    field.apply(query, alias, value, key);
  }
  return query;
}

/** The export parameters of a list's filters: name → how to read it. */
export function filterParams(fields: FilterFields): Record<string, FilterParamKind> {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([, field]) => field.param !== undefined)
      .map(([key, field]) => [key, field.param!]),
  );
}

// The kinds of filter the lists use.

interface ListOptions {
  description?: string;
  /** Most values accepted in one filter. */
  max?: number;
  /** The condition, when it is not `column IN (…)` (e.g. a subquery); gets the parameter's name. */
  sql?: (alias: string, key: string) => string;
}

/** `column IN (:...key)`, or the list's own condition. */
function inCondition(column: string, options: ListOptions) {
  return (alias: string, key: string) =>
    options.sql?.(alias, key) ?? `${alias}.${column} IN (:...${key})`;
}

/** Rows whose `column` is one of the given enum values. */
export function enumIn<E extends Record<string, string>>(
  enumType: E,
  column: string,
  options: Omit<ListOptions, 'max'> = {},
): FilterField<E[keyof E][]> {
  const condition = inCondition(column, options);
  return {
    type: () => [enumType],
    description: options.description,
    validators: [IsArray(), IsEnum(enumType, { each: true })],
    param: 'codes',
    apply: (query, alias, values, key) =>
      void query.andWhere(condition(alias, key), { [key]: values }),
  };
}

/** Rows whose `column` is one of the given strings, each checked by `element` (e.g. IsIso3). */
export function stringIn(
  column: string,
  element: PropertyDecorator[],
  options: ListOptions & { param?: FilterParamKind; type?: ReturnTypeFunc } = {},
): FilterField<string[]> {
  const condition = inCondition(column, options);
  return {
    type: options.type ?? (() => [String]),
    description: options.description,
    validators: [IsArray(), ...(options.max ? [ArrayMaxSize(options.max)] : []), ...element],
    param: options.param ?? 'codes',
    apply: (query, alias, values, key) =>
      void query.andWhere(condition(alias, key), { [key]: values }),
  };
}

/** Rows whose uuid `column` is one of the given ids. */
export function idIn(
  column: string,
  options: Omit<ListOptions, 'max'> = {},
): FilterField<string[]> {
  return stringIn(column, [IsUUID('all', { each: true })], {
    ...options,
    max: 200,
    type: () => [ID],
    param: 'ids',
  });
}

/** Rows whose array `column` shares at least one of the given strings. */
export function arrayOverlaps(
  column: string,
  element: PropertyDecorator[],
  options: ListOptions & { param?: FilterParamKind } = {},
): FilterField<string[]> {
  return {
    type: () => [String],
    description: options.description,
    validators: [IsArray(), ...(options.max ? [ArrayMaxSize(options.max)] : []), ...element],
    param: options.param ?? 'codes',
    apply: (query, alias, values, key) =>
      void query.andWhere(`${alias}.${column} && CAST(:${key} AS text[])`, { [key]: values }),
  };
}

/** Rows whose date `column` is in the range (both ends inclusive, either open). */
export function dateIn(column: string, description?: string): FilterField<DateRange> {
  // A day is a window of one day: it overlaps the range when it lies in it.
  return windowOverlaps(column, column, description);
}

/** Rows whose text `column` contains the text, case-insensitive (at least 2 characters). */
export function textContains(column: string, description?: string): FilterField<string> {
  return {
    type: () => String,
    description,
    validators: [IsString(), MinLength(2), MaxLength(100)],
    param: 'text',
    apply: (query, alias, text, key) =>
      void query.andWhere(`${alias}.${column} ILIKE :${key}Pattern`, {
        [`${key}Pattern`]: containsPattern(text),
      }),
  };
}

/** Rows whose window (`fromColumn` to `toColumn`, both days) overlaps the range. */
export function windowOverlaps(
  fromColumn: string,
  toColumn: string,
  description?: string,
): FilterField<DateRange> {
  return {
    type: () => DateRange,
    description,
    validators: [ValidateNested(), Type(() => DateRange)],
    apply: (query, alias, range, key) => {
      if (range.from)
        query.andWhere(`${alias}.${toColumn} >= :${key}From`, { [`${key}From`]: range.from });
      if (range.to)
        query.andWhere(`${alias}.${fromColumn} <= :${key}To`, { [`${key}To`]: range.to });
    },
  };
}
