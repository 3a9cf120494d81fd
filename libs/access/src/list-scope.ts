import { type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { type Actor, type RequestContext } from '@app/request-context';

/** Narrows a list query to what the actor may see (a policy's `scope`); `alias` is the table's. */
export type ListScope = (query: SelectQueryBuilder<ObjectLiteral>, alias: string) => void;

/** Everything: for roles that see all rows. */
export const EVERYTHING: ListScope = () => undefined;

/**
 * What the caller of `ctx` may see of a resource, by its policy's scope: everything for jobs and
 * the CLI (no actor), UNAUTHENTICATED for a request without one.
 */
export function scopeOf(
  ctx: RequestContext,
  policy: { scope(actor: Actor): ListScope },
): ListScope {
  const actor = ctx.actorToCheck();
  return actor ? policy.scope(actor) : EVERYTHING;
}
