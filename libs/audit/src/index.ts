export * from './audit-entry.entity';
export * from './audit-changes';
export * from './audit.service';
export * from './audit.subscriber';
export * from './audit.module';
export * from './audit.policy';
export * from './dto/audit-entries.args';
