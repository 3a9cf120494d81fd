// The pledge contract over HTTP: a coordinator records a Berlin pledge and a requirement line,
// links an offer, the offer's partnership delivers, and the pledge shows its fulfilment; the
// ladder's errors, who sees what, and the audit entries of a status change.
import { gql } from './graphql';
import { gapInput, offerInput } from './support/factories';
import { createOpen } from './support/match-runs';
import { startTestApi, type TestApi } from './support/test-api';

const MINISTERIALS = gql(`
  query Ministerials {
    ministerials(first: 10) {
      edges { node { id code city heldOn hostCountry { iso3 } requirements { id capability quantity unit missionCode } } }
    }
  }
`);
const ADD_REQUIREMENT = gql(`
  mutation AddRequirement($input: AddMinisterialRequirementInput!) {
    addMinisterialRequirement(input: $input) { id ministerialId category capability quantity unit }
  }
`);
const CREATE = gql(`
  mutation CreatePledge($input: CreatePledgeInput!) {
    createPledge(input: $input) { id status leadIso3 memberIso3s joint kind textEn textFr quantity unit }
  }
`);
const CHANGE = gql(`
  mutation ChangePledgeStatus($input: ChangePledgeStatusInput!) {
    changePledgeStatus(input: $input) { id status statusReason statusChangedAt }
  }
`);
const LINK = gql(`
  mutation LinkPledgeOffer($input: PledgeOfferInput!) { linkPledgeOffer(input: $input) { id } }
`);
const GET = gql(`
  query Pledge($id: ID!) {
    pledge(id: $id) {
      id status joint nextStatuses
      ministerial { code }
      lead { iso3 name }
      offers { id donorIso3 }
      statusHistory { fromStatus toStatus reason actorEmail actorRole changedAt }
      fulfilment { linkedOffers partnerships committedQuantity deliveredQuantity percent }
      flags
    }
  }
`);
const LIST = gql(`
  query Pledges($filter: PledgeFilter, $orderBy: PledgeOrderBy) {
    pledges(first: 20, filter: $filter, orderBy: $orderBy) { edges { node { id status } } }
  }
`);
const ACCEPT = gql(`
  mutation AcceptForPledge($input: AcceptProposalInput!) { acceptProposal(input: $input) { status } }
`);
const DELIVER = gql(`
  mutation DeliverForPledge($input: RecordDeliveryInput!) {
    recordPartnershipDelivery(input: $input) { deliveredQuantity }
  }
`);

describe('pledges over GraphQL (real API, Postgres)', () => {
  let api: TestApi;
  let berlin: string;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lists the four Ministerials and keeps a requirement list', async () => {
    const listed = await api.as('donor')(MINISTERIALS, {});
    expect(listed.body.errors).toBeUndefined();
    const nodes = listed.body.data!.ministerials.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.code)).toEqual([
      'NEW_YORK_2019',
      'SEOUL_2021',
      'ACCRA_2023',
      'BERLIN_2025',
    ]);
    berlin = nodes[3].id;
    expect(nodes[3]).toMatchObject({
      city: 'Berlin',
      heldOn: '2025-05-13',
      hostCountry: { iso3: 'DEU' },
    });

    const added = await api.graphql(ADD_REQUIREMENT, {
      input: {
        ministerialId: berlin,
        category: 'MEDICAL',
        capability: 'CASEVAC',
        mission: 'MINUSCA',
        quantity: 60,
        unit: 'TRAINEES',
      },
    });
    expect(added.body.errors).toBeUndefined();
    const again = await api.graphql(MINISTERIALS, {});
    expect(again.body.data!.ministerials.edges[3].node.requirements).toEqual([
      expect.objectContaining({
        capability: 'CASEVAC',
        quantity: 60,
        missionCode: 'MINUSCA',
      }),
    ]);
  });

  it('records a joint pledge, links an offer and computes its fulfilment from deliveries', async () => {
    const created = await api.as('donor')(CREATE, {
      input: {
        ministerialId: berlin,
        lead: 'USA',
        members: ['GBR'],
        kind: 'MEDICAL',
        category: 'MEDICAL',
        capability: 'CASEVAC',
        textEn: 'Train 40 CASEVAC specialists',
        textFr: 'Former 40 spécialistes CASEVAC',
        quantity: 40,
        unit: 'TRAINEES',
      },
    });
    expect(created.body.errors).toBeUndefined();
    const pledge = created.body.data!.createPledge;
    expect(pledge).toMatchObject({ status: 'ANNOUNCED', joint: true, memberIso3s: ['GBR'] });

    // An illegal step: CONFLICT naming both statuses, nothing written.
    const skipped = await api.as('donor')(CHANGE, {
      input: { id: pledge.id, status: 'FULFILLED', reason: 'Too early' },
    });
    expect(skipped.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });
    expect(skipped.body.errors![0].message).toContain('is ANNOUNCED and cannot become FULFILLED');

    // A member of the joint pledge sees it but may not move it; a T/PCC does not see it.
    const byMember = await api.as('otherDonor')(CHANGE, {
      input: { id: pledge.id, status: 'COMMITTED', reason: 'Not mine' },
    });
    expect(byMember.body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await api.as('otherDonor')(GET, { id: pledge.id })).body.data!.pledge).not.toBeNull();
    expect((await api.as('tpcc')(GET, { id: pledge.id })).body.data!.pledge).toBeNull();

    const committed = await api.as('donor')(CHANGE, {
      input: { id: pledge.id, status: 'COMMITTED', reason: 'Funds approved by parliament' },
    });
    expect(committed.body.data!.changePledgeStatus).toMatchObject({
      status: 'COMMITTED',
      statusReason: 'Funds approved by parliament',
    });

    const offerId = await createOpen(api, 'Offer', offerInput());
    const gapId = await createOpen(api, 'Gap', gapInput({ quantity: 30 }));
    expect(
      (await api.as('donor')(LINK, { input: { pledgeId: pledge.id, offerId } })).body.errors,
    ).toBeUndefined();

    const [{ id: runId }] = await api.dataSource.query<{ id: string }[]>(
      `INSERT INTO match_runs (requested_by, status) VALUES ('test', 'SUCCEEDED') RETURNING id`,
    );
    const [{ id: proposalId }] = await api.dataSource.query<{ id: string }[]>(
      `INSERT INTO proposals (run_id, gap_id, offer_id, quantity, score, breakdown, explanation)
       VALUES ($1, $2, $3, 30, 0.5, '{}', 'test') RETURNING id`,
      [runId, gapId, offerId],
    );
    for (const side of ['TPCC', 'DONOR'] as const)
      expect(
        (await api.graphql(ACCEPT, { input: { id: proposalId, side } })).body.errors,
      ).toBeUndefined();
    const [{ id: partnershipId }] = await api.dataSource.query<{ id: string }[]>(
      `SELECT id FROM partnerships WHERE proposal_id = $1`,
      [proposalId],
    );
    const delivered = await api.graphql(DELIVER, { input: { partnershipId, quantity: 10 } });
    expect(delivered.body.errors).toBeUndefined();

    const read = await api.as('donor')(GET, { id: pledge.id });
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data!.pledge).toMatchObject({
      status: 'COMMITTED',
      nextStatuses: ['IN_PROGRESS', 'WITHDRAWN'],
      ministerial: { code: 'BERLIN_2025' },
      lead: { iso3: 'USA' },
      offers: [{ id: offerId, donorIso3: 'USA' }],
      fulfilment: {
        linkedOffers: 1,
        partnerships: 1,
        committedQuantity: 30,
        deliveredQuantity: 10,
        percent: 25,
      },
      flags: [],
    });
    expect(
      read.body.data!.pledge!.statusHistory.map((change) => [
        change.fromStatus,
        change.toStatus,
        change.reason,
        change.actorEmail,
      ]),
    ).toEqual([
      [null, 'ANNOUNCED', null, 'donor@test.lcm.local'],
      ['ANNOUNCED', 'COMMITTED', 'Funds approved by parliament', 'donor@test.lcm.local'],
    ]);
    // The GBR member sees the pledge, not the USA offer linked to it.
    const asMember = await api.as('otherDonor')(GET, { id: pledge.id });
    expect(asMember.body.data!.pledge!.offers).toEqual([]);

    // The status change is audited like every mutation.
    const audited = await api.dataSource.query<{ entity_type: string; action: string }[]>(
      `SELECT entity_type, action FROM audit_entries WHERE entity_id = $1 AND action = 'changePledgeStatus'`,
      [pledge.id],
    );
    expect(audited).toEqual([{ entity_type: 'Pledge', action: 'changePledgeStatus' }]);

    const filtered = await api.graphql(LIST, {
      filter: { ministerial: [berlin], status: ['COMMITTED'], state: ['GBR'] },
      orderBy: { field: 'STATUS_CHANGED_AT' },
    });
    expect(filtered.body.errors).toBeUndefined();
    expect(filtered.body.data!.pledges.edges.map((edge) => edge.node.id)).toEqual([pledge.id]);
  });
});
