// matchDiagnostics over HTTP: the README's CASEVAC gap on the demo data, explained from the latest
// run (France not eligible, the United States outbid), a donor's near misses, the run's own
// accepted proposals added back, and who may ask about what.
import { DEMO_ANCHOR_DAY, demoFileFor } from '@app/demo-data';
import { RequestContext } from '@app/request-context';
import { ImportService } from '@app/spreadsheets';

import { gql } from './graphql';
import { gapInput } from './support/factories';
import { createOpen, startTestWorker, type TestWorker } from './support/match-runs';
import { startTestApi, type TestApi } from './support/test-api';

const DIAGNOSE_GAP = gql(`
  query DiagnoseGap($gapId: ID) {
    matchDiagnostics(gapId: $gapId) {
      status runId consistent problems summary
      gap {
        gapId demand allocated unmet
        offers {
          offerId donor outcome rule quantity score scoreNeeded capacityMissing explanation
          competition { gapId memberState quantity score }
          scoreChanges { criterion score explanation }
          offer { id title }
        }
      }
      offer { offerId }
    }
  }
`);

const DIAGNOSE_OFFER = gql(`
  query DiagnoseOffer($offerId: ID) {
    matchDiagnostics(offerId: $offerId) {
      status consistent problems summary
      gap { gapId }
      offer {
        offerId capacity allocated unused
        allocations { gapId memberState quantity score }
        unservedCandidates { gapId memberState score unmet }
        notCandidates { rule gaps }
        nearMisses {
          gapId memberState capability priority rule demand explanation
          change { addLanguage addEligible availableFrom availableTo }
        }
      }
    }
  }
`);

const ACCEPT = gql(`
  mutation AcceptForDiagnostics($input: AcceptProposalInput!) {
    acceptProposal(input: $input) { id status }
  }
`);

/** `day` of the docs' example (seeded on 2026-12-06) moved as the seeder moved the demo data. */
function asSeededToday(day: string): string {
  const shift = Date.parse(new Date().toISOString().slice(0, 10)) - Date.parse('2026-12-06');
  return new Date(Date.parse(day) + shift).toISOString().slice(0, 10);
}

describe('matchDiagnostics (real API, worker, Postgres, Redis)', () => {
  let api: TestApi;
  let worker: TestWorker;
  let gapId: string;
  let offerIds: Record<string, string>;
  let gapIds: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker(api);
    const imports = api.app.get(ImportService);
    const today = new Date().toISOString().slice(0, 10);
    expect(DEMO_ANCHOR_DAY).toBe('2027-01-01');
    for (const kind of ['gaps', 'offers'] as const) {
      const file = { filename: `demo-${kind}.csv`, content: demoFileFor(kind, today) };
      const result =
        kind === 'gaps'
          ? await imports.importGaps(RequestContext.forSystem(), file)
          : await imports.importOffers(RequestContext.forSystem(), file);
      expect(result.errors).toEqual([]);
    }
    offerIds = Object.fromEntries(
      (
        await api.dataSource.query<{ external_ref: string; id: string }[]>(
          'SELECT external_ref, id FROM offers',
        )
      ).map((row) => [row.external_ref, row.id]),
    );
    gapIds = Object.fromEntries(
      (
        await api.dataSource.query<{ external_ref: string; id: string }[]>(
          'SELECT external_ref, id FROM capability_gaps',
        )
      ).map((row) => [row.external_ref, row.id]),
    );
  }, 60_000);

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('answers NO_RUN before any run has succeeded', async () => {
    const response = await api.graphql(DIAGNOSE_OFFER, { offerId: offerIds['OFFER-USA-MEDICAL'] });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.matchDiagnostics).toMatchObject({
      status: 'NO_RUN',
      offer: null,
      summary: 'No match run has succeeded yet, so there is nothing to explain.',
    });
  });

  it("explains the README's CASEVAC gap: France not eligible, the United States outbid", async () => {
    // The README's gap (Rwanda, MINUSCA, CASEVAC, 40 trainees, fr/en, 2027-01-15 → 2027-06-30),
    // dated as on the demo data seeded on 2026-12-06 (docs/matching-and-runs.md).
    gapId = await createOpen(
      api,
      'Gap',
      gapInput({
        neededFrom: asSeededToday('2027-01-15'),
        neededBy: asSeededToday('2027-06-30'),
      }),
    );
    const run = await worker.runToCompletion();
    expect(run.status).toBe('SUCCEEDED');

    const response = await api.graphql(DIAGNOSE_GAP, { gapId });
    expect(response.body.errors).toBeUndefined();
    const diagnosis = response.body.data!.matchDiagnostics!;
    expect(diagnosis).toMatchObject({
      status: 'DIAGNOSED',
      runId: run.id,
      consistent: true,
      problems: [],
      offer: null,
      gap: { gapId, demand: 40, allocated: 0, unmet: 40 },
    });
    expect(diagnosis.summary).toMatch(/^Nothing was proposed for this gap's 40 units\./);
    const verdicts = diagnosis.gap!.offers;
    const france = verdicts.find((v) => v.offerId === offerIds['OFFER-FRA-MEDICAL'])!;
    expect(france).toMatchObject({
      donor: 'FRA',
      outcome: 'NOT_CANDIDATE',
      rule: 'ELIGIBILITY',
      quantity: 0,
      score: null,
      offer: { id: offerIds['OFFER-FRA-MEDICAL'] },
      explanation:
        'The offer is open only to Western Africa (011) or Middle Africa (017); Rwanda (RWA) is in Eastern Africa (014), Sub-Saharan Africa (202) and Africa (002).',
    });
    const usa = verdicts.find((v) => v.offerId === offerIds['OFFER-USA-MEDICAL'])!;
    expect(usa).toMatchObject({ donor: 'USA', outcome: 'OUTBID', rule: null, quantity: 0 });
    expect(usa.score).toBeCloseTo(0.628694, 6);
    expect(usa.scoreNeeded).toBeCloseTo(0.641269, 6);
    expect(usa.capacityMissing).toBe(39);
    // Its 300 places went to gaps scoring higher on it, the Rwandan CASEVAC gap first.
    expect(usa.competition.reduce((total, c) => total + c.quantity, 0)).toBe(300);
    expect(usa.competition[0]).toMatchObject({
      gapId: gapIds['GAP-RWA-CASEVAC'],
      memberState: 'RWA',
      quantity: 60,
    });
    expect(usa.competition.every((c) => c.score > usa.score!)).toBe(true);
    const deliveryMode = usa.scoreChanges.find((c) => c.criterion === 'DELIVERY_MODE')!;
    expect(deliveryMode.score).toBeCloseTo(0.678694, 6);
    expect(deliveryMode.explanation).toMatch(/^a preferred delivery mode the offer has/);
    expect(usa.explanation).toContain(
      'This gap would get units of it with a score above 0.641269.',
    );
    // Every offer of the category is there, each with a sentence.
    expect(verdicts.every((v) => v.explanation.length > 0)).toBe(true);
  }, 60_000);

  it("shows a donor its offer's near misses, with the demand each would cover", async () => {
    const france = await api.graphql(DIAGNOSE_OFFER, { offerId: offerIds['OFFER-FRA-MEDICAL'] });
    expect(france.body.errors).toBeUndefined();
    const diagnosis = france.body.data!.matchDiagnostics!.offer!;
    const readmeGap = diagnosis.nearMisses.find((miss) => miss.gapId === gapId);
    expect(readmeGap).toMatchObject({
      memberState: 'RWA',
      capability: 'CASEVAC',
      rule: 'ELIGIBILITY',
      demand: 40,
      change: { addEligible: 'RWA', addLanguage: null, availableFrom: null, availableTo: null },
    });
    expect(readmeGap!.explanation).toMatch(
      /opening the offer to Rwanda \(RWA\) would make it a candidate/,
    );
    expect(
      diagnosis.notCandidates.find((count) => count.rule === 'ELIGIBILITY')!.gaps,
    ).toBeGreaterThan(0);

    // The United States' donor reads its own offer: allocations add up to what it gave.
    const usa = await api.as('donor')(DIAGNOSE_OFFER, { offerId: offerIds['OFFER-USA-MEDICAL'] });
    expect(usa.body.errors).toBeUndefined();
    const own = usa.body.data!.matchDiagnostics!.offer!;
    expect(own.allocated).toBe(300);
    expect(own.allocations.reduce((total, a) => total + a.quantity, 0)).toBe(300);
    expect(own.unservedCandidates.map((c) => c.gapId)).toContain(gapId);
  });

  it('hides the other T/PCCs’ gaps from a T/PCC, and follows the gap and offer queries’ visibility', async () => {
    const own = await api.as('tpcc')(DIAGNOSE_GAP, { gapId });
    expect(own.body.errors).toBeUndefined();
    const usa = own.body.data!.matchDiagnostics!.gap!.offers.find(
      (v) => v.offerId === offerIds['OFFER-USA-MEDICAL'],
    )!;
    // Rwanda's own gap is named; Ghana's, Cameroon's and Zambia's are not.
    expect(usa.competition[0]).toMatchObject({
      gapId: gapIds['GAP-RWA-CASEVAC'],
      memberState: 'RWA',
    });
    expect(usa.competition.slice(1).every((c) => c.gapId === null && c.memberState === null)).toBe(
      true,
    );
    expect(usa.explanation).toContain("another T/PCC's gap");
    expect(usa.explanation).not.toMatch(/GHA|CMR|ZMB/);

    for (const identity of ['analyst', 'admin'] as const) {
      const response = await api.as(identity)(DIAGNOSE_GAP, { gapId });
      expect(response.body.data!.matchDiagnostics!.status).toBe('DIAGNOSED');
    }
    // Another state's T/PCC, another donor: null, as gap(id) and offer(id) answer.
    const otherTpcc = await api.as('otherTpcc')(DIAGNOSE_GAP, { gapId });
    expect(otherTpcc.body).toEqual({ data: { matchDiagnostics: null } });
    const otherDonor = await api.as('otherDonor')(DIAGNOSE_OFFER, {
      offerId: offerIds['OFFER-USA-MEDICAL'],
    });
    expect(otherDonor.body).toEqual({ data: { matchDiagnostics: null } });
    const missing = await api.graphql(DIAGNOSE_GAP, {
      gapId: '00000000-0000-4000-8000-000000000000',
    });
    expect(missing.body).toEqual({ data: { matchDiagnostics: null } });

    // A donor asks about its offers, a T/PCC about its gaps: the other kind is FORBIDDEN.
    const donorOnGap = await api.as('donor')(DIAGNOSE_GAP, { gapId });
    expect(donorOnGap.body.data).toEqual({ matchDiagnostics: null });
    expect(donorOnGap.body.errors![0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      field: 'gapId',
    });
    const tpccOnOffer = await api.as('tpcc')(DIAGNOSE_OFFER, {
      offerId: offerIds['OFFER-USA-MEDICAL'],
    });
    expect(tpccOnOffer.body.errors![0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      field: 'offerId',
    });
    const anonymous = await api.as(null)(DIAGNOSE_GAP, { gapId });
    expect(anonymous.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('asks for exactly one of gapId and offerId, naming the field', async () => {
    const neither = await api.graphql(DIAGNOSE_GAP, { gapId: null });
    expect(neither.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'gapId',
    });
    const both = await api.graphql(
      'query { matchDiagnostics(gapId: "00000000-0000-4000-8000-000000000000", offerId: "00000000-0000-4000-8000-000000000001") { status } }',
    );
    expect(both.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'offerId',
    });
    const malformed = await api.graphql(DIAGNOSE_GAP, { gapId: 'not-an-id' });
    expect(malformed.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it("adds back what the run's own accepted proposals reserve: the diagnosis still fits", async () => {
    const [proposal] = await api.dataSource.query<{ id: string; quantity: number }[]>(
      `SELECT p.id, p.quantity FROM proposals p
        WHERE p.gap_id = $1 AND p.offer_id = $2 AND p.status = 'PROPOSED'`,
      [gapIds['GAP-RWA-CASEVAC'], offerIds['OFFER-USA-MEDICAL']],
    );
    expect(proposal.quantity).toBe(60);
    for (const side of ['TPCC', 'DONOR'] as const) {
      const accepted = await api.graphql(ACCEPT, { input: { id: proposal.id, side } });
      expect(accepted.body.errors).toBeUndefined();
    }
    const response = await api.graphql(DIAGNOSE_GAP, { gapId });
    const diagnosis = response.body.data!.matchDiagnostics!;
    expect(diagnosis).toMatchObject({ status: 'DIAGNOSED', consistent: true, problems: [] });
    const usa = diagnosis.gap!.offers.find((v) => v.offerId === offerIds['OFFER-USA-MEDICAL'])!;
    expect(usa.outcome).toBe('OUTBID');
    expect(usa.scoreNeeded).toBeCloseTo(0.641269, 6);

    // The Rwandan gap now confirmed in full: its own diagnosis shows the units it got.
    const filled = await api.graphql(DIAGNOSE_GAP, { gapId: gapIds['GAP-RWA-CASEVAC'] });
    expect(filled.body.data!.matchDiagnostics).toMatchObject({
      status: 'DIAGNOSED',
      consistent: true,
      gap: { demand: 60, allocated: 60, unmet: 0 },
    });
  }, 60_000);
});
