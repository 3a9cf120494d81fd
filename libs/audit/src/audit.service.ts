import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import {
  type Connection,
  type ListOrdering,
  paginate,
  SortDirection,
  sortKeyFor,
} from '@app/common';

import { AuditEntry } from './audit-entry.entity';
import { AUDIT_ENTRY_FILTER } from './audit-filters';
import { type AuditEntriesArgs, AuditEntrySortField } from './dto/audit-entries.args';

const AUDIT_ORDERING: ListOrdering<AuditEntrySortField, AuditEntry> = {
  fields: {
    [AuditEntrySortField.OCCURRED_AT]: {
      expression: 'audit.occurred_at',
      type: 'timestamptz',
      valueOf: (entry) => entry.occurredAt.toISOString(),
      defaultDirection: SortDirection.DESC,
    },
  },
  defaultOrder: { field: AuditEntrySortField.OCCURRED_AT, direction: SortDirection.DESC },
  idColumn: 'audit.id',
  idOf: (entry) => entry.id,
  idType: 'bigint',
};

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Entries newest first (entries of one transaction: last written first). */
  list(args: AuditEntriesArgs): Promise<Connection<AuditEntry>> {
    const query = this.dataSource.getRepository(AuditEntry).createQueryBuilder('audit');
    AUDIT_ENTRY_FILTER.apply(query, args.filter, 'audit');
    return paginate(query, args, sortKeyFor(AUDIT_ORDERING, args.orderBy));
  }
}
