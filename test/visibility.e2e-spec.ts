import { gapInput, offerInput } from './support/factories';
import { createOpen } from './support/match-runs';
import { startTestApi, type TestApi } from './support/test-api';
import { type TestIdentity } from './support/test-users';

interface Connection {
  edges: { node: { id: string } }[];
}

/** What each test user may read: lists are narrowed to what is theirs, single rows come back null. */
describe('visibility: who reads what', () => {
  let api: TestApi;
  const ids: Record<string, string> = {};

  async function idsOf(identity: TestIdentity, field: string): Promise<string[]> {
    const response = await api.as(identity)<Record<string, Connection>>(
      `{ ${field}(first: 100) { edges { node { id } } } }`,
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data![field].edges.map((edge) => edge.node.id).sort();
  }

  /** Names of the fixtures among `found`, sorted, so failures read well. */
  function named(found: string[]): string[] {
    return Object.entries(ids)
      .filter(([, id]) => found.includes(id))
      .map(([name]) => name)
      .sort();
  }

  beforeAll(async () => {
    api = await startTestApi();
    ids.openGapRwa = await createOpen(api, 'Gap', gapInput({ memberState: 'RWA' }));
    ids.openGapSen = await createOpen(api, 'Gap', gapInput({ memberState: 'SEN' }));
    const draft = await api.graphql<{ createGap: { id: string } }>(
      `mutation($input: CreateGapInput!) { createGap(input: $input) { id } }`,
      { input: gapInput({ memberState: 'RWA', title: 'Draft gap' }) },
    );
    ids.draftGapRwa = draft.body.data!.createGap.id;
    ids.openOfferUsa = await createOpen(api, 'Offer', offerInput({ donor: 'USA' }));
    ids.openOfferGbr = await createOpen(api, 'Offer', offerInput({ donor: 'GBR' }));
    const draftOffer = await api.graphql<{ createOffer: { id: string } }>(
      `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`,
      { input: offerInput({ donor: 'USA', title: 'Draft offer' }) },
    );
    ids.draftOfferUsa = draftOffer.body.data!.createOffer.id;

    const [{ id: runId }] = await api.dataSource.query<{ id: string }[]>(
      `INSERT INTO match_runs (requested_by, status) VALUES ('test', 'SUCCEEDED') RETURNING id`,
    );
    ids.run = runId;
    const propose = async (gap: string, offer: string) => {
      const [{ id }] = await api.dataSource.query<{ id: string }[]>(
        `INSERT INTO proposals (run_id, gap_id, offer_id, quantity, score, breakdown, explanation)
         VALUES ($1, $2, $3, 2, 0.5, '{}', 'test') RETURNING id`,
        [runId, gap, offer],
      );
      return id;
    };
    ids.proposalRwaUsa = await propose(ids.openGapRwa, ids.openOfferUsa);
    ids.proposalSenGbr = await propose(ids.openGapSen, ids.openOfferGbr);
    ids.proposalSenUsa = await propose(ids.openGapSen, ids.openOfferUsa);
    for (const side of ['TPCC', 'DONOR']) {
      const answer = await api.graphql(
        `mutation($input: AcceptProposalInput!) { acceptProposal(input: $input) { id } }`,
        { input: { id: ids.proposalRwaUsa, side } },
      );
      expect(answer.body.errors).toBeUndefined();
    }
    const [{ id: partnership }] = await api.dataSource.query<{ id: string }[]>(
      `SELECT id FROM partnerships WHERE proposal_id = $1`,
      [ids.proposalRwaUsa],
    );
    ids.partnershipRwaUsa = partnership;
  });

  afterAll(async () => {
    await api?.close();
  });

  const everyGap = ['draftGapRwa', 'openGapRwa', 'openGapSen'];
  const everyOffer = ['draftOfferUsa', 'openOfferGbr', 'openOfferUsa'];
  const everyProposal = ['proposalRwaUsa', 'proposalSenGbr', 'proposalSenUsa'];

  it.each<[TestIdentity, string[]]>([
    ['coordinator', everyGap],
    ['analyst', everyGap],
    ['admin', everyGap],
    // Donors see published gaps, never drafts.
    ['donor', ['openGapRwa', 'openGapSen']],
    // A T/PCC sees its own gaps, drafts included.
    ['tpcc', ['draftGapRwa', 'openGapRwa']],
    ['otherTpcc', ['openGapSen']],
  ])('gaps as %s', async (identity, expected) => {
    expect(named(await idsOf(identity, 'gaps'))).toEqual(expected);
  });

  it.each<[TestIdentity, string[]]>([
    ['coordinator', everyOffer],
    ['analyst', everyOffer],
    // A donor sees its own state's offers, drafts included, and no one else's.
    ['donor', ['draftOfferUsa', 'openOfferUsa']],
    ['otherDonor', ['openOfferGbr']],
    // T/PCCs see published offers.
    ['tpcc', ['openOfferGbr', 'openOfferUsa']],
  ])('offers as %s', async (identity, expected) => {
    expect(named(await idsOf(identity, 'offers'))).toEqual(expected);
  });

  it.each<[TestIdentity, string[]]>([
    ['coordinator', everyProposal],
    ['analyst', everyProposal],
    // Parties see the proposals on their own offers or gaps.
    ['donor', ['proposalRwaUsa', 'proposalSenUsa']],
    ['otherDonor', ['proposalSenGbr']],
    ['tpcc', ['proposalRwaUsa']],
    ['otherTpcc', ['proposalSenGbr', 'proposalSenUsa']],
  ])('proposals as %s', async (identity, expected) => {
    expect(named(await idsOf(identity, 'proposals'))).toEqual(expected);
  });

  it.each<[TestIdentity, string[]]>([
    ['coordinator', ['partnershipRwaUsa']],
    ['analyst', ['partnershipRwaUsa']],
    ['donor', ['partnershipRwaUsa']],
    ['tpcc', ['partnershipRwaUsa']],
    ['otherDonor', []],
    ['otherTpcc', []],
  ])('partnerships as %s', async (identity, expected) => {
    expect(named(await idsOf(identity, 'partnerships'))).toEqual(expected);
  });

  it('answers a single row someone may not see with null, not an error', async () => {
    const one = (identity: TestIdentity, field: string, id: string) =>
      api.as(identity)<Record<string, { id: string } | null>>(
        `query($id: ID!) { ${field}(id: $id) { id } }`,
        { id },
      );
    const cases: [TestIdentity, string, string, boolean][] = [
      ['donor', 'gap', ids.draftGapRwa, false],
      ['donor', 'gap', ids.openGapRwa, true],
      ['otherTpcc', 'gap', ids.openGapRwa, false],
      ['tpcc', 'gap', ids.draftGapRwa, true],
      ['otherDonor', 'offer', ids.openOfferUsa, false],
      ['tpcc', 'offer', ids.draftOfferUsa, false],
      ['tpcc', 'offer', ids.openOfferUsa, true],
      ['otherDonor', 'partnership', ids.partnershipRwaUsa, false],
      ['otherTpcc', 'partnership', ids.partnershipRwaUsa, false],
      ['donor', 'partnership', ids.partnershipRwaUsa, true],
    ];
    for (const [identity, field, id, visible] of cases) {
      const response = await one(identity, field, id);
      expect({ identity, field, errors: response.body.errors }).toEqual({
        identity,
        field,
        errors: undefined,
      });
      expect({ identity, field, found: response.body.data![field]?.id ?? null }).toEqual({
        identity,
        field,
        found: visible ? id : null,
      });
    }
  });

  it('keeps runs, what-if, the audit log and accounts from the parties', async () => {
    const queries: [string, TestIdentity[]][] = [
      ['{ matchRuns(first: 1) { edges { node { id } } } }', ['coordinator', 'analyst', 'admin']],
      [`{ matchRun(id: "${ids.run}") { id } }`, ['coordinator', 'analyst', 'admin']],
      ['{ whatIf { covered demand } }', ['coordinator', 'analyst', 'admin']],
      ['{ auditEntries(first: 1) { edges { node { id } } } }', ['coordinator', 'analyst', 'admin']],
      ['{ users(first: 1) { edges { node { id } } } }', ['admin']],
    ];
    const everyone: TestIdentity[] = [
      'coordinator',
      'analyst',
      'admin',
      'donor',
      'otherDonor',
      'tpcc',
      'otherTpcc',
    ];
    for (const [query, allowed] of queries) {
      for (const identity of everyone) {
        const response = await api.as(identity)(query);
        const code = response.body.errors?.[0]?.extensions?.code ?? 'OK';
        expect({ query, identity, code }).toEqual({
          query,
          identity,
          code: allowed.includes(identity) ? 'OK' : 'FORBIDDEN',
        });
      }
    }
  });

  it('lets anyone signed in read the reference data', async () => {
    for (const identity of ['donor', 'tpcc', 'analyst'] as TestIdentity[]) {
      const response = await api.as(identity)<{ memberState: { iso3: string } }>(
        '{ memberState(iso3: "RWA") { iso3 } missions(first: 1) { totalCount } }',
      );
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.memberState.iso3).toBe('RWA');
    }
  });
});
