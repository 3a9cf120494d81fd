/** Error codes a client can act on; the API maps them to GraphQL `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
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
