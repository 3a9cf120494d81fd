import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';

import { type Connection, paginate, type RequestLoaders, sortKeyFor } from '@app/common';
import { preparedQuery } from '@app/persistence';

import { type MemberStatesArgs } from './dto/member-states.args';
import { type MissionsArgs } from './dto/missions.args';
import { MemberState } from './member-state.entity';
import { Mission } from './mission.entity';
import { MEMBER_STATE_ORDERING } from './member-state-ordering';
import { MISSION_ORDERING } from './mission-ordering';
import { MEMBER_STATE_FILTER } from './member-state-filters';

/**
 * Which rows the two reference tables hold, as one SQL expression: per table, its row count and
 * the sum of its rows' `xmin` (the transaction that wrote each row version). An insert or delete
 * changes the count; an update gives the rows it writes its own transaction id, which changes the
 * sum (it could leave it equal only by rewriting rows of a newer transaction that committed
 * first, with exactly compensating ids: the only writer, the sync, rewrites every row in one
 * transaction). Writes elsewhere change nothing, so the tables kept in memory stay valid (unlike
 * with `pg_current_snapshot()`, which changes with every write to any database of the cluster).
 * About 200 rows: cheaper to scan than to send (0.03 ms). A signed-in request reads it with its
 * token check (UsersService.findForToken), so its pages' member states and missions cost no
 * statement of their own.
 */
export const REFERENCE_VERSION_SQL = `(
  (SELECT count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM member_states) || '/' ||
  (SELECT count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM missions))`;

const READ_VERSION_SQL = `SELECT ${REFERENCE_VERSION_SQL} AS version`;

/** The request's loader of the reference tables. */
const TABLES_LOADER = 'referenceTables';

/** Both reference tables as read at one version. */
interface ReferenceTables {
  version: string;
  memberStates: Map<string, MemberState>;
  missions: Map<string, Mission>;
}

@Injectable()
export class ReferenceDataService {
  /** The tables as last read (shared by all requests: reference data is public). */
  private tables: ReferenceTables | null = null;
  /** The tables each request has read (memberStateOf, missionOf), for as long as it lives. */
  private readonly read = new WeakMap<RequestLoaders, ReferenceTables>();

  constructor(
    @InjectRepository(MemberState) private readonly memberStates: Repository<MemberState>,
    @InjectRepository(Mission) private readonly missions: Repository<Mission>,
    private readonly dataSource: DataSource,
  ) {}

  findMemberState(iso3: string): Promise<MemberState | null> {
    return this.memberStates.findOneBy({ iso3: iso3.toUpperCase() });
  }

  findMission(code: string): Promise<Mission | null> {
    return this.missions.findOneBy({ code: code.toUpperCase() });
  }

  listMemberStates(args: MemberStatesArgs): Promise<Connection<MemberState>> {
    const query = this.memberStates.createQueryBuilder('state');
    MEMBER_STATE_FILTER.apply(query, args.filter, 'state');
    return paginate(query, args, sortKeyFor(MEMBER_STATE_ORDERING, args.orderBy));
  }

  listMissions(args: MissionsArgs): Promise<Connection<Mission>> {
    return paginate(
      this.missions.createQueryBuilder('mission'),
      args,
      sortKeyFor(MISSION_ORDERING, args.orderBy),
    );
  }

  /**
   * The member state of a nested field: at once when this request has read the reference tables
   * already (the donors of a page's offers, after its gaps' member states), else through the
   * request's loader. A page resolves it hundreds of times; a promise each costs more than the
   * lookup.
   */
  memberStateOf(loaders: RequestLoaders, iso3: string): MemberState | Promise<MemberState | null> {
    return (
      this.read.get(loaders)?.memberStates.get(iso3) ?? this.memberStateLoader(loaders).load(iso3)
    );
  }

  /** The mission of a nested field (see memberStateOf). */
  missionOf(loaders: RequestLoaders, code: string): Mission | Promise<Mission | null> {
    return this.read.get(loaders)?.missions.get(code) ?? this.missionLoader(loaders).load(code);
  }

  /** Member states by ISO3 code, for a request's nested fields (null for an unknown code). */
  private memberStateLoader(loaders: RequestLoaders) {
    return loaders.get<string, MemberState | null>('memberStateByIso3', async (codes) => {
      const { memberStates } = await this.tablesKnowing(loaders, 'memberStates', codes);
      return codes.map((code) => memberStates.get(code) ?? null);
    });
  }

  /** Missions by code, for a request's nested fields (null for an unknown code). */
  private missionLoader(loaders: RequestLoaders) {
    return loaders.get<string, Mission | null>('missionByCode', async (codes) => {
      const { missions } = await this.tablesKnowing(loaders, 'missions', codes);
      return codes.map((code) => missions.get(code) ?? null);
    });
  }

  /**
   * The request already knows the reference tables' version (read with its token check): its
   * pages then read no version of their own. Called before any of its fields resolve.
   */
  useVersion(loaders: RequestLoaders, version: string): void {
    loaders.get<'now', ReferenceTables>(TABLES_LOADER, async () => [await this.tablesAt(version)]);
  }

  /**
   * The reference tables for one request: at the version its token check read (useVersion), or
   * else one small prepared statement (their version) per request, whatever the page asks of
   * them; both tables are read only when the version differs from the one kept (after a `cli
   * setup` or sync). A page's gaps, missions and donors then cost no statement of their own.
   *
   * A version read before the page's rows may predate a row they point to (a member state added
   * since): a code missing from the tables is then looked up at the current version.
   */
  private async tablesKnowing(
    loaders: RequestLoaders,
    table: 'memberStates' | 'missions',
    codes: readonly string[],
  ): Promise<ReferenceTables> {
    const tables = await loaders
      .get<'now', ReferenceTables>(TABLES_LOADER, async () => [await this.currentTables()])
      .load('now');
    this.read.set(loaders, tables);
    if (codes.every((code) => tables[table].has(code))) return tables;
    return this.currentTables();
  }

  private async currentTables(): Promise<ReferenceTables> {
    const [{ version }] = await preparedQuery<{ version: string }>(
      this.dataSource,
      READ_VERSION_SQL,
    );
    return this.tablesAt(version);
  }

  /** The tables at `version`, read (both) only when the kept ones are of another version. */
  private async tablesAt(version: string): Promise<ReferenceTables> {
    if (this.tables?.version === version) return this.tables;
    // Read after the version: the rows are at least as new as it (a change in between gives
    // another version at the next request, and a read again).
    const [memberStates, missions] = await Promise.all([
      this.memberStates.find(),
      this.missions.find(),
    ]);
    this.tables = {
      version,
      memberStates: new Map(memberStates.map((state) => [state.iso3, state])),
      missions: new Map(missions.map((mission) => [mission.code, mission])),
    };
    return this.tables;
  }

  /** Which of these ISO3 codes are not member states. */
  async unknownMemberStates(codes: readonly string[]): Promise<string[]> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return [];
    const found = await this.memberStates.findBy({ iso3: In(unique) });
    const known = new Set(found.map((state) => state.iso3));
    return unique.filter((code) => !known.has(code));
  }
}
