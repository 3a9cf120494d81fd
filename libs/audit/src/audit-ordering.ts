import { listOrdering, sortOn } from '@app/common';

import { type AuditEntry } from './audit-entry.entity';

export const AUDIT_ORDERING = listOrdering<AuditEntry>()(
  'AuditEntry',
  'audit',
  {
    OCCURRED_AT: sortOn(
      'timestamptz',
      'occurredAt',
      'When it happened (default DESC: newest first; in a transaction, last written first)',
    ),
  },
  { property: 'id', type: 'bigint' },
);
