import { gql } from './graphql';
import { gapInput } from './support/factories';
import { startTestApi, type TestApi } from './support/test-api';

const CREATE = gql(`
  mutation CreateGap($input: CreateGapInput!) { createGap(input: $input) { ...GapFields } }
`);
const UPDATE = gql(`
  mutation UpdateGap($input: UpdateGapInput!) { updateGap(input: $input) { ...GapFields } }
`);
const OPEN = gql(`
  mutation OpenGap($id: ID!) { openGap(input: { id: $id }) { id status } }
`);
const CANCEL = gql(`
  mutation CancelGap($id: ID!, $reason: String) {
    cancelGap(input: { id: $id, reason: $reason }) { id status statusReason }
  }
`);
const GET = gql(`
  query Gap($id: ID!) { gap(id: $id) { ...GapFields } }
`);

describe('capability gaps over GraphQL (real API, Postgres, Redis)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  async function gapCount(): Promise<number> {
    const [{ count }] = await api.dataSource.query(
      'SELECT count(*)::int AS count FROM capability_gaps',
    );
    return count;
  }

  function errorOf(response: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) {
    expect(response.body.errors).toHaveLength(1);
    return response.body.errors![0];
  }

  it('creates, reads, updates, opens and cancels a gap; refuses illegal transitions', async () => {
    const created = await api.graphql(CREATE, {
      input: gapInput(),
    });
    expect(created.body.errors).toBeUndefined();
    const gap = created.body.data!.createGap;
    expect(gap).toMatchObject({
      status: 'DRAFT',
      memberState: { iso3: 'RWA', name: 'Rwanda', regionName: 'Africa' },
      mission: { code: 'MINUSCA' },
      neededFrom: '2027-01-15',
      objective: {
        indicator: '% of patrols with a certified CASEVAC team',
        baseline: 30,
        target: 90,
      },
    });

    const read = await api.graphql(GET, { id: gap.id });
    expect(read.body.data!.gap).toEqual(gap);

    const updated = await api.graphql(UPDATE, {
      input: { id: gap.id, quantity: 55, priority: 'CRITICAL', mission: null },
    });
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data!.updateGap).toMatchObject({
      quantity: 55,
      priority: 'CRITICAL',
      mission: null,
      title: gap.title,
    });

    const opened = await api.graphql(OPEN, { id: gap.id });
    expect(opened.body.data!.openGap.status).toBe('OPEN');

    const reopened = await api.graphql(OPEN, { id: gap.id });
    expect(errorOf(reopened)).toMatchObject({
      message: expect.stringContaining('is OPEN and cannot become OPEN'),
      extensions: { code: 'CONFLICT', field: 'input.id', from: 'OPEN', to: 'OPEN' },
    });

    const cancelled = await api.graphql(CANCEL, {
      id: gap.id,
      reason: 'Covered bilaterally',
    });
    expect(cancelled.body.data!.cancelGap).toMatchObject({
      status: 'CANCELLED',
      statusReason: 'Covered bilaterally',
    });

    const editCancelled = await api.graphql(UPDATE, { input: { id: gap.id, quantity: 1 } });
    expect(errorOf(editCancelled).extensions).toMatchObject({ code: 'CONFLICT' });
    const [{ quantity }] = await api.dataSource.query(
      'SELECT quantity FROM capability_gaps WHERE id = $1',
      [gap.id],
    );
    expect(quantity).toBe(55);
  });

  it.each([
    ['a quantity of zero', { quantity: 0 }, 'input.quantity'],
    ['an unknown member state', { memberState: 'XYZ' }, 'input.memberState'],
    ['a lower-case country code', { memberState: 'rwa' }, 'input.memberState'],
    ['an unknown mission', { mission: 'UNKNOWN' }, 'input.mission'],
    [
      'a window that ends before it starts',
      { neededFrom: '2027-06-01', neededBy: '2027-01-01' },
      'input.neededBy',
    ],
    ['a language that is not ISO 639-1', { languages: ['french'] }, 'input.languages'],
    ['no language', { languages: [] }, 'input.languages'],
    ['a capability code that is not UPPER_SNAKE', { capability: 'casevac' }, 'input.capability'],
  ])(
    'rejects %s with BAD_USER_INPUT naming the field, and writes nothing',
    async (_case, change, field) => {
      const before = await gapCount();
      const response = await api.graphql(CREATE, { input: gapInput(change) });
      const error = errorOf(response);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(JSON.stringify(error)).not.toMatch(/stack|\.ts:\d+|node_modules/);
      expect(response.body.data ?? null).toBeNull();
      expect(await gapCount()).toBe(before);
    },
  );

  it('names the rule a value breaks and its limit, for a client to say it in its language', async () => {
    const response = await api.graphql(CREATE, {
      input: gapInput({ quantity: 0, title: 'x'.repeat(201) }),
    });
    expect(errorOf(response).extensions?.violations).toEqual(
      expect.arrayContaining([
        {
          field: 'input.quantity',
          message: 'quantity must not be less than 1',
          constraint: 'min',
          args: [1],
        },
        {
          field: 'input.title',
          message: 'title must be shorter than or equal to 200 characters',
          constraint: 'maxLength',
          args: [200],
        },
      ]),
    );
  });

  it('keeps every field an update leaves out, including those with a default on create', async () => {
    const created = await api.graphql(CREATE, {
      input: gapInput({ preferredDeliveryModes: ['MOBILE_TEAM'], source: 'PCRS_ASSESSMENT' }),
    });
    const gap = created.body.data!.createGap;
    const updated = await api.graphql(UPDATE, {
      input: { id: gap.id, title: 'Only the title changes' },
    });
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data!.updateGap).toEqual({
      ...gap,
      title: 'Only the title changes',
    });
  });

  it('rejects values the GraphQL types refuse (bad enum, bad date) as BAD_USER_INPUT', async () => {
    const before = await gapCount();
    const badEnum = await api.graphql(CREATE, { input: gapInput({ category: 'COOKING' }) });
    expect(errorOf(badEnum).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.category',
    });
    const badDate = await api.graphql(CREATE, { input: gapInput({ neededBy: '2027-02-30' }) });
    expect(errorOf(badDate).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.neededBy',
    });
    expect(await gapCount()).toBe(before);
  });

  it('answers NOT_FOUND for a missing gap and null for a missing lookup', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const response = await api.graphql(OPEN, { id: missing });
    expect(errorOf(response).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
    const lookup = await api.graphql(GET, { id: missing });
    expect(lookup.body.data!.gap).toBeNull();
  });

  it('pages with cursors and filters by category, status, member state, mission and priority', async () => {
    const ids: string[] = [];
    for (const [index, change] of [
      {
        memberState: 'NPL',
        category: 'TECHNOLOGY',
        capability: 'C_IED',
        priority: 'LOW',
        mission: 'UNIFIL',
      },
      {
        memberState: 'NPL',
        category: 'TECHNOLOGY',
        capability: 'UAS_OPERATIONS',
        priority: 'HIGH',
        mission: 'UNIFIL',
      },
      {
        memberState: 'BGD',
        category: 'TECHNOLOGY',
        capability: 'C_IED',
        priority: 'HIGH',
        mission: 'UNMISS',
      },
      {
        memberState: 'BGD',
        category: 'LEADERSHIP',
        capability: 'SENIOR_MISSION_LEADERS',
        priority: 'HIGH',
        mission: null,
      },
    ].entries()) {
      const response = await api.graphql(CREATE, {
        input: gapInput({ ...change, title: `Filter test gap ${index}`, open: index !== 3 }),
      });
      expect(response.body.errors).toBeUndefined();
      ids.push(response.body.data!.createGap.id);
    }
    const LIST = `query($first: Int, $after: String, $filter: GapFilter) {
      gaps(first: $first, after: $after, filter: $filter) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title } }
      }
    }`;
    type List = {
      gaps: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string } }[];
      };
    };

    const technology = { category: ['TECHNOLOGY'] };
    const first = await api.graphql<List>(LIST, { first: 2, filter: technology });
    expect(first.body.data!.gaps.totalCount).toBe(3);
    expect(first.body.data!.gaps.pageInfo.hasNextPage).toBe(true);
    const second = await api.graphql<List>(LIST, {
      first: 2,
      after: first.body.data!.gaps.pageInfo.endCursor,
      filter: technology,
    });
    expect(second.body.data!.gaps.pageInfo.hasNextPage).toBe(false);
    const paged = [...first.body.data!.gaps.edges, ...second.body.data!.gaps.edges].map(
      (e) => e.node.id,
    );
    expect(paged).toEqual([ids[2], ids[1], ids[0]]);

    const filtered = await api.graphql<List>(LIST, {
      filter: { memberState: ['NPL'], priority: ['HIGH'], mission: ['UNIFIL'], status: ['OPEN'] },
    });
    expect(filtered.body.data!.gaps.edges.map((e) => e.node.id)).toEqual([ids[1]]);
    const drafts = await api.graphql<List>(LIST, {
      filter: { status: ['DRAFT'], memberState: ['BGD'] },
    });
    expect(drafts.body.data!.gaps.edges.map((e) => e.node.id)).toEqual([ids[3]]);

    const tooMany = await api.graphql(LIST, { first: 1000 });
    expect(errorOf(tooMany).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const badCursor = await api.graphql(LIST, { after: 'not-a-cursor' });
    expect(errorOf(badCursor).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
