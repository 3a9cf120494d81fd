import { randomUUID } from 'node:crypto';

import { ClsService } from 'nestjs-cls';

import { Role } from '@app/domain';
import { CapabilityGap } from '@app/gaps';
import { RequestContext, type RequestContextStore } from '@app/request-context';

import { gapInput, offerInput } from './support/factories';
import { createOpen, startTestWorker, type TestWorker } from './support/match-runs';
import { startTestApi, type TestApi } from './support/test-api';
import { type TestIdentity, testEmail } from './support/test-users';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const ENTRY_FIELDS = `id occurredAt actorUserId actorEmail actorRole actorMemberState requestId
  action kind entityType entityId changes { field before after }`;

const AUDIT = `query($first: Int, $after: String, $filter: AuditEntryFilter) {
  auditEntries(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ENTRY_FIELDS} } } } }`;

const CREATE_GAP = `mutation($input: CreateGapInput!) { createGap(input: $input) { id } }`;
const UPDATE_GAP = `mutation($input: UpdateGapInput!) { updateGap(input: $input) { id } }`;
const ACCEPT = `mutation($input: AcceptProposalInput!) { acceptProposal(input: $input) { id status } }`;
const PROPOSALS = `query($filter: ProposalFilter) { proposals(first: 10, filter: $filter) {
  edges { node { id quantity } } } }`;

interface Change {
  field: string;
  before: unknown;
  after: unknown;
}

interface Entry {
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorEmail: string | null;
  actorRole: string | null;
  actorMemberState: string | null;
  requestId: string;
  action: string;
  kind: string;
  entityType: string;
  entityId: string | null;
  changes: Change[];
}

interface AuditPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Entry }[];
}

/** `{ field: [before, after] }`, easier to compare than the list. */
function changesOf(entry: Entry): Record<string, [unknown, unknown]> {
  return Object.fromEntries(entry.changes.map((c) => [c.field, [c.before, c.after]]));
}

describe('audit log: every successful mutation leaves append-only entries', () => {
  let api: TestApi;
  let worker: TestWorker;

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker(api);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  /** A GraphQL POST (as the coordinator unless told) that also returns the response headers. */
  async function post<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
    as: TestIdentity | null = 'coordinator',
  ) {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(as ? { authorization: `Bearer ${api.tokens[as]}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      data?: T;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    };
    return { headers: response.headers, body };
  }

  async function entries(filter: Record<string, unknown> = {}, first = 100): Promise<Entry[]> {
    const page = await auditPage({ filter, first });
    return page.edges.map((edge) => edge.node);
  }

  async function auditPage(variables: Record<string, unknown>): Promise<AuditPage> {
    const response = await api.graphql<{ auditEntries: AuditPage }>(AUDIT, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.auditEntries;
  }

  async function userId(identity: TestIdentity): Promise<string> {
    const [user] = await api.dataSource.query<{ id: string }[]>(
      'SELECT id FROM users WHERE email = $1',
      [testEmail(identity)],
    );
    return user.id;
  }

  async function createGap(requestId: string, overrides: Record<string, unknown> = {}) {
    const response = await post<{ createGap: { id: string } }>(
      CREATE_GAP,
      { input: gapInput(overrides) },
      { 'x-request-id': requestId },
    );
    expect(response.body.errors).toBeUndefined();
    return { id: response.body.data!.createGap.id, headers: response.headers };
  }

  it('createGap: one INSERT entry with the mutation, the entity, its fields and the request id', async () => {
    const requestId = `create-${randomUUID()}`;
    const { id, headers } = await createGap(requestId, { unitType: null });
    expect(headers.get('x-request-id')).toBe(requestId);

    const [entry, ...others] = await entries({ requestId: [requestId] });
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      action: 'createGap',
      kind: 'INSERT',
      entityType: 'CapabilityGap',
      entityId: id,
      requestId,
      // The signed-in user, as the access guard found it.
      actorUserId: await userId('coordinator'),
      actorEmail: testEmail('coordinator'),
      actorRole: 'COORDINATOR',
      actorMemberState: null,
    });
    expect(Date.now() - Date.parse(entry.occurredAt)).toBeLessThan(60_000);
    const changes = changesOf(entry);
    expect(changes).toMatchObject({
      memberStateIso3: [null, 'RWA'],
      quantity: [null, 40],
      languages: [null, ['fr', 'en']],
      neededBy: [null, '2027-06-30'],
      'objective.target': [null, 90],
      status: [null, 'DRAFT'],
    });
    // Null fields, the id and the timestamps are not listed.
    for (const field of ['unitType', 'statusReason', 'id', 'createdAt', 'updatedAt']) {
      expect(changes).not.toHaveProperty(field);
    }
  });

  it('a request without a sane x-request-id gets a new UUID, echoed in the response', async () => {
    for (const sent of [undefined, 'not sane: has spaces', 'x'.repeat(300)]) {
      const response = await post<{ createGap: { id: string } }>(
        CREATE_GAP,
        { input: gapInput() },
        sent === undefined ? {} : { 'x-request-id': sent },
      );
      const requestId = response.headers.get('x-request-id')!;
      expect(requestId).toMatch(UUID);
      const [entry] = await entries({ entityId: [response.body.data!.createGap.id] });
      expect(entry.requestId).toBe(requestId);
    }
    // Queries get one too.
    const query = await post('{ __typename }');
    expect(query.headers.get('x-request-id')).toMatch(UUID);
  });

  it('updateGap: one UPDATE entry with only the changed fields, before → after', async () => {
    const { id } = await createGap(`setup-${randomUUID()}`);
    const requestId = `update-${randomUUID()}`;
    const updated = await post(
      UPDATE_GAP,
      {
        input: {
          id,
          quantity: 55,
          title: 'CASEVAC teams, revised',
          // Unchanged values are not changes. (description and source are sent because an
          // update that leaves them out resets them to their create defaults.)
          priority: 'HIGH',
          description: 'Two company bases lack trained casualty evacuation teams.',
          source: 'PCRS_ASSESSMENT',
          languages: ['fr', 'en'],
          objective: {
            indicator: '% of patrols with a certified CASEVAC team',
            baseline: 30,
            target: 95,
          },
        },
      },
      { 'x-request-id': requestId },
    );
    expect(updated.body.errors).toBeUndefined();

    const [entry, ...others] = await entries({ requestId: [requestId] });
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      action: 'updateGap',
      kind: 'UPDATE',
      entityType: 'CapabilityGap',
      entityId: id,
    });
    expect(changesOf(entry)).toEqual({
      quantity: [40, 55],
      title: ['CASEVAC teams for company operating bases', 'CASEVAC teams, revised'],
      'objective.target': [90, 95],
    });

    // The history of one gap, newest first.
    const history = await entries({ entityType: ['CapabilityGap'], entityId: [id] });
    expect(history.map((e) => [e.action, e.kind])).toEqual([
      ['updateGap', 'UPDATE'],
      ['createGap', 'INSERT'],
    ]);
  });

  it('each root field of a mutation document is recorded as itself', async () => {
    const { id } = await createGap(`setup-${randomUUID()}`);
    const requestId = `two-fields-${randomUUID()}`;
    const response = await post<{ created: { id: string } }>(
      `mutation($create: CreateGapInput!, $update: UpdateGapInput!) {
        created: createGap(input: $create) { id }
        updated: updateGap(input: $update) { id }
      }`,
      { create: gapInput({ title: 'First field' }), update: { id, title: 'Second field' } },
      { 'x-request-id': requestId },
    );
    expect(response.body.errors).toBeUndefined();
    const logged = await entries({ requestId: [requestId] });
    expect(logged.map((e) => [e.action, e.kind, e.entityId, e.actorRole])).toEqual([
      ['updateGap', 'UPDATE', id, 'COORDINATOR'],
      ['createGap', 'INSERT', response.body.data!.created.id, 'COORDINATOR'],
    ]);
  });

  it('a failing mutation leaves no entry', async () => {
    const { id } = await createGap(`setup-${randomUUID()}`, { open: true });
    const failures: [string, Record<string, unknown>, string][] = [
      // BAD_USER_INPUT: the window check fails after the patch was applied.
      [UPDATE_GAP, { input: { id, neededBy: '2026-01-01' } }, 'BAD_USER_INPUT'],
      // NOT_FOUND
      [UPDATE_GAP, { input: { id: randomUUID(), quantity: 3 } }, 'NOT_FOUND'],
      // CONFLICT: cancelling twice.
      [
        `mutation($input: CancelGapInput!) { cancelGap(input: $input) { id } }`,
        { input: { id } },
        'OK',
      ],
      [
        `mutation($input: CancelGapInput!) { cancelGap(input: $input) { id } }`,
        { input: { id } },
        'CONFLICT',
      ],
    ];
    for (const [query, variables, expected] of failures) {
      const requestId = `fail-${randomUUID()}`;
      const response = await post(query, variables, { 'x-request-id': requestId });
      await expectResult(response, requestId, expected);
    }
    // Refused by the access guard: nothing ran.
    for (const [as, expected] of [
      ['analyst', 'FORBIDDEN'],
      ['donor', 'FORBIDDEN'],
      [null, 'UNAUTHENTICATED'],
    ] as const) {
      const requestId = `refused-${randomUUID()}`;
      const response = await post(
        UPDATE_GAP,
        { input: { id, quantity: 3 } },
        { 'x-request-id': requestId },
        as,
      );
      await expectResult(response, requestId, expected);
    }

    async function expectResult(
      response: Awaited<ReturnType<typeof post>>,
      requestId: string,
      expected: string,
    ) {
      const logged = await entries({ requestId: [requestId] });
      if (expected === 'OK') {
        expect(response.body.errors).toBeUndefined();
        expect(logged.map((e) => e.action)).toEqual(['cancelGap']);
      } else {
        expect(response.body.errors?.[0].extensions).toMatchObject({ code: expected });
        expect(logged).toEqual([]);
      }
    }
  });

  it('an entry is written in the transaction of the change: rolled back with it', async () => {
    const cls = api.app.get<ClsService<RequestContextStore>>(ClsService);
    const { id } = await createGap(`setup-${randomUUID()}`);
    const requestId = `rollback-${randomUUID()}`;
    const inMutation = (work: () => Promise<void>) =>
      cls.run(async () => {
        cls.set('requestId', requestId);
        cls.set('operation', { type: 'mutation', name: 'updateGap' });
        cls.set(
          'requestContext',
          RequestContext.forRequest({
            requestId,
            actor: {
              userId: randomUUID(),
              email: 'coordinator@example.org',
              role: Role.COORDINATOR,
              memberState: null,
            },
          }),
        );
        await work();
      });

    // A first write, then a failure in the same transaction.
    await expect(
      inMutation(() =>
        api.dataSource.transaction(async (manager) => {
          const gap = await manager.findOneByOrFail(CapabilityGap, { id });
          gap.quantity = 77;
          await manager.save(gap);
          expect(
            await manager.query('SELECT 1 FROM audit_entries WHERE request_id = $1', [requestId]),
          ).toHaveLength(1);
          throw new Error('validation failed after the first write');
        }),
      ),
    ).rejects.toThrow('validation failed');
    expect(await entries({ requestId: [requestId] })).toEqual([]);
    expect((await api.dataSource.manager.findOneByOrFail(CapabilityGap, { id })).quantity).toBe(40);

    // The same change committed: the entry is there, with the actor of the context.
    await inMutation(() =>
      api.dataSource.transaction(async (manager) => {
        const gap = await manager.findOneByOrFail(CapabilityGap, { id });
        gap.quantity = 77;
        await manager.save(gap);
      }),
    );
    const [entry] = await entries({ requestId: [requestId] });
    expect(entry).toMatchObject({
      action: 'updateGap',
      actorEmail: 'coordinator@example.org',
      actorRole: 'COORDINATOR',
      actorMemberState: null,
    });
    expect(entry.actorUserId).toMatch(UUID);
    expect(changesOf(entry)).toEqual({ quantity: [40, 77] });
  });

  it('acceptProposal: an entry for every row it changes, all with the request id and actor', async () => {
    const gap = await createOpen(
      api,
      'Gap',
      gapInput({ category: 'ENGINEERING', capability: 'C_IED', quantity: 12 }),
    );
    const offer = await createOpen(
      api,
      'Offer',
      offerInput({ category: 'ENGINEERING', capabilities: [], capacity: 30 }),
    );
    const before = (await auditPage({ first: 1 })).totalCount;
    const run = await worker.runToCompletion();
    expect(run.status).toBe('SUCCEEDED');
    // startMatchRun is a mutation: the run row, then its job id (a bulk update: no row id, no
    // before). The worker's writes (proposals, the run's progress and statistics) are not.
    const page = await auditPage({ first: 10 });
    const sinceRun = page.edges.slice(0, page.totalCount - before).map((edge) => edge.node);
    expect(sinceRun.map((e) => [e.action, e.kind, e.entityType, e.entityId])).toEqual([
      ['startMatchRun', 'UPDATE', 'MatchRun', null],
      ['startMatchRun', 'INSERT', 'MatchRun', run.id],
    ]);
    expect(changesOf(sinceRun[0])).toEqual({ jobId: [null, run.id] });
    expect(changesOf(sinceRun[1])).toMatchObject({ status: [null, 'QUEUED'] });
    const proposals = await api.graphql<{ proposals: { edges: { node: { id: string } }[] } }>(
      PROPOSALS,
      { filter: { run: [run.id], gap: [gap] } },
    );
    const proposalId = proposals.body.data!.proposals.edges[0].node.id;
    expect(await entries({ entityType: ['Proposal'] })).toEqual([]);

    // The T/PCC (RWA) accepts for its gap, then the donor (USA) for its offer.
    const first = `accept-tpcc-${randomUUID()}`;
    const accepted = await post(
      ACCEPT,
      { input: { id: proposalId } },
      { 'x-request-id': first },
      'tpcc',
    );
    expect(accepted.body.errors).toBeUndefined();
    const reserved = await entries({ requestId: [first] });
    const tpcc = await userId('tpcc');
    for (const entry of reserved) {
      expect(entry).toMatchObject({
        action: 'acceptProposal',
        kind: 'UPDATE',
        actorUserId: tpcc,
        actorEmail: testEmail('tpcc'),
        actorRole: 'TPCC',
        actorMemberState: 'RWA',
      });
    }
    const byType = Object.fromEntries(reserved.map((e) => [e.entityType, e]));
    expect(Object.keys(byType).sort()).toEqual(['CapabilityGap', 'Offer', 'Proposal']);
    expect(byType.CapabilityGap.entityId).toBe(gap);
    expect(changesOf(byType.CapabilityGap)).toEqual({ reservedQuantity: [0, 12] });
    expect(byType.Offer.entityId).toBe(offer);
    expect(changesOf(byType.Offer)).toEqual({ reservedCapacity: [0, 12] });
    expect(byType.Proposal.entityId).toBe(proposalId);
    expect(changesOf(byType.Proposal)).toMatchObject({
      status: ['PROPOSED', 'ACCEPTED'],
      tpccResponse: ['PENDING', 'ACCEPTED'],
    });
    expect(changesOf(byType.Proposal).tpccRespondedAt[0]).toBeNull();

    const second = `accept-donor-${randomUUID()}`;
    const confirming = await post(
      ACCEPT,
      { input: { id: proposalId } },
      { 'x-request-id': second },
      'donor',
    );
    expect(confirming.body.errors).toBeUndefined();
    const confirmed = await entries({ requestId: [second] });
    expect(new Set(confirmed.map((e) => `${e.actorRole} ${e.actorMemberState}`))).toEqual(
      new Set(['DONOR USA']),
    );
    expect(confirmed.map((e) => `${e.kind} ${e.entityType}`).sort()).toEqual([
      'INSERT Partnership',
      'UPDATE CapabilityGap',
      'UPDATE Offer',
      'UPDATE Proposal',
    ]);
    const gapEntry = confirmed.find((e) => e.entityType === 'CapabilityGap')!;
    expect(changesOf(gapEntry)).toEqual({
      reservedQuantity: [12, 0],
      confirmedQuantity: [0, 12],
      status: ['OPEN', 'MATCHED'],
    });
    // One transaction: one time, and newest first in the order written (the proposal last).
    expect(new Set(confirmed.map((e) => e.occurredAt)).size).toBe(1);
    expect(confirmed[0].entityType).toBe('Proposal');
  });

  it('coordinators, analysts and admins may read the log; no one else', async () => {
    for (const identity of ['coordinator', 'analyst', 'admin'] as const) {
      const response = await api.as(identity)<{ auditEntries: AuditPage }>(AUDIT, { first: 1 });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.auditEntries.totalCount).toBeGreaterThan(0);
    }
    for (const [identity, code] of [
      ['donor', 'FORBIDDEN'],
      ['tpcc', 'FORBIDDEN'],
      [null, 'UNAUTHENTICATED'],
    ] as const) {
      const response = await api.as(identity)(AUDIT, { first: 1 });
      expect(response.body.errors?.[0].extensions?.code).toBe(code);
      expect(response.body.data?.auditEntries ?? null).toBeNull();
    }
    // And there is no mutation on the log at all.
    const schema = await api.graphql<{ __type: { fields: { name: string }[] } }>(
      '{ __type(name: "Mutation") { fields { name } } }',
    );
    expect(
      schema.body.data!.__type.fields.map((f) => f.name).filter((n) => /audit/i.test(n)),
    ).toEqual([]);
  });

  it('secrets are never copied into the log (createUser: the password hash is redacted)', async () => {
    const requestId = `user-${randomUUID()}`;
    const created = await post<{ createUser: { id: string } }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          email: `audited-${randomUUID()}@test.lcm.local`,
          password: 'a long enough password',
          role: 'ANALYST',
        },
      },
      { 'x-request-id': requestId },
      'admin',
    );
    expect(created.body.errors).toBeUndefined();
    const [entry] = await entries({ requestId: [requestId] });
    expect(entry).toMatchObject({
      action: 'createUser',
      kind: 'INSERT',
      entityType: 'User',
      entityId: created.body.data!.createUser.id,
      actorRole: 'ADMIN',
    });
    expect(changesOf(entry)).toMatchObject({
      role: [null, 'ANALYST'],
      passwordHash: [null, '[redacted]'],
    });
    const [{ text }] = await api.dataSource.query<{ text: string }[]>(
      `SELECT changes::text AS text FROM audit_entries WHERE request_id = $1`,
      [requestId],
    );
    expect(text).not.toContain('argon2');
  });

  it('queries write no entries', async () => {
    const before = (await auditPage({ first: 1 })).totalCount;
    const requestId = `query-${randomUUID()}`;
    await post(
      `{ gaps(first: 5) { totalCount } offers(first: 5) { totalCount } matchRuns(first: 5) { totalCount } }`,
      {},
      { 'x-request-id': requestId },
    );
    await auditPage({ first: 5 });
    expect((await auditPage({ first: 1 })).totalCount).toBe(before);
  });

  it('the database refuses to change, delete or truncate entries, even to the app', async () => {
    const [{ id }] = await api.dataSource.query<{ id: string }[]>(
      'SELECT id FROM audit_entries ORDER BY id LIMIT 1',
    );
    for (const sql of [
      `UPDATE audit_entries SET action = 'forged' WHERE id = $1`,
      `DELETE FROM audit_entries WHERE id = $1`,
      // Even a statement that touches no row.
      `DELETE FROM audit_entries WHERE false AND id = $1`,
    ]) {
      await expect(api.dataSource.query(sql, [id])).rejects.toThrow(
        /audit_entries is append-only: (UPDATE|DELETE) is not allowed/,
      );
    }
    await expect(api.dataSource.query('TRUNCATE audit_entries')).rejects.toThrow(
      'audit_entries is append-only: TRUNCATE is not allowed',
    );
    const [row] = await api.dataSource.query<{ action: string }[]>(
      'SELECT action FROM audit_entries WHERE id = $1',
      [id],
    );
    expect(row.action).not.toBe('forged');
    // Nor through TypeORM.
    await expect(
      api.dataSource.createQueryBuilder().delete().from('audit_entries').execute(),
    ).rejects.toThrow('append-only');
  });

  it('parallel requests keep their own context', async () => {
    const requests = Array.from({ length: 12 }, (_, i) => `parallel-${i}-${randomUUID()}`);
    const created = await Promise.all(requests.map((requestId) => createGap(requestId)));
    for (const [index, requestId] of requests.entries()) {
      const logged = await entries({ requestId: [requestId] });
      expect(logged.map((e) => e.entityId)).toEqual([created[index].id]);
    }
  });

  it('filters combine with AND; pages go newest first', async () => {
    const marker = `filters-${randomUUID()}`;
    const from = new Date(Date.now() - 1000).toISOString();
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) ids.push((await createGap(`${marker}-${i}`)).id);
    const all = await entries({ from, action: ['createGap'] });
    expect(all.length).toBeGreaterThanOrEqual(3);

    const byAction = await entries({ action: ['updateGap'] });
    expect(byAction.length).toBeGreaterThan(0);
    expect(byAction.every((e) => e.action === 'updateGap')).toBe(true);

    const byEntity = await entries({ entityType: ['CapabilityGap'], entityId: [ids[1]] });
    expect(byEntity.map((e) => e.requestId)).toEqual([`${marker}-1`]);
    expect(await entries({ entityType: ['Offer'], entityId: [ids[1]] })).toEqual([]);

    const byKind = await entries({ kind: ['UPDATE'], action: ['createGap'] });
    expect(byKind).toEqual([]);

    // Actors by email (any case) or user id.
    expect(await entries({ actor: ['nobody@example.org', randomUUID()] })).toEqual([]);
    const byEmail = await entries({ actor: [testEmail('tpcc').toUpperCase()] });
    expect(byEmail.length).toBeGreaterThan(0);
    expect(byEmail.every((e) => e.actorRole === 'TPCC')).toBe(true);
    const byId = await entries({ actor: [await userId('donor'), 'coordinator@example.org'] });
    expect(new Set(byId.map((e) => e.actorEmail))).toEqual(
      new Set([testEmail('donor'), 'coordinator@example.org']),
    );
    const mine = await entries({ actor: [testEmail('coordinator')], requestId: [`${marker}-0`] });
    expect(mine.map((e) => e.entityId)).toEqual([ids[0]]);

    const future = new Date(Date.now() + 60_000).toISOString();
    expect(await entries({ from: future })).toEqual([]);
    expect((await entries({ to: from })).every((e) => e.occurredAt < from)).toBe(true);

    // Pages of 2 over our three entries, newest first, no duplicates.
    const requestIds = ids.map((_, i) => `${marker}-${i}`);
    const first = await auditPage({ first: 2, filter: { requestId: requestIds } });
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await auditPage({
      first: 2,
      after: first.pageInfo.endCursor,
      filter: { requestId: requestIds },
    });
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...second.edges].map((e) => e.node.entityId)).toEqual(
      [...ids].reverse(),
    );

    const invalid = await api.graphql(AUDIT, { filter: { kind: ['UPSERT'] } });
    expect(invalid.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await api.graphql(AUDIT, { after: 'nonsense' });
    expect(badCursor.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
