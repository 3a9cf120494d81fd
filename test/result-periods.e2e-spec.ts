// Results per reporting period over HTTP: the gap's indicator recorded per period of a
// partnership (baseline, target, actual, who and when), its rules (end ≥ start, no overlap, finite
// numbers; the error names the field and nothing is written), who may record it (a coordinator or
// either party, as the indicator after delivery), the audit log, the partnership's
// `resultPeriods` and the outcomes report's `periods`.
import { gql } from './graphql';
import { startTestApi, type TestApi } from './support/test-api';

const RECORD = gql(`
  mutation RecordResultPeriod($input: RecordResultPeriodInput!) {
    recordPartnershipResultPeriod(input: $input) {
      id partnershipId indicator periodStart periodEnd baseline target actual
      reportedAt reportedByUserId reportedByEmail reportedByRole reportedByMemberState
    }
  }
`);
const CORRECT = gql(`
  mutation CorrectResultPeriod($input: CorrectResultPeriodInput!) {
    correctPartnershipResultPeriod(input: $input) {
      id periodStart periodEnd baseline target actual reportedByEmail
    }
  }
`);
const PARTNERSHIP = gql(`
  query PartnershipPeriods($id: ID!) {
    partnership(id: $id) {
      id indicatorAfter
      resultPeriods { periodStart periodEnd actual reportedByEmail }
    }
  }
`);
const OUTCOMES = gql(`
  query OutcomePeriods {
    partnershipOutcomes(first: 10) {
      summary { partnerships measured withPeriods }
      edges { node {
        partnershipId after
        periods { periodStart periodEnd baseline target actual change targetProgressPercent }
        latestPeriod { periodEnd actual targetProgressPercent }
      } }
    }
  }
`);

describe('results per reporting period (real API, Postgres)', () => {
  let api: TestApi;
  let partnershipId: string;
  let noIndicatorId: string;

  /** A USA → RWA partnership on a gap with (or without) an indicator, 30 → target 90. */
  async function partnership(indicator: string | null): Promise<string> {
    const [{ id }] = await api.dataSource.query<{ id: string }[]>(
      `WITH run AS (INSERT INTO match_runs (requested_by, status) VALUES ('test', 'SUCCEEDED') RETURNING id),
            gap AS (INSERT INTO capability_gaps (member_state_iso3, category, capability, title,
                      quantity, confirmed_quantity, unit, priority, languages, needed_from, needed_by,
                      source, status, objective_indicator, objective_baseline, objective_target)
                    VALUES ('RWA', 'MEDICAL', 'CASEVAC', 'CASEVAC teams', 10, 10, 'TRAINEES', 'HIGH',
                      '{en}', '2027-01-01', '2027-12-31', 'PCRS_ASSESSMENT', 'MATCHED', $1,
                      CASE WHEN $1::text IS NULL THEN NULL ELSE 30 END,
                      CASE WHEN $1::text IS NULL THEN NULL ELSE 90 END) RETURNING id),
            offer AS (INSERT INTO offers (donor_iso3, category, capabilities, title, capacity,
                      confirmed_capacity, unit, languages, available_from, available_to, status)
                    VALUES ('USA', 'MEDICAL', '{CASEVAC}', 'CASEVAC training', 10, 10, 'TRAINEES',
                      '{en}', '2027-01-01', '2027-12-31', 'FULLY_ALLOCATED') RETURNING id),
            proposal AS (INSERT INTO proposals (run_id, gap_id, offer_id, quantity, score, breakdown,
                      explanation, status)
                    SELECT run.id, gap.id, offer.id, 10, 0.9, '{}', 'test', 'CONFIRMED'
                    FROM run, gap, offer RETURNING id, gap_id, offer_id)
       INSERT INTO partnerships (proposal_id, gap_id, offer_id, quantity)
       SELECT id, gap_id, offer_id, 10 FROM proposal RETURNING id`,
      [indicator],
    );
    return id;
  }

  const count = async () =>
    (
      await api.dataSource.query<{ periods: number; audited: number }[]>(
        `SELECT (SELECT count(*)::int FROM partnership_result_periods) AS periods,
                (SELECT count(*)::int FROM audit_entries
                  WHERE entity_type = 'PartnershipResultPeriod') AS audited`,
      )
    )[0];

  beforeAll(async () => {
    api = await startTestApi();
    partnershipId = await partnership('% of patrols with a certified CASEVAC team');
    noIndicatorId = await partnership(null);
  }, 30_000);

  afterAll(async () => {
    await api?.close();
  });

  it('records a period as a party: the gap’s baseline and target by default, who and when, audited', async () => {
    const recorded = await api.as('donor')(RECORD, {
      input: { partnershipId, periodStart: '2027-01-01', periodEnd: '2027-03-31', actual: 45 },
    });
    expect(recorded.body.errors).toBeUndefined();
    expect(recorded.body.data!.recordPartnershipResultPeriod).toMatchObject({
      partnershipId,
      indicator: '% of patrols with a certified CASEVAC team',
      periodStart: '2027-01-01',
      periodEnd: '2027-03-31',
      baseline: 30,
      target: 90,
      actual: 45,
      reportedByEmail: 'donor@test.lcm.local',
      reportedByRole: 'DONOR',
      reportedByMemberState: 'USA',
      reportedByUserId: expect.any(String),
      reportedAt: expect.any(String),
    });
    const audited = await api.dataSource.query<{ action: string; actor_email: string }[]>(
      `SELECT action, actor_email FROM audit_entries WHERE entity_type = 'PartnershipResultPeriod'`,
    );
    expect(audited).toEqual([
      { action: 'recordPartnershipResultPeriod', actor_email: 'donor@test.lcm.local' },
    ]);

    // The T/PCC party reports the next quarter, with its own target.
    const next = await api.as('tpcc')(RECORD, {
      input: {
        partnershipId,
        periodStart: '2027-04-01',
        periodEnd: '2027-06-30',
        target: 75,
        actual: 60,
      },
    });
    expect(next.body.errors).toBeUndefined();
    expect(next.body.data!.recordPartnershipResultPeriod).toMatchObject({
      target: 75,
      reportedByRole: 'TPCC',
    });
  });

  it.each([
    [
      'an end before the start',
      { periodStart: '2027-09-30', periodEnd: '2027-07-01', actual: 1 },
      'BAD_USER_INPUT',
      'input.periodEnd',
    ],
    [
      'a period overlapping one already reported',
      { periodStart: '2027-03-31', periodEnd: '2027-04-15', actual: 1 },
      'CONFLICT',
      'input.periodStart',
    ],
    [
      'a number beyond any indicator',
      { periodStart: '2027-07-01', periodEnd: '2027-09-30', actual: 1e300 },
      'BAD_USER_INPUT',
      'input.actual',
    ],
    [
      'a day that is not a date',
      { periodStart: '2027-02-30', periodEnd: '2027-09-30', actual: 1 },
      'BAD_USER_INPUT',
      'input.periodStart',
    ],
  ])(
    'refuses %s with its code on its field, writing nothing',
    async (_what, period, code, field) => {
      const before = await count();
      const refused = await api.graphql(RECORD, { input: { partnershipId, ...period } });
      expect(refused.body.errors?.[0].extensions).toMatchObject({ code, field });
      expect(refused.body.data ?? null).toBeNull();
      expect(await count()).toEqual(before);
    },
  );

  it('refuses a gap without an indicator (CONFLICT), and a state not party (FORBIDDEN)', async () => {
    const before = await count();
    const input = { periodStart: '2027-01-01', periodEnd: '2027-01-31', actual: 1 };
    const noIndicator = await api.graphql(RECORD, {
      input: { partnershipId: noIndicatorId, ...input },
    });
    expect(noIndicator.body.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.partnershipId',
    });
    for (const identity of ['otherDonor', 'otherTpcc'] as const) {
      const refused = await api.as(identity)(RECORD, { input: { partnershipId, ...input } });
      expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    for (const identity of ['analyst', 'admin'] as const) {
      const refused = await api.as(identity)(RECORD, { input: { partnershipId, ...input } });
      expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await count()).toEqual(before);
  });

  it('corrects a period: values and dates, same rules, the corrector kept', async () => {
    const [first, second] = await api.dataSource.query<{ id: string }[]>(
      `SELECT id FROM partnership_result_periods WHERE partnership_id = $1 ORDER BY period_start`,
      [partnershipId],
    );
    const corrected = await api.as('coordinator')(CORRECT, {
      input: { id: first.id, actual: 48, periodEnd: '2027-03-30' },
    });
    expect(corrected.body.errors).toBeUndefined();
    expect(corrected.body.data!.correctPartnershipResultPeriod).toMatchObject({
      periodStart: '2027-01-01',
      periodEnd: '2027-03-30',
      baseline: 30,
      actual: 48,
      reportedByEmail: 'coordinator@test.lcm.local',
    });

    const before = await count();
    const overlapping = await api.graphql(CORRECT, {
      input: { id: second.id, periodStart: '2027-03-01' },
    });
    expect(overlapping.body.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.periodStart',
    });
    const reversed = await api.graphql(CORRECT, {
      input: { id: second.id, periodEnd: '2027-03-31' },
    });
    expect(reversed.body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.periodEnd',
    });
    const cleared = await api.graphql(CORRECT, { input: { id: second.id, actual: null } });
    expect(cleared.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const byOtherState = await api.as('otherDonor')(CORRECT, {
      input: { id: second.id, actual: 1 },
    });
    expect(byOtherState.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const missing = await api.graphql(CORRECT, {
      input: { id: '00000000-0000-4000-8000-000000000000', actual: 1 },
    });
    expect(missing.body.errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.id',
    });
    expect(await count()).toEqual(before);
  });

  it('shows the periods on the partnership and in the outcomes report', async () => {
    const read = await api.as('tpcc')(PARTNERSHIP, { id: partnershipId });
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data!.partnership).toMatchObject({
      indicatorAfter: null,
      resultPeriods: [
        { periodStart: '2027-01-01', periodEnd: '2027-03-30', actual: 48 },
        { periodStart: '2027-04-01', periodEnd: '2027-06-30', actual: 60 },
      ],
    });
    // Another state's T/PCC does not see the partnership, nor its periods.
    expect((await api.as('otherTpcc')(PARTNERSHIP, { id: partnershipId })).body.data).toEqual({
      partnership: null,
    });

    const report = await api.as('analyst')(OUTCOMES, {});
    expect(report.body.errors).toBeUndefined();
    const { summary, edges } = report.body.data!.partnershipOutcomes;
    expect(summary).toEqual({ partnerships: 2, measured: 0, withPeriods: 1 });
    const outcome = edges.find((edge) => edge.node.partnershipId === partnershipId)!.node;
    expect(outcome.after).toBeNull();
    expect(outcome.periods).toEqual([
      {
        periodStart: '2027-01-01',
        periodEnd: '2027-03-30',
        baseline: 30,
        target: 90,
        actual: 48,
        change: 18,
        targetProgressPercent: 30,
      },
      {
        periodStart: '2027-04-01',
        periodEnd: '2027-06-30',
        baseline: 30,
        target: 75,
        actual: 60,
        change: 30,
        targetProgressPercent: 66.7,
      },
    ]);
    expect(outcome.latestPeriod).toEqual({
      periodEnd: '2027-06-30',
      actual: 60,
      targetProgressPercent: 66.7,
    });
  });
});
