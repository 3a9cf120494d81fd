import { randomUUID } from 'node:crypto';

import { gapInput, offerInput } from './support/factories';
import { startTestApi, type TestApi } from './support/test-api';
import { type TestIdentity } from './support/test-users';

/** A request to /graphql as it goes over the wire, with the cache header of the answer. */
interface RawAnswer {
  status: number;
  cache: string | null;
  contentType: string | null;
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
}

describe('GraphQL response cache (RESPONSE_CACHE_MAX_BYTES > 0)', () => {
  let api: TestApi;

  async function raw(
    identity: TestIdentity | null,
    query: string,
    variables: Record<string, unknown> = {},
    init: { method?: 'GET' | 'POST'; token?: string; accept?: string } = {},
  ): Promise<RawAnswer> {
    const token = init.token ?? (identity ? api.tokens[identity] : undefined);
    const headers: Record<string, string> = {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(init.accept ? { accept: init.accept } : {}),
    };
    const response =
      init.method === 'GET'
        ? await fetch(
            `${api.url}?${new URLSearchParams({ query, variables: JSON.stringify(variables) })}`,
            { headers },
          )
        : await fetch(api.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: JSON.stringify({ query, variables }),
          });
    const text = await response.text();
    return {
      status: response.status,
      cache: response.headers.get('x-response-cache'),
      contentType: response.headers.get('content-type'),
      text,
      body: JSON.parse(text) as RawAnswer['body'],
    };
  }

  const GAP_TITLES = `query($first: Int) { gaps(first: $first) { totalCount edges { node { id title } } } }`;
  const OFFER_TITLES = `{ offers(first: 50) { edges { node { id title donorIso3 } } } }`;

  async function createGap(title: string): Promise<string> {
    const created = await api.graphql<{ createGap: { id: string } }>(
      `mutation($input: CreateGapInput!) { createGap(input: $input) { id } }`,
      { input: gapInput({ title, open: true }) },
    );
    expect(created.body.errors).toBeUndefined();
    return created.body.data!.createGap.id;
  }

  beforeAll(async () => {
    api = await startTestApi({ RESPONSE_CACHE_MAX_BYTES: String(8 * 1024 * 1024) });
    await createGap('First gap');
  });

  afterAll(async () => {
    await api?.close();
  });

  it('answers a repeated query from memory, byte for byte, until a write commits', async () => {
    const first = await raw('analyst', GAP_TITLES, { first: 10 });
    expect(first.cache).toBe('miss');
    expect(first.body.errors).toBeUndefined();
    const second = await raw('analyst', GAP_TITLES, { first: 10 });
    expect(second.cache).toBe('hit');
    expect(second.text).toBe(first.text);
    expect(second.contentType).toBe(first.contentType);

    // Other variables are another answer.
    expect((await raw('analyst', GAP_TITLES, { first: 11 })).cache).toBe('miss');

    // A write (any write) gives a new snapshot: the next answer is computed, and shows it.
    const id = await createGap('Gap written between two reads');
    const third = await raw('analyst', GAP_TITLES, { first: 10 });
    expect(third.cache).toBe('miss');
    expect(third.text).toContain(id);
    expect(third.text).not.toBe(first.text);
    expect((await raw('analyst', GAP_TITLES, { first: 10 })).cache).toBe('hit');
  });

  it('never answers one account with another account’s answer', async () => {
    await api.as('coordinator')(
      `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`,
      { input: offerInput({ donor: 'USA', title: 'US offer', open: false }) },
    );
    await api.as('coordinator')(
      `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`,
      { input: offerInput({ donor: 'GBR', title: 'UK offer', open: false }) },
    );
    const usa = await raw('donor', OFFER_TITLES);
    expect((await raw('donor', OFFER_TITLES)).cache).toBe('hit');
    const gbr = await raw('otherDonor', OFFER_TITLES);
    expect(gbr.cache).toBe('miss');
    const donors = (answer: RawAnswer) =>
      (answer.body.data!.offers as { edges: { node: { donorIso3: string } }[] }).edges.map(
        (edge) => edge.node.donorIso3,
      );
    // Draft offers are seen by their own donor only: each donor gets its own.
    expect(new Set(donors(usa))).toEqual(new Set(['USA']));
    expect(new Set(donors(gbr))).toEqual(new Set(['GBR']));
    // A staff member asking the very same query sees both.
    expect(new Set(donors(await raw('coordinator', OFFER_TITLES)))).toEqual(
      new Set(['USA', 'GBR']),
    );
  });

  it('refuses a revoked token even when its answer is cached', async () => {
    expect((await raw('tpcc', GAP_TITLES, { first: 5 })).body.errors).toBeUndefined();
    expect((await raw('tpcc', GAP_TITLES, { first: 5 })).cache).toBe('hit');
    // Disabling the account is a write, and revokes every token of it.
    const [{ id }] = await api.dataSource.query<{ id: string }[]>(
      `SELECT id FROM users WHERE email = 'tpcc@test.lcm.local'`,
    );
    const disabled = await api.as('admin')(
      `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }`,
      { input: { id, disabled: true } },
    );
    expect(disabled.body.errors).toBeUndefined();
    const refused = await raw('tpcc', GAP_TITLES, { first: 5 });
    expect(refused.cache).toBe('miss');
    expect(refused.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps only successful read-only queries of the cacheable fields', async () => {
    // Errors are not kept: a bad argument is computed (and refused) every time.
    const bad = `{ gaps(first: 1000) { edges { node { id } } } }`;
    expect((await raw('analyst', bad)).body.errors).toBeDefined();
    expect((await raw('analyst', bad)).cache).toBe('miss');
    // Not looked at: mutations, fields that read the clock or the session, no or a bad token.
    const me = `{ me { email } }`;
    await raw('analyst', me);
    expect((await raw('analyst', me)).cache).toBeNull();
    const persistent = `{ persistentGaps(openLongerThanDays: 1) { totalCount } }`;
    await raw('analyst', persistent);
    expect((await raw('analyst', persistent)).cache).toBeNull();
    const mixed = `{ gaps(first: 1) { totalCount } me { email } }`;
    await raw('analyst', mixed);
    expect((await raw('analyst', mixed)).cache).toBeNull();
    const mutation = await raw(
      'coordinator',
      `mutation($input: CreateGapInput!) { createGap(input: $input) { id } }`,
      { input: gapInput({ title: `Mutation ${randomUUID()}` }) },
    );
    expect(mutation.body.errors).toBeUndefined();
    expect(mutation.cache).toBeNull();
    const anonymous = await raw(null, GAP_TITLES);
    expect(anonymous.cache).toBeNull();
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const tampered = await raw('analyst', GAP_TITLES, {}, { token: `${api.tokens.analyst}x` });
    expect(tampered.cache).toBeNull();
    expect(tampered.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('serves GET as POST, and keeps each media type apart', async () => {
    const query = `{ missions(first: 3) { edges { node { code } } } }`;
    expect((await raw('analyst', query, {}, { method: 'GET' })).cache).toBe('miss');
    const again = await raw('analyst', query, {}, { method: 'GET' });
    expect(again.cache).toBe('hit');
    const graphqlResponse = await raw(
      'analyst',
      query,
      {},
      { method: 'GET', accept: 'application/graphql-response+json' },
    );
    expect(graphqlResponse.cache).toBe('miss');
    expect(graphqlResponse.contentType).toContain('application/graphql-response+json');
    const graphqlAgain = await raw(
      'analyst',
      query,
      {},
      { method: 'GET', accept: 'application/graphql-response+json' },
    );
    expect(graphqlAgain.cache).toBe('hit');
    expect(graphqlAgain.contentType).toContain('application/graphql-response+json');
    expect(again.contentType).toContain('application/json');
  });
});
