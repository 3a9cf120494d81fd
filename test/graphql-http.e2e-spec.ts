import { gapInput } from './support/factories';
import { countQueries } from './support/count-queries';
import { startTestApi, type TestApi } from './support/test-api';

describe('GraphQL over HTTP and batching', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('answers GET queries and negotiates application/graphql-response+json', async () => {
    const query = encodeURIComponent('{ memberState(iso3: "SEN") { name languages } }');
    const response = await fetch(`${api.url}?query=${query}`, {
      headers: {
        accept: 'application/graphql-response+json',
        authorization: `Bearer ${api.tokens.analyst}`,
      },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(await response.json()).toEqual({
      data: { memberState: { name: 'Senegal', languages: ['fr'] } },
    });

    const plain = await api.graphql('{ __typename }');
    expect(plain.contentType).toMatch(/^application\/json/);
  });

  it('refuses a mutation over GET and a malformed query with a 4xx and a code', async () => {
    const mutation = encodeURIComponent('mutation { startMatchRun { jobId } }');
    const viaGet = await fetch(`${api.url}?query=${mutation}`, {
      headers: { authorization: `Bearer ${api.tokens.coordinator}` },
    });
    expect(viaGet.status).toBeGreaterThanOrEqual(400);
    expect(viaGet.status).toBeLessThan(500);

    const malformed = await api.graphql('{ gaps( }');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors![0].extensions).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED' });

    const unknownField = await api.graphql('{ gaps { nope } }');
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.errors![0].extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
    });
  });

  it('serves a page of 100 gaps with member state and mission in a bounded number of statements', async () => {
    const states = ['RWA', 'BGD', 'NPL', 'IND', 'PAK', 'GHA', 'SEN', 'EGY', 'IDN', 'ETH'];
    const missions = ['MINUSCA', 'MONUSCO', 'UNMISS', 'UNIFIL', null];
    await api.dataSource.transaction(async (manager) => {
      for (let index = 0; index < 120; index += 1) {
        const gap = gapInput({
          memberState: states[index % states.length],
          mission: missions[index % missions.length],
        });
        await manager.query(
          `INSERT INTO capability_gaps (member_state_iso3, mission_code, category, capability, title, quantity, unit,
             priority, languages, needed_from, needed_by, source, status)
           VALUES ($1, $2, 'MEDICAL', 'CASEVAC', $3, 10, 'TRAINEES', 'HIGH', '{en}', '2027-01-01', '2027-06-30',
             'SELF_DECLARED', 'OPEN')`,
          [gap.memberState, gap.mission, `Batch gap ${index}`],
        );
      }
    });
    const PAGE = `query($first: Int) { gaps(first: $first) { totalCount edges { node {
      id memberState { iso3 name } mission { code hostCountry { iso3 } } } } } }`;

    // Member states and missions are read once per process and version of those tables (then
    // kept in memory): a first request reads them, so the two measured requests find them read.
    await api.graphql(PAGE, { first: 1 });
    const small = await countQueries(api.dataSource, () => api.graphql(PAGE, { first: 5 }));
    const large = await countQueries(api.dataSource, () =>
      api.graphql<{ gaps: { edges: { node: { memberState: { iso3: string } } }[] } }>(PAGE, {
        first: 100,
      }),
    );
    expect(large.result.body.errors).toBeUndefined();
    expect(large.result.body.data!.gaps.edges).toHaveLength(100);
    expect(
      large.result.body.data!.gaps.edges.every((e) => e.node.memberState.iso3.length === 3),
    ).toBe(true);
    // the signed-in user with the reference tables' version + the page with its count: member
    // states, missions and their host countries then come from memory
    expect(large.queries).toHaveLength(2);
    expect(large.queries.length).toBe(small.queries.length);
  });

  it('shows a change to member states or missions on the next request, though it keeps them in memory', async () => {
    const PAGE = `{ gaps(first: 20) { edges { node { memberState { iso3 name } mission { code name } } } } }`;
    type Page = {
      gaps: {
        edges: {
          node: {
            memberState: { iso3: string; name: string };
            mission: { code: string; name: string } | null;
          };
        }[];
      };
    };
    const before = await api.graphql<Page>(PAGE);
    const node = before.body.data!.gaps.edges.find((edge) => edge.node.mission)!.node;
    const { iso3, name: stateName } = node.memberState;
    const { code, name: missionName } = node.mission!;
    try {
      await api.dataSource.query(
        `UPDATE member_states SET name = name || ' (renamed)' WHERE iso3 = $1`,
        [iso3],
      );
      const renamedState = await api.graphql<Page>(PAGE);
      const states = renamedState.body.data!.gaps.edges.map((edge) => edge.node.memberState);
      expect(states.filter((state) => state.iso3 === iso3).map((state) => state.name)).toContain(
        `${stateName} (renamed)`,
      );

      await api.dataSource.query(
        `UPDATE missions SET name = name || ' (renamed)' WHERE code = $1`,
        [code],
      );
      const renamedMission = await api.graphql<Page>(PAGE);
      const missions = renamedMission.body.data!.gaps.edges.flatMap((edge) =>
        edge.node.mission ? [edge.node.mission] : [],
      );
      expect(
        missions.filter((mission) => mission.code === code).map((mission) => mission.name),
      ).toContain(`${missionName} (renamed)`);
    } finally {
      await api.dataSource.query(`UPDATE member_states SET name = $2 WHERE iso3 = $1`, [
        iso3,
        stateName,
      ]);
      await api.dataSource.query(`UPDATE missions SET name = $2 WHERE code = $1`, [
        code,
        missionName,
      ]);
    }
    const restored = await api.graphql<Page>(PAGE);
    expect(restored.body.data).toEqual(before.body.data);
  });
});
