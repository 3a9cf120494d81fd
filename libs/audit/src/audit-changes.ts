import { type EntityMetadata, type ObjectLiteral } from 'typeorm';

import { type AuditChanges } from './audit-entry.entity';

type ColumnMetadata = EntityMetadata['columns'][number];

/** Values of these properties are never copied into the log (password hashes, tokens…). */
const SENSITIVE_PROPERTY = /password|secret|hash|token$/i;
export const REDACTED = '[redacted]';
/** The value of a bulk update computed by SQL (`() => 'quantity - 1'`), unknown to the app. */
export const COMPUTED_IN_SQL = '[computed in SQL]';

/**
 * The columns whose changes are recorded: not the primary key (the entry has it as entityId) nor
 * the created/updated timestamps and version (the entry has its own time).
 */
function auditedColumns(metadata: EntityMetadata): ColumnMetadata[] {
  return metadata.columns.filter(
    (column) =>
      !column.isPrimary &&
      !column.isCreateDate &&
      !column.isUpdateDate &&
      !column.isDeleteDate &&
      !column.isVersion &&
      !column.isVirtualProperty,
  );
}

/** A JSON value (Dates become ISO strings) with object keys sorted, so equal values compare equal. */
function toJson(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'function') return COMPUTED_IN_SQL;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Buffer.isBuffer(value)) return value.toString('base64');
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .map((key) => [key, toJson((value as Record<string, unknown>)[key])]),
    );
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function recorded(column: ColumnMetadata, value: unknown): unknown {
  return value !== null && SENSITIVE_PROPERTY.test(column.propertyName) ? REDACTED : value;
}

function valueOf(column: ColumnMetadata, entity: ObjectLiteral): unknown {
  return column.getEntityValue(entity);
}

/** An inserted row: every field that has a value (null and unset fields are left out). */
export function insertChanges(metadata: EntityMetadata, entity: ObjectLiteral): AuditChanges {
  const changes: AuditChanges = {};
  for (const column of auditedColumns(metadata)) {
    const after = toJson(valueOf(column, entity));
    if (after === null) continue;
    changes[column.propertyPath] = { before: null, after: recorded(column, after) };
  }
  return changes;
}

/**
 * An updated row: only the fields whose value differs. Without the row as it was (`before`
 * undefined: an update by QueryBuilder or `manager.update()`), every field set is recorded with its
 * new value only.
 */
export function updateChanges(
  metadata: EntityMetadata,
  before: ObjectLiteral | undefined,
  after: ObjectLiteral,
): AuditChanges {
  const changes: AuditChanges = {};
  for (const column of auditedColumns(metadata)) {
    const raw = valueOf(column, after);
    if (raw === undefined) continue;
    const next = toJson(raw);
    if (!before) {
      changes[column.propertyPath] = { after: recorded(column, next) };
      continue;
    }
    const previous = toJson(valueOf(column, before));
    if (sameJson(previous, next)) continue;
    changes[column.propertyPath] = {
      before: recorded(column, previous),
      after: recorded(column, next),
    };
  }
  return changes;
}

/** A deleted row: every field that had a value, so the log keeps what was removed. */
export function deleteChanges(metadata: EntityMetadata, entity: ObjectLiteral | undefined) {
  const changes: AuditChanges = {};
  if (!entity) return changes;
  for (const column of auditedColumns(metadata)) {
    const before = toJson(valueOf(column, entity));
    if (before === null) continue;
    changes[column.propertyPath] = { before: recorded(column, before), after: null };
  }
  return changes;
}

/** The primary key as text (`a,b` for a composite key); null when the row is not known. */
export function entityIdOf(
  metadata: EntityMetadata,
  entity: ObjectLiteral | undefined,
): string | null {
  if (!entity) return null;
  const values = metadata.primaryColumns.map((column) => column.getEntityValue(entity));
  if (values.length === 0 || values.some((value) => value === undefined || value === null)) {
    return null;
  }
  return values.map(String).join(',');
}
