import { SetMetadata } from '@nestjs/common';

import { type Role } from '@app/domain';

/**
 * Who may call a query, mutation or subscription: the roles. Whether the row is the caller's own
 * (an offer of the donor's state…) is decided by the service, on the row it loaded inside its
 * transaction, with its policy's `assert…` functions.
 */
export interface AccessRule {
  roles: readonly Role[];
}

export const ACCESS_RULE = Symbol('access-rule');
export const PUBLIC_ACCESS = 'public';

export function allow(...roles: Role[]): AccessRule {
  return { roles };
}

/** Declares who may call this root field; a root field without a rule is refused to everyone. */
export const Authorize = (rule: AccessRule) => SetMetadata(ACCESS_RULE, rule);

/** Callable without signing in (login, token refresh). */
export const Public = () => SetMetadata(ACCESS_RULE, PUBLIC_ACCESS);
