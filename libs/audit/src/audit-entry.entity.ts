import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What happened to the row. */
export enum AuditChangeKind {
  INSERT = 'INSERT',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}

registerEnumType(AuditChangeKind, { name: 'AuditChangeKind' });

/** `{ field: { before, after } }` as stored; `before` is left out when it is not known. */
export type AuditChanges = Record<string, { before?: unknown; after?: unknown }>;

/**
 * One row written by a GraphQL mutation, in the same transaction as the change. Append-only: the
 * database refuses UPDATE, DELETE and TRUNCATE (see the AuditLog migration). The id is a sequence,
 * so entries written by one transaction (same `occurredAt`) keep the order they were written in.
 */
@ObjectType({ description: 'An append-only audit log entry: who changed what, when' })
@Entity('audit_entries')
@Index('idx_audit_entries_occurred_at_id', ['occurredAt', 'id'])
@Index('idx_audit_entries_actor_user_id', ['actorUserId', 'occurredAt'])
@Index('idx_audit_entries_actor_email', ['actorEmail', 'occurredAt'])
@Index('idx_audit_entries_action', ['action', 'occurredAt'])
@Index('idx_audit_entries_entity', ['entityType', 'entityId', 'occurredAt'])
@Index('idx_audit_entries_request_id', ['requestId'])
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Field(() => GraphQLISODateTime, { description: 'When the transaction of the change started' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  occurredAt: Date;

  @Field(() => ID, { nullable: true, description: 'Null: anonymous or system' })
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  actorEmail: string | null;

  @Field(() => String, { nullable: true, description: 'The role the actor had at the time' })
  @Column({ type: 'text', nullable: true })
  actorRole: string | null;

  @Field(() => String, { nullable: true, description: 'ISO3 of the state the actor acted for' })
  @Column({ type: 'text', nullable: true })
  actorMemberState: string | null;

  @Field(() => String, { description: 'The x-request-id of the HTTP request' })
  @Column({ type: 'text' })
  requestId: string;

  @Field(() => String, { description: 'The mutation, e.g. createGap' })
  @Column({ type: 'text' })
  action: string;

  @Field(() => AuditChangeKind)
  @Column({ type: 'enum', enum: AuditChangeKind, enumName: 'audit_change_kind' })
  kind: AuditChangeKind;

  @Field(() => String, { description: 'The entity changed, e.g. CapabilityGap' })
  @Column({ type: 'text' })
  entityType: string;

  @Field(() => String, {
    nullable: true,
    description: 'Its id; null for a bulk update or delete that does not name its rows',
  })
  @Column({ type: 'text', nullable: true })
  entityId: string | null;

  /** Only the fields that changed; an insert lists its non-null fields. */
  @Column({ type: 'jsonb', default: {} })
  changes: AuditChanges;
}
