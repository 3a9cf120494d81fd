import { type DataSource } from 'typeorm';

import { EVERYTHING, type ListScope, scopeOf } from '@app/access';
import { GapPolicy } from '@app/gaps';
import { OfferPolicy } from '@app/offers';
import { PartnershipPolicy } from '@app/partnerships';
import { type RequestContext } from '@app/request-context';

import { type SqlParams } from './sql-params';

/** A condition in its own numbering ($1…), moved into a statement's parameters by `bind`. */
interface Condition {
  sql: string;
  values: unknown[];
}

const NO_CONDITION: Condition = { sql: 'true', values: [] };

/**
 * A list scope (a policy's `scope`: what the actor may see of a table) as raw SQL on `alias`, by
 * letting it narrow an empty query of the table and keeping its WHERE. The reports thus apply the
 * lists' very rules, not a copy of them.
 */
function conditionOf(
  dataSource: DataSource,
  scope: ListScope,
  table: string,
  alias: string,
): Condition {
  if (scope === EVERYTHING) return NO_CONDITION;
  const query = dataSource.createQueryBuilder().select('1').from(table, alias);
  const unscoped = query.getQuery();
  scope(query, alias);
  const [sql, values] = query.getQueryAndParameters();
  const prefix = `${unscoped} WHERE `;
  if (!sql.startsWith(prefix)) throw new Error(`Unexpected scope query for ${table}: ${sql}`);
  return { sql: `(${sql.slice(prefix.length)})`, values: values as unknown[] };
}

/**
 * What the caller of a report may see, as SQL conditions on the reports' aliases: gaps (g) by
 * the gap policy, offers (o) by the offer policy, partnerships (p) by the partnership policy.
 * Staff, jobs and the CLI see everything: every condition is `true`. `key` tells scopes apart for
 * caches: two callers with the same key see the same rows.
 */
export class ReportScope {
  private constructor(
    private readonly gap: Condition,
    private readonly offer: Condition,
    private readonly partnership: Condition,
  ) {}

  static of(ctx: RequestContext, dataSource: DataSource): ReportScope {
    return new ReportScope(
      conditionOf(dataSource, scopeOf(ctx, GapPolicy), 'capability_gaps', 'g'),
      conditionOf(dataSource, scopeOf(ctx, OfferPolicy), 'offers', 'o'),
      conditionOf(dataSource, scopeOf(ctx, PartnershipPolicy), 'partnerships', 'p'),
    );
  }

  /** The gaps (alias g) the caller sees. */
  gaps(params: SqlParams): string {
    return bind(this.gap, params);
  }

  /** The offers (alias o) the caller sees. */
  offers(params: SqlParams): string {
    return bind(this.offer, params);
  }

  /** The partnerships (alias p) the caller sees. */
  partnerships(params: SqlParams): string {
    return bind(this.partnership, params);
  }

  get key(): string {
    return JSON.stringify([this.gap, this.offer, this.partnership]);
  }
}

/** The condition with its parameters renumbered as the statement's next ones. */
function bind(condition: Condition, params: SqlParams): string {
  const placeholders = new Map<number, string>();
  return condition.sql.replace(/\$(\d+)/g, (_, n: string) => {
    const index = Number(n);
    if (!placeholders.has(index)) placeholders.set(index, params.add(condition.values[index - 1]));
    return placeholders.get(index)!;
  });
}
