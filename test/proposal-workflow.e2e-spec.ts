import { countQueries } from './support/count-queries';
import { createOpen, startWorkerProcess, type TestWorker } from './support/match-runs';
import { gapInput, offerInput } from './support/factories';
import { startTestApi, type TestApi } from './support/test-api';
import { gql } from './graphql';
import {
  type AcceptProposalInput,
  type DeclineProposalInput,
  type ProposalFieldsFragment,
  type ProposalFilter,
} from './graphql/graphql';

const PROPOSALS = gql(`
  query Proposals($filter: ProposalFilter) {
    proposals(first: 100, filter: $filter) { edges { node { ...ProposalFields } } }
  }
`);

const ACCEPT = gql(`
  mutation AcceptProposal($input: AcceptProposalInput!) {
    acceptProposal(input: $input) { ...ProposalFields }
  }
`);

const DECLINE = gql(`
  mutation DeclineProposal($input: DeclineProposalInput!) {
    declineProposal(input: $input) { ...ProposalFields }
  }
`);

const WITHDRAW_OFFER = gql(`
  mutation WithdrawOfferOfProposal($input: WithdrawOfferInput!) {
    withdrawOffer(input: $input) { status }
  }
`);

const SHRINK_GAP = gql(`
  mutation ShrinkGap($input: UpdateGapInput!) { updateGap(input: $input) { quantity } }
`);

const ADD_MILESTONE = gql(`
  mutation AddMilestone($input: AddMilestoneInput!) {
    addPartnershipMilestone(input: $input) { id title dueOn achievedOn }
  }
`);

const COMPLETE_MILESTONE = gql(`
  mutation CompleteMilestone($input: CompleteMilestoneInput!) {
    completePartnershipMilestone(input: $input) { achievedOn note }
  }
`);

const DELIVERY = gql(`
  mutation RecordDelivery($input: RecordDeliveryInput!) {
    recordPartnershipDelivery(input: $input) { deliveredQuantity status }
  }
`);

const INDICATOR = gql(`
  mutation RecordIndicator($input: RecordIndicatorInput!) {
    recordPartnershipIndicator(input: $input) {
      indicatorAfter indicatorMeasuredOn indicatorBaseline
    }
  }
`);

const PARTNERSHIPS = gql(`
  query PartnershipsOfGap($filter: PartnershipFilter) {
    partnerships(first: 10, filter: $filter) {
      edges { node { id gap { id } offer { donorIso3 } milestones { title achievedOn } } }
    }
  }
`);

const PAGE = gql(`
  query ProposalPage($first: Int) {
    proposals(first: $first) {
      edges {
        node {
          id gap { title memberState { name } } offer { title donor { name } }
          partnership { quantity milestones { title } }
        }
      }
    }
  }
`);

type ProposalView = ProposalFieldsFragment;

type GraphQLError = { message: string; extensions?: Record<string, unknown> };

describe('proposal workflow: both sides answer, partnerships consume demand and capacity', () => {
  let api: TestApi;
  let worker: TestWorker;

  beforeAll(async () => {
    api = await startTestApi();
    // The real worker process, as deployed (the other run tests use the worker module in-process).
    worker = await startWorkerProcess(api);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  async function proposalsOf(filter: ProposalFilter): Promise<ProposalView[]> {
    const response = await api.graphql(PROPOSALS, { filter });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.proposals.edges.map((edge) => edge.node);
  }

  async function answer(
    mutation: 'accept' | 'decline',
    input: AcceptProposalInput | DeclineProposalInput,
  ): Promise<{ proposal?: ProposalView; error?: GraphQLError }> {
    const response =
      mutation === 'accept'
        ? await api.graphql(ACCEPT, { input })
        : await api.graphql(DECLINE, { input });
    const error = response.body.errors?.[0];
    if (error) return { error };
    const data = response.body.data!;
    return { proposal: 'acceptProposal' in data ? data.acceptProposal : data.declineProposal };
  }

  it('start run → proposals with explanations → both accept → partnership, quantities deducted → next run proposes only what remains', async () => {
    const gap = await createOpen(api, 'Gap', gapInput({ priority: 'CRITICAL', quantity: 30 }));
    const offer = await createOpen(api, 'Offer', offerInput({ capacity: 20 }));

    const first = await worker.runToCompletion();
    expect(first.status).toBe('SUCCEEDED');
    const [proposal] = await proposalsOf({ run: [first.id] });
    expect(proposal).toMatchObject({
      gapId: gap,
      offerId: offer,
      quantity: 20,
      status: 'PROPOSED',
    });
    expect(proposal.explanation).toContain('CASEVAC');

    const tpcc = await answer('accept', { id: proposal.id, side: 'TPCC' });
    expect(tpcc.proposal).toMatchObject({
      status: 'ACCEPTED',
      tpccResponse: 'ACCEPTED',
      donorResponse: 'PENDING',
      gap: { status: 'OPEN', reservedQuantity: 20, confirmedQuantity: 0, remainingQuantity: 10 },
      offer: { status: 'OPEN', reservedCapacity: 20, remainingCapacity: 0 },
      partnership: null,
    });
    // Accepting twice changes nothing.
    const again = await answer('accept', { id: proposal.id, side: 'TPCC' });
    expect(again.proposal).toMatchObject({ status: 'ACCEPTED', gap: { reservedQuantity: 20 } });

    const donor = await answer('accept', { id: proposal.id, side: 'DONOR' });
    expect(donor.proposal).toMatchObject({
      status: 'CONFIRMED',
      tpccResponse: 'ACCEPTED',
      donorResponse: 'ACCEPTED',
      gap: {
        status: 'PARTIALLY_MATCHED',
        reservedQuantity: 0,
        confirmedQuantity: 20,
        remainingQuantity: 10,
      },
      offer: { status: 'FULLY_ALLOCATED', confirmedCapacity: 20, remainingCapacity: 0 },
      partnership: { quantity: 20, deliveredQuantity: 0, status: 'ACTIVE' },
    });

    // Another donor comes in: the next run proposes only the 10 units still needed.
    const second = await createOpen(api, 'Offer', offerInput({ donor: 'GBR', capacity: 50 }));
    const next = await worker.runToCompletion();
    expect(next.stats).toMatchObject({ gaps: 1, offers: 1, demand: 10, covered: 10 });
    const [remaining] = await proposalsOf({ run: [next.id] });
    expect(remaining).toMatchObject({ gapId: gap, offerId: second, quantity: 10 });
    // The confirmed proposal is not superseded by later runs.
    expect((await proposalsOf({ gap: [gap], status: ['CONFIRMED'] })).map((p) => p.id)).toEqual([
      proposal.id,
    ]);

    const both = await answer('accept', { id: remaining.id, side: 'DONOR' });
    expect(both.proposal!.status).toBe('ACCEPTED');
    const done = await answer('accept', { id: remaining.id, side: 'TPCC' });
    expect(done.proposal).toMatchObject({
      status: 'CONFIRMED',
      gap: { status: 'MATCHED', confirmedQuantity: 30, remainingQuantity: 0 },
      offer: { status: 'PARTIALLY_ALLOCATED', confirmedCapacity: 10, remainingCapacity: 40 },
    });
  });

  it('a declined pair is released and never proposed again', async () => {
    const gap = await createOpen(
      api,
      'Gap',
      gapInput({ memberState: 'SEN', category: 'LOGISTICS', capability: 'FUEL_MANAGEMENT' }),
    );
    const offer = await createOpen(
      api,
      'Offer',
      offerInput({ category: 'LOGISTICS', capabilities: [], capacity: 100 }),
    );
    const run = await worker.runToCompletion();
    const [proposal] = await proposalsOf({ run: [run.id], gap: [gap] });
    expect(proposal.offerId).toBe(offer);

    const accepted = await answer('accept', { id: proposal.id, side: 'DONOR' });
    expect(accepted.proposal!.gap).toMatchObject({ reservedQuantity: 40 });
    const declined = await answer('decline', {
      id: proposal.id,
      side: 'TPCC',
      reason: 'Training dates clash with rotation',
    });
    expect(declined.proposal).toMatchObject({
      status: 'DECLINED',
      statusReason: 'Training dates clash with rotation',
      tpccResponse: 'DECLINED',
      donorResponse: 'ACCEPTED',
      gap: { status: 'OPEN', reservedQuantity: 0, remainingQuantity: 40 },
      offer: { reservedCapacity: 0, remainingCapacity: 100 },
    });
    const late = await answer('accept', { id: proposal.id, side: 'TPCC' });
    expect(late.error!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.id' });

    const rerun = await worker.runToCompletion();
    expect(await proposalsOf({ run: [rerun.id], gap: [gap] })).toEqual([]);
  });

  it('parallel acceptances never over-commit an offer', async () => {
    const offer = await createOpen(
      api,
      'Offer',
      offerInput({ category: 'AVIATION', capabilities: [], capacity: 10, donor: 'NOR' }),
    );
    const gaps: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      gaps.push(
        await createOpen(
          api,
          'Gap',
          gapInput({ category: 'AVIATION', capability: 'HELICOPTER_LANDING_SITES', quantity: 5 }),
        ),
      );
    }
    // Six competing proposals for 30 units of a 10-unit offer, as stale proposals of several
    // runs could be: only two may get through, whatever the interleaving.
    const [{ id: runId }] = await api.dataSource.query<{ id: string }[]>(
      `INSERT INTO match_runs (requested_by, status) VALUES ('test', 'SUCCEEDED') RETURNING id`,
    );
    const proposalIds = (
      await api.dataSource.query<{ id: string }[]>(
        `INSERT INTO proposals (run_id, gap_id, offer_id, quantity, score, breakdown, explanation)
         SELECT $1, gap_id, $2, 5, 0.5, '{}', 'test' FROM unnest($3::uuid[]) AS gap_id
         RETURNING id`,
        [runId, offer, gaps],
      )
    ).map((row) => row.id);

    const tpcc = await Promise.all(proposalIds.map((id) => answer('accept', { id, side: 'TPCC' })));
    expect(tpcc.filter((result) => result.proposal).length).toBe(2);
    const refused = tpcc.filter((result) => result.error);
    expect(refused).toHaveLength(4);
    for (const { error } of refused) {
      expect(error!.extensions).toMatchObject({ code: 'CONFLICT', offerRemaining: 0 });
    }

    const donor = await Promise.all(
      proposalIds.map((id) => answer('accept', { id, side: 'DONOR' })),
    );
    expect(donor.filter((result) => result.proposal?.status === 'CONFIRMED')).toHaveLength(2);
    const [row] = await api.dataSource.query<
      { reserved: number; confirmed: number; status: string; partnerships: number }[]
    >(
      `SELECT reserved_capacity AS reserved, confirmed_capacity AS confirmed, status,
              (SELECT count(*)::int FROM partnerships WHERE offer_id = $1) AS partnerships
         FROM offers WHERE id = $1`,
      [offer],
    );
    expect(row).toEqual({ reserved: 0, confirmed: 10, status: 'FULLY_ALLOCATED', partnerships: 2 });
    // The database refuses over-commitment too, whatever the application does.
    await expect(
      api.dataSource.query(`UPDATE offers SET confirmed_capacity = 11 WHERE id = $1`, [offer]),
    ).rejects.toThrow(/ck_offers_committed/);
  });

  it('an offer withdrawn after one side accepted: the next run expires the proposal and frees the gap', async () => {
    const gap = await createOpen(
      api,
      'Gap',
      gapInput({
        memberState: 'GHA',
        category: 'ENGINEERING',
        capability: 'C_IED',
        languages: ['en'],
      }),
    );
    const offer = await createOpen(
      api,
      'Offer',
      offerInput({ category: 'ENGINEERING', capabilities: ['C_IED'], capacity: 40, donor: 'DEU' }),
    );
    const run = await worker.runToCompletion();
    const [proposal] = await proposalsOf({ run: [run.id], gap: [gap] });
    expect(proposal.offerId).toBe(offer);
    await answer('accept', { id: proposal.id, side: 'TPCC' });

    const withdrawn = await api.graphql(WITHDRAW_OFFER, {
      input: { id: offer, reason: 'Budget cut' },
    });
    expect(withdrawn.body.errors).toBeUndefined();
    const donorTooLate = await answer('accept', { id: proposal.id, side: 'DONOR' });
    expect(donorTooLate.error!.extensions).toMatchObject({ code: 'CONFLICT' });

    await worker.runToCompletion();
    const [expired] = await proposalsOf({ gap: [gap], status: ['EXPIRED'] });
    expect(expired).toMatchObject({
      id: proposal.id,
      gap: { reservedQuantity: 0, remainingQuantity: 40 },
    });
  });

  it('refuses to shrink a gap below what is already committed, naming the field', async () => {
    const gap = await createOpen(
      api,
      'Gap',
      gapInput({ memberState: 'NPL', category: 'SAFETY_AND_SECURITY', capability: 'FIRE_SAFETY' }),
    );
    await createOpen(
      api,
      'Offer',
      offerInput({
        category: 'SAFETY_AND_SECURITY',
        capabilities: [],
        capacity: 100,
        eligible: [],
      }),
    );
    const run = await worker.runToCompletion();
    const [proposal] = await proposalsOf({ run: [run.id], gap: [gap] });
    await answer('accept', { id: proposal.id, side: 'TPCC' });
    const response = await api.graphql(SHRINK_GAP, { input: { id: gap, quantity: 10 } });
    expect(response.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.quantity',
      committed: 40,
    });
    const unknown = await answer('accept', {
      id: '00000000-0000-4000-8000-000000000000',
      side: 'DONOR',
    });
    expect(unknown.error!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
  });

  it('a partnership records milestones, deliveries and the indicator measured after delivery', async () => {
    const gap = await createOpen(
      api,
      'Gap',
      gapInput({
        memberState: 'ZMB',
        category: 'WOMEN_PARTICIPATION',
        capability: 'FEMALE_ENGAGEMENT_TEAM',
        quantity: 12,
      }),
    );
    await createOpen(
      api,
      'Offer',
      offerInput({ category: 'WOMEN_PARTICIPATION', capabilities: [], capacity: 12, donor: 'CAN' }),
    );
    const run = await worker.runToCompletion();
    const [proposal] = await proposalsOf({ run: [run.id], gap: [gap] });
    await answer('accept', { id: proposal.id, side: 'TPCC' });
    const confirmed = await answer('accept', { id: proposal.id, side: 'DONOR' });
    const partnershipId = confirmed.proposal!.partnership!.id;

    const milestone = await api.graphql(ADD_MILESTONE, {
      input: { partnershipId, title: 'First course delivered', dueOn: '2027-03-01' },
    });
    expect(milestone.body.errors).toBeUndefined();
    const achieved = await api.graphql(COMPLETE_MILESTONE, {
      input: {
        id: milestone.body.data!.addPartnershipMilestone.id,
        achievedOn: '2027-03-04',
        note: 'Three days late',
      },
    });
    expect(achieved.body.data!.completePartnershipMilestone).toEqual({
      achievedOn: '2027-03-04',
      note: 'Three days late',
    });

    const early = await api.graphql(INDICATOR, {
      input: { partnershipId, value: 55, measuredOn: '2027-04-01' },
    });
    expect(early.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });

    const part = await api.graphql(DELIVERY, {
      input: { partnershipId, quantity: 8 },
    });
    expect(part.body.data!.recordPartnershipDelivery).toEqual({
      deliveredQuantity: 8,
      status: 'ACTIVE',
    });
    const tooMuch = await api.graphql(DELIVERY, { input: { partnershipId, quantity: 5 } });
    expect(tooMuch.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.quantity',
      outstanding: 4,
    });
    const rest = await api.graphql(DELIVERY, {
      input: { partnershipId, quantity: 4 },
    });
    expect(rest.body.data!.recordPartnershipDelivery).toEqual({
      deliveredQuantity: 12,
      status: 'COMPLETED',
    });
    const indicator = await api.graphql(INDICATOR, {
      input: { partnershipId, value: 75, measuredOn: '2027-09-30' },
    });
    expect(indicator.body.data!.recordPartnershipIndicator).toEqual({
      indicatorAfter: 75,
      indicatorMeasuredOn: '2027-09-30',
      indicatorBaseline: 30,
    });

    const listed = await api.graphql(PARTNERSHIPS, { filter: { gap: [gap] } });
    expect(listed.body.data!.partnerships.edges.map((edge) => edge.node)).toEqual([
      {
        id: partnershipId,
        gap: { id: gap },
        offer: { donorIso3: 'CAN' },
        milestones: [{ title: 'First course delivered', achievedOn: '2027-03-04' }],
      },
    ]);
    const missing = await api.graphql(DELIVERY, {
      input: { partnershipId: '00000000-0000-4000-8000-000000000000', quantity: 1 },
    });
    expect(missing.body.errors![0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.partnershipId',
    });
  });

  it('reads proposals with their gap, offer and partnership in a bounded number of statements', async () => {
    // Member states and missions are read once per process and version of those tables (then
    // kept in memory): a first request reads them, so the two measured requests find them read.
    await api.graphql(PAGE, { first: 1 });
    const small = await countQueries(api.dataSource, () => api.graphql(PAGE, { first: 2 }));
    const large = await countQueries(api.dataSource, () => api.graphql(PAGE, { first: 100 }));
    expect(large.result.body.errors).toBeUndefined();
    expect(large.result.body.data!.proposals.edges.length).toBeGreaterThan(10);
    expect(large.queries.length).toBe(small.queries.length);
  });
});
