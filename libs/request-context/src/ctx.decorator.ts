import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

import { type RequestContext } from './request-context';

/** The GraphQL context keeps the request's one RequestContext (set by the access guard). */
export interface GraphQLContextWithRequestContext {
  requestContext?: RequestContext;
}

/**
 * The RequestContext of this request, for a resolver to pass first to the services it calls. The
 * access guard builds it once per request, for the first root field (every root field has a rule,
 * so every root field has it); nested fields share their root field's.
 */
export const Ctx = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestContext => {
    const ctx =
      GqlExecutionContext.create(context).getContext<GraphQLContextWithRequestContext>()
        .requestContext;
    if (!ctx) throw new Error('@Ctx() used outside a field the access guard has let through');
    return ctx;
  },
);
