import { type Type } from '@nestjs/common';
import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';

import { type SortKey, type SortValueType } from './paginate';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(SortDirection, {
  name: 'SortDirection',
  valuesMap: {
    ASC: { description: 'Smallest, earliest or A first (for priority: LOW first)' },
    DESC: { description: 'Largest, latest or Z first (for priority: CRITICAL first)' },
  },
});

/** `orderBy` of a list: a field of the list's sort enum and a direction. */
export interface OrderBy<F extends string> {
  field: F;
  direction?: SortDirection | null;
}

/**
 * Builds the input type `<Name>OrderBy { field: <Name>SortField!, direction: SortDirection }`.
 * Every list shares this shape; `fieldEnum` must be registered with registerEnumType.
 */
export function OrderByInput<F extends string>(
  fieldEnum: Record<string, F>,
  name: string,
): Type<OrderBy<F>> {
  @InputType(`${name}OrderBy`, {
    description: `How to sort ${name} lists; rows with equal values keep a fixed order (by id)`,
  })
  class OrderByClass implements OrderBy<F> {
    @Field(() => fieldEnum)
    @IsEnum(fieldEnum)
    field: F;

    @Field(() => SortDirection, {
      nullable: true,
      description:
        "Omitted: the field's natural direction (dates and amounts: DESC; deadlines and names: ASC; priority: CRITICAL first)",
    })
    @IsOptional()
    @IsEnum(SortDirection)
    direction?: SortDirection | null;
  }
  return OrderByClass;
}

/** One field a list can be sorted on. */
export interface SortField<T> {
  /** SQL expression of the sort value; never NULL (keyset comparison needs total order). */
  expression: string;
  /** How the cursor value is checked and cast back to SQL. */
  type: SortValueType;
  /** The sort value of a row, as stored in the cursor. */
  valueOf: (row: T) => string;
  /**
   * The properties `valueOf` reads, for a read path that reads only some columns; without it,
   * such a read takes every column.
   */
  reads?: readonly string[];
  /** The direction when `orderBy.direction` is left out. */
  defaultDirection: SortDirection;
  /**
   * The SQL order runs the other way round from the API's: e.g. the `priority` enum is declared
   * CRITICAL first, and priority DESC means CRITICAL first.
   */
  inverted?: boolean;
}

/** The orderings of one list: its sort fields, the default (today's order) and the id column. */
export interface ListOrdering<F extends string, T> {
  fields: Record<F, SortField<T>>;
  /** Used when `orderBy` is left out; its cursors may also be old two-part cursors. */
  defaultOrder: { field: F; direction: SortDirection };
  /** e.g. `gap.id`: breaks ties, in the same direction as the sort field. */
  idColumn: string;
  idOf: (row: T) => string;
  idType?: SortKey<T>['idType'];
}

/** The keyset sort key of `orderBy` (or the list's default order) for paginate(). */
export function sortKeyFor<F extends string, T>(
  ordering: ListOrdering<F, T>,
  orderBy: OrderBy<F> | null | undefined,
): SortKey<T> {
  const fieldName = orderBy?.field ?? ordering.defaultOrder.field;
  const field = ordering.fields[fieldName];
  const direction =
    orderBy?.direction ?? (orderBy ? field.defaultDirection : ordering.defaultOrder.direction);
  const sqlDirection =
    Boolean(field.inverted) === (direction === SortDirection.ASC) ? 'DESC' : 'ASC';
  const isDefault =
    fieldName === ordering.defaultOrder.field && direction === ordering.defaultOrder.direction;
  return {
    name: `${fieldName}:${direction}`,
    column: field.expression,
    idColumn: ordering.idColumn,
    direction: sqlDirection,
    type: field.type,
    idType: ordering.idType ?? 'uuid',
    valueOf: field.valueOf,
    reads: field.reads,
    idOf: ordering.idOf,
    acceptsUnnamedCursor: isDefault,
  };
}
