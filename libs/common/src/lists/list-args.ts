import { type Type } from '@nestjs/common';
import { ArgsType, Field } from '@nestjs/graphql';
import { Type as TransformTo } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { type OrderBy } from '../pagination/order-by';
import { PageArgs } from '../pagination/page.args';
import { type DeclaredOrdering } from './list-ordering';

/** A nested, optional input argument: `filter` or `orderBy`. */
function nestedInput(target: object, property: string, input: Type, description?: string) {
  Field(() => input, { nullable: true, description })(target, property);
  IsOptional()(target, property);
  ValidateNested()(target, property);
  TransformTo(() => input)(target, property);
}

/**
 * The arguments of a list query: a page (`first`, `after`), `orderBy` from the list's declared
 * ordering, and `filter` when the list has a declared filter input.
 */
export function ListArgs<K extends string, T, F = never>(
  ordering: DeclaredOrdering<K, T>,
  filter?: Type<F>,
) {
  @ArgsType()
  abstract class ListArgsType extends PageArgs {
    filter?: F;
    orderBy?: OrderBy<K>;
  }
  const { field, direction } = ordering.defaultOrder;
  nestedInput(
    ListArgsType.prototype,
    'orderBy',
    ordering.orderBy,
    `Default: ${field} ${direction}`,
  );
  if (filter) nestedInput(ListArgsType.prototype, 'filter', filter);
  return ListArgsType;
}
