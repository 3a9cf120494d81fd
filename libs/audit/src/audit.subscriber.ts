import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import {
  DataSource,
  type EntityManager,
  type EntityMetadata,
  type EntitySubscriberInterface,
  type InsertEvent,
  type ObjectLiteral,
  type QueryDeepPartialEntity,
  type RemoveEvent,
  type UpdateEvent,
} from 'typeorm';

import { type GraphQLOperation, type RequestContextStore } from '@app/request-context';

import { deleteChanges, entityIdOf, insertChanges, updateChanges } from './audit-changes';
import { AuditChangeKind, type AuditChanges, AuditEntry } from './audit-entry.entity';

/**
 * Writes an audit entry for every row a GraphQL mutation inserts, updates or deletes through
 * TypeORM, with the event's own manager: the entry is part of the change's transaction, so a
 * mutation that rolls back leaves no entry, and a change whose entry cannot be written fails.
 *
 * Who and which request come from the request's RequestContext, which TypeORM cannot hand a
 * subscriber, so it is read from the request's CLS store (where the access guard put it); the
 * mutation is the root field being resolved (`operation`, per root field).
 *
 * Every entity of the app data source is audited except AuditEntry itself. Writes outside a
 * mutation (queries, the worker's match runs, the CLI's reference-data loads and seeding) have no
 * mutation in their request's store and are not recorded. Raw SQL (`manager.query`) is invisible
 * to subscribers.
 */
@Injectable()
export class AuditSubscriber implements EntitySubscriberInterface<ObjectLiteral> {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly cls: ClsService<RequestContextStore>,
  ) {
    dataSource.subscribers.push(this);
  }

  afterInsert(event: InsertEvent<ObjectLiteral>): Promise<void> {
    return this.record(event.manager, event.metadata, AuditChangeKind.INSERT, () => ({
      entityId: entityIdOf(event.metadata, event.entity),
      changes: insertChanges(event.metadata, event.entity),
    }));
  }

  afterUpdate(event: UpdateEvent<ObjectLiteral>): Promise<void> {
    const after = event.entity;
    if (!after) return Promise.resolve();
    return this.record(event.manager, event.metadata, AuditChangeKind.UPDATE, () => ({
      entityId: entityIdOf(event.metadata, event.databaseEntity ?? after),
      changes: updateChanges(event.metadata, event.databaseEntity, after),
    }));
  }

  afterRemove(event: RemoveEvent<ObjectLiteral>): Promise<void> {
    return this.record(event.manager, event.metadata, AuditChangeKind.DELETE, () => ({
      entityId:
        entityIdOf(event.metadata, event.databaseEntity) ??
        entityIdOf(event.metadata, event.entity) ??
        mixedIdToString(event.entityId),
      changes: deleteChanges(event.metadata, event.databaseEntity ?? event.entity),
    }));
  }

  /** The mutation being resolved in this request, if any. */
  private currentMutation(): GraphQLOperation | undefined {
    if (!this.cls.isActive()) return undefined;
    const operation = this.cls.get('operation');
    return operation?.type === 'mutation' ? operation : undefined;
  }

  private async record(
    manager: EntityManager,
    metadata: EntityMetadata,
    kind: AuditChangeKind,
    describe: () => { entityId: string | null; changes: AuditChanges },
  ): Promise<void> {
    if (metadata.target === AuditEntry) return;
    const mutation = this.currentMutation();
    if (!mutation) return;
    const { entityId, changes } = describe();
    // Unchanged rows saved again (save() of an entity with no difference) are not recorded.
    if (kind === AuditChangeKind.UPDATE && entityId && Object.keys(changes).length === 0) return;
    // TypeORM calls the listeners of a multi-row save at once; one connection runs one statement
    // at a time (pg refuses overlapping queries from version 9), so the inserts take turns.
    const connection = manager.queryRunner ?? manager;
    const turn = (this.pending.get(connection) ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => this.insert(manager, metadata, kind, mutation, entityId, changes));
    this.pending.set(connection, turn);
    await turn;
  }

  /** The entry insert still running on each connection (query runner), if any. */
  private readonly pending = new WeakMap<object, Promise<void>>();

  private async insert(
    manager: EntityManager,
    metadata: EntityMetadata,
    kind: AuditChangeKind,
    mutation: GraphQLOperation,
    entityId: string | null,
    changes: AuditChanges,
  ): Promise<void> {
    const ctx = this.cls.get('requestContext');
    const actor = ctx?.actor;
    await manager
      .createQueryBuilder()
      .insert()
      .into(AuditEntry)
      .values({
        actorUserId: actor?.userId ?? null,
        actorEmail: actor?.email ?? null,
        actorRole: actor?.role ?? null,
        actorMemberState: actor?.memberState ?? null,
        requestId: ctx?.requestId ?? this.cls.get('requestId') ?? randomUUID(),
        action: mutation.name,
        kind,
        entityType: metadata.name,
        entityId,
        // jsonb: stored as given (the values are plain JSON already).
        changes: changes as QueryDeepPartialEntity<AuditChanges>,
      })
      .updateEntity(false)
      .callListeners(false)
      .execute();
  }
}

function mixedIdToString(id: unknown): string | null {
  if (id === undefined || id === null) return null;
  if (typeof id === 'object') return Object.values(id).map(String).join(',');
  return String(id);
}
