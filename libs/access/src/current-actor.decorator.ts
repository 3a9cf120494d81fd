import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

import { type Actor } from './actor';

export interface AuthenticatedContext {
  actor?: Actor;
}

/** The signed-in actor of this request (set by the access guard). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const actor = GqlExecutionContext.create(context).getContext<AuthenticatedContext>().actor;
  if (!actor) throw new Error('CurrentActor used on a field without an access rule');
  return actor;
});
