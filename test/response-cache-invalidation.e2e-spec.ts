import { GraphQLSchemaHost } from '@nestjs/graphql';
import { type GraphQLSchema, getNamedType, isObjectType, isInterfaceType } from 'graphql';
import { Client } from 'pg';

import {
  hasOwnResolver,
  readTablesOf,
} from '../apps/api/src/graphql/response-cache/cacheable-document';
import { FIELD_TABLES } from '../apps/api/src/graphql/response-cache/read-tables';
import { ResponseCacheModule } from '../apps/api/src/graphql/response-cache/response-cache.module';
import { gapInput, offerInput } from './support/factories';
import { createOpen } from './support/match-runs';
import { startTestApi, type TestApi } from './support/test-api';
import { type TestIdentity } from './support/test-users';

interface RawAnswer {
  cache: string | null;
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: unknown[] };
}

/** The gap page as bench:api asks it: gaps, their T/PCC and mission, proposals, offers, donors. */
const GAP_PAGE = `query GapPage {
  gaps(first: 50) {
    totalCount
    edges { node {
      id title status
      memberState { iso3 name }
      mission { code name }
      proposals(first: 15) { id quantity status offer { id title donor { iso3 name } } }
    } }
  }
}`;

/** One query per cacheable root field, with its nested fields that read other tables. */
function sampleQueries(ids: { gap: string; offer: string; partnership: string }) {
  return {
    gaps: GAP_PAGE,
    gap: `{ gap(id: "${ids.gap}") { id title memberState { name } mission { name } proposals { id status } } }`,
    offers: `{ offers(first: 20) { edges { node { id title donor { name } proposals { id } } } } }`,
    offer: `{ offer(id: "${ids.offer}") { id title donor { name } } }`,
    proposals: `{ proposals(first: 20) { edges { node { id status gap { title } offer { title } partnership { id } duplicationWarning { excess } } } } }`,

    partnerships: `{ partnerships(first: 20) { edges { node { id deliveredQuantity gap { title } offer { title } milestones { id } resultPeriods { id } indicatorBaseline } } } }`,
    partnership: `{ partnership(id: "${ids.partnership}") { id deliveredQuantity } }`,
    memberStates: `{ memberStates(first: 5) { edges { node { iso3 name } } } }`,
    memberState: `{ memberState(iso3: "RWA") { iso3 name } }`,
    missions: `{ missions(first: 5) { edges { node { code name hostCountry { iso3 } } } } }`,
    mission: `{ mission(code: "MINUSCA") { code name } }`,
    coverageReport: `{ coverageReport(by: CATEGORY) { totals { demand confirmed delivered } } }`,
    donorSummaries: `{ donorSummaries { allocated } }`,
    languageFitReport: `{ languageFitReport { language } }`,
    partnershipOutcomes: `{ partnershipOutcomes { totalCount } }`,
  };
}

describe('Response cache invalidation by table (RESPONSE_CACHE_INVALIDATION=tables)', () => {
  let api: TestApi;
  let schema: GraphQLSchema;
  let allTables: string[];
  let gapId: string;
  let offerId: string;
  let proposalId: string;
  let partnershipId: string;

  async function raw(identity: TestIdentity, query: string): Promise<RawAnswer> {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${api.tokens[identity]}`,
      },
      body: JSON.stringify({ query }),
    });
    const text = await response.text();
    return { cache: response.headers.get('x-response-cache'), text, body: JSON.parse(text) };
  }

  /** Asks until the answer is kept, and returns it (the second ask must be a hit). */
  async function cached(identity: TestIdentity, query: string): Promise<RawAnswer> {
    const first = await raw(identity, query);
    expect(first.body.errors).toBeUndefined();
    const second = await raw(identity, query);
    expect(second.cache).toBe('hit');
    return second;
  }

  /** A statement on `table` that changes nothing: its statement trigger fires all the same. */
  const touch = (table: string) =>
    api.dataSource.query(
      `INSERT INTO "${table}" OVERRIDING SYSTEM VALUE SELECT * FROM "${table}" WHERE false`,
    );

  beforeAll(async () => {
    api = await startTestApi({ RESPONSE_CACHE_MAX_BYTES: String(8 * 1024 * 1024) });
    schema = api.app.get(GraphQLSchemaHost, { strict: false }).schema;
    allTables = (
      await api.dataSource.query<{ name: string }[]>(
        `SELECT table_name AS name FROM information_schema.tables
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
           AND table_name NOT IN ('migrations', 'table_writes', 'table_writes_horizon')
         ORDER BY 1`,
      )
    ).map((row) => row.name);
    // A Rwandan gap in MINUSCA with a US proposal, and a confirmed one with its partnership.
    gapId = await createOpen(api, 'Gap', gapInput({ title: 'Cached gap', mission: 'MINUSCA' }));
    offerId = await createOpen(api, 'Offer', offerInput({ title: 'Cached offer', donor: 'USA' }));
    const confirmedGap = await createOpen(api, 'Gap', gapInput({ title: 'Confirmed gap' }));
    const [{ id: runId }] = await api.dataSource.query<{ id: string }[]>(
      `INSERT INTO match_runs (requested_by, status) VALUES ('test', 'SUCCEEDED') RETURNING id`,
    );
    [{ id: proposalId }] = await api.dataSource.query<{ id: string }[]>(
      `INSERT INTO proposals (run_id, gap_id, offer_id, quantity, score, breakdown, explanation)
       VALUES ($1, $2, $3, 10, 0.6, '{}', 'test') RETURNING id`,
      [runId, gapId, offerId],
    );
    const [{ id: confirmed }] = await api.dataSource.query<{ id: string }[]>(
      `INSERT INTO proposals (run_id, gap_id, offer_id, quantity, score, breakdown, explanation, status)
       VALUES ($1, $2, $3, 20, 0.6, '{}', 'test', 'CONFIRMED') RETURNING id`,
      [runId, confirmedGap, offerId],
    );
    [{ id: partnershipId }] = await api.dataSource.query<{ id: string }[]>(
      `INSERT INTO partnerships (proposal_id, gap_id, offer_id, quantity)
       VALUES ($1, $2, $3, 20) RETURNING id`,
      [confirmed, confirmedGap, offerId],
    );
  });

  afterAll(async () => {
    await api?.close();
  });

  it('records a write to every table of the database (each has the statement trigger)', async () => {
    const triggered = await api.dataSource.query<{ name: string }[]>(
      `SELECT DISTINCT c.relname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
       JOIN pg_proc p ON p.oid = t.tgfoid WHERE p.proname = 'record_table_write' ORDER BY 1`,
    );
    expect(triggered.map((row) => row.name)).toEqual(allTables);
  });

  it('declares the tables of every field with a resolver of its own under a cacheable root field', () => {
    const undeclared = new Set<string>();
    const seen = new Set<string>();
    const queryType = schema.getQueryType()!;
    const pending = Object.keys(FIELD_TABLES)
      .filter((key) => key.startsWith('Query.'))
      .map((key) => getNamedType(queryType.getFields()[key.slice('Query.'.length)].type));
    while (pending.length) {
      const type = pending.pop()!;
      if (seen.has(type.name) || !(isObjectType(type) || isInterfaceType(type))) continue;
      seen.add(type.name);
      for (const field of Object.values(type.getFields())) {
        const key = `${type.name}.${field.name}`;
        if (hasOwnResolver(field) && !FIELD_TABLES[key]) undeclared.add(key);
        pending.push(getNamedType(field.type));
      }
    }
    // Such a field would make every query asking it uncacheable: declare its tables instead.
    expect([...undeclared]).toEqual([]);
  });

  it('lists what the gap page truly reads: not partnerships, comments, notifications or the audit log', () => {
    expect(readTablesOf(schema, GAP_PAGE, undefined)).toEqual([
      'capability_gaps',
      'member_states',
      'missions',
      'offers',
      'proposals',
      'users',
    ]);
  });

  it('for each cacheable root field, a write to each table it reads gives a fresh answer; to any other, the kept one', async () => {
    const queries = sampleQueries({
      gap: gapId,
      offer: offerId,
      partnership: partnershipId,
    });
    expect(Object.keys(queries).sort()).toEqual(
      Object.keys(FIELD_TABLES)
        .filter((key) => key.startsWith('Query.'))
        .map((key) => key.slice('Query.'.length))
        .sort(),
    );
    const wrong: string[] = [];
    for (const [field, query] of Object.entries(queries)) {
      const tables = readTablesOf(schema, query, undefined);
      expect(tables).not.toBeNull();
      await cached('analyst', query);
      for (const table of allTables) {
        await touch(table);
        const answer = await raw('analyst', query);
        const expected = tables!.includes(table) ? 'miss' : 'hit';
        if (answer.cache !== expected)
          wrong.push(`${field} after a write to ${table}: ${answer.cache}`);
        if (answer.cache === 'miss') expect((await raw('analyst', query)).cache).toBe('hit');
      }
    }
    expect(wrong).toEqual([]);
  });

  describe('the gap page shows every change to what it reads', () => {
    async function changes(sql: string, params: unknown[], expected: string): Promise<void> {
      const before = await cached('analyst', GAP_PAGE);
      expect(before.text).not.toContain(expected);
      await api.dataSource.query(sql, params);
      const after = await raw('analyst', GAP_PAGE);
      expect(after.cache).toBe('miss');
      expect(after.text).toContain(expected);
    }

    it('a member state renamed', async () => {
      await changes(
        `UPDATE member_states SET name = $1 WHERE iso3 = 'RWA'`,
        ['Rwanda (renamed)'],
        'Rwanda (renamed)',
      );
    });

    it('a mission renamed', async () => {
      await changes(
        `UPDATE missions SET name = $1 WHERE code = 'MINUSCA'`,
        ['MINUSCA (renamed)'],
        'MINUSCA (renamed)',
      );
    });

    it('the donor of an offer a shown proposal is for', async () => {
      await changes(
        `UPDATE offers SET donor_iso3 = 'NOR' WHERE id = $1`,
        [offerId],
        '"iso3":"NOR"',
      );
    });

    it('an offer retitled', async () => {
      await changes(
        `UPDATE offers SET title = $1 WHERE id = $2`,
        ['Offer retitled', offerId],
        'Offer retitled',
      );
    });

    it("a proposal's status", async () => {
      await changes(
        `UPDATE proposals SET status = 'DECLINED' WHERE id = $1`,
        [proposalId],
        '"status":"DECLINED"',
      );
    });
  });

  it('keeps the gap page while partnerships, comments, notifications and the audit log are written', async () => {
    const kept = await cached('analyst', GAP_PAGE);
    const partnerships = `{ partnerships(first: 20) { edges { node { id deliveredQuantity } } } }`;
    await cached('analyst', partnerships);
    const delivered = await api.as('coordinator')(
      `mutation($input: RecordDeliveryInput!) { recordPartnershipDelivery(input: $input) { deliveredQuantity } }`,
      { input: { partnershipId, quantity: 3 } },
    );
    expect(delivered.body.errors).toBeUndefined();
    const commented = await api.as('coordinator')(
      `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`,
      { input: { gapId, body: 'A comment on the gap' } },
    );
    expect(commented.body.errors).toBeUndefined();
    const [{ count }] = await api.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM audit_entries WHERE entity_id = $1`,
      [partnershipId],
    );
    expect(count).toBeGreaterThan(0); // the delivery was audited, and the page still holds
    const again = await raw('analyst', GAP_PAGE);
    expect(again.cache).toBe('hit');
    expect(again.text).toBe(kept.text);
    // The partnership list does read partnerships: fresh, with the delivery.
    const list = await raw('analyst', partnerships);
    expect(list.cache).toBe('miss');
    expect(list.text).toContain('"deliveredQuantity":3');
  });

  it('computes an answer once when many ask for it after a write, and serves it to the others', async () => {
    await cached('analyst', GAP_PAGE);
    await touch('proposals');
    const answers = await Promise.all(Array.from({ length: 12 }, () => raw('analyst', GAP_PAGE)));
    expect(answers.filter((answer) => answer.cache === 'miss')).toHaveLength(1);
    expect(answers.filter((answer) => answer.cache === 'hit')).toHaveLength(11);
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
  });

  it("reads one's own writes at once", async () => {
    const query = `{ gap(id: "${gapId}") { id title } }`;
    await cached('coordinator', query);
    const updated = await api.as('coordinator')(
      `mutation($input: UpdateGapInput!) { updateGap(input: $input) { title } }`,
      { input: { id: gapId, title: 'Retitled by its coordinator' } },
    );
    expect(updated.body.errors).toBeUndefined();
    const after = await raw('coordinator', query);
    expect(after.cache).toBe('miss');
    expect(after.text).toContain('Retitled by its coordinator');
  });

  it('never keeps an answer past a write that was in progress when it was read', async () => {
    const query = `{ gap(id: "${gapId}") { id title } }`;
    const client = new Client({ connectionString: api.database.url });
    await client.connect();
    try {
      await cached('analyst', query);
      await client.query('BEGIN');
      await client.query('UPDATE capability_gaps SET title = $1 WHERE id = $2', [
        'Written in a long transaction',
        gapId,
      ]);
      // Not committed: the answer and the kept one are the old title.
      const during = await raw('analyst', query);
      expect(during.text).not.toContain('Written in a long transaction');
      expect(during.cache).toBe('hit');
      await client.query('COMMIT');
      const after = await raw('analyst', query);
      expect(after.cache).toBe('miss');
      expect(after.text).toContain('Written in a long transaction');
    } finally {
      await client.end();
    }
  });

  it('prunes table_writes behind a horizon, and never serves an answer read before it', async () => {
    const pruner = api.app.get(ResponseCacheModule).pruner;
    const query = `{ memberState(iso3: "FRA") { iso3 name } }`;
    const xmin = async () =>
      BigInt(
        (
          await api.dataSource.query<{ xmin: string }[]>(
            'SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin',
          )
        )[0].xmin,
      );
    // The kept answer's snapshot lies between these two.
    const lowest = await xmin();
    await cached('analyst', query);
    const highest = await xmin();
    await touch('comments'); // transactions that write, so xmin moves on
    await pruner.prune();
    await touch('notifications');
    await pruner.prune();
    const [{ horizon, below }] = await api.dataSource.query<{ horizon: string; below: number }[]>(
      `SELECT h.horizon::text AS horizon,
              (SELECT count(*)::int FROM table_writes w WHERE w.xid < h.horizon) AS below
       FROM table_writes_horizon h`,
    );
    expect(below).toBe(0);
    const answer = await raw('analyst', query);
    // The horizon follows the server's oldest running transaction (other databases' too): the
    // kept answer may be behind it or not, and is served only if not.
    if (BigInt(horizon) > highest) expect(answer.cache).toBe('miss');
    if (BigInt(horizon) <= lowest) expect(answer.cache).toBe('hit');
    expect((await raw('analyst', query)).cache).toBe('hit');
  });
});
