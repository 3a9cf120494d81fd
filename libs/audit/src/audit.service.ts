import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';

import {
  type Connection,
  isUuid,
  type ListOrdering,
  paginate,
  SortDirection,
  sortKeyFor,
} from '@app/common';

import { AuditEntry } from './audit-entry.entity';
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
    const filter = args.filter ?? {};
    if (filter.actor?.length) {
      const userIds = filter.actor.filter((actor) => isUuid(actor));
      const emails = filter.actor.filter((actor) => !isUuid(actor)).map((e) => e.toLowerCase());
      query.andWhere(
        new Brackets((actor) => {
          if (userIds.length) actor.orWhere('audit.actor_user_id IN (:...userIds)', { userIds });
          if (emails.length) actor.orWhere('lower(audit.actor_email) IN (:...emails)', { emails });
        }),
      );
    }
    if (filter.action?.length) query.andWhere('audit.action IN (:...action)', filter);
    if (filter.entityType?.length) query.andWhere('audit.entity_type IN (:...entityType)', filter);
    if (filter.entityId?.length) query.andWhere('audit.entity_id IN (:...entityId)', filter);
    if (filter.requestId?.length) query.andWhere('audit.request_id IN (:...requestId)', filter);
    if (filter.kind?.length) query.andWhere('audit.kind IN (:...kind)', filter);
    if (filter.from) query.andWhere('audit.occurred_at >= :from', filter);
    if (filter.to) query.andWhere('audit.occurred_at < :to', filter);
    return paginate(query, args, sortKeyFor(AUDIT_ORDERING, args.orderBy));
  }
}
