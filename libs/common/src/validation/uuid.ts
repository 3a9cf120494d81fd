/** The text form of PostgreSQL's uuid type (any version), hyphenated. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether `value` is a UUID PostgreSQL takes: checked before an id reaches SQL, so a malformed
 * one is answered as missing or bad input, never as a database error. (Inputs use class-validator's
 * stricter `@IsUUID()`.)
 */
export function isUuid(value: unknown): boolean {
  return typeof value === 'string' && UUID.test(value);
}
