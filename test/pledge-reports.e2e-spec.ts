// The pledge reports of issue 19 point 4 over HTTP, on a hand-made Berlin 2025 data set (SQL):
//
// Requirement list: MEDICAL/CASEVAC 60 trainees (MINUSCA) + 20 (any mission); ENGINEERING/C_IED 10.
// P1 USA (lead) with GBR, MEDICAL/CASEVAC 40 trainees, COMMITTED, linked to a USA offer whose
//    partnership delivered 10.
// P2 GBR, MEDICAL/CASEVAC 30 trainees, ANNOUNCED, linked to a GBR offer still in DRAFT whose
//    (impossible, hence written by SQL) partnership delivered 5: never counted.
// P3 USA, MEDICAL/CASEVAC 50 trainees, WITHDRAWN.
// P4 FRA, ENGINEERING without capability or quantity, ANNOUNCED, nothing linked (flagged).
// Pledge texts, reasons and the status history carry markers that must never reach the public.
import { gql } from './graphql';
import { download } from './support/downloads';
import { startTestApi, type TestApi } from './support/test-api';
import { tableOf } from './support/downloads';

const REQUIREMENTS = gql(`
  query PledgeRequirementsReport($filter: PledgeReportFilter) {
    pledgeRequirementsReport(filter: $filter) {
      ministerial { code }
      requirementLines unfilledLines pledges
      rows {
        category capability unit requirementLines required pledges pledged committed delivered
        shortfall coveredPercent fulfilledPercent unfilled
        requirements { missionCode quantity }
      }
    }
  }
`);
const FOLLOW_UP = gql(`
  query PledgeFollowUpReport($filter: PledgeReportFilter) {
    pledgeFollowUpReport(filter: $filter) {
      rows { stateIso3 led joined pledges announced committed inProgress fulfilled withdrawn nothingLinked linkedOffersExpired }
      totals { stateIso3 led joined pledges announced committed inProgress fulfilled withdrawn nothingLinked linkedOffersExpired }
    }
  }
`);
const PUBLIC_SUMMARY = gql(`
  query PublicPledgeSummary {
    publicPledgeSummary {
      ministerialCode city heldOn category pledges fulfilledPledges withdrawnPledges pledgingStates
      quantities { unit required pledged delivered coveredPercent fulfilledPercent }
    }
  }
`);

/** Words a field of the public summary must not contain: it would carry a person or prose. */
const PRIVATE_FIELD =
  /name|email|user|actor|reason|comment|text|note|author|report(ed)?By|phone|description/i;

interface IntrospectedType {
  name: string;
  kind: string;
  fields: { name: string; type: TypeRef }[] | null;
}
interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

describe('pledge reports (real API, Postgres)', () => {
  let api: TestApi;
  let berlin: string;
  const id: Record<string, string> = {};

  async function insert(name: string, sql: string, params: unknown[]): Promise<void> {
    const [row] = await api.dataSource.query<{ id: string }[]>(`${sql} RETURNING id`, params);
    id[name] = row.id;
  }

  async function pledge(
    name: string,
    [lead, members, category, capability, quantity, status]: [
      string,
      string[],
      string,
      string | null,
      number | null,
      string,
    ],
  ): Promise<void> {
    await insert(
      name,
      `INSERT INTO pledges (ministerial_id, lead_iso3, member_iso3s, kind, category, capability,
         text_en, quantity, unit, status, status_changed_at, status_reason)
       VALUES ($1, $2, $3, 'OTHER', $4, $5, $8, $6,
         CASE WHEN $6::int IS NULL THEN NULL ELSE 'TRAINEES'::quantity_unit END, $7, now(),
         'SECRET-REASON')`,
      [berlin, lead, members, category, capability, quantity, status, `SECRET-TEXT of ${lead}`],
    );
    await api.dataSource.query(
      `INSERT INTO pledge_status_changes (pledge_id, to_status, changed_at, actor_user_id,
         actor_email, actor_role, reason)
       SELECT $1, 'ANNOUNCED', now(), id, 'secret.person@example.org', 'DONOR', 'SECRET-REASON'
       FROM users WHERE email = 'donor@test.lcm.local'`,
      [id[name]],
    );
  }

  /** An offer of `donor` (status given) linked to the pledge, with a partnership that delivered. */
  async function delivery(
    pledgeName: string,
    donor: string,
    offerStatus: string,
    delivered: number,
  ): Promise<void> {
    const key = `${pledgeName}-${donor}`;
    await insert(
      `G${key}`,
      `INSERT INTO capability_gaps (member_state_iso3, category, capability, title, quantity,
         confirmed_quantity, unit, priority, languages, needed_from, needed_by, source, status)
       VALUES ('RWA', 'MEDICAL', 'CASEVAC', 'Gap', 20, 20, 'TRAINEES', 'HIGH', '{en}',
         '2026-01-01', '2030-12-31', 'PCRS_ASSESSMENT', 'MATCHED')`,
      [],
    );
    await insert(
      `O${key}`,
      `INSERT INTO offers (donor_iso3, category, capabilities, title, capacity, confirmed_capacity,
         unit, languages, available_from, available_to, status)
       VALUES ($1, 'MEDICAL', '{CASEVAC}', 'Offer', 20, 20, 'TRAINEES', '{en}', '2026-01-01',
         '2030-12-31', $2)`,
      [donor, offerStatus],
    );
    await insert(
      `X${key}`,
      `INSERT INTO proposals (run_id, gap_id, offer_id, quantity, score, breakdown, explanation, status)
       VALUES ($1, $2, $3, 20, 0.9, '{}', 'test', 'CONFIRMED')`,
      [id.run, id[`G${key}`], id[`O${key}`]],
    );
    await insert(
      `P${key}`,
      `INSERT INTO partnerships (proposal_id, gap_id, offer_id, quantity, delivered_quantity)
       VALUES ($1, $2, $3, 20, $4)`,
      [id[`X${key}`], id[`G${key}`], id[`O${key}`], delivered],
    );
    await insert(`L${key}`, `INSERT INTO pledge_offers (pledge_id, offer_id) VALUES ($1, $2)`, [
      id[pledgeName],
      id[`O${key}`],
    ]);
  }

  beforeAll(async () => {
    api = await startTestApi();
    [{ id: berlin }] = await api.dataSource.query<{ id: string }[]>(
      `SELECT id FROM ministerials WHERE code = 'BERLIN_2025'`,
    );
    for (const [category, capability, mission, quantity] of [
      ['MEDICAL', 'CASEVAC', 'MINUSCA', 60],
      ['MEDICAL', 'CASEVAC', null, 20],
      ['ENGINEERING', 'C_IED', null, 10],
    ] as const)
      await api.dataSource.query(
        `INSERT INTO ministerial_requirements (ministerial_id, category, capability, mission_code,
           quantity, unit, description)
         VALUES ($1, $2, $3, $4, $5, 'TRAINEES', 'SECRET-TEXT line')`,
        [berlin, category, capability, mission, quantity],
      );
    await insert(
      'run',
      `INSERT INTO match_runs (requested_by, status) VALUES ('test', 'SUCCEEDED')`,
      [],
    );
    await pledge('P1', ['USA', ['GBR'], 'MEDICAL', 'CASEVAC', 40, 'COMMITTED']);
    await pledge('P2', ['GBR', [], 'MEDICAL', 'CASEVAC', 30, 'ANNOUNCED']);
    await pledge('P3', ['USA', [], 'MEDICAL', 'CASEVAC', 50, 'WITHDRAWN']);
    await pledge('P4', ['FRA', [], 'ENGINEERING', null, null, 'ANNOUNCED']);
    await delivery('P1', 'USA', 'FULLY_ALLOCATED', 10);
    await delivery('P2', 'GBR', 'DRAFT', 5);
  }, 30_000);

  afterAll(async () => {
    await api?.close();
  });

  it('sets each Ministerial’s requirement list against its pledges, unfilled lines flagged', async () => {
    const report = await api.as('analyst')(REQUIREMENTS, {});
    expect(report.body.errors).toBeUndefined();
    const reports = report.body.data!.pledgeRequirementsReport;
    expect(reports.map((each) => each.ministerial.code)).toEqual([
      'NEW_YORK_2019',
      'SEOUL_2021',
      'ACCRA_2023',
      'BERLIN_2025',
    ]);
    expect(reports[0]).toMatchObject({ requirementLines: 0, pledges: 0, rows: [] });
    const berlinReport = reports[3];
    expect(berlinReport).toMatchObject({ requirementLines: 3, unfilledLines: 3, pledges: 3 });
    expect(berlinReport.rows).toEqual([
      {
        category: 'ENGINEERING',
        capability: 'C_IED',
        unit: 'TRAINEES',
        requirementLines: 1,
        required: 10,
        pledges: 0,
        pledged: 0,
        committed: 0,
        delivered: 0,
        shortfall: 10,
        coveredPercent: 0,
        fulfilledPercent: 0,
        unfilled: true,
        requirements: [{ missionCode: null, quantity: 10 }],
      },
      {
        // P1 and P2 (P3 withdrawn); delivered: P1's 10, not the 5 of P2's offer in DRAFT.
        category: 'MEDICAL',
        capability: 'CASEVAC',
        unit: 'TRAINEES',
        requirementLines: 2,
        required: 80,
        pledges: 2,
        pledged: 70,
        committed: 40,
        delivered: 10,
        shortfall: 10,
        coveredPercent: 87.5,
        fulfilledPercent: 12.5,
        unfilled: true,
        requirements: [
          { missionCode: 'MINUSCA', quantity: 60 },
          { missionCode: null, quantity: 20 },
        ],
      },
      {
        // A pledge beyond the list: nothing required, nothing unfilled.
        category: 'ENGINEERING',
        capability: null,
        unit: null,
        requirementLines: 0,
        required: 0,
        pledges: 1,
        pledged: 0,
        committed: 0,
        delivered: 0,
        shortfall: 0,
        coveredPercent: null,
        fulfilledPercent: null,
        unfilled: false,
        requirements: [],
      },
    ]);

    const medical = await api.as('coordinator')(REQUIREMENTS, {
      filter: { ministerial: [berlin], category: ['MEDICAL'], state: ['GBR'] },
    });
    expect(medical.body.data!.pledgeRequirementsReport).toHaveLength(1);
    // GBR leads P2 and joins P1: both count; the lines are the Ministerial's, whoever pledges.
    expect(medical.body.data!.pledgeRequirementsReport[0].rows).toEqual([
      expect.objectContaining({ capability: 'CASEVAC', required: 80, pledged: 70 }),
    ]);
  });

  it('follows pledges up by state and status, each pledge once in the totals', async () => {
    const report = await api.as('admin')(FOLLOW_UP, { filter: { ministerial: [berlin] } });
    expect(report.body.errors).toBeUndefined();
    const zero = {
      led: 0,
      joined: 0,
      pledges: 0,
      announced: 0,
      committed: 0,
      inProgress: 0,
      fulfilled: 0,
      withdrawn: 0,
      nothingLinked: 0,
      linkedOffersExpired: 0,
    };
    expect(report.body.data!.pledgeFollowUpReport).toEqual({
      rows: [
        { ...zero, stateIso3: 'GBR', led: 1, joined: 1, pledges: 2, announced: 1, committed: 1 },
        { ...zero, stateIso3: 'USA', led: 2, pledges: 2, committed: 1, withdrawn: 1 },
        { ...zero, stateIso3: 'FRA', led: 1, pledges: 1, announced: 1, nothingLinked: 1 },
      ],
      totals: {
        ...zero,
        stateIso3: null,
        led: 4,
        pledges: 4,
        announced: 2,
        committed: 1,
        withdrawn: 1,
        nothingLinked: 1,
      },
    });
    const byKind = await api.graphql(FOLLOW_UP, { filter: { kind: ['MEDICAL'] } });
    expect(byKind.body.data!.pledgeFollowUpReport.rows).toEqual([]);
  });

  it('is for staff: donors and T/PCCs are refused, as for the other reports', async () => {
    for (const identity of ['donor', 'tpcc'] as const) {
      const refused = await api.as(identity)(FOLLOW_UP, {});
      expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
      expect((await download(api, 'reports/pledge-requirements.csv', identity)).status).toBe(403);
    }
  });

  it('exports both reports as the queries answer them', async () => {
    const requirements = await tableOf(
      await download(api, `reports/pledge-requirements.csv?ministerial=${berlin}`, 'analyst'),
    );
    expect(requirements.rows.map((row) => [row.ministerial, row.capability, row.missions])).toEqual(
      [
        ['BERLIN_2025', 'C_IED', 'ANY'],
        ['BERLIN_2025', 'CASEVAC', 'MINUSCA;ANY'],
        ['BERLIN_2025', '', ''],
      ],
    );
    expect(requirements.rows[1]).toMatchObject({
      required: '80',
      pledged: '70',
      delivered: '10',
      coveredPercent: '87.5',
      unfilled: 'true',
    });
    const followUp = await tableOf(
      await download(api, 'reports/pledge-follow-up.xlsx?state=fra', 'coordinator'),
    );
    expect(followUp.rows.map((row) => [row.state, row.pledges, row.nothingLinked])).toEqual([
      ['FRA', '1', '1'],
      ['TOTAL', '1', '1'],
    ]);
    const bad = await download(api, 'reports/pledge-follow-up.csv?kind=GIFT');
    expect(bad.status).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
  });

  describe('the public summary', () => {
    it('answers without signing in: fulfilment by Ministerial and category', async () => {
      const summary = await api.as(null)(PUBLIC_SUMMARY, {});
      expect(summary.body.errors).toBeUndefined();
      expect(summary.body.data!.publicPledgeSummary).toEqual([
        {
          ministerialCode: 'BERLIN_2025',
          city: 'Berlin',
          heldOn: '2025-05-13',
          category: 'ENGINEERING',
          pledges: 1,
          fulfilledPledges: 0,
          withdrawnPledges: 0,
          pledgingStates: 1,
          quantities: [
            {
              unit: 'TRAINEES',
              required: 10,
              pledged: 0,
              delivered: 0,
              coveredPercent: 0,
              fulfilledPercent: null,
            },
          ],
        },
        {
          ministerialCode: 'BERLIN_2025',
          city: 'Berlin',
          heldOn: '2025-05-13',
          category: 'MEDICAL',
          pledges: 2,
          fulfilledPledges: 0,
          withdrawnPledges: 1,
          // USA and GBR (P1), GBR (P2); P3 is withdrawn.
          pledgingStates: 2,
          quantities: [
            {
              unit: 'TRAINEES',
              required: 80,
              pledged: 70,
              // Not the 5 delivered through the offer still in DRAFT.
              delivered: 10,
              coveredPercent: 87.5,
              fulfilledPercent: 14.3,
            },
          ],
        },
      ]);
    });

    it('leaks nothing private: no person, text or reason in its type or its answer', async () => {
      // Every type reachable from the field, walked through the schema.
      const introspection = await api.as(null)<{
        __schema: { types: IntrospectedType[] };
      }>(
        `{ __schema { types { name kind fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`,
      );
      // Introspection may itself be closed to anonymous callers; read it as staff then.
      const schema =
        introspection.body.data ??
        (
          await api.graphql<{ __schema: { types: IntrospectedType[] } }>(
            `{ __schema { types { name kind fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`,
          )
        ).body.data!;
      const types = new Map(schema.__schema.types.map((type) => [type.name, type]));
      const named = (ref: TypeRef): string => (ref.ofType ? named(ref.ofType) : ref.name!);
      const seen: string[] = [];
      const fields: string[] = [];
      const walk = (name: string) => {
        if (seen.includes(name)) return;
        seen.push(name);
        for (const field of types.get(name)?.fields ?? []) {
          fields.push(`${name}.${field.name}`);
          walk(named(field.type));
        }
      };
      walk('PublicPledgeSummaryRow');
      expect(seen.filter((name) => types.get(name)?.kind === 'OBJECT')).toEqual([
        'PublicPledgeSummaryRow',
        'PublicPledgeQuantity',
      ]);
      expect(fields.filter((field) => PRIVATE_FIELD.test(field.split('.')[1]))).toEqual([]);
      // Ids would lead to rows (and users) behind the summary: none either.
      expect(fields.filter((field) => /id$/i.test(field))).toEqual([]);

      const answer = JSON.stringify((await api.as(null)(PUBLIC_SUMMARY, {})).body);
      const users = await api.dataSource.query<{ id: string; email: string }[]>(
        'SELECT id, email FROM users',
      );
      for (const secret of [
        'SECRET',
        'secret.person',
        '@',
        ...users.flatMap((user) => [user.id, user.email]),
        ...Object.values(id),
      ])
        expect({ secret, found: answer.includes(secret) }).toEqual({ secret, found: false });
    });

    it('exports for any signed-in role', async () => {
      const exported = await tableOf(await download(api, 'reports/pledge-summary.csv', 'tpcc'));
      expect(exported.rows.map((row) => [row.category, row.unit, row.delivered])).toEqual([
        ['ENGINEERING', 'TRAINEES', '0'],
        ['MEDICAL', 'TRAINEES', '10'],
      ]);
    });

    it('is refused with NOT_FOUND, to everyone, when PUBLIC_PLEDGE_SUMMARY=false', async () => {
      const off = await startTestApi({ PUBLIC_PLEDGE_SUMMARY: 'false' });
      try {
        for (const identity of [null, 'coordinator'] as const) {
          const refused = await off.as(identity)(PUBLIC_SUMMARY, {});
          expect(refused.body.data ?? null).toBeNull();
          expect(refused.body.errors?.[0]).toMatchObject({
            message: expect.stringContaining('PUBLIC_PLEDGE_SUMMARY=false'),
            extensions: { code: 'NOT_FOUND' },
          });
        }
        expect((await download(off, 'reports/pledge-summary.csv', 'analyst')).status).toBe(404);
        // The staff reports stay.
        expect((await off.as('analyst')(FOLLOW_UP, {})).body.errors).toBeUndefined();
      } finally {
        await off.close();
        delete process.env.PUBLIC_PLEDGE_SUMMARY;
      }
    }, 30_000);
  });
});
