import fc from 'fast-check';
import { type GraphQLField } from 'graphql';

import { gapInput, offerInput } from './support/factories';
import {
  type KnownIds,
  oneValueChanged,
  operationOf,
  publishedSchema,
  variablesOf,
} from './support/fuzz';
import { startTestApi, type TestApi } from './support/test-api';
import { type TestIdentity } from './support/test-users';

/**
 * Property-based fuzzing of every query and mutation argument and input field (issue 15): values
 * of every shape (wrong types, huge and tiny numbers, every Unicode plane, NUL and other control
 * characters, lone surrogates, long strings, crafted cursors and ids) never produce an
 * INTERNAL_SERVER_ERROR or a 5xx, and a refused mutation writes nothing. FUZZ_RUNS cases per root
 * field (10 in `npm test`; `npm run fuzz:api` runs 1,000); a failure prints fast-check's
 * seed and path, replayed with FUZZ_SEED=<seed> FUZZ_PATH=<path>.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
const PATH = process.env.FUZZ_PATH;
/** Multipart uploads, fuzzed through their cells elsewhere (hardening-ii's imports). */
const SKIPPED = new Set(['importGaps', 'importOffers']);
const IDENTITIES: TestIdentity[] = ['coordinator', 'admin', 'donor', 'tpcc', 'analyst'];

const schema = publishedSchema();
const fields = (kind: 'query' | 'mutation') =>
  Object.values(
    (kind === 'query' ? schema.getQueryType() : schema.getMutationType())!.getFields(),
  ).filter((field) => !SKIPPED.has(field.name));
type Case = ['query' | 'mutation', string, GraphQLField<unknown, unknown>];
const CASES: Case[] = [
  ...fields('query').map((field): Case => ['query', field.name, field]),
  ...fields('mutation').map((field): Case => ['mutation', field.name, field]),
];
/**
 * Valid variables of root fields whose arguments have many rules: the fuzzer also changes one
 * value of these at a time, so that hostile text gets past the other rules into the services.
 */
function validVariables(known: KnownIds): Record<string, Record<string, unknown>> {
  const [gapId, , offerId] = known.ids;
  const page = { first: 5 };
  return {
    createGap: { input: gapInput({ externalRef: 'FUZZ-REF' }) },
    createOffer: { input: offerInput() },
    updateGap: { input: { id: gapId, title: 'A new title', description: 'Two\nlines' } },
    updateOffer: { input: { id: offerId, title: 'A new title', description: 'Two\nlines' } },
    cancelGap: { input: { id: gapId, reason: 'Not needed' } },
    withdrawOffer: { input: { id: offerId, reason: 'Not available' } },
    gaps: {
      ...page,
      filter: { search: 'CASEVAC', memberState: ['RWA'], mission: ['MINUSCA'], language: ['fr'] },
      orderBy: { field: 'TITLE', direction: 'ASC' },
    },
    offers: { ...page, filter: { search: 'training', donor: ['USA'] } },
    auditEntries: { ...page, filter: { actor: ['coordinator@test.lcm.local'] } },
    memberStates: { ...page, filter: { search: 'Rwanda' } },
    missions: { ...page },
    login: { input: { email: 'coordinator@test.lcm.local', password: 'wrong-password-123' } },
    createUser: {
      input: { email: 'fuzz@test.lcm.local', password: 'a-password-long-enough', role: 'ANALYST' },
    },
    startMatchRun: { input: { weights: { language: 2 } } },
  };
}

/** What a refusal may answer; never a 5xx. */
const STATUSES = new Set([200, 400, 401, 403, 404, 409, 413, 429]);

describe('fuzzing every argument and input field', () => {
  let api: TestApi;
  const known: KnownIds = { ids: [] };
  let requests = 0;

  /** Rows written outside the audit log (whose refused sign-ins are written on purpose). */
  const writes = async () =>
    Number((await api.dataSource.query<{ n: string }[]>('SELECT n FROM fuzz_writes'))[0].n);

  beforeAll(async () => {
    api = await startTestApi({ RATE_LIMIT_MAX: '0' });
    for (const input of [gapInput({ open: true }), gapInput()]) {
      const response = await api.graphql<{ createGap: { id: string } }>(
        'mutation($input: CreateGapInput!) { createGap(input: $input) { id } }',
        { input },
      );
      known.ids.push(response.body.data!.createGap.id);
    }
    const offer = await api.graphql<{ createOffer: { id: string } }>(
      'mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }',
      { input: offerInput({ open: true }) },
    );
    known.ids.push(offer.body.data!.createOffer.id);
    // Every row written, inserted or deleted in any table but the audit log, counted.
    await api.dataSource.query(`
      CREATE TABLE fuzz_writes (n bigint NOT NULL);
      INSERT INTO fuzz_writes VALUES (0);
      CREATE FUNCTION count_fuzz_write() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN UPDATE fuzz_writes SET n = n + 1; RETURN NULL; END $$;
      DO $$ DECLARE t text; BEGIN
        FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public'
          AND tablename NOT IN ('fuzz_writes', 'audit_entries', 'migrations') LOOP
          EXECUTE format('CREATE TRIGGER fuzz_write AFTER INSERT OR UPDATE OR DELETE ON %I
            FOR EACH ROW EXECUTE FUNCTION count_fuzz_write()', t);
        END LOOP;
      END $$;
    `);
  });

  afterAll(async () => {
    process.stdout.write(
      `fuzz: ${requests} requests over ${CASES.length} root fields (${RUNS} runs each), seed ${SEED}\n`,
    );
    await api?.close();
  });

  it.each(CASES)('%s %s', async (kind, _name, field) => {
    const query = operationOf(kind, field);
    const base = validVariables(known);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...IDENTITIES),
        base[field.name]
          ? fc.oneof(variablesOf(field, known), oneValueChanged(base[field.name], known))
          : variablesOf(field, known),
        async (identity, variables) => {
          const before = kind === 'mutation' ? await writes() : 0;
          const response = await api.as(identity)(query, variables);
          requests += 1;
          const context = `as ${identity}: ${query} ${JSON.stringify(variables).slice(0, 500)}`;
          if (!STATUSES.has(response.status)) {
            throw new Error(`status ${response.status} for ${context}`);
          }
          const internal = response.body.errors?.find(
            (error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR',
          );
          if (internal) throw new Error(`INTERNAL_SERVER_ERROR for ${context}`);
          const refused =
            (response.body.errors?.length ?? 0) > 0 && !response.body.data?.[field.name];
          if (kind === 'mutation' && refused && (await writes()) !== before) {
            throw new Error(`refused, yet rows were written, for ${context}`);
          }
        },
      ),
      { numRuns: RUNS, seed: SEED, path: PATH, endOnFailure: true },
    );
  });
});
