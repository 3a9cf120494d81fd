import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { type GraphQLResolveInfo } from 'graphql';
import { ClsService } from 'nestjs-cls';
import { type Observable } from 'rxjs';

import { type RequestContextStore } from './request-context.store';

/**
 * Records the GraphQL root field being resolved (`mutation` `createGap`) in the request context.
 * Each root field gets its own copy of the request's context (a nested nestjs-cls context that
 * inherits the request id and the RequestContext the access guard set), so root fields resolved in
 * parallel (a query's fields) can never see each other's operation. Nest runs interceptors for
 * root fields only (field resolvers have no enhancers here).
 */
@Injectable()
export class GraphQLOperationInterceptor implements NestInterceptor {
  constructor(private readonly cls: ClsService<RequestContextStore>) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql' || !this.cls.isActive()) {
      return next.handle();
    }
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    if (info.path.prev !== undefined) return next.handle();
    // handle() binds the resolver to the async context it is called in: call it inside.
    return this.cls.run({ ifNested: 'inherit' }, () => {
      this.cls.set('operation', { type: info.operation.operation, name: info.fieldName });
      return next.handle();
    });
  }
}
