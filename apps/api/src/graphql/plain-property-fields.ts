import {
  type GraphQLField,
  type GraphQLSchema,
  getNullableType,
  isEnumType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
} from 'graphql';

import { RESOLVES_LATER } from '@app/common';

/**
 * Lets GraphQL read plain scalar properties itself. @nestjs/graphql gives every field of an
 * object type a resolver, `rootFieldResolver`, that returns `parent[property]` (or the field's
 * defaultValue when that is undefined). graphql-jit compiles a field without a resolver to a
 * property read, but calls a resolver through three closures and a resolve info with its whole
 * path, for every value: on a gap page some 2,500 calls and a third of the memory the answer
 * allocates.
 *
 * Such a resolver is removed, and GraphQL's default (the same property read) answers instead,
 * only where nothing can change:
 * - it reads the property of the field's own name and has no default;
 * - the field is a String, Int, Float, Boolean, ID or enum, not a list: a value GraphQL would
 *   have had to await or call (a promise, a function) is refused there with "cannot represent",
 *   never answered wrongly in silence;
 * - the property is not marked @ResolvesLater() (it may hold a promise, which is awaited).
 * Objects, lists, custom scalars, renamed fields and every other resolver keep their function.
 *
 * Changes the schema in place (as Mercurius' transformSchema allows) and returns it.
 */
export function withPlainPropertyFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (isPlainValue(field) && readsOwnPropertyOnly(field)) field.resolve = undefined;
    }
  }
  return schema;
}

function isPlainValue(field: GraphQLField<unknown, unknown>): boolean {
  if (field.extensions[RESOLVES_LATER]) return false;
  const type = getNullableType(field.type);
  return isEnumType(type) || (isScalarType(type) && isSpecifiedScalarType(type));
}

/**
 * Whether the field's resolver is Nest's property read of the field's own name, without a
 * default. Told by what it does, not by Nest's internals: called once on a parent that records
 * the properties read and has none, it must read exactly that one and answer undefined.
 */
function readsOwnPropertyOnly(field: GraphQLField<unknown, unknown>): boolean {
  const resolve = field.resolve;
  if (resolve?.name !== 'rootFieldResolver') return false;
  const read: PropertyKey[] = [];
  const emptyParent = new Proxy(
    {},
    {
      get(_target, property) {
        read.push(property);
        return undefined;
      },
    },
  );
  const answer: unknown = resolve(emptyParent, {}, undefined, undefined as never);
  return answer === undefined && read.length === 1 && read[0] === field.name;
}
