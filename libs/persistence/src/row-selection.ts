import { type DataSource, type ObjectLiteral } from 'typeorm';
import { type ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { type EntityMetadata } from 'typeorm/metadata/EntityMetadata';

import { type PageReader } from '@app/common';

import { preparedQuery } from './prepared-query';

/** What a read path reads of an entity beyond the columns a query names. */
export interface RowSelectionSpec {
  /** Properties read whatever is asked: keys, and what lists and loaders group rows by. */
  always: readonly string[];
  /**
   * GraphQL fields that are not columns (getters, field resolvers of any module) and the
   * properties they read. A field neither a column nor listed here makes the read take every
   * column: a resolver added elsewhere is never handed a row without what it reads.
   */
  derived: Readonly<Record<string, readonly string[]>>;
}

/** The columns one read selects, named `c0`, `c1`… in its SQL. */
export interface SelectedColumns {
  /** Names the selection (its properties): loaders and prepared statements are keyed by it. */
  key: string;
  columns: readonly ColumnMetadata[];
}

/** Column types whose value pg hands over is the entity's value as TypeORM hydrates it. */
const AS_PARSED = new Set([
  'uuid',
  'text',
  'varchar',
  'char',
  'integer',
  'double precision',
  'jsonb',
]);

/** The column of a page's statement that carries the count of all its rows. */
const PAGE_COUNT = 'page_count';

type Setter = (entity: ObjectLiteral, value: unknown) => void;

const setters = new WeakMap<SelectedColumns, Setter[]>();

/**
 * How each column's value goes onto the entity: through the driver's hydration and the column's
 * transformer (TypeORM's own path), or, for a plain column of a type pg already parses as
 * TypeORM would hand it over (and a string enum), straight onto the property: a page sets
 * thousands of values.
 */
function settersOf(selected: SelectedColumns, metadata: EntityMetadata): Setter[] {
  let list = setters.get(selected);
  if (list) return list;
  const driver = metadata.connection.driver;
  list = selected.columns.map((column): Setter => {
    const plain = !column.transformer && !column.embeddedMetadata;
    const stringEnum =
      column.type === 'enum' &&
      !column.isArray &&
      (column.enum ?? []).every((value) => typeof value === 'string');
    const asParsed =
      plain &&
      (stringEnum ||
        (AS_PARSED.has(String(column.type)) && (!column.isArray || column.type === 'text')));
    if (asParsed) {
      const property = column.propertyName;
      return (entity, value) => {
        entity[property] = value;
      };
    }
    return (entity, value) =>
      column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
  });
  setters.set(selected, list);
  return list;
}

/** The property a column serves as a GraphQL field (an embedded column serves its embedding). */
function fieldOf(column: ColumnMetadata): string {
  return column.embeddedMetadata?.propertyName ?? column.propertyName;
}

/**
 * A read path's view of one entity: the columns a GraphQL selection needs (only those: a page
 * of 50 gaps asks 11 of 26 columns, a nested offer 3 of 23) and the entities made from such rows
 * as TypeORM's `find` makes them (the entity's prototype, so getters work; each value through the
 * driver's hydration and the column's transformer), without TypeORM's query building.
 */
export class RowSelection<T extends ObjectLiteral> {
  private all: SelectedColumns | undefined;
  private readonly byFields = new Map<string, SelectedColumns>();
  private readonly byList = new WeakMap<readonly string[], SelectedColumns>();
  /** Its statements: one per filter, ordering and column set clients ask, bounded. */
  private readonly statements = new PreparedShapes(64);

  constructor(
    private readonly metadata: () => EntityMetadata,
    private readonly spec: RowSelectionSpec,
  ) {}

  /** The columns for these GraphQL fields (and `extra` properties); every column for null. */
  columnsFor(fields: readonly string[] | null, extra: readonly string[] = []): SelectedColumns {
    const all = this.everyColumn();
    if (!fields) return all;
    // selectedFields hands the same list for every row of a query: found by identity first.
    const known = extra.length === 0 ? this.byList.get(fields) : undefined;
    if (known) return known;
    const cacheKey = `${fields.join(',')}|${extra.join(',')}`;
    let selected = this.byFields.get(cacheKey);
    if (selected) {
      if (extra.length === 0) this.byList.set(fields, selected);
      return selected;
    }
    const columnFields = new Set(all.columns.map(fieldOf));
    const wanted = new Set([...this.spec.always, ...extra]);
    for (const field of fields) {
      if (field === '__typename') continue;
      if (columnFields.has(field)) wanted.add(field);
      else if (field in this.spec.derived) this.spec.derived[field].forEach((p) => wanted.add(p));
      else return all;
    }
    const columns = all.columns.filter((column) => wanted.has(fieldOf(column)));
    selected = { key: columns.map(fieldOf).join(','), columns };
    // Bounded: field lists come from clients; past the bound a selection is worked out again.
    if (this.byFields.size < 1_000) this.byFields.set(cacheKey, selected);
    if (extra.length === 0) this.byList.set(fields, selected);
    return selected;
  }

  /**
   * `alias.column AS "c0", …` for a statement reading these columns; another `prefix` (`o0`, …)
   * for a second entity joined in the same statement.
   */
  selectList(alias: string, { columns }: SelectedColumns, prefix = 'c'): string[] {
    const driver = this.metadata().connection.driver;
    return columns.map((c, i) => `${alias}.${driver.escape(c.databaseName)} AS "${prefix}${i}"`);
  }

  /** Entities from rows read with `selectList`: only the selected properties are set. */
  hydrate(rows: readonly Record<string, unknown>[], selected: SelectedColumns, prefix = 'c'): T[] {
    const metadata = this.metadata();
    const setters = settersOf(selected, metadata);
    // The class's prototype without its constructor, which would define every declared property
    // (undefined) on each of a page's hundreds of rows: entities have no constructor logic.
    const prototype = (metadata.target as { prototype: object }).prototype;
    return rows.map((row) => {
      const entity = Object.create(prototype) as T;
      for (let i = 0; i < setters.length; i++) {
        const value = row[`${prefix}${i}`];
        if (value !== undefined) setters[i](entity, value);
      }
      return entity;
    });
  }

  /** Entities of these columns from a statement whose select list is `selectList(…, columns)`. */
  async read(
    dataSource: DataSource,
    sql: string,
    values: unknown[],
    columns: SelectedColumns,
  ): Promise<T[]> {
    return this.hydrate(await this.query(dataSource, sql, values), columns);
  }

  /** The rows of a statement of this entity's reads (prepared as `PreparedShapes` allows). */
  query(dataSource: DataSource, sql: string, values: unknown[]) {
    return this.statements.query<Record<string, unknown>>(dataSource, sql, values);
  }

  /**
   * Reads a page (paginate) as these columns of the list's table `alias`, and its count, in
   * prepared statements: each on its own, or both in one when the count is asked with the page.
   * The count is `count(*)`: list scopes and filters add conditions, never joins.
   */
  pageReader(dataSource: DataSource, alias: string, columns: SelectedColumns): PageReader<T> {
    return {
      rows: (page) => {
        const [sql, values] = page.select(this.selectList(alias, columns)).getQueryAndParameters();
        return this.read(dataSource, sql, values, columns);
      },
      count: async (all) => {
        const [sql, values] = all.select('count(*)::int', 'count').getQueryAndParameters();
        const [row] = await this.statements.query<{ count: number }>(dataSource, sql, values);
        return row.count;
      },
      // The count as a column of the page: an uncorrelated subquery, computed once (an InitPlan).
      // `all` has the page's parameters (a clone before its position was added), and its alias
      // stands for its own table inside the subquery.
      rowsAndCount: async (page, all) => {
        const counting = all.select('count(*)::int').getQuery();
        const [sql, values] = page
          .select([...this.selectList(alias, columns), `(${counting}) AS "${PAGE_COUNT}"`])
          .getQueryAndParameters();
        const found = await this.query(dataSource, sql, values);
        return {
          rows: this.hydrate(found, columns),
          count: found.length > 0 ? (found[0][PAGE_COUNT] as number) : null,
        };
      },
    };
  }

  private everyColumn(): SelectedColumns {
    if (!this.all) {
      const columns = this.metadata().columns.filter((c) => c.isSelect && !c.isVirtual);
      this.all = { key: '*', columns };
    }
    return this.all;
  }
}

/**
 * Runs statements prepared once per pooled connection, but only the first `limit` texts seen:
 * the app's own queries. A statement stays prepared on its connection, so the texts clients can
 * vary (field selections, filters) are sent unnamed past the limit rather than pile up in
 * PostgreSQL.
 */
export class PreparedShapes {
  private readonly texts = new Set<string>();

  constructor(private readonly limit: number) {}

  query<R>(dataSource: DataSource, text: string, values: unknown[]): Promise<R[]> {
    if (!this.texts.has(text) && this.texts.size < this.limit) this.texts.add(text);
    return this.texts.has(text)
      ? preparedQuery<R>(dataSource, text, values)
      : (dataSource.query(text, values) as Promise<R[]>);
  }
}
