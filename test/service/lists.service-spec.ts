// The lists on a real database, called directly: every ordering pages the same rows as one big
// page (ties included), and every filter of every list selects what SQL written apart selects.
// That the GraphQL arguments reach the lists, bad input, the actor's scope, nested proposals and
// statement counts are the e2e tests' (test/lists.e2e-spec.ts).
import { randomUUID } from 'node:crypto';

import { getQueueToken } from '@nestjs/bullmq';

import { UsersService } from '@app/auth';
import { AutomaticMatching, type Connection } from '@app/common';
import { GapsService } from '@app/gaps';
import { MatchRunsService } from '@app/match-runs';
import { OffersService } from '@app/offers';
import { PartnershipsService } from '@app/partnerships';
import { QueueName } from '@app/queue';
import { ReferenceDataModule, ReferenceDataService } from '@app/reference-data';
import { RequestContext } from '@app/request-context';

import { GAPS, idsInSqlOrder, sortedIds, writeListData } from '../support/list-data';
import { pageThrough } from '../support/page-through';
import { startServiceTest, type ServiceTest } from '../support/service-test';
import { TEST_USERS, testEmail } from '../support/test-users';

/** A list's arguments as GraphQL hands them over (enums as their names). */
interface ListArgs {
  first: number;
  after?: string | null;
  orderBy?: { field: string; direction?: string };
  filter?: Record<string, unknown>;
}
type List = (args: ListArgs) => Promise<Connection<{ id: string }>>;

describe('lists: orderings and filters (services)', () => {
  let service: ServiceTest;
  let lists: Record<'gaps' | 'offers' | 'proposals' | 'partnerships' | 'matchRuns', List>;

  beforeAll(async () => {
    service = await startServiceTest({
      imports: [ReferenceDataModule],
      providers: [
        GapsService,
        OffersService,
        PartnershipsService,
        MatchRunsService,
        UsersService,
        { provide: AutomaticMatching, useValue: { schedule: () => Promise.resolve() } },
        // Listing runs and proposals queues nothing.
        { provide: getQueueToken(QueueName.MATCHING), useValue: {} },
      ],
    });
    // The e2e tests' accounts: the coordinator reads the lists, the users list is filtered.
    const users: Record<string, { id: string; role: string; memberState: string | null }> = {};
    for (const [identity, { role, memberState }] of Object.entries(TEST_USERS)) {
      const [{ id }] = await service.dataSource.query<{ id: string }[]>(
        `INSERT INTO users (email, password_hash, role, member_state_iso3) VALUES ($1, 'x', $2, $3) RETURNING id`,
        [testEmail(identity as keyof typeof TEST_USERS), role, memberState],
      );
      users[identity] = { id, role, memberState };
    }
    const { coordinator } = users;
    const ctx = RequestContext.forRequest({
      requestId: randomUUID(),
      actor: {
        userId: coordinator.id,
        email: testEmail('coordinator'),
        role: TEST_USERS.coordinator.role,
        memberState: null,
      },
    });
    const get = <T>(type: new (...args: never[]) => T) => service.module.get(type);
    lists = {
      gaps: (args) => get(GapsService).list(ctx, args as never),
      offers: (args) => get(OffersService).list(ctx, args as never),
      proposals: (args) => get(MatchRunsService).listProposals(ctx, args as never),
      partnerships: (args) => get(PartnershipsService).list(ctx, args as never),
      matchRuns: (args) => get(MatchRunsService).listRuns(args as never),
    };
    await writeListData(service.dataSource);
  });

  afterAll(async () => {
    await service?.close();
  });

  /** Every row of the list, `first` at a time. */
  const allOf = (list: List, args: Omit<ListArgs, 'first'>, first: number) =>
    pageThrough((size, after) => list({ ...args, first: size, after }), first);

  const sqlOrder = (table: string, expression: string, direction: string, idDirection?: string) =>
    idsInSqlOrder(service.dataSource, table, expression, direction, idDirection);

  const ORDERINGS: [keyof typeof lists, string, string, string][] = [
    ['gaps', 'capability_gaps', 'CREATED_AT', 'created_at'],
    ['gaps', 'capability_gaps', 'NEEDED_BY', 'needed_by'],
    [
      'gaps',
      'capability_gaps',
      'PRIORITY',
      `array_position(ARRAY['LOW','MEDIUM','HIGH','CRITICAL'], priority::text)`,
    ],
    ['gaps', 'capability_gaps', 'QUANTITY', 'quantity'],
    ['gaps', 'capability_gaps', 'REMAINING', 'quantity - reserved_quantity - confirmed_quantity'],
    ['gaps', 'capability_gaps', 'TITLE', 'title'],
    ['offers', 'offers', 'CREATED_AT', 'created_at'],
    ['offers', 'offers', 'AVAILABLE_FROM', 'available_from'],
    ['offers', 'offers', 'CAPACITY', 'capacity'],
    ['offers', 'offers', 'TITLE', 'title'],
    ['proposals', 'proposals', 'CREATED_AT', 'created_at'],
    ['proposals', 'proposals', 'SCORE', 'score'],
    ['proposals', 'proposals', 'QUANTITY', 'quantity'],
    ['partnerships', 'partnerships', 'CREATED_AT', 'created_at'],
    ['partnerships', 'partnerships', 'QUANTITY', 'quantity'],
    ['partnerships', 'partnerships', 'DELIVERED_QUANTITY', 'delivered_quantity'],
    ['matchRuns', 'match_runs', 'CREATED_AT', 'created_at'],
  ];

  it.each(
    ORDERINGS.flatMap((row) => (['ASC', 'DESC'] as const).map((dir) => [...row, dir] as const)),
  )(
    '%s (%s) ordered by %s (%s) %s pages like one big page, in order, ties included',
    async (name, table, sortField, expression, direction) => {
      const orderBy = { field: sortField, direction };
      // The priority enum is declared CRITICAL first: its SQL order, and so the id tie-break,
      // runs the other way round from the requested direction.
      const idDirection =
        sortField === 'PRIORITY' ? (direction === 'ASC' ? 'DESC' : 'ASC') : direction;
      const expected = await sqlOrder(table, expression, direction, idDirection);
      expect(expected.length).toBeGreaterThanOrEqual(2);
      const whole = await allOf(lists[name], { orderBy }, 100);
      expect(whole).toEqual(expected);
      const paged = await allOf(lists[name], { orderBy }, 4);
      expect(paged).toEqual(whole);
      expect(new Set(paged).size).toBe(paged.length);
    },
  );

  it('has ties on every sort value (so the tests above exercise the id tie-break)', async () => {
    const [ties] = await service.dataSource.query<Record<string, number>[]>(
      `SELECT count(DISTINCT created_at)::int AS created, count(DISTINCT priority)::int AS priority,
              count(DISTINCT title)::int AS title, count(*)::int AS total FROM capability_gaps`,
    );
    expect(ties).toMatchObject({ created: 4, priority: 4, title: 6, total: GAPS });
    const [proposalTies] = await service.dataSource.query<Record<string, number>[]>(
      `SELECT count(DISTINCT created_at)::int AS created, count(DISTINCT score)::int AS score FROM proposals`,
    );
    expect(proposalTies).toEqual({ created: 2, score: 4 });
  });

  it('uses the natural direction of a field when orderBy gives none', async () => {
    const gaps = (field: string) =>
      lists.gaps({ first: 100, orderBy: { field } }) as unknown as Promise<
        Connection<{ priority: string; neededBy: string }>
      >;
    const priority = await gaps('PRIORITY');
    expect(priority.edges[0].node.priority).toBe('CRITICAL');
    expect(priority.edges.at(-1)!.node.priority).toBe('LOW');
    const neededBy = await gaps('NEEDED_BY');
    expect(neededBy.edges[0].node.neededBy).toBe('2027-03-31');
  });

  describe('filters', () => {
    async function ids(name: keyof typeof lists, filter: Record<string, unknown>) {
      const page = await lists[name]({ first: 100, filter });
      return page.edges.map((edge) => edge.node.id).sort();
    }
    const sqlIds = (text: string, values: unknown[] = []) =>
      sortedIds(service.dataSource, text, values);

    it('member states by M49 region, by part of the name and by ISO3 code', async () => {
      const states = async (filter: Record<string, unknown>) =>
        (
          await service.module
            .get(ReferenceDataService)
            .listMemberStates({ first: 100, filter } as never)
        ).edges.map((edge) => edge.node.iso3);
      const eastAfrica = await states({ region: '014' });
      expect(eastAfrica).toEqual(expect.arrayContaining(['RWA', 'KEN', 'ETH']));
      expect(eastAfrica).not.toContain('SEN');
      expect(await states({ search: 'rwan' })).toEqual(['RWA']);
      expect(await states({ search: 'rwa' })).toEqual(['NOR', 'RWA']); // NoRWAy, and the code
      expect(await states({ search: 'gbr' })).toEqual(['GBR']); // by code alone
      expect(await states({ search: '50%' })).toEqual([]);
      expect(await states({ region: '014', search: 'ken' })).toEqual(['KEN']);
    });

    it('users by role, member state and disabled', async () => {
      const users = async (filter: Record<string, unknown>) =>
        (await service.module.get(UsersService).list({ first: 100, filter } as never)).edges.map(
          ({ node: { id, role, memberStateIso3, disabled } }) => ({
            id,
            role,
            memberStateIso3,
            disabled,
          }),
        );
      const donors = await users({ role: ['DONOR'] });
      expect(donors.map((user) => user.memberStateIso3).sort()).toEqual(['GBR', 'USA']);
      const rwanda = await users({ memberState: ['RWA'] });
      expect(rwanda.map((user) => user.role)).toEqual(['TPCC']);
      expect(await users({ disabled: true })).toEqual([]);
      expect((await users({ disabled: false })).length).toBeGreaterThanOrEqual(7);
      expect(await users({ role: ['DONOR'], memberState: ['RWA'] })).toEqual([]);
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['category', { category: ['TECHNOLOGY'] }, `category = 'TECHNOLOGY'`],
      ['capability', { capability: ['CASEVAC'] }, `capability = 'CASEVAC'`],
      ['status', { status: ['OPEN', 'DRAFT'] }, `status IN ('OPEN', 'DRAFT')`],
      ['memberState', { memberState: ['RWA', 'BGD'] }, `member_state_iso3 IN ('RWA', 'BGD')`],
      // 002 Africa: RWA and SEN; 014 Eastern Africa: RWA; 202 Sub-Saharan Africa: RWA and SEN.
      ['region (M49 region)', { region: ['002'] }, `member_state_iso3 IN ('RWA', 'SEN')`],
      ['region (intermediate)', { region: ['014'] }, `member_state_iso3 = 'RWA'`],
      [
        'region (sub-region)',
        { region: ['202', '150'] },
        `member_state_iso3 IN ('RWA', 'SEN', 'FRA')`,
      ],
      ['mission', { mission: ['UNMISS'] }, `mission_code = 'UNMISS'`],
      ['priority', { priority: ['CRITICAL'] }, `priority = 'CRITICAL'`],
      ['language', { language: ['fr'] }, `'fr' = ANY(languages)`],
      [
        'neededBy',
        { neededBy: { from: '2027-04-01', to: '2027-06-30' } },
        `needed_by BETWEEN '2027-04-01' AND '2027-06-30'`,
      ],
      ['neededBy (open end)', { neededBy: { from: '2027-07-01' } }, `needed_by >= '2027-07-01'`],
      ['search', { search: 'HOSPITAL' }, `title ILIKE '%hospital%'`],
      [
        'several (AND)',
        { category: ['MEDICAL'], region: ['142'], priority: ['HIGH', 'LOW'] },
        `category = 'MEDICAL' AND member_state_iso3 IN ('BGD', 'NPL') AND priority IN ('HIGH', 'LOW')`,
      ],
    ])('gaps by %s', async (_name, filter, where) => {
      expect(await ids('gaps', filter)).toEqual(
        await sqlIds(`SELECT id::text AS id FROM capability_gaps WHERE ${where}`),
      );
    });

    it('gaps without a proposal in hand (none PROPOSED, ACCEPTED or CONFIRMED), and those with one', async () => {
      const inHand = `SELECT gap_id FROM proposals WHERE status IN ('PROPOSED', 'ACCEPTED', 'CONFIRMED')`;
      const without = await ids('gaps', { withoutProposal: true });
      const withOne = await ids('gaps', { withoutProposal: false });
      expect(without).toEqual(
        await sqlIds(`SELECT id::text AS id FROM capability_gaps WHERE id NOT IN (${inHand})`),
      );
      expect(withOne).toEqual(
        await sqlIds(`SELECT id::text AS id FROM capability_gaps WHERE id IN (${inHand})`),
      );
      // Both sides hold gaps, so a filter that did nothing would fail one of the two.
      expect(without.length).toBeGreaterThan(0);
      expect(withOne.length).toBeGreaterThan(0);
    });

    it('gaps by a search with pattern characters finds them literally', async () => {
      expect(await ids('gaps', { search: '%_' })).toEqual([]);
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['category', { category: ['TECHNOLOGY'] }, `category = 'TECHNOLOGY'`],
      // Lists CASEVAC, or lists nothing in MEDICAL (the catalogue's category of CASEVAC).
      [
        'capability',
        { capability: ['CASEVAC'] },
        `'CASEVAC' = ANY(capabilities) OR (capabilities = '{}' AND category = 'MEDICAL')`,
      ],
      ['status', { status: ['DRAFT'] }, `status = 'DRAFT'`],
      ['donor', { donor: ['GBR'] }, `donor_iso3 = 'GBR'`],
      ['language', { language: ['en'] }, `'en' = ANY(languages)`],
      [
        'available (overlap)',
        { available: { from: '2027-04-15', to: '2027-05-01' } },
        `available_from <= '2027-05-01' AND available_to >= '2027-04-15'`,
      ],
      ['search', { search: 'hospital' }, `title ILIKE '%hospital%'`],
    ])('offers by %s', async (_name, filter, where) => {
      expect(await ids('offers', filter)).toEqual(
        await sqlIds(`SELECT id::text AS id FROM offers WHERE ${where}`),
      );
    });

    it('proposals by run, gap, offer, status, memberState, donor, category and minScore', async () => {
      const [{ run, gap, offer }] = await service.dataSource.query<Record<string, string>[]>(
        `SELECT run_id AS run, gap_id AS gap, offer_id AS offer FROM proposals WHERE status = 'SUPERSEDED' LIMIT 1`,
      );
      const cases: [Record<string, unknown>, string, unknown[]][] = [
        [{ run: [run] }, 'run_id = $1', [run]],
        [{ gap: [gap] }, 'gap_id = $1', [gap]],
        [{ offer: [offer] }, 'offer_id = $1', [offer]],
        [{ status: ['SUPERSEDED'] }, `status = 'SUPERSEDED'`, []],
        [
          { memberState: ['SEN'] },
          `gap_id IN (SELECT id FROM capability_gaps WHERE member_state_iso3 = 'SEN')`,
          [],
        ],
        [{ donor: ['DEU'] }, `offer_id IN (SELECT id FROM offers WHERE donor_iso3 = 'DEU')`, []],
        [
          { category: ['TECHNOLOGY'] },
          `gap_id IN (SELECT id FROM capability_gaps WHERE category = 'TECHNOLOGY')`,
          [],
        ],
        [{ minScore: 0.75 }, 'score >= 0.75', []],
        [
          { minScore: 0.5, donor: ['USA'], status: ['PROPOSED'] },
          `score >= 0.5 AND status = 'PROPOSED' AND offer_id IN (SELECT id FROM offers WHERE donor_iso3 = 'USA')`,
          [],
        ],
      ];
      for (const [filter, where, values] of cases) {
        expect(await ids('proposals', filter)).toEqual(
          await sqlIds(`SELECT id::text AS id FROM proposals WHERE ${where}`, values),
        );
      }
    });

    it('partnerships by status, gap, offer, donor, memberState and category', async () => {
      const [{ gap, offer }] = await service.dataSource.query<Record<string, string>[]>(
        `SELECT gap_id AS gap, offer_id AS offer FROM partnerships LIMIT 1`,
      );
      const cases: [Record<string, unknown>, string, unknown[]][] = [
        [{ status: ['COMPLETED'] }, `status = 'COMPLETED'`, []],
        [{ gap: [gap] }, 'gap_id = $1', [gap]],
        [{ offer: [offer] }, 'offer_id = $1', [offer]],
      ];
      const [{ donor, state, category }] = await service.dataSource.query<Record<string, string>[]>(
        `SELECT offer.donor_iso3 AS donor, gap.member_state_iso3 AS state, gap.category::text AS category
         FROM partnerships p JOIN offers offer ON offer.id = p.offer_id JOIN capability_gaps gap ON gap.id = p.gap_id LIMIT 1`,
      );
      cases.push(
        [{ donor: [donor] }, `offer_id IN (SELECT id FROM offers WHERE donor_iso3 = $1)`, [donor]],
        [
          { memberState: [state] },
          `gap_id IN (SELECT id FROM capability_gaps WHERE member_state_iso3 = $1)`,
          [state],
        ],
        [
          { category: [category] },
          `gap_id IN (SELECT id FROM capability_gaps WHERE category::text = $1)`,
          [category],
        ],
      );
      for (const [filter, where, values] of cases) {
        expect(await ids('partnerships', filter)).toEqual(
          await sqlIds(`SELECT id::text AS id FROM partnerships WHERE ${where}`, values),
        );
      }
    });
  });
});
