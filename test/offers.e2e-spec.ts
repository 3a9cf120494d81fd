import { gql } from './graphql';
import { offerInput } from './support/factories';
import { startTestApi, type TestApi } from './support/test-api';

const CREATE = gql(`
  mutation CreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { ...OfferFields } }
`);
const UPDATE = gql(`
  mutation UpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { ...OfferFields } }
`);
const OPEN = gql(`
  mutation OpenOffer($id: ID!) { openOffer(input: { id: $id }) { id status } }
`);
const WITHDRAW = gql(`
  mutation WithdrawOffer($id: ID!) {
    withdrawOffer(input: { id: $id, reason: "Budget cut" }) { id status statusReason }
  }
`);

describe('donor offers over GraphQL', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  async function offerCount(): Promise<number> {
    const [{ count }] = await api.dataSource.query('SELECT count(*)::int AS count FROM offers');
    return count;
  }

  it('creates an offer, updates it, opens it, withdraws it, and then refuses changes', async () => {
    const created = await api.graphql(CREATE, {
      input: offerInput({ costPerUnit: 850.5, budget: 50000, excluded: ['CAF'] }),
    });
    expect(created.body.errors).toBeUndefined();
    const offer = created.body.data!.createOffer;
    expect(offer).toMatchObject({
      status: 'DRAFT',
      donor: { iso3: 'USA', name: 'United States' },
      eligible: ['002'],
      excluded: ['CAF'],
      costPerUnit: 850.5,
      budget: 50000,
    });

    const updated = await api.graphql(UPDATE, {
      input: { id: offer.id, capacity: 80, capabilities: null, eligible: ['RWA', '014'] },
    });
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data!.updateOffer).toMatchObject({
      capacity: 80,
      capabilities: [],
      eligible: ['RWA', '014'],
    });

    expect((await api.graphql(OPEN, { id: offer.id })).body.data!.openOffer.status).toBe('OPEN');
    const withdrawn = await api.graphql(WITHDRAW, {
      id: offer.id,
    });
    expect(withdrawn.body.data!.withdrawOffer).toMatchObject({
      status: 'WITHDRAWN',
      statusReason: 'Budget cut',
    });

    const again = await api.graphql(WITHDRAW, { id: offer.id });
    expect(again.body.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      from: 'WITHDRAWN',
      to: 'WITHDRAWN',
    });
    const reopen = await api.graphql(OPEN, { id: offer.id });
    expect(reopen.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });
  });

  it.each([
    ['a capacity of zero', { capacity: 0 }, 'input.capacity'],
    ['an unknown donor', { donor: 'ZZZ' }, 'input.donor'],
    [
      'an eligible entry that is neither a member state nor an M49 region',
      { eligible: ['ZZZ'] },
      'input.eligible',
    ],
    ['an M49 code that is not a region', { eligible: ['999'] }, 'input.eligible'],
    ['an unknown excluded state', { excluded: ['QQQ'] }, 'input.excluded'],
    ['a budget without a cost per unit', { budget: 1000, costPerUnit: null }, 'input.costPerUnit'],
    ['a negative cost per unit', { costPerUnit: -5 }, 'input.costPerUnit'],
    [
      'an availability window that ends before it starts',
      { availableFrom: '2027-05-01', availableTo: '2027-04-30' },
      'input.availableTo',
    ],
    ['a delivery language that is not ISO 639-1', { languages: ['eng'] }, 'input.languages'],
  ])('rejects %s with BAD_USER_INPUT, writing nothing', async (_case, change, field) => {
    const before = await offerCount();
    const response = await api.graphql(CREATE, { input: offerInput(change) });
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await offerCount()).toBe(before);
  });

  it('names the amount rule and its limit when a budget is too large', async () => {
    const response = await api.graphql(CREATE, {
      input: offerInput({ costPerUnit: 10, budget: 1e15 }),
    });
    expect(response.body.errors![0].extensions?.violations).toEqual([
      {
        field: 'input.budget',
        message: 'budget must be an amount with at most 2 decimals, below 100,000,000,000,000',
        constraint: 'isAmount',
        args: [1e14],
      },
    ]);
  });

  it('keeps every field an update leaves out, including those with a default on create', async () => {
    const created = await api.graphql(CREATE, {
      input: offerInput({ eligible: ['002'], excluded: ['CAF'], deliveryModes: ['MOBILE_TEAM'] }),
    });
    const offer = created.body.data!.createOffer;
    const updated = await api.graphql(UPDATE, {
      input: { id: offer.id, title: 'Only the title changes' },
    });
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data!.updateOffer).toEqual({
      ...offer,
      title: 'Only the title changes',
    });
  });

  it('filters offers by donor, category and status', async () => {
    await api.graphql(CREATE, {
      input: offerInput({ donor: 'JPN', category: 'ENGINEERING', capabilities: [], open: true }),
    });
    await api.graphql(CREATE, {
      input: offerInput({ donor: 'FRA', title: 'Formation au sauvetage au combat' }),
    });
    const LIST = `query($filter: OfferFilter) { offers(filter: $filter) { totalCount edges { node { donorIso3 category status } } } }`;
    const japan = await api.graphql<{
      offers: { totalCount: number; edges: { node: Record<string, unknown> }[] };
    }>(LIST, {
      filter: { donor: ['JPN'], category: ['ENGINEERING'], status: ['OPEN'] },
    });
    expect(japan.body.data!.offers.totalCount).toBe(1);
    expect(japan.body.data!.offers.edges[0].node).toEqual({
      donorIso3: 'JPN',
      category: 'ENGINEERING',
      status: 'OPEN',
    });
  });
});
