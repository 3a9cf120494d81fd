import { type Type } from '@nestjs/common';
import { registerEnumType } from '@nestjs/graphql';

import {
  type ListOrdering,
  type OrderBy,
  OrderByInput,
  SortDirection,
  type SortField,
} from '../pagination/order-by';
import { type SortKey } from '../pagination/paginate';

type SortableType = 'timestamptz' | 'date' | 'integer' | 'float' | 'text';

/** One way a list can be sorted, and what the API says of it. */
export interface OrderingField<T> extends SortField<T> {
  description?: string;
}

/** A sort field on a column of the list's table, named by its entity property (see sortOn). */
export interface PropertySort<T> {
  property: keyof T & string;
  type: SortableType;
  description: string;
}

/** How a list's rows are told apart when sort values tie (default: the `id` uuid column). */
export interface ListKey<T> {
  property: keyof T & string;
  type: SortKey<T>['idType'];
}

/** The SQL orderings of a list, and the GraphQL types made from them. */
export interface DeclaredOrdering<K extends string, T> extends ListOrdering<K, T> {
  /** The GraphQL enum `<Name>SortField`, as an object of its values. */
  sortFields: { readonly [P in K]: P };
  /** The GraphQL input `<Name>OrderBy { field, direction }`. */
  orderBy: Type<OrderBy<K>>;
}

/** Sort value types whose natural direction is largest or latest first. */
const DESCENDING_BY_NATURE = new Set(['timestamptz', 'integer', 'float']);

/** The column TypeORM's snake-case naming gives a property: `neededBy` → `needed_by`. */
function columnOf(property: string): string {
  return property.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function sortValue(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

/**
 * A sort field on the column of `property` (NOT NULL), in its kind's natural direction: times and
 * amounts latest or largest first; days (deadlines, windows) and text earliest or A first.
 */
export function sortOn<T>(
  type: SortableType,
  property: keyof T & string,
  description: string,
): PropertySort<T> {
  return { property, type, description };
}

function resolveField<T>(alias: string, field: PropertySort<T> | OrderingField<T>) {
  if (!('property' in field)) return field;
  const { property, type, description } = field;
  return {
    description,
    type,
    expression: `${alias}.${columnOf(property)}`,
    valueOf: (row: T) => sortValue(row[property]),
    reads: [property],
    defaultDirection: DESCENDING_BY_NATURE.has(type) ? SortDirection.DESC : SortDirection.ASC,
  };
}

/**
 * A list's orderings, declared once: the GraphQL enum `<name>SortField` (with each field's
 * description), the input `<name>OrderBy`, and the SQL of each (keyset cursors included) come from
 * it. `alias` is the list query's alias of the table. The first field, in its natural direction,
 * is the default order; `key` breaks ties. Curried for the row type:
 * `listOrdering<CapabilityGap>()('Gap', 'gap', { … })`.
 */
export function listOrdering<T>() {
  return <K extends string>(
    name: string,
    alias: string,
    fields: Record<K, PropertySort<T> | OrderingField<T>>,
    key: ListKey<T> = { property: 'id' as keyof T & string, type: 'uuid' },
  ): DeclaredOrdering<K, T> => {
    const keys = Object.keys(fields) as K[];
    const resolved = Object.fromEntries(
      keys.map((field) => [field, resolveField(alias, fields[field])]),
    ) as Record<K, OrderingField<T>>;
    const sortFields = Object.fromEntries(keys.map((field) => [field, field])) as {
      readonly [P in K]: P;
    };
    registerEnumType(sortFields, {
      name: `${name}SortField`,
      valuesMap: Object.fromEntries(
        keys.map((field) => [field, { description: resolved[field].description }]),
      ) as Partial<Record<K, { description?: string }>>,
    });
    return {
      fields: resolved,
      defaultOrder: { field: keys[0], direction: resolved[keys[0]].defaultDirection },
      idColumn: `${alias}.${columnOf(key.property)}`,
      idOf: (row) => String(row[key.property]),
      idType: key.type,
      sortFields,
      orderBy: OrderByInput(sortFields, name),
    };
  };
}
