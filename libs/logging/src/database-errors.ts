import pino from 'pino';

/** The fields of a PostgreSQL error (node-postgres) that name the schema, never the data. */
interface PgErrorFields {
  code?: string;
  table?: string;
  column?: string;
  constraint?: string;
}

/** A TypeORM QueryFailedError (it carries the statement's parameters) or a node-postgres error. */
export function isDatabaseError(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'QueryFailedError' ||
      ('severity' in error && 'code' in error && 'routine' in error))
  );
}

/**
 * What may be logged of a database error: its SQLSTATE code and the schema objects it names.
 * PostgreSQL's message can quote a value (`invalid input syntax for type uuid: "…"`), its detail
 * the failing row, and TypeORM's error holds the statement's parameters: none is logged.
 */
export function describeDatabaseError(error: unknown): string {
  const fields = ((error as { driverError?: unknown }).driverError ?? error) as PgErrorFields;
  const named = (['table', 'column', 'constraint'] as const)
    .filter((key) => fields[key])
    .map((key) => `${key} ${fields[key]}`);
  return `Database error (${[`SQLSTATE ${fields.code ?? 'unknown'}`, ...named].join(', ')})`;
}

/** A database error's stack with its first line (the message) replaced by the description. */
export function databaseErrorStack(error: Error): string {
  return [describeDatabaseError(error), ...(error.stack ?? '').split('\n').slice(1)].join('\n');
}

/**
 * pino's error serializer, except for a database error: its type, description and stack only
 * (no message, parameters, detail or driver error).
 */
export function serializeError(error: unknown): unknown {
  if (!isDatabaseError(error)) return pino.stdSerializers.err(error as Error);
  return {
    type: (error as Error).name,
    message: describeDatabaseError(error),
    stack: databaseErrorStack(error as Error),
  };
}
