import { type Type } from '@nestjs/common';
import { registerEnumType } from '@nestjs/graphql';

import {
  type ListOrdering,
  type OrderBy,
  OrderByInput,
  SortDirection,
  type SortField,
} from '../pagination/order-by';

/** One way a list can be sorted, and what the API says of it. */
export interface OrderingField<T> extends SortField<T> {
  description?: string;
}

/** A list's orderings as declared: its sort fields, the default order, the id tie-break. */
export interface OrderingSpec<K extends string, T> extends Omit<ListOrdering<K, T>, 'fields'> {
  fields: Record<K, OrderingField<T>>;
  defaultOrder: { field: NoInfer<K>; direction: SortDirection };
}

/** The SQL orderings of a list, and the GraphQL types made from them. */
export interface DeclaredOrdering<K extends string, T> extends ListOrdering<K, T> {
  /** The GraphQL enum `<Name>SortField`, as an object of its values. */
  sortFields: { readonly [P in K]: P };
  /** The GraphQL input `<Name>OrderBy { field, direction }`. */
  orderBy: Type<OrderBy<K>>;
}

/**
 * A list's orderings, declared once: the GraphQL enum `<name>SortField` (with each field's
 * description), the input `<name>OrderBy`, and the SQL of each (keyset cursors included) come from
 * it. Curried for the row type: `listOrdering<CapabilityGap>()('Gap', { … })`.
 */
export function listOrdering<T>() {
  return <K extends string>(name: string, spec: OrderingSpec<K, T>): DeclaredOrdering<K, T> => {
    const keys = Object.keys(spec.fields) as K[];
    const sortFields = Object.fromEntries(keys.map((key) => [key, key])) as {
      readonly [P in K]: P;
    };
    registerEnumType(sortFields, {
      name: `${name}SortField`,
      valuesMap: Object.fromEntries(
        keys.map((key) => [key, { description: spec.fields[key].description }]),
      ) as Partial<Record<K, { description?: string }>>,
    });
    return { ...spec, sortFields, orderBy: OrderByInput(sortFields, name) };
  };
}

/** Sort value types whose natural direction is largest or latest first. */
const DESCENDING_BY_NATURE = new Set(['timestamptz', 'integer', 'float']);

/**
 * A sort field on `expression` (SQL, NOT NULL) with its kind's natural direction: times and
 * amounts latest or largest first; days (deadlines, windows) and text earliest or A first.
 */
export function sortOn<T>(
  type: 'timestamptz' | 'date' | 'integer' | 'float' | 'text',
  expression: string,
  valueOf: (row: T) => Date | string | number,
  description: string,
): OrderingField<T> {
  return {
    description,
    expression,
    type,
    valueOf: (row) => {
      const value = valueOf(row);
      return value instanceof Date ? value.toISOString() : String(value);
    },
    defaultDirection: DESCENDING_BY_NATURE.has(type) ? SortDirection.DESC : SortDirection.ASC,
  };
}
