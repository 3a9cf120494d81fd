/** Error codes a client can act on; the API maps them to GraphQL `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  RATE_LIMITED = 'RATE_LIMITED',
}

/**
 * An expected failure the caller caused (bad input, missing entity, illegal state change).
 * `field` is the path of the offending input field, e.g. `input.quantity`.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class BadInputError extends DomainError {
  constructor(field: string, message: string, details?: Record<string, unknown>) {
    super(ErrorCode.BAD_USER_INPUT, message, field, details);
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id: string, field?: string) {
    super(ErrorCode.NOT_FOUND, `${entity} ${id} not found`, field, { entity, id });
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, field?: string, details?: Record<string, unknown>) {
    super(ErrorCode.CONFLICT, message, field, details);
  }
}

/** No valid credentials: missing, expired, tampered or revoked token, or a wrong password. */
export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in first: send Authorization: Bearer <access token>') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

/** Signed in, but this role or this member state may not do it. */
export class ForbiddenError extends DomainError {
  constructor(message: string, field?: string) {
    super(ErrorCode.FORBIDDEN, message, field);
  }
}

/** Too many attempts; try again after `retryAfterSeconds`. */
export class RateLimitedError extends DomainError {
  constructor(message: string, retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, message, undefined, { retryAfterSeconds });
  }
}
