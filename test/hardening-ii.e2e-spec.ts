import { Writable } from 'node:stream';

import { encodeCursor } from '@app/common';

import { gapInput, offerInput } from './support/factories';
import { download, tableOf } from './support/downloads';
import { startTestApi, type GraphQLResponse, type TestApi } from './support/test-api';
import { TEST_PASSWORD, testEmail } from './support/test-users';
import { uploadMutation } from './support/uploads';

const CREATE_GAP = `mutation($input: CreateGapInput!) { createGap(input: $input) { id title description } }`;
const CREATE_OFFER = `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id title } }`;
const GAPS = `query($filter: GapFilter, $after: String, $orderBy: GapOrderBy) {
  gaps(filter: $filter, after: $after, orderBy: $orderBy) { totalCount edges { node { id } } } }`;
const IMPORT_GAPS = `mutation($file: Upload!) {
  importGaps(file: $file) { rows imported skipped ids errors { line column reason code } }
}`;
const ID = 'a3f1c2d4-0000-4000-8000-000000000001';

/** The one error of a refused request: BAD_USER_INPUT naming `field`. */
function expectBadInput(response: GraphQLResponse, field: string) {
  expect(response.status).toBeLessThan(500);
  expect(response.body.errors).toHaveLength(1);
  expect(response.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
}

describe('hardening II: client input never reaches an internal error', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  const gapCount = async () =>
    Number(
      (await api.dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM capability_gaps'))[0]
        .n,
    );

  describe('one rule for text', () => {
    it.each([
      ['NUL', 'CASEVAC\u0000teams'],
      ['ESC', 'CASEVAC \u001b[31mteams'],
      ['BEL', 'CASEVAC teams\u0007'],
      ['DEL', 'CASEVAC teams\u007f'],
      ['a line break in a single-line field', 'CASEVAC\nteams'],
      ['an unpaired surrogate', 'CASEVAC \ud800 teams'],
    ])(
      'refuses %s in a title with BAD_USER_INPUT on input.title, writing nothing',
      async (_, title) => {
        const before = await gapCount();
        expectBadInput(
          await api.graphql(CREATE_GAP, { input: gapInput({ title }) }),
          'input.title',
        );
        expectBadInput(
          await api.as('donor')(CREATE_OFFER, { input: offerInput({ title }) }),
          'input.title',
        );
        expect(await gapCount()).toBe(before);
      },
    );

    it('keeps tabs, line breaks in multi-line fields, HTML and every Unicode plane as typed', async () => {
      const title = 'Médical\t<b>CASEVAC</b> 𝔘𝔑 — 救护 🚑';
      const description = 'Line one\r\nLine two\n<script>alert(1)</script>';
      const created = await api.graphql<{ createGap: { title: string; description: string } }>(
        CREATE_GAP,
        { input: gapInput({ title, description }) },
      );
      expect(created.body.errors).toBeUndefined();
      expect(created.body.data!.createGap).toMatchObject({ title, description });
    });

    it('refuses NUL in a search, a cursor and a nested input with the field named', async () => {
      expectBadInput(await api.graphql(GAPS, { filter: { search: 'ab\u0000' } }), 'filter.search');
      expectBadInput(await api.graphql(GAPS, { after: 'abc\u0000' }), 'after');
      const textCursor = encodeCursor({ value: 'a\u0000b', id: ID, sort: 'TITLE:ASC' });
      expectBadInput(
        await api.graphql(GAPS, {
          after: textCursor,
          orderBy: { field: 'TITLE', direction: 'ASC' },
        }),
        'after',
      );
      expectBadInput(
        await api.graphql(CREATE_GAP, {
          input: gapInput({ objective: { indicator: 'x\u0000', baseline: 1, target: 2 } }),
        }),
        'input.objective.indicator',
      );
      expectBadInput(
        await api.graphql(CREATE_GAP, { input: gapInput({ languages: ['fr', 'e\u0000'] }) }),
        'input.languages.1',
      );
    });

    it('answers an imported cell holding NUL with a per-row error (line and column), writing nothing', async () => {
      const before = await gapCount();
      const header =
        'externalRef,memberState,mission,category,capability,title,quantity,unit,priority,languages,neededFrom,neededBy';
      const row = (ref: string, title: string) =>
        `${ref},RWA,MINUSCA,MEDICAL,CASEVAC,${title},10,TRAINEES,HIGH,fr,2027-01-15,2027-06-30`;
      const response = await uploadMutation<{
        importGaps: { imported: number; errors: unknown[] };
      }>(api.url, api.tokens.coordinator, IMPORT_GAPS, {
        name: 'gaps.csv',
        type: 'text/csv',
        content: [header, row('NUL-1', 'Good title'), row('NUL\u0000-2', 'Bad\u0000title')].join(
          '\n',
        ),
      });
      expect(response.status).toBe(200);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.importGaps.imported).toBe(0);
      expect(response.body.data!.importGaps.errors).toEqual([
        expect.objectContaining({ line: 3, column: 'externalRef', code: 'BAD_USER_INPUT' }),
        expect.objectContaining({ line: 3, column: 'title', code: 'BAD_USER_INPUT' }),
      ]);
      expect(await gapCount()).toBe(before);
    });
  });

  describe('ids and cursors', () => {
    it.each(['gap', 'offer', 'partnership', 'matchRun'])(
      '%s(id:) refuses an id that is not a UUID with BAD_USER_INPUT on id',
      async (field) => {
        for (const id of ["' OR 1=1 --", 'x'.repeat(5000), '', '1']) {
          expectBadInput(
            await api.graphql(`query($id: ID!) { ${field}(id: $id) { id } }`, { id }),
            'id',
          );
        }
        // A well-formed id of nothing is still null.
        const missing = await api.graphql(`query($id: ID!) { ${field}(id: $id) { id } }`, {
          id: ID,
        });
        expect(missing.body).toEqual({ data: { [field]: null } });
      },
    );

    it.each([
      ['CREATED_AT', '2024-02-31T00:00:00Z'],
      ['CREATED_AT', '0000-01-01T00:00:00Z'],
      ['CREATED_AT', '2024-01-01T24:00:00Z'],
      ['CREATED_AT', '2024-01-01T00:00:00+99:00'],
      ['NEEDED_BY', '2024-02-30'],
      ['NEEDED_BY', '2023-02-29'],
      ['NEEDED_BY', '0000-12-31'],
      ['QUANTITY', '99999999999'],
    ])('refuses a %s cursor holding %s with BAD_USER_INPUT on after', async (field, value) => {
      const direction = 'ASC';
      const after = encodeCursor({ value, id: ID, sort: `${field}:${direction}` });
      expectBadInput(await api.graphql(GAPS, { after, orderBy: { field, direction } }), 'after');
    });

    it.each([
      ['costPerUnit', -3e-323],
      ['costPerUnit', 1e-7],
      ['costPerUnit', 1e13],
      ['budget', 1e15],
      ['costPerUnit', 1.005],
    ])(
      'refuses %s %p (exponent notation, over the column) with BAD_USER_INPUT',
      async (field, value) => {
        const input = offerInput({ costPerUnit: 10, budget: 100, [field]: value });
        expectBadInput(await api.as('donor')(CREATE_OFFER, { input }), `input.${field}`);
      },
    );

    it('still accepts a real leap day in a cursor', async () => {
      const after = encodeCursor({ value: '2028-02-29', id: ID, sort: 'NEEDED_BY:ASC' });
      const response = await api.graphql(GAPS, {
        after,
        orderBy: { field: 'NEEDED_BY', direction: 'ASC' },
      });
      expect(response.body.errors).toBeUndefined();
    });
  });

  describe('same request, same answer (with and without graphql-jit)', () => {
    it.each([
      ['quantity: 2.5 in variables', CREATE_GAP, { input: gapInput({ quantity: 2.5 }) }],
      ['a missing required field', CREATE_GAP, { input: gapInput({ title: undefined }) }],
      ['a string for an Int', CREATE_GAP, { input: gapInput({ quantity: 'many' }) }],
      ['an unknown enum value', CREATE_GAP, { input: gapInput({ priority: 'URGENT' }) }],
      ['an unknown input field', CREATE_GAP, { input: { ...gapInput(), nope: 1 } }],
      [
        'an Int out of range',
        GAPS.replace('$after: String', '$after: String, $first: Int').replace(
          'after: $after',
          'after: $after, first: $first',
        ),
        { first: 2 ** 31 },
      ],
    ])('%s: identical status and body on every repetition', async (_, query, variables) => {
      const answers = [];
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const response = await api.graphql(query, variables);
        answers.push({ status: response.status, body: response.body });
      }
      expect(answers[0].body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      for (const answer of answers) expect(answer).toEqual(answers[0]);
    });

    it('quantity: 2.5 inline: identical status and body on every repetition', async () => {
      const input = JSON.stringify(gapInput({ quantity: 2.5 }))
        .replace(/"([a-zA-Z]+)":/g, '$1:')
        .replace(/"(MEDICAL|TRAINEES|HIGH|PCRS_ASSESSMENT)"/g, '$1');
      const query = `mutation { createGap(input: ${input}) { id } }`;
      const answers = [];
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const response = await api.graphql(query);
        answers.push({ status: response.status, body: response.body });
      }
      expect(answers[0].status).toBe(400);
      for (const answer of answers) expect(answer).toEqual(answers[0]);
    });
  });

  describe('GraphQL over HTTP', () => {
    it.each([
      ['extensions', { extensions: null }],
      ['variables', { variables: null }],
      ['operationName', { operationName: null }],
      ['all three', { extensions: null, variables: null, operationName: null }],
    ])('accepts a POST whose %s is null', async (_, nulls) => {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${api.tokens.analyst}`,
        },
        body: JSON.stringify({ query: '{ memberState(iso3: "SEN") { name } }', ...nulls }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { memberState: { name: 'Senegal' } } });
    });

    it.each([
      ['a number query', '{"query":1}'],
      ['a boolean query', '{"query":true}'],
      ['no query', '{}'],
      ['no query, null extensions', '{"extensions":null}'],
    ])('refuses %s with 400 and GRAPHQL_VALIDATION_FAILED', async (_, body) => {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(response.status).toBe(400);
      const answer = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(answer.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('accepts extensions as an object', async () => {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${api.tokens.analyst}`,
        },
        body: JSON.stringify({ query: '{ __typename }', extensions: { tracing: true } }),
      });
      expect(response.status).toBe(200);
    });
  });
});

describe('hardening II: production reveals no schema', () => {
  let production: TestApi;
  let development: TestApi;

  beforeAll(async () => {
    [production, development] = await Promise.all([
      startTestApi({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }),
      startTestApi({ NODE_ENV: 'development' }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([production?.close(), development?.close()]);
  });

  const CASES: [string, string, Record<string, unknown>?][] = [
    ['a root field', '{ gapz { id } }'],
    ['a mutation', 'mutation { creatGap(input: {}) { id } }'],
    ['a nested field', '{ gaps { edges { node { titel } } } }'],
    ['an argument', '{ gaps(frist: 1) { totalCount } }'],
    ['a fragment type', 'fragment f on CapabilityGp { id } { gaps { edges { node { ...f } } } }'],
    ['an enum value', '{ gaps(filter: { status: [OPN] }) { totalCount } }'],
    [
      'an enum value in variables',
      'query($f: GapFilter) { gaps(filter: $f) { totalCount } }',
      { f: { status: ['OPN'] } },
    ],
    [
      'an input field in variables',
      'query($f: GapFilter) { gaps(filter: $f) { totalCount } }',
      { f: { statu: ['OPEN'] } },
    ],
  ];

  it.each(CASES)(
    '%s: no suggestion in production, code and location kept',
    // A rest parameter: a third named one would be taken for Jest's `done` callback.
    async (...[, query, variables]) => {
      for (const client of [production.as(null), production.graphql]) {
        const response = await client(query, variables);
        expect(response.status).toBe(400);
        const [error] = response.body.errors!;
        expect(error.message).not.toMatch(/did you mean/i);
        expect(error.extensions!.code).toMatch(/^(GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT)$/);
        if (!variables) expect(error).toHaveProperty('locations');
      }
    },
  );

  it('development keeps the suggestions', async () => {
    for (const [, query, variables] of CASES) {
      const response = await development.graphql(query, variables);
      expect(response.body.errors![0].message).toMatch(/Did you mean/);
    }
  });

  it('production keeps introspection off', async () => {
    const response = await production.graphql('{ __schema { queryType { name } } }');
    expect(response.status).toBe(400);
  });
});

describe('hardening II: logs keep no user data', () => {
  let api: TestApi;
  const lines: string[] = [];

  beforeAll(async () => {
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    api = await startTestApi({}, { levels: ['error', 'warn', 'log'], destination });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('a request failing in PostgreSQL is logged without its SQL parameters or the values sent', async () => {
    const secret = `SECRET-${Date.now()}`;
    // A constraint the API does not know of: the insert fails in PostgreSQL (an internal error).
    await api.dataSource.query(
      `ALTER TABLE capability_gaps ADD CONSTRAINT no_secret CHECK (title NOT LIKE 'SECRET-%')`,
    );
    try {
      const response = await api.graphql(CREATE_GAP, { input: gapInput({ title: secret }) });
      expect(response.body.errors![0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(response.body.errors![0].message).toBe('Internal server error');
    } finally {
      await api.dataSource.query('ALTER TABLE capability_gaps DROP CONSTRAINT no_secret');
    }
    const log = lines.join('\n');
    expect(log).toContain('SQLSTATE 23514');
    expect(log).toContain('Query failed: Database error');
    expect(log).toContain('constraint no_secret');
    expect(log).not.toContain(secret);
    expect(log).not.toMatch(/PARAMETERS/);
  });

  it("a GET query's variables are not logged with its URL", async () => {
    const secret = `SECRET-${Date.now()}`;
    const query = encodeURIComponent(
      'query($s: String) { gaps(filter: { search: $s }) { totalCount } }',
    );
    const variables = encodeURIComponent(JSON.stringify({ s: secret }));
    const response = await fetch(`${api.url}?query=${query}&variables=${variables}`, {
      headers: { authorization: `Bearer ${api.tokens.analyst}` },
    });
    expect(response.status).toBe(200);
    const requestLines = lines.filter((line) => line.includes('"/graphql'));
    expect(requestLines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain(secret);
  });
});

describe('hardening II: exports are safe to open', () => {
  let source: TestApi;
  const targets: TestApi[] = [];
  const titles = [
    '=HYPERLINK("http://evil.example","Click")',
    '+1+2 teams',
    '-2+3 teams',
    '@SUM(A1:A9) teams',
    "'=already quoted",
  ];

  beforeAll(async () => {
    source = await startTestApi();
    for (const [index, title] of titles.entries()) {
      const response = await source.graphql(CREATE_GAP, {
        input: gapInput({
          title,
          description: index === 0 ? '=1+1\nsecond line' : 'plain',
          externalRef: `FORMULA-${index}`,
        }),
      });
      expect(response.body.errors).toBeUndefined();
    }
  });

  afterAll(async () => {
    await Promise.all([source, ...targets].map((api) => api?.close()));
  });

  it.each(['csv', 'xlsx'])(
    '%s: no cell starts a formula, and importing the export restores the text',
    async (format) => {
      const file = await download(source, `gaps.${format}`);
      expect(file.status).toBe(200);
      const table = await tableOf(file);
      for (const row of table.rows) {
        for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r]|^-\D/);
      }
      const exported = table.rows.map((row) => row.title).sort();
      expect(exported).toEqual(
        titles.map((title) => (/^'*[=+\-@]/.test(title) ? `'${title}` : title)).sort(),
      );

      const target = await startTestApi();
      targets.push(target);
      const imported = await uploadMutation<{
        importGaps: { imported: number; errors: unknown[] };
      }>(target.url, target.tokens.coordinator, IMPORT_GAPS, {
        name: `gaps.${format}`,
        content: file.body,
      });
      expect(imported.body.data!.importGaps).toMatchObject({ imported: titles.length, errors: [] });
      const stored = await target.dataSource.query<{ title: string; description: string }[]>(
        'SELECT title, description FROM capability_gaps ORDER BY external_ref',
      );
      expect(stored.map((row) => row.title)).toEqual(titles);
      expect(stored[0].description).toBe('=1+1\nsecond line');
    },
  );
});

describe('hardening II: items left alone earlier', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  it("a sign-in's audit entry names the user who signed in", async () => {
    const [{ id }] = await api.dataSource.query<{ id: string }[]>(
      `SELECT id FROM users WHERE email = $1`,
      [testEmail('analyst')],
    );
    const login = await api.as(null)(
      'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email: testEmail('analyst'), password: TEST_PASSWORD } },
    );
    expect(login.body.errors).toBeUndefined();
    const entries = await api.dataSource.query<{ entity_id: string | null }[]>(
      `SELECT entity_id FROM audit_entries WHERE entity_type = 'User' AND action = 'login'
       ORDER BY occurred_at DESC LIMIT 1`,
    );
    expect(entries).toEqual([{ entity_id: id }]);
  });
});
