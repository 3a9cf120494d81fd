import { SetMetadata } from '@nestjs/common';
import { type DataSource } from 'typeorm';

import { type Role } from '@app/domain';

import { type Actor } from './actor';
import { isUuid } from '@app/common';

export interface PolicyContext {
  dataSource: DataSource;
}

/**
 * Who may call a query, mutation or subscription: the roles, and for ownership a check on the
 * arguments (e.g. "this offer is the donor's own"), which may read the database.
 */
export interface AccessRule {
  roles: readonly Role[];
  check?: (
    actor: Actor,
    args: Record<string, unknown>,
    context: PolicyContext,
  ) => boolean | Promise<boolean>;
  /** Said to the caller when `check` refuses, e.g. "a donor may change only its own offers". */
  refusal?: string;
}

export const ACCESS_RULE = Symbol('access-rule');
export const PUBLIC_ACCESS = 'public';

export function allow(...roles: Role[]): AccessRule {
  return { roles };
}

export function allowIf(
  roles: readonly Role[],
  check: NonNullable<AccessRule['check']>,
  refusal: string,
): AccessRule {
  return { roles, check, refusal };
}

/** Declares who may call this root field; a root field without a rule is refused to everyone. */
export const Authorize = (rule: AccessRule) => SetMetadata(ACCESS_RULE, rule);

/** Callable without signing in (login, token refresh). */
export const Public = () => SetMetadata(ACCESS_RULE, PUBLIC_ACCESS);

/** `input.id`-style argument lookup for checks. */
export function inputField(args: Record<string, unknown>, field: string): unknown {
  const input = args.input as Record<string, unknown> | undefined;
  return input?.[field];
}

/** A value fit for a uuid column (checks must not turn a malformed id into a database error). */
export function asUuid(value: unknown): string | null {
  return isUuid(value) ? (value as string) : null;
}
