import { randomUUID } from 'node:crypto';

import { type CanActivate, type ExecutionContext, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { ClsService, type Terminal } from 'nestjs-cls';

import { ACCESS_RULE, type AccessRule, PUBLIC_ACCESS } from '@app/access';
import { ForbiddenError, type RequestLoaders, UnauthenticatedError } from '@app/common';
import { ReferenceDataService } from '@app/reference-data';
import {
  type Actor,
  type GraphQLContextWithRequestContext,
  RequestContext,
  type RequestContextStore,
} from '@app/request-context';

import { AuthService } from '../auth.service';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

interface RequestLike {
  headers?: Record<string, string | string[] | undefined>;
}

/** What Mercurius puts in the context: the HTTP reply, or a subscription's connection data. */
interface GraphQLContext extends GraphQLContextWithRequestContext {
  /** The request's DataLoaders (absent in a subscription's context). */
  dataLoaders?: RequestLoaders;
  reply?: { request: RequestLike };
  /** graphql-ws connection_init payload, kept by the subscription context (see graphql options). */
  connectionParams?: Record<string, unknown>;
}

function bearerOf(context: GraphQLContext): string | undefined {
  const header =
    context.reply?.request.headers?.authorization ??
    (context.connectionParams?.authorization as string | undefined) ??
    (context.connectionParams?.Authorization as string | undefined);
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer\s+(\S+)$/i.exec(value ?? '');
  return match?.[1];
}

/**
 * The one place access is decided. Every root query, mutation and subscription declares a rule
 * (@Authorize or @Public); one without is refused to everyone, so a new field cannot be left open
 * by accident. Nested fields carry no rule: they are reachable only through a root field the
 * caller may use, and list and lookup fields are scoped by their resource's policy. Which rows are
 * the caller's own is decided by the services, inside their transactions.
 *
 * It also builds the request's one RequestContext (on the GraphQL context for `@Ctx()`, and in
 * the request's CLS store for the audit subscriber).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly referenceData: ReferenceDataService,
    @Optional() private readonly cls?: ClsService<RequestContextStore>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<{ parentType: { name: string }; fieldName: string }>();
    if (!ROOT_TYPES.has(info.parentType.name)) return true;

    const rule = this.reflector.getAllAndOverride<AccessRule | typeof PUBLIC_ACCESS | undefined>(
      ACCESS_RULE,
      [context.getHandler(), context.getClass()],
    );
    const graphqlContext = gql.getContext<GraphQLContext>();
    if (rule === PUBLIC_ACCESS) {
      this.keep(graphqlContext, graphqlContext.requestContext ?? this.build(graphqlContext, null));
      return true;
    }
    if (!rule) throw new ForbiddenError(`${info.fieldName} is not open to anyone`);

    const actor = await this.authenticate(graphqlContext);
    if (!rule.roles.includes(actor.role)) {
      throw new ForbiddenError(`A ${actor.role} user may not use ${info.fieldName}`);
    }
    return true;
  }

  /** Once per request: the signed-in context is kept for every later root field. */
  private async authenticate(context: GraphQLContext): Promise<Actor> {
    const known = context.requestContext?.actor;
    if (known) {
      this.keep(context, context.requestContext!);
      return known;
    }
    const token = bearerOf(context);
    if (!token) throw new UnauthenticatedError();
    const { actor, referenceVersion } = await this.auth.checkToken(token);
    if (context.dataLoaders) this.referenceData.useVersion(context.dataLoaders, referenceVersion);
    this.keep(context, this.build(context, actor));
    return actor;
  }

  private build(context: GraphQLContext, actor: Actor | null): RequestContext {
    const requestId = this.cls?.isActive() ? this.cls.get('requestId') : undefined;
    return RequestContext.forRequest({
      actor,
      requestId: requestId ?? randomUUID(),
      loaders: context.dataLoaders,
    });
  }

  /** On the GraphQL context for resolvers, and in the CLS store for the audit subscriber. */
  private keep(context: GraphQLContext, ctx: RequestContext): void {
    context.requestContext = ctx;
    if (this.cls?.isActive()) this.cls.set('requestContext', ctx as Terminal<RequestContext>);
  }
}
