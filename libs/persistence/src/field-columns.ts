import { Field, ID, Int } from '@nestjs/graphql';
import { Column } from 'typeorm';

import { LocalDateScalar } from '@app/common';

/**
 * A property that is both a column and a GraphQL field of the same name and nullability, declared
 * with one decorator: the entity files then list what a record holds, not the two mappings of it.
 */
interface FieldColumnOptions<V> {
  description?: string;
  nullable?: boolean;
  /** The column's default (never the GraphQL field's: output fields have none). */
  default?: V;
}

function fieldColumn<V>(
  graphQLType: () => unknown,
  column: Record<string, unknown>,
  { description, nullable, default: defaultValue }: FieldColumnOptions<V>,
): PropertyDecorator {
  return (target, property) => {
    Field(graphQLType as never, { description, nullable })(target, property);
    Column({
      ...column,
      ...(nullable ? { nullable } : {}),
      ...(defaultValue === undefined ? {} : { default: defaultValue }),
    })(target, property);
  };
}

/** `uuid`, GraphQL ID: another record's id (a foreign key). */
export const IdField = (options: FieldColumnOptions<string> = {}) =>
  fieldColumn(() => ID, { type: 'uuid' }, options);

/** `text`, GraphQL String. */
export const TextField = (options: FieldColumnOptions<string> = {}) =>
  fieldColumn(() => String, { type: 'text' }, options);

/** `integer`, GraphQL Int. */
export const IntegerField = (options: FieldColumnOptions<number> = {}) =>
  fieldColumn(() => Int, { type: 'integer' }, options);

/** `date`, GraphQL LocalDate (YYYY-MM-DD). */
export const DayField = (options: FieldColumnOptions<string> = {}) =>
  fieldColumn(() => LocalDateScalar, { type: 'date' }, options);

/** `text[]`, GraphQL [String!]!: codes such as ISO 639-1 languages or ISO3 member states. */
export const CodesField = (options: FieldColumnOptions<string> = {}) =>
  fieldColumn(() => [String], { type: 'text', array: true }, options);

/** A PostgreSQL enum (`enumName`) or an array of it, GraphQL the registered enum. */
export function EnumField<E extends Record<string, string>>(
  values: E,
  enumName: string,
  options: FieldColumnOptions<E[keyof E] | string> & { array?: boolean } = {},
) {
  const { array, ...rest } = options;
  return fieldColumn(
    () => (array ? [values] : values),
    { type: 'enum', enum: values, enumName, ...(array ? { array } : {}) },
    rest,
  );
}
