// Duplicated support on a real database: the same T/PCC getting or proposed one capability from
// two or more donors over overlapping days beyond its demand (the report and the warning on the
// proposal), and offers naming a T/PCC that other donors' running partnerships already serve.
import { AutomaticMatching, RequestLoaders } from '@app/common';
import { GapSource } from '@app/domain';
import { type CreateGapInput, GapsService } from '@app/gaps';
import { type CreateOfferInput, OffersService } from '@app/offers';
import { DuplicatedSupportService } from '@app/partnerships';
import { RequestContext } from '@app/request-context';

import { gapInput, offerInput } from '../support/factories';
import { countQueries } from '../support/count-queries';
import { sql } from '../support/generated-data';
import { startServiceTest, type ServiceTest } from '../support/service-test';

describe('DuplicatedSupportService', () => {
  let service: ServiceTest;
  let duplicates: DuplicatedSupportService;
  let gaps: GapsService;
  let offers: OffersService;

  beforeAll(async () => {
    service = await startServiceTest({
      providers: [
        GapsService,
        OffersService,
        DuplicatedSupportService,
        { provide: AutomaticMatching, useValue: { schedule: () => Promise.resolve() } },
      ],
    });
    duplicates = service.module.get(DuplicatedSupportService);
    gaps = service.module.get(GapsService);
    offers = service.module.get(OffersService);
  });

  afterAll(async () => {
    await service?.close();
  });

  const query = <T>(text: string, params: unknown[] = []) =>
    sql<T>(service.database.url, text, params);

  async function gap(overrides: Partial<CreateGapInput>): Promise<string> {
    const input = gapInput({ open: true, ...overrides } as never) as unknown as CreateGapInput;
    return (await gaps.create(RequestContext.forSystem(), input)).id;
  }

  async function offer(overrides: Partial<CreateOfferInput>): Promise<string> {
    const input = offerInput({ open: true, ...overrides } as never) as unknown as CreateOfferInput;
    return (await offers.create(RequestContext.forSystem(), input)).id;
  }

  /** A proposal (of a run of its own: one run proposes a pair once). */
  async function proposal(gapId: string, offerId: string, quantity: number, status = 'PROPOSED') {
    const [{ id }] = await query<{ id: string }>(
      `WITH run AS (INSERT INTO match_runs (requested_by, status) VALUES ('test', 'SUCCEEDED') RETURNING id)
       INSERT INTO proposals (run_id, gap_id, offer_id, quantity, score, breakdown, explanation, status)
       SELECT run.id, $1, $2, $3, 0.5, '{}', 'test', $4 FROM run RETURNING id`,
      [gapId, offerId, quantity, status],
    );
    return id;
  }

  /** A confirmed partnership, its units confirmed on the gap and the offer as acceptance does. */
  async function partnership(gapId: string, offerId: string, quantity: number) {
    const proposalId = await proposal(gapId, offerId, quantity, 'CONFIRMED');
    await query(
      `INSERT INTO partnerships (proposal_id, gap_id, offer_id, quantity) VALUES ($1, $2, $3, $4)`,
      [proposalId, gapId, offerId, quantity],
    );
    await query(
      'UPDATE capability_gaps SET confirmed_quantity = confirmed_quantity + $2 WHERE id = $1',
      [gapId, quantity],
    );
    await query('UPDATE offers SET confirmed_capacity = confirmed_capacity + $2 WHERE id = $1', [
      offerId,
      quantity,
    ]);
  }

  const casevac = {
    memberState: 'RWA',
    mission: 'MINUSCA',
    unitType: 'Infantry battalion',
    neededFrom: '2027-01-15',
    neededBy: '2027-06-30',
  };

  it('flags one need logged twice and served by two donors; the proposal carries the warning', async () => {
    // Rwanda's CASEVAC need for its MINUSCA battalion, logged twice (assessment and self-declared).
    const assessed = await gap({ ...casevac, quantity: 40, source: GapSource.PCRS_ASSESSMENT });
    const declared = await gap({
      ...casevac,
      quantity: 40,
      source: GapSource.SELF_DECLARED,
      neededFrom: '2027-02-01',
    });
    await partnership(assessed, await offer({ donor: 'USA' }), 40);
    const gbr = await proposal(declared, await offer({ donor: 'GBR' }), 40);

    const { groups } = await duplicates.report({ memberState: ['RWA'] });
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      memberState: 'RWA',
      category: 'MEDICAL',
      capability: 'CASEVAC',
      donors: ['GBR', 'USA'],
      units: 80,
      demand: 40,
      excess: 40,
      from: '2027-01-15',
      to: '2027-06-30',
    });
    expect(groups[0].items.map((item) => [item.kind, item.donor, item.quantity]).sort()).toEqual([
      ['PARTNERSHIP', 'USA', 40],
      ['PROPOSAL', 'GBR', 40],
    ]);
    // The warning on the open proposal, before anyone confirms it.
    const loaders = new RequestLoaders();
    await expect(duplicates.groupOfProposal(loaders, gbr)).resolves.toMatchObject({
      donors: ['GBR', 'USA'],
      excess: 40,
    });
  });

  it('does not flag separate needs, the same donor twice, or days that do not overlap', async () => {
    // Two battalions (unit types) of Senegal each need 30: 60 from two donors is no duplicate.
    const base = { ...casevac, memberState: 'SEN', quantity: 30 };
    const infantry = await gap(base);
    const engineers = await gap({ ...base, unitType: 'Engineering company' });
    await partnership(infantry, await offer({ donor: 'USA' }), 30);
    const other = await proposal(engineers, await offer({ donor: 'GBR' }), 30);
    // Ghana: one donor serving the same need twice is not two donors.
    const ghana = { ...casevac, memberState: 'GHA', quantity: 20 };
    const usa = await offer({ donor: 'USA' });
    await partnership(await gap(ghana), usa, 20);
    await proposal(await gap(ghana), usa, 20);
    // Zambia: two donors, the same need, but in January and in October.
    const zambia = { ...casevac, memberState: 'ZMB', quantity: 20 };
    await partnership(
      await gap({ ...zambia, neededFrom: '2027-01-01', neededBy: '2027-02-28' }),
      await offer({ donor: 'USA' }),
      20,
    );
    await proposal(
      await gap({ ...zambia, neededFrom: '2027-10-01', neededBy: '2027-11-30' }),
      await offer({ donor: 'GBR' }),
      20,
    );

    const { groups } = await duplicates.report({ memberState: ['SEN', 'GHA', 'ZMB'] });
    expect(groups).toEqual([]);
    await expect(duplicates.groupOfProposal(new RequestLoaders(), other)).resolves.toBeNull();
  });

  it('counts only open proposals: declined, superseded and expired ones are not support', async () => {
    const base = { ...casevac, memberState: 'CMR', quantity: 25 };
    const first = await gap(base);
    const second = await gap({ ...base, source: GapSource.SELF_DECLARED });
    await partnership(first, await offer({ donor: 'USA' }), 25);
    const gbr = await offer({ donor: 'GBR' });
    for (const status of ['DECLINED', 'SUPERSEDED', 'EXPIRED'])
      await proposal(second, gbr, 25, status);
    expect((await duplicates.report({ memberState: ['CMR'] })).groups).toEqual([]);
    // Once one is accepted (reserved), it is support again.
    await proposal(second, gbr, 25, 'ACCEPTED');
    expect((await duplicates.report({ memberState: ['CMR'] })).groups).toMatchObject([
      { donors: ['GBR', 'USA'], units: 50, demand: 25 },
    ]);
  });

  it('flags an offer naming a T/PCC whose demand running partnerships of other donors already cover', async () => {
    const base = { ...casevac, memberState: 'BEN', quantity: 35 };
    await partnership(await gap(base), await offer({ donor: 'USA' }), 35);
    // France names Benin; Germany opens to a whole region; the United States serves it already.
    const france = await offer({ donor: 'FRA', eligible: ['BEN'], capabilities: ['CASEVAC'] });
    await offer({ donor: 'DEU', eligible: ['011'] });
    await offer({ donor: 'USA', eligible: ['BEN'] });
    const { offers: flagged } = await duplicates.report({ memberState: ['BEN'] });
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toMatchObject({
      offerId: france,
      donor: 'FRA',
      memberState: 'BEN',
      capability: 'CASEVAC',
      remainingDemand: 0,
    });
    expect(flagged[0].partnerships.map((item) => item.donor)).toEqual(['USA']);

    // With demand left (a new gap for the same days), the offer complements, not duplicates.
    await gap({ ...base, unitType: 'Engineering company', quantity: 10 });
    expect((await duplicates.report({ memberState: ['BEN'] })).offers).toEqual([]);
  });

  it('answers a page of proposals in a bounded number of statements', async () => {
    const ids = (
      await query<{ id: string }>(
        "SELECT id FROM proposals WHERE status IN ('PROPOSED', 'ACCEPTED')",
      )
    ).map((row) => row.id);
    const loaders = new RequestLoaders();
    const { result: found, queries } = await countQueries(service.dataSource, () =>
      Promise.all(ids.map((id) => duplicates.groupOfProposal(loaders, id))),
    );
    // Rwanda's GBR proposal and Cameroon's accepted one; three statements for the whole page.
    expect(found.filter(Boolean)).toHaveLength(2);
    expect(queries).toHaveLength(3);
  });
});
