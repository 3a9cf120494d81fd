import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { type Connection, paginate, sortKeyFor } from '@app/common';

import { AuditEntry } from './audit-entry.entity';
import { AUDIT_ENTRY_FILTER } from './audit-filters';
import { type AuditEntriesArgs } from './dto/audit-entries.args';
import { AUDIT_ORDERING } from './audit-ordering';

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
