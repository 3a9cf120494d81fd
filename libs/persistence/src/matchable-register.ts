import { type DataSource, type EntityManager, type ObjectLiteral } from 'typeorm';

import { EVERYTHING, type ListScope } from '@app/access';
import {
  assertTransition,
  type AutomaticMatching,
  ConflictError,
  type Connection,
  type ListOrdering,
  type OrderBy,
  type PageSelection,
  paginate,
  type RequestLoaders,
  sortKeyFor,
  WHOLE_PAGE,
} from '@app/common';
import { type StatusMachine } from '@app/domain';
import { type Actor, type RequestContext, type TransactionContext } from '@app/request-context';

import { batchedLookup, type LookupRead } from './batched-lookup';
import { findForUpdate } from './find-for-update';
import { RowSelection, type RowSelectionSpec } from './row-selection';

/** A record of a register that takes part in matching: a capability gap, an offer. */
export interface MatchableRecord<S extends string> extends ObjectLiteral {
  id: string;
  status: S;
  statusReason: string | null;
}

/** What a register is: its records, list, status machine and which statuses are matched. */
export interface RegisterSpec<E extends MatchableRecord<S>, S extends string> {
  /** Errors name a record by its class: `CapabilityGap`, `Offer`. */
  entity: new () => E;
  /** `gap`, `offer`: the list query's table alias, and the word match-run reasons use. */
  noun: string;
  filter: {
    apply(query: ReturnType<DataSource['createQueryBuilder']>, filter: never, alias: string): void;
  };
  ordering: ListOrdering<string, E>;
  /** What its lists and lookups read beyond the GraphQL fields a query asks. */
  selection: RowSelectionSpec;
  machine: StatusMachine<S>;
  /** What an actor may see: a list's scope and one record (its resource's policy). */
  visibility: {
    scope(actor: Actor): ListScope;
    canSee(actor: Actor, record: E): boolean;
  };
  /** Statuses a change may happen in (update). */
  editable: readonly S[];
  /** Statuses the engine matches: a change to such a record schedules a run. */
  matchable: readonly S[];
  /** The matchable status a changed record is in (by what is left of it). */
  statusAfterChange(record: E): S;
}

/** `first`, `after`, `orderBy` and the list's filter. */
export interface RegisterListArgs {
  first: number;
  after?: string;
  orderBy?: OrderBy<string> | null;
  filter?: unknown;
}

/**
 * The gap register and the offer register work alike: look records up (one by one or batched per
 * request), list them in a scope, create, change and move them along their status machine, each
 * change in one transaction on the locked row, and schedule an automatic match run when the
 * change concerns matching (leaving it too: the next run expires the record's open proposals).
 * A register says what differs; `assertCanChange` is its ownership rule on the locked record.
 */
export abstract class MatchableRegister<E extends MatchableRecord<S>, S extends string, I> {
  private readonly rows: RowSelection<E>;

  protected constructor(
    protected readonly dataSource: DataSource,
    private readonly matchScheduler: AutomaticMatching,
    private readonly spec: RegisterSpec<E, S>,
  ) {
    this.rows = new RowSelection(() => this.repository.metadata, spec.selection);
  }

  /** `gap`, `offer`. */
  get noun(): string {
    return this.spec.noun;
  }

  /** The table of its records. */
  get table(): string {
    return this.dataSource.getMetadata(this.spec.entity).tableName;
  }

  /** Whether the engine matches this record (a change to it schedules a run). */
  isMatchable(record: E): boolean {
    return this.spec.matchable.includes(record.status);
  }

  protected get repository() {
    return this.dataSource.getRepository(this.spec.entity);
  }

  findById(id: string): Promise<E | null> {
    return this.repository.findOneBy({ id } as never);
  }

  /**
   * Batches the lookups of one request (nested `gap` / `offer` fields); `fields`, the GraphQL
   * fields asked of the record (selectedFields), limits the columns read.
   */
  loader(loaders: RequestLoaders, fields: readonly string[] | null = null) {
    return batchedLookup(
      loaders,
      `${this.spec.noun}ById`,
      this.repository,
      'id',
      this.read(fields),
    );
  }

  /** How a read of these GraphQL fields (null: all) of its records selects and makes them. */
  read(fields: readonly string[] | null): LookupRead<E> {
    return { selection: this.rows, columns: this.rows.columnsFor(fields) };
  }

  /** The record if the caller may see it; null when it is missing or not theirs (alike). */
  async findVisible(ctx: RequestContext, id: string): Promise<E | null> {
    const record = await this.findById(id);
    const actor = ctx.actorToCheck();
    return record && (!actor || this.spec.visibility.canSee(actor, record)) ? record : null;
  }

  /**
   * The records the caller may see (all for jobs and the CLI), filtered, ordered, one page.
   * What the query asks of the page (`pageSelection`) limits the columns read, and a count it
   * asks comes in the page's prepared statement (RowSelection).
   */
  list(
    ctx: RequestContext,
    args: RegisterListArgs,
    { nodeFields, totalCount }: PageSelection = WHOLE_PAGE,
  ): Promise<Connection<E>> {
    const actor = ctx.actorToCheck();
    const scope = actor ? this.spec.visibility.scope(actor) : EVERYTHING;
    const alias = this.spec.noun;
    const query = this.repository.createQueryBuilder(alias);
    scope(query, alias);
    this.spec.filter.apply(query, args.filter as never, alias);
    const sort = sortKeyFor(this.spec.ordering, args.orderBy);
    const columns = this.rows.columnsFor(sort.reads ? nodeFields : null, sort.reads);
    const reader = this.rows.pageReader(this.dataSource, alias, columns);
    return paginate(query, args, sort, reader, totalCount);
  }

  /** Ownership of an existing record, decided on the row locked in the transaction. */
  protected assertCanChange(_ctx: RequestContext, _record: E): void {}

  /**
   * The checks of creating a record from `input` and the record it would create, not saved:
   * `create` saves it, an import checks every row of a file this way in its one transaction
   * (`ctx.manager`). Schedules no match run.
   */
  abstract prepare(ctx: TransactionContext, input: I): Promise<E>;

  /** Creates a record from `input` in one transaction. */
  async create(ctx: RequestContext, input: I): Promise<E> {
    const record = await this.dataSource.transaction(async (manager) =>
      manager.save(await this.prepare(ctx.withManager(manager), input)),
    );
    await this.scheduleMatchingIf(record.status, `${this.spec.noun} ${record.id} created`);
    return record;
  }

  /**
   * Changes an editable record (`apply` patches it and checks the result); a matchable one then
   * takes the status its quantities give it.
   */
  protected async change(
    ctx: RequestContext,
    id: string,
    apply: (record: E, manager: EntityManager) => Promise<void>,
  ): Promise<E> {
    const { entity, editable, matchable } = this.spec;
    const { name } = entity;
    const changed = await this.dataSource.transaction(async (manager) => {
      const record = await findForUpdate(manager, entity, name, id);
      this.assertCanChange(ctx, record);
      if (!editable.includes(record.status)) {
        throw new ConflictError(
          `${name} ${record.id} is ${record.status} and can no longer be edited`,
          'input.id',
          { status: record.status },
        );
      }
      await apply(record, manager);
      if (matchable.includes(record.status)) record.status = this.spec.statusAfterChange(record);
      return manager.save(record);
    });
    await this.scheduleMatchingIf(changed.status, `${this.spec.noun} ${id} changed`);
    return changed;
  }

  /** Moves a record to `to` if its status machine allows it, with the reason given. */
  protected async transition(
    ctx: RequestContext,
    id: string,
    to: S,
    reason: string | null,
  ): Promise<E> {
    const { entity, machine, matchable } = this.spec;
    const { name } = entity;
    let from = to;
    const record = await this.dataSource.transaction(async (manager) => {
      const record = await findForUpdate(manager, entity, name, id);
      this.assertCanChange(ctx, record);
      assertTransition(machine, name, id, record.status, to);
      from = record.status;
      record.status = to;
      record.statusReason = reason;
      return manager.save(record);
    });
    await this.scheduleMatchingIf(
      matchable.includes(from) ? from : to,
      `${this.spec.noun} ${id} ${from} → ${to}`,
    );
    return record;
  }

  private async scheduleMatchingIf(status: S, reason: string): Promise<void> {
    if (this.spec.matchable.includes(status)) await this.matchScheduler.schedule(reason);
  }
}
