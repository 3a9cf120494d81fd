import { gql } from './graphql';
import { type WhatIfInput } from './graphql/graphql';
import { createOpen, START_RUN } from './support/match-runs';
import { gapInput, offerInput } from './support/factories';
import { startTestApi, type TestApi } from './support/test-api';

const WHAT_IF = gql(`
  query WhatIf($input: WhatIfInput) {
    whatIf(input: $input) {
      allocations { gapId offerId hypothetical quantity score explanation breakdown { priority } }
      unmet { gapId quantity }
      objective covered demand coverage gaps offers candidatePairs
    }
  }
`);

describe('what-if over GraphQL: the engine on current data, weights and pledges, nothing written', () => {
  let api: TestApi;
  let gap: string;
  let offer: string;

  beforeAll(async () => {
    api = await startTestApi();
    gap = await createOpen(api, 'Gap', gapInput({ quantity: 30 }));
    offer = await createOpen(api, 'Offer', offerInput({ capacity: 10 }));
  });

  afterAll(async () => {
    await api?.close();
  });

  async function whatIf(input?: WhatIfInput) {
    return api.graphql(WHAT_IF, { input });
  }

  async function rowCounts(): Promise<Record<string, number>> {
    const [counts] = await api.dataSource.query<Record<string, number>[]>(
      `SELECT (SELECT count(*)::int FROM proposals) AS proposals,
              (SELECT count(*)::int FROM match_runs) AS runs,
              (SELECT count(*)::int FROM offers) AS offers`,
    );
    return counts;
  }

  it('answers with allocations and coverage of the current data', async () => {
    const response = await whatIf();
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.whatIf).toMatchObject({
      allocations: [{ gapId: gap, offerId: offer, hypothetical: false, quantity: 10 }],
      unmet: [{ gapId: gap, quantity: 20 }],
      covered: 10,
      demand: 30,
      coverage: 10 / 30,
    });
  });

  it('adds a pledge being considered, and writes nothing', async () => {
    const before = await rowCounts();
    const response = await whatIf({
      weights: { priority: 2 },
      offers: [{ ...offerInput({ donor: 'GBR', capacity: 50 }) }],
    });
    expect(response.body.errors).toBeUndefined();
    const result = response.body.data!.whatIf;
    expect(result).toMatchObject({ covered: 30, demand: 30, coverage: 1, offers: 2, unmet: [] });
    expect(result.allocations).toContainEqual(
      expect.objectContaining({ offerId: 'hypothetical-1', hypothetical: true, quantity: 20 }),
    );
    expect(await rowCounts()).toEqual(before);
  });

  it('checks a pledge like createOffer, naming the offending field', async () => {
    const unknownDonor = await whatIf({ offers: [offerInput({ donor: 'XXZ' })] });
    expect(unknownDonor.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.offers[0].donor',
    });
    const noCapacity = await whatIf({ offers: [offerInput(), offerInput({ capacity: 0 })] });
    expect(noCapacity.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(String(noCapacity.body.errors![0].extensions!.field)).toMatch(/offers.*1.*capacity/);
  });

  it('refuses weights that are all zero, for what-if and for a real run alike', async () => {
    const zero = {
      priority: 0,
      urgency: 0,
      capability: 0,
      language: 0,
      region: 0,
      partnership: 0,
      deliveryMode: 0,
    };
    const response = await whatIf({ weights: zero });
    expect(response.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.weights',
    });
    const before = await rowCounts();
    const start = await api.graphql(START_RUN, { input: { weights: zero } });
    expect(start.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.weights',
    });
    expect(await rowCounts()).toEqual(before);
  });
});
