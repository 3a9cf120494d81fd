import { countQueries } from './support/count-queries';
import { idsInSqlOrder, sortedIds, writeListData } from './support/list-data';
import { pageThrough as readAll } from './support/page-through';
import { type GraphQLResponse, startTestApi, type TestApi } from './support/test-api';
import { type TestIdentity } from './support/test-users';

/**
 * Lists over GraphQL: the arguments reach each list (a filter and an ordering of each), the default
 * order and old cursors, bad input, the actor's scope, nested proposals (batched, and scoped like
 * the top-level list) and the lazy totalCount. Every ordering and every filter, case by case:
 * test/service/lists.service-spec.ts, on the same rows (test/support/list-data.ts).
 */
describe('lists: pagination, filters and sorting', () => {
  let api: TestApi;

  type ErrorBody = {
    body: { errors?: { message: string; extensions?: Record<string, unknown> }[] };
  };
  function errorOf(response: ErrorBody) {
    expect(response.body.errors).toHaveLength(1);
    return response.body.errors![0];
  }

  beforeAll(async () => {
    api = await startTestApi();
    await writeListData(api.dataSource);
  });

  afterAll(async () => {
    await api?.close();
  });

  interface Page {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string } }[];
  }

  /** The list query of `field`, with these argument types. */
  function listQuery(field: string, types: Record<string, string>, nodeFields = 'id'): string {
    const all = { first: 'Int', after: 'String', ...types };
    const declared = Object.entries(all)
      .map(([name, type]) => `$${name}: ${type}`)
      .join(', ');
    const passed = Object.keys(all)
      .map((name) => `${name}: $${name}`)
      .join(', ');
    return `query(${declared}) { ${field}(${passed}) {
      pageInfo { hasNextPage endCursor } edges { cursor node { ${nodeFields} } } } }`;
  }

  async function page(
    field: string,
    query: string,
    variables: Record<string, unknown>,
    as: TestIdentity = 'coordinator',
  ): Promise<Page> {
    const response = await api.as(as)<Record<string, Page>>(query, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data![field];
  }

  /** Every row, `first` at a time, following endCursor. */
  const pageThrough = (
    field: string,
    query: string,
    variables: Record<string, unknown>,
    first: number,
  ): Promise<string[]> =>
    readAll((size, after) => page(field, query, { ...variables, first: size, after }), first);

  const sqlOrder = (table: string, expression: string, direction: string) =>
    idsInSqlOrder(api.dataSource, table, expression, direction);

  it('keeps the default order of each list when orderBy is left out, and its old cursors', async () => {
    const query = listQuery('gaps', {});
    const defaults = await pageThrough('gaps', query, {}, 100);
    expect(defaults).toEqual(await sqlOrder('capability_gaps', 'created_at', 'DESC'));
    const explicit = await pageThrough(
      'gaps',
      listQuery('gaps', { orderBy: 'GapOrderBy' }),
      { orderBy: { field: 'CREATED_AT' } },
      100,
    );
    expect(explicit).toEqual(defaults);
    // A cursor of the two-part form clients held before orderings existed still pages on.
    const [, second] = defaults;
    const [row] = await api.dataSource.query<{ created_at: Date }[]>(
      'SELECT created_at FROM capability_gaps WHERE id = $1',
      [second],
    );
    const legacy = Buffer.from(JSON.stringify([row.created_at.toISOString(), second])).toString(
      'base64url',
    );
    const next = await page('gaps', query, { first: 100, after: legacy });
    expect(next.edges.map((edge) => edge.node.id)).toEqual(defaults.slice(2));
    // Member states: by name; missions: by code.
    const states = await page('memberStates', listQuery('memberStates', {}, 'id: iso3 name'), {
      first: 3,
    });
    expect(states.edges.map((edge) => edge.node.id)).toEqual(['AFG', 'ALB', 'DZA']);
    const byIso3 = await page(
      'memberStates',
      listQuery('memberStates', { orderBy: 'MemberStateOrderBy' }, 'id: iso3'),
      { first: 2, orderBy: { field: 'ISO3', direction: 'DESC' } },
    );
    expect(byIso3.edges.map((edge) => edge.node.id)).toEqual(['ZWE', 'ZMB']);
  });

  it('refuses a cursor of another ordering, a forged cursor and a bad orderBy with BAD_USER_INPUT', async () => {
    const query = listQuery('gaps', { orderBy: 'GapOrderBy' });
    const byPriority = await page('gaps', query, {
      first: 2,
      orderBy: { field: 'PRIORITY', direction: 'DESC' },
    });
    for (const orderBy of [
      null,
      { field: 'CREATED_AT', direction: 'DESC' },
      { field: 'PRIORITY', direction: 'ASC' },
    ]) {
      const response = await api.graphql(query, { after: byPriority.pageInfo.endCursor, orderBy });
      expect(errorOf(response)).toMatchObject({
        message: expect.stringContaining('another ordering'),
        extensions: { code: 'BAD_USER_INPUT', field: 'after' },
      });
    }
    const forged = Buffer.from(
      JSON.stringify(['not-a-priority', byPriority.edges[0].node.id, 'PRIORITY:DESC']),
    ).toString('base64url');
    const forgedId = Buffer.from(
      JSON.stringify(['HIGH', "1' OR '1'='1", 'PRIORITY:DESC']),
    ).toString('base64url');
    for (const after of [forged, forgedId, 'not-a-cursor']) {
      const response = await api.graphql(query, {
        after,
        orderBy: { field: 'PRIORITY', direction: 'DESC' },
      });
      expect(errorOf(response).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'after',
      });
    }
    const badField = await api.graphql(query, { orderBy: { field: 'COLOUR' } });
    expect(errorOf(badField).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  describe('filters', () => {
    async function ids(
      field: string,
      filterType: string,
      filter: Record<string, unknown>,
      as: TestIdentity = 'coordinator',
    ): Promise<string[]> {
      const result = await page(
        field,
        listQuery(field, { filter: filterType }),
        { first: 100, filter },
        as,
      );
      return result.edges.map((edge) => edge.node.id).sort();
    }
    const sqlIds = (text: string, values: unknown[] = []) =>
      sortedIds(api.dataSource, text, values);

    // One filter and one ordering of each list, through GraphQL: the arguments reach the list.
    it.each<[string, Record<string, string>, Record<string, unknown>, string]>([
      [
        'gaps',
        { filter: 'GapFilter', orderBy: 'GapOrderBy' },
        { filter: { region: ['002'] }, orderBy: { field: 'QUANTITY', direction: 'DESC' } },
        `SELECT id::text AS id FROM capability_gaps WHERE member_state_iso3 IN ('RWA', 'SEN')
         ORDER BY quantity DESC, id DESC`,
      ],
      [
        'offers',
        { filter: 'OfferFilter', orderBy: 'OfferOrderBy' },
        { filter: { donor: ['GBR'] }, orderBy: { field: 'CAPACITY', direction: 'ASC' } },
        `SELECT id::text AS id FROM offers WHERE donor_iso3 = 'GBR' ORDER BY capacity ASC, id ASC`,
      ],
      [
        'proposals',
        { filter: 'ProposalFilter', orderBy: 'ProposalOrderBy' },
        { filter: { minScore: 0.75 }, orderBy: { field: 'QUANTITY', direction: 'ASC' } },
        `SELECT id::text AS id FROM proposals WHERE score >= 0.75 ORDER BY quantity ASC, id ASC`,
      ],
      [
        'partnerships',
        { filter: 'PartnershipFilter', orderBy: 'PartnershipOrderBy' },
        {
          filter: { status: ['ACTIVE'] },
          orderBy: { field: 'DELIVERED_QUANTITY', direction: 'DESC' },
        },
        `SELECT id::text AS id FROM partnerships WHERE status = 'ACTIVE'
         ORDER BY delivered_quantity DESC, id DESC`,
      ],
      [
        'matchRuns',
        { status: '[MatchRunStatus!]', orderBy: 'MatchRunOrderBy' },
        { status: ['SUCCEEDED'], orderBy: { field: 'CREATED_AT', direction: 'ASC' } },
        `SELECT id::text AS id FROM match_runs WHERE status = 'SUCCEEDED' ORDER BY created_at, id`,
      ],
    ])('%s: takes its filter and orderBy', async (field, types, variables, sql) => {
      const expected = (await api.dataSource.query<{ id: string }[]>(sql)).map((row) => row.id);
      expect(expected.length).toBeGreaterThanOrEqual(2);
      expect(await pageThrough(field, listQuery(field, types), variables, 100)).toEqual(expected);
    });

    it('member states and users (admins) take their filters and orderBy', async () => {
      const states = await page(
        'memberStates',
        listQuery(
          'memberStates',
          { filter: 'MemberStateFilter', orderBy: 'MemberStateOrderBy' },
          'id: iso3',
        ),
        { first: 100, filter: { search: 'rwa' }, orderBy: { field: 'ISO3', direction: 'DESC' } },
      );
      expect(states.edges.map((edge) => edge.node.id)).toEqual(['RWA', 'NOR']);
      const donors = await page(
        'users',
        listQuery('users', { filter: 'UserFilter' }, 'id: memberStateIso3'),
        { first: 100, filter: { role: ['DONOR'] } },
        'admin',
      );
      expect(donors.edges.map((edge) => edge.node.id).sort()).toEqual(['GBR', 'USA']);
    });
    it('combines a filter with the actor’s scope and an ordering', async () => {
      // A donor sees only its own offers, whatever the filter asks for.
      expect(await ids('offers', 'OfferFilter', { donor: ['GBR', 'USA'] }, 'donor')).toEqual(
        await sqlIds(`SELECT id::text AS id FROM offers WHERE donor_iso3 = 'USA'`),
      );
      const query = listQuery('proposals', {
        filter: 'ProposalFilter',
        orderBy: 'ProposalOrderBy',
      });
      const variables = {
        filter: { memberState: ['RWA', 'SEN'] },
        orderBy: { field: 'SCORE', direction: 'DESC' },
      };
      const whole = await pageThrough('proposals', query, variables, 100);
      expect(await pageThrough('proposals', query, variables, 3)).toEqual(whole);
      expect(whole).toEqual(
        (
          await api.dataSource.query<{ id: string }[]>(
            `SELECT id::text AS id FROM proposals WHERE gap_id IN
               (SELECT id FROM capability_gaps WHERE member_state_iso3 IN ('RWA', 'SEN'))
             ORDER BY score DESC, id DESC`,
          )
        ).map((row) => row.id),
      );
    });

    it.each<[string, string, Record<string, unknown>, string]>([
      ['gaps', 'GapFilter', { region: ['999'] }, 'filter.region'],
      [
        'gaps',
        'GapFilter',
        { neededBy: { from: '2027-05-01', to: '2027-04-01' } },
        'filter.neededBy.to',
      ],
      ['gaps', 'GapFilter', { language: ['english'] }, 'filter.language'],
      ['gaps', 'GapFilter', { capability: ['casevac'] }, 'filter.capability'],
      ['gaps', 'GapFilter', { search: 'x' }, 'filter.search'],
      [
        'offers',
        'OfferFilter',
        { available: { from: '2027-05-01', to: '2027-01-01' } },
        'filter.available.to',
      ],
      ['offers', 'OfferFilter', { donor: ['usa'] }, 'filter.donor'],
      ['proposals', 'ProposalFilter', { minScore: 1.5 }, 'filter.minScore'],
      ['proposals', 'ProposalFilter', { memberState: ['Rwanda'] }, 'filter.memberState'],
      ['partnerships', 'PartnershipFilter', { donor: ['X'] }, 'filter.donor'],
    ])('%s: refuses %j naming %s', async (field, filterType, filter, named) => {
      const response = await api.graphql(listQuery(field, { filter: filterType }), { filter });
      expect(errorOf(response).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: named });
    });
  });

  describe('nested proposals', () => {
    const NESTED = `query($first: Int, $filter: GapFilter) { gaps(first: $first, filter: $filter) { edges { node { id title
      memberState { name } mission { code name }
      proposals { id quantity score offer { id title donor { name } } } } } } }`;

    type NestedGaps = {
      gaps: {
        edges: {
          node: {
            id: string;
            proposals: { id: string; offer: { id: string; donor: { name: string } } }[];
          };
        }[];
      };
    };

    it('serves a page of 50 gaps with member state, mission, proposals, offers and donors in a constant number of statements', async () => {
      // OPEN gaps only: every one has proposals, so the small page reads offers and donors too
      // (the newest gaps tie on created_at and a third of them are OPEN, in random id order).
      // Member states and missions are read once per process and version of those tables (then
      // kept in memory): a first request reads them, so the two measured requests find them read.
      await api.graphql(NESTED, { first: 1 });
      const small = await countQueries(api.dataSource, () =>
        api.graphql<NestedGaps>(NESTED, { first: 5, filter: { status: ['OPEN'] } }),
      );
      const large = await countQueries(api.dataSource, () =>
        api.graphql<NestedGaps>(NESTED, { first: 50 }),
      );
      expect(large.result.body.errors).toBeUndefined();
      const edges = large.result.body.data!.gaps.edges;
      expect(edges).toHaveLength(50);
      const nested = edges.flatMap((edge) => edge.node.proposals);
      expect(nested.length).toBeGreaterThan(50);
      expect(nested.every((proposal) => proposal.offer.donor.name.length > 0)).toBe(true);
      // the signed-in user with the reference tables' version + page + proposals with their
      // offers (joined): member states, missions and donors then come from memory
      expect(large.queries).toHaveLength(3);
      expect(large.queries.length).toBe(small.queries.length);
    });

    it('gives each gap its own proposals, newest first and best first in a run, at most `first`, by status', async () => {
      const query = `query($status: [ProposalStatus!], $per: Int) { gaps(first: 60) { edges { node { id
        proposals(status: $status, first: $per) { id gapId score status createdAt } } } } }`;
      type Nodes = {
        gaps: {
          edges: {
            node: {
              id: string;
              proposals: {
                id: string;
                gapId: string;
                score: number;
                status: string;
                createdAt: string;
              }[];
            };
          }[];
        };
      };
      const all = await api.graphql<Nodes>(query, {});
      expect(all.body.errors).toBeUndefined();
      const expected = await api.dataSource.query<{ gap_id: string; ids: string[] }[]>(
        `SELECT gap_id::text, array_agg(id::text ORDER BY created_at DESC, score DESC, id) AS ids
         FROM proposals GROUP BY gap_id`,
      );
      const byGap = new Map(expected.map((row) => [row.gap_id, row.ids]));
      for (const { node } of all.body.data!.gaps.edges) {
        expect(node.proposals.map((proposal) => proposal.id)).toEqual(byGap.get(node.id) ?? []);
      }
      const limited = await api.graphql<Nodes>(query, {
        per: 1,
        status: ['PROPOSED', 'CONFIRMED'],
      });
      for (const { node } of limited.body.data!.gaps.edges) {
        expect(node.proposals.length).toBeLessThanOrEqual(1);
        const first = byGap.get(node.id)?.[0];
        expect(node.proposals.map((proposal) => proposal.id)).toEqual(first ? [first] : []);
      }
      const superseded = await api.graphql<Nodes>(query, { status: ['SUPERSEDED'] });
      const statuses = superseded.body.data!.gaps.edges.flatMap((edge) =>
        edge.node.proposals.map((proposal) => proposal.status),
      );
      expect(statuses.length).toBeGreaterThan(0);
      expect(new Set(statuses)).toEqual(new Set(['SUPERSEDED']));

      for (const per of [0, 101]) {
        const refused = await api.graphql(
          `query($per: Int) { gaps(first: 1) { edges { node { proposals(first: $per) { id } } } } }`,
          { per },
        );
        expect(errorOf(refused).extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'first',
        });
      }
    });

    it.each<TestIdentity>(['coordinator', 'donor', 'otherDonor', 'tpcc', 'otherTpcc'])(
      'shows %s the nested proposals it sees in the top-level list, and no others',
      async (identity) => {
        const visible: { id: string; gapId: string; offerId: string }[] = [];
        const LIST = `query($after: String) { proposals(first: 100, after: $after) {
          pageInfo { hasNextPage endCursor } edges { node { id gapId offerId } } } }`;
        for (let after: string | null = null; ;) {
          type Row = { id: string; gapId: string; offerId: string };
          const topLevel: GraphQLResponse<{
            proposals: { pageInfo: Page['pageInfo']; edges: { node: Row }[] };
          }> = await api.as(identity)(LIST, { after });
          expect(topLevel.body.errors).toBeUndefined();
          visible.push(...topLevel.body.data!.proposals.edges.map((edge) => edge.node));
          if (!topLevel.body.data!.proposals.pageInfo.hasNextPage) break;
          after = topLevel.body.data!.proposals.pageInfo.endCursor;
        }

        const viaGaps = await api.as(identity)<{
          gaps: { edges: { node: { id: string; proposals: { id: string }[] } }[] };
        }>(`{ gaps(first: 100) { edges { node { id proposals(first: 10) { id } } } } }`);
        expect(viaGaps.body.errors).toBeUndefined();
        const gapIds = new Set(viaGaps.body.data!.gaps.edges.map((edge) => edge.node.id));
        expect(
          viaGaps.body
            .data!.gaps.edges.flatMap((edge) => edge.node.proposals.map((p) => p.id))
            .sort(),
        ).toEqual(
          visible
            .filter((p) => gapIds.has(p.gapId))
            .map((p) => p.id)
            .sort(),
        );

        const viaOffers = await api.as(identity)<{
          offers: { edges: { node: { id: string; proposals: { id: string }[] } }[] };
        }>(`{ offers(first: 20) { edges { node { id proposals(first: 50) { id } } } } }`);
        expect(viaOffers.body.errors).toBeUndefined();
        const offerIds = new Set(viaOffers.body.data!.offers.edges.map((edge) => edge.node.id));
        expect(
          viaOffers.body
            .data!.offers.edges.flatMap((edge) => edge.node.proposals.map((p) => p.id))
            .sort(),
        ).toEqual(
          visible
            .filter((p) => offerIds.has(p.offerId))
            .map((p) => p.id)
            .sort(),
        );

        if (identity === 'donor') {
          // USA: proposals on its own offers only, never another donor's.
          const [{ count }] = await api.dataSource.query<{ count: number }[]>(
            `SELECT count(*)::int AS count FROM proposals WHERE offer_id IN (SELECT id FROM offers WHERE donor_iso3 = 'USA')`,
          );
          expect(visible).toHaveLength(count);
        }
        if (identity === 'tpcc') {
          const [{ count }] = await api.dataSource.query<{ count: number }[]>(
            `SELECT count(*)::int AS count FROM proposals WHERE gap_id IN (SELECT id FROM capability_gaps WHERE member_state_iso3 = 'RWA')`,
          );
          expect(visible).toHaveLength(count);
        }
      },
    );
  });

  it('counts totalCount only when it is selected, in the page statement', async () => {
    const withCount = `{ gaps(first: 5, filter: { status: [OPEN] }) { totalCount edges { node { id } } } }`;
    const without = `{ gaps(first: 5, filter: { status: [OPEN] }) { edges { node { id } } } }`;
    const counted = await countQueries(api.dataSource, () =>
      api.graphql<{ gaps: { totalCount: number } }>(withCount),
    );
    const uncounted = await countQueries(api.dataSource, () => api.graphql(without));
    const [{ open }] = await api.dataSource.query<{ open: number }[]>(
      `SELECT count(*)::int AS open FROM capability_gaps WHERE status = 'OPEN'`,
    );
    expect(counted.result.body.data!.gaps.totalCount).toBe(open);
    // (The token check counts the reference tables' rows: only counts of gaps are looked for.)
    const countsGaps = (sql: string) => /COUNT\([^)]*\)[^,]* FROM "?capability_gaps/i.test(sql);
    expect(counted.queries.filter(countsGaps)).toHaveLength(1);
    expect(uncounted.queries.filter(countsGaps)).toHaveLength(0);
    // The count is a column of the page's statement: no statement more.
    expect(counted.queries.length).toBe(uncounted.queries.length);
  });
});
