import { listOrdering, SortDirection, sortOn } from '@app/common';

import { type AuditEntry } from './audit-entry.entity';

export const AUDIT_ORDERING = listOrdering<AuditEntry>()('AuditEntry', {
  fields: {
    OCCURRED_AT: sortOn(
      'timestamptz',
      'audit.occurred_at',
      (entry) => entry.occurredAt,
      'When it happened (default DESC: newest first; in a transaction, last written first)',
    ),
  },
  defaultOrder: { field: 'OCCURRED_AT', direction: SortDirection.DESC },
  idColumn: 'audit.id',
  idOf: (entry) => entry.id,
  idType: 'bigint',
});

export const AuditEntrySortField = AUDIT_ORDERING.sortFields;
export type AuditEntrySortField = keyof typeof AUDIT_ORDERING.sortFields;
export const AuditEntryOrderBy = AUDIT_ORDERING.orderBy;
