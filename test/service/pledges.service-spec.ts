// Pledges on a real database: the status ladder (illegal steps refused with CONFLICT, nothing
// written), joint pledges and who may act on them, fulfilment computed from the deliveries of the
// linked offers' partnerships, and the flags.
import { randomUUID } from 'node:crypto';

import { AutomaticMatching, ErrorCode, RequestLoaders } from '@app/common';
import { PledgeFlag, PledgeKind, PledgeStatus, QuantityUnit, Category, Role } from '@app/domain';
import { type CreateGapInput, GapsService } from '@app/gaps';
import { type CreateOfferInput, OffersService } from '@app/offers';
import { PartnershipsService } from '@app/partnerships';
import { type CreatePledgeInput, MinisterialsSyncService, PledgesService } from '@app/pledges';
import { RequestContext } from '@app/request-context';

import { gapInput, offerInput } from '../support/factories';
import { sql } from '../support/generated-data';
import { startServiceTest, type ServiceTest } from '../support/service-test';

describe('PledgesService', () => {
  let service: ServiceTest;
  let pledges: PledgesService;
  let offers: OffersService;
  let users: Record<string, RequestContext>;
  const ministerials: Record<string, string> = {};
  const system = RequestContext.forSystem();

  const query = <T>(text: string, params: unknown[] = []) =>
    sql<T>(service.database.url, text, params);

  async function user(name: string, role: Role, memberState: string | null) {
    const email = `${name}@pledges.test`;
    const [{ id }] = await query<{ id: string }>(
      `INSERT INTO users (email, password_hash, role, member_state_iso3) VALUES ($1, 'x', $2, $3) RETURNING id`,
      [email, role, memberState],
    );
    return RequestContext.forRequest({
      requestId: randomUUID(),
      actor: { userId: id, email, role, memberState },
    });
  }

  const pledgeInput = (overrides: Partial<CreatePledgeInput> = {}): CreatePledgeInput => ({
    ministerialId: ministerials.BERLIN_2025,
    lead: 'USA',
    members: [],
    kind: PledgeKind.TRAINING_AND_CAPACITY_BUILDING,
    category: Category.MEDICAL,
    capability: 'CASEVAC',
    textEn: 'Train 40 CASEVAC teams for T/PCCs in Africa',
    quantity: 40,
    unit: QuantityUnit.TRAINEES,
    ...overrides,
  });

  async function openOffer(donor = 'USA'): Promise<string> {
    const input = offerInput({ donor, open: true } as never) as unknown as CreateOfferInput;
    return (await offers.create(system, input)).id;
  }

  /** A partnership of `quantity` units on the offer, as two accepted answers would create. */
  async function partnership(offerId: string, quantity: number): Promise<string> {
    const gapId = (
      await service.module
        .get(GapsService)
        .create(system, gapInput({ quantity, open: true } as never) as unknown as CreateGapInput)
    ).id;
    const [{ id: proposalId }] = await query<{ id: string }>(
      `WITH run AS (INSERT INTO match_runs (requested_by, status) VALUES ('test', 'SUCCEEDED') RETURNING id)
       INSERT INTO proposals (run_id, gap_id, offer_id, quantity, score, breakdown, explanation)
       SELECT run.id, $1, $2, $3, 0.5, '{}', 'test' FROM run RETURNING id`,
      [gapId, offerId, quantity],
    );
    const [{ id }] = await query<{ id: string }>(
      `INSERT INTO partnerships (proposal_id, gap_id, offer_id, quantity) VALUES ($1, $2, $3, $4) RETURNING id`,
      [proposalId, gapId, offerId, quantity],
    );
    return id;
  }

  /** The error a call rejects with (fails if it succeeds). */
  async function refusal(call: Promise<unknown>) {
    const error = await call.then(
      () => undefined,
      (failure: unknown) => failure as { code: ErrorCode; field?: string; message: string },
    );
    expect(error).toBeDefined();
    return { code: error!.code, field: error!.field, message: error!.message };
  }

  const row = async (id: string) =>
    (
      await query<{ status: string; updated_at: Date; changes: number }>(
        `SELECT status, updated_at, (SELECT count(*)::int FROM pledge_status_changes c WHERE c.pledge_id = p.id) AS changes,
                (SELECT count(*)::int FROM pledge_offers l WHERE l.pledge_id = p.id) AS links
           FROM pledges p WHERE id = $1`,
        [id],
      )
    )[0];

  beforeAll(async () => {
    service = await startServiceTest({
      providers: [
        PledgesService,
        MinisterialsSyncService,
        OffersService,
        GapsService,
        PartnershipsService,
        { provide: AutomaticMatching, useValue: { schedule: () => Promise.resolve() } },
      ],
    });
    pledges = service.module.get(PledgesService);
    offers = service.module.get(OffersService);
    for (const { id, code } of await query<{ id: string; code: string }>(
      'SELECT id, code FROM ministerials',
    ))
      ministerials[code] = id;
    users = {
      coordinator: await user('coordinator', Role.COORDINATOR, null),
      usaDonor: await user('donor.usa', Role.DONOR, 'USA'),
      gbrDonor: await user('donor.gbr', Role.DONOR, 'GBR'),
      fraDonor: await user('donor.fra', Role.DONOR, 'FRA'),
      rwaTpcc: await user('tpcc.rwa', Role.TPCC, 'RWA'),
    };
  });

  afterAll(async () => {
    await service?.close();
  });

  it('has the four Ministerials held so far, loaded by setup (and the sync is idempotent)', async () => {
    expect(Object.keys(ministerials).sort()).toEqual([
      'ACCRA_2023',
      'BERLIN_2025',
      'NEW_YORK_2019',
      'SEOUL_2021',
    ]);
    await service.module.get(MinisterialsSyncService).sync();
    expect(await query('SELECT id FROM ministerials')).toHaveLength(4);
  });

  describe('status ladder', () => {
    it('climbs one rung at a time, each change dated with who and why', async () => {
      const pledge = await pledges.create(users.usaDonor, pledgeInput());
      expect(pledge.status).toBe(PledgeStatus.ANNOUNCED);
      for (const status of [
        PledgeStatus.COMMITTED,
        PledgeStatus.IN_PROGRESS,
        PledgeStatus.FULFILLED,
      ])
        await pledges.changeStatus(users.usaDonor, {
          id: pledge.id,
          status,
          reason: `Now ${status}`,
        });
      const history = await pledges.statusHistoryLoader(new RequestLoaders()).load(pledge.id);
      expect(history.map((change) => [change.fromStatus, change.toStatus, change.reason])).toEqual([
        [null, 'ANNOUNCED', null],
        ['ANNOUNCED', 'COMMITTED', 'Now COMMITTED'],
        ['COMMITTED', 'IN_PROGRESS', 'Now IN_PROGRESS'],
        ['IN_PROGRESS', 'FULFILLED', 'Now FULFILLED'],
      ]);
      expect(history.every((change) => change.actorEmail === 'donor.usa@pledges.test')).toBe(true);
      expect(history.every((change) => change.actorMemberState === 'USA')).toBe(true);
      expect(history.every((change) => change.changedAt instanceof Date)).toBe(true);
    });

    it.each([
      [[], PledgeStatus.IN_PROGRESS],
      [[], PledgeStatus.FULFILLED],
      [[PledgeStatus.COMMITTED], PledgeStatus.ANNOUNCED],
      [
        [PledgeStatus.COMMITTED, PledgeStatus.IN_PROGRESS, PledgeStatus.FULFILLED],
        PledgeStatus.WITHDRAWN,
      ],
      [[PledgeStatus.WITHDRAWN], PledgeStatus.COMMITTED],
    ])('after %j refuses → %s with CONFLICT and writes nothing', async (steps, to) => {
      const pledge = await pledges.create(users.coordinator, pledgeInput());
      for (const status of steps)
        await pledges.changeStatus(users.coordinator, { id: pledge.id, status, reason: 'Step' });
      const before = await row(pledge.id);
      const error = await refusal(
        pledges.changeStatus(users.coordinator, { id: pledge.id, status: to, reason: 'Skip' }),
      );
      expect(error.code).toBe(ErrorCode.CONFLICT);
      expect(error.message).toContain(`cannot become ${to}`);
      expect(await row(pledge.id)).toEqual(before);
    });

    it('keeps a FULFILLED or WITHDRAWN pledge as it is (no update, no new link)', async () => {
      const pledge = await pledges.create(users.coordinator, pledgeInput());
      await pledges.changeStatus(users.coordinator, {
        id: pledge.id,
        status: PledgeStatus.WITHDRAWN,
        reason: 'Budget cut',
      });
      const offerId = await openOffer();
      expect(
        (await refusal(pledges.update(users.coordinator, { id: pledge.id, quantity: 5 }))).code,
      ).toBe(ErrorCode.CONFLICT);
      expect(
        (await refusal(pledges.linkOffer(users.coordinator, { pledgeId: pledge.id, offerId })))
          .code,
      ).toBe(ErrorCode.CONFLICT);
    });
  });

  describe('input', () => {
    it.each([
      [{ textEn: null, textFr: null }, 'input.textEn'],
      [{ quantity: 10, unit: null }, 'input.unit'],
      [{ members: ['USA'] }, 'input.members'],
      [{ members: ['XXX'] }, 'input.members'],
    ])('refuses %j (BAD_USER_INPUT on %s)', async (overrides, field) => {
      const error = await refusal(
        pledges.create(users.coordinator, pledgeInput(overrides as Partial<CreatePledgeInput>)),
      );
      expect(error).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field });
    });

    it('accepts a pledge worded in French only, without a quantity', async () => {
      const pledge = await pledges.create(
        users.coordinator,
        pledgeInput({
          textEn: null,
          textFr: 'Former des équipes féminines d’engagement',
          quantity: null,
          unit: null,
        }),
      );
      expect(pledge).toMatchObject({ textEn: null, quantity: null, unit: null });
    });
  });

  describe('joint pledges and access', () => {
    let jointId: string;

    beforeAll(async () => {
      jointId = (
        await pledges.create(users.usaDonor, pledgeInput({ members: ['GBR'], textEn: 'Joint' }))
      ).id;
    });

    const visible = async (ctx: RequestContext) => {
      const page = await pledges.list(ctx, { first: 100 } as never);
      return page.edges.map((edge) => edge.node.id);
    };

    it('is seen by its lead and its members, not by another state', async () => {
      expect(await visible(users.usaDonor)).toContain(jointId);
      expect(await visible(users.gbrDonor)).toContain(jointId);
      expect(await visible(users.fraDonor)).not.toContain(jointId);
      expect(await visible(users.rwaTpcc)).not.toContain(jointId);
      const page = await pledges.list(RequestContext.forSystem(), {
        first: 100,
        filter: { state: ['GBR'] },
      } as never);
      expect(page.edges.map((edge) => edge.node.id)).toContain(jointId);
    });

    it("is changed by its lead's donor and coordinators only; a member links its own offers", async () => {
      const change = (ctx: RequestContext) =>
        pledges.changeStatus(ctx, {
          id: jointId,
          status: PledgeStatus.COMMITTED,
          reason: 'Funds approved',
        });
      const before = await row(jointId);
      expect((await refusal(change(users.gbrDonor))).code).toBe(ErrorCode.FORBIDDEN);
      expect((await refusal(change(users.fraDonor))).code).toBe(ErrorCode.FORBIDDEN);
      expect(
        (await refusal(pledges.update(users.gbrDonor, { id: jointId, quantity: 1 }))).code,
      ).toBe(ErrorCode.FORBIDDEN);
      expect(await row(jointId)).toEqual(before);
      await change(users.usaDonor);

      const gbrOffer = await openOffer('GBR');
      const fraOffer = await openOffer('FRA');
      // The member links its own state's offer; another state may not touch the pledge at all.
      await pledges.linkOffer(users.gbrDonor, { pledgeId: jointId, offerId: gbrOffer });
      expect(
        (await refusal(pledges.linkOffer(users.fraDonor, { pledgeId: jointId, offerId: fraOffer })))
          .code,
      ).toBe(ErrorCode.FORBIDDEN);
      // The lead's donor cannot see the member's offer, so cannot unlink it (NOT_FOUND).
      expect(
        (
          await refusal(
            pledges.unlinkOffer(users.usaDonor, { pledgeId: jointId, offerId: gbrOffer }),
          )
        ).code,
      ).toBe(ErrorCode.NOT_FOUND);
      // An offer of a state outside the pledge is refused, even to a coordinator.
      expect(
        (
          await refusal(
            pledges.linkOffer(users.coordinator, { pledgeId: jointId, offerId: fraOffer }),
          )
        ).code,
      ).toBe(ErrorCode.CONFLICT);
      expect(
        (
          await refusal(
            pledges.linkOffer(users.coordinator, { pledgeId: jointId, offerId: gbrOffer }),
          )
        ).code,
      ).toBe(ErrorCode.CONFLICT);
      expect(await pledges.linkedOffersLoader(new RequestLoaders()).load(jointId)).toHaveLength(1);
    });

    it('refuses a donor recording a pledge led by another state', async () => {
      expect(
        (await refusal(pledges.create(users.gbrDonor, pledgeInput({ lead: 'USA' })))).code,
      ).toBe(ErrorCode.FORBIDDEN);
    });
  });

  describe('fulfilment', () => {
    it("is computed from the linked offers' partnerships' deliveries", async () => {
      const pledge = await pledges.create(users.usaDonor, pledgeInput({ quantity: 40 }));
      const fulfilment = () => pledges.fulfilmentLoader(new RequestLoaders()).load(pledge.id);
      expect(await fulfilment()).toEqual({
        linkedOffers: 0,
        partnerships: 0,
        committedQuantity: 0,
        deliveredQuantity: 0,
        percent: 0,
      });
      const first = await openOffer();
      const second = await openOffer();
      await pledges.linkOffer(users.usaDonor, { pledgeId: pledge.id, offerId: first });
      await pledges.linkOffer(users.usaDonor, { pledgeId: pledge.id, offerId: second });
      const a = await partnership(first, 20);
      const b = await partnership(second, 15);
      await partnership(await openOffer(), 30); // an offer not linked: not counted
      const follow = service.module.get(PartnershipsService);
      await follow.recordDelivery(system, { partnershipId: a, quantity: 12 });
      await follow.recordDelivery(system, { partnershipId: b, quantity: 5 });
      expect(await fulfilment()).toEqual({
        linkedOffers: 2,
        partnerships: 2,
        committedQuantity: 35,
        deliveredQuantity: 17,
        percent: 42.5,
      });
      await follow.recordDelivery(system, { partnershipId: a, quantity: 8 });
      await follow.recordDelivery(system, { partnershipId: b, quantity: 10 });
      expect(await fulfilment()).toMatchObject({ deliveredQuantity: 35, percent: 87.5 });
      // Unlinking an offer takes its deliveries out.
      await pledges.unlinkOffer(users.usaDonor, { pledgeId: pledge.id, offerId: second });
      expect(await fulfilment()).toMatchObject({
        linkedOffers: 1,
        deliveredQuantity: 20,
        percent: 50,
      });
    });
  });

  describe('flags', () => {
    const flagsOf = (id: string) => pledges.flagsLoader(new RequestLoaders()).load(id);
    const flagged = async (flag: PledgeFlag) =>
      (
        await pledges.list(RequestContext.forSystem(), {
          first: 200,
          filter: { flag: [flag] },
        } as never)
      ).edges.map((edge) => edge.node.id);

    it('flags an open pledge with nothing linked long after its Ministerial', async () => {
      const old = await pledges.create(
        users.coordinator,
        pledgeInput({ ministerialId: ministerials.NEW_YORK_2019 }),
      );
      expect(await flagsOf(old.id)).toEqual([PledgeFlag.NOTHING_LINKED]);
      expect(await flagged(PledgeFlag.NOTHING_LINKED)).toContain(old.id);
      await pledges.linkOffer(users.coordinator, { pledgeId: old.id, offerId: await openOffer() });
      expect(await flagsOf(old.id)).toEqual([]);
      expect(await flagged(PledgeFlag.NOTHING_LINKED)).not.toContain(old.id);
    });

    it('flags a COMMITTED pledge whose linked offers all expired', async () => {
      const pledge = await pledges.create(users.coordinator, pledgeInput());
      const [first, second] = [await openOffer(), await openOffer()];
      for (const offerId of [first, second])
        await pledges.linkOffer(users.coordinator, { pledgeId: pledge.id, offerId });
      await pledges.changeStatus(users.coordinator, {
        id: pledge.id,
        status: PledgeStatus.COMMITTED,
        reason: 'Committed',
      });
      await query(`UPDATE offers SET status = 'EXPIRED' WHERE id = $1`, [first]);
      expect(await flagsOf(pledge.id)).toEqual([]);
      await query(
        `UPDATE offers SET available_from = '2020-01-01', available_to = '2020-12-31' WHERE id = $1`,
        [second],
      );
      expect(await flagsOf(pledge.id)).toEqual([PledgeFlag.LINKED_OFFERS_EXPIRED]);
      expect(await flagged(PledgeFlag.LINKED_OFFERS_EXPIRED)).toContain(pledge.id);
    });
  });
});
