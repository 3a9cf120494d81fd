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

import { type RequestContextStore } from './request-context';

/**
 * Records the GraphQL root field being resolved (`mutation` `createGap`) in the request context,
 * before the resolver runs. Nest runs interceptors for root fields only (field resolvers have no
 * enhancers here), and GraphQL runs the root fields of a mutation one after the other, so the
 * value is the current mutation's while its resolver and everything it calls runs.
 */
@Injectable()
export class GraphQLOperationInterceptor implements NestInterceptor {
  constructor(private readonly cls: ClsService<RequestContextStore>) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() === 'graphql' && this.cls.isActive()) {
      const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
      if (info.path.prev === undefined) {
        this.cls.set('operation', { type: info.operation.operation, name: info.fieldName });
      }
    }
    return next.handle();
  }
}
