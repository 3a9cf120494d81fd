import { type CanActivate, type ExecutionContext, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import { DataSource } from 'typeorm';

import { ForbiddenError, UnauthenticatedError } from '@app/common';

import {
  ACCESS_RULE,
  type AccessRule,
  type Actor,
  type AuthenticatedContext,
  PUBLIC_ACCESS,
} from '@app/access';

import { AuthService } from '../auth.service';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

interface RequestLike {
  headers?: Record<string, string | string[] | undefined>;
}

/** What Mercurius puts in the context: the HTTP reply, or a subscription's connection data. */
interface GraphQLContext extends AuthenticatedContext {
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
 * caller may use, and list and lookup fields are scoped by their resource's policy.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() private readonly cls?: ClsService,
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
    if (rule === PUBLIC_ACCESS) return true;
    if (!rule) throw new ForbiddenError(`${info.fieldName} is not open to anyone`);

    const actor = await this.authenticate(gql.getContext<GraphQLContext>());
    if (!rule.roles.includes(actor.role)) {
      throw new ForbiddenError(`A ${actor.role} user may not use ${info.fieldName}`);
    }
    if (rule.check && !(await rule.check(actor, gql.getArgs(), { dataSource: this.dataSource }))) {
      throw new ForbiddenError(rule.refusal ?? `Not allowed: ${info.fieldName}`);
    }
    return true;
  }

  /** Once per request: the actor is kept on the context for every later root field. */
  private async authenticate(context: GraphQLContext): Promise<Actor> {
    if (context.actor) return context.actor;
    const token = bearerOf(context);
    if (!token) throw new UnauthenticatedError();
    context.actor = await this.auth.actorFor(token);
    // The request context carries the actor to whatever runs for this request (the audit log).
    if (this.cls?.isActive()) this.cls.set('actor', context.actor);
    return context.actor;
  }
}
