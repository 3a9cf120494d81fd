import { Module } from '@nestjs/common';

import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { AuditSubscriber } from './audit.subscriber';

/**
 * The audit log: the subscriber that records mutations' changes on the app's data source and the
 * `auditEntries` query. Needs the request context (RequestContextModule) and the data source.
 */
@Module({
  providers: [AuditSubscriber, AuditService, AuditResolver],
})
export class AuditModule {}
