import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Authorize } from '@app/access';
import { ConnectionType } from '@app/common';

import { AuditChange } from './audit-change.model';
import { AuditEntry } from './audit-entry.entity';
import { AuditPolicy } from './audit.policy';
import { AuditService } from './audit.service';
import { AuditEntriesArgs } from './dto/audit-entries.args';

const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry');

/** The audit log, read-only: no mutation can change it (and the database refuses to). */
@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Authorize(AuditPolicy.read)
  @Query(() => AuditEntryConnection, {
    description: 'The audit log of mutations, newest first (coordinators and analysts)',
  })
  auditEntries(@Args() args: AuditEntriesArgs) {
    return this.audit.list(args);
  }

  // Field resolvers take (parent, args, context) as GraphQL passes them, without parameter
  // decorators: @nestjs/graphql then calls them directly, not through Nest's per-call pipeline,
  // which costs more than the resolver itself when a page resolves it hundreds of times.
  @ResolveField(() => [AuditChange], { description: 'The fields that changed, by name' })
  changes(entry: AuditEntry): AuditChange[] {
    return Object.entries(entry.changes)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([field, change]) => ({
        field,
        before: change.before ?? null,
        after: change.after ?? null,
      }));
  }
}
