import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { Args } from '@nestjs/graphql';

/** `GqlParamtype.ARGS` of @nestjs/graphql (not exported): the key prefix @Args records. */
const GQL_ARGS_PARAMTYPE = 3;

/**
 * The field's arguments in the schema from an @ArgsType class, as `@Args()` declares them, but
 * without the parameter binding `@Args()` also records: a field resolver with no parameter
 * binding is called by @nestjs/graphql directly, (parent, args, context, info) as GraphQL passes
 * them, not through Nest's per-call pipeline (and so not through the ValidationPipe: the resolver
 * checks its arguments itself). For a field resolved for every row of a page.
 */
export function SchemaArgs(): ParameterDecorator {
  return (target, key, index) => {
    if (key === undefined) throw new Error('@SchemaArgs() is for a resolver method parameter');
    Args()(target, key, index);
    const bindings = (Reflect.getMetadata(ROUTE_ARGS_METADATA, target.constructor, key) ??
      {}) as Record<string, unknown>;
    const { [`${GQL_ARGS_PARAMTYPE}:${index}`]: _binding, ...others } = bindings;
    Reflect.defineMetadata(ROUTE_ARGS_METADATA, others, target.constructor, key);
  };
}
