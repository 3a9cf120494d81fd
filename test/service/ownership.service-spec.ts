// Ownership is decided by the services, on the rows they lock in their own transaction: a donor
// or T/PCC acting on another state's row gets FORBIDDEN (the policy's refusal) and nothing is
// written; a row that changes hands while the call waits for its lock is judged as it is then.
// (Which roles may call which field: the access guard, test/access-control.e2e-spec.ts.)
import { randomUUID } from 'node:crypto';

import { AutomaticMatching, ErrorCode } from '@app/common';
import { ProposalSide, Role } from '@app/domain';
import { type CreateGapInput, GapsService } from '@app/gaps';
import { type CreateOfferInput, OffersService } from '@app/offers';
import { ProposalResponsesService } from '@app/partnerships';
import { RequestContext } from '@app/request-context';

import { gapInput, offerInput } from '../support/factories';
import { sql } from '../support/generated-data';
import { startServiceTest, type ServiceTest } from '../support/service-test';

const OFFER_REFUSAL = "A donor may change only its own member state's offers";
const ANSWER_REFUSAL =
  "A donor answers only proposals on its own state's offers, as DONOR; a T/PCC only those on its own gaps, as TPCC";

function signedIn(role: Role, memberState: string | null): RequestContext {
  return RequestContext.forRequest({
    requestId: randomUUID(),
    actor: { userId: randomUUID(), email: `${role.toLowerCase()}@example.org`, role, memberState },
  });
}

const usaDonor = signedIn(Role.DONOR, 'USA');
const senTpcc = signedIn(Role.TPCC, 'SEN');
const coordinator = signedIn(Role.COORDINATOR, null);

describe('ownership, decided in the service transaction', () => {
  let service: ServiceTest;
  let offers: OffersService;
  let responses: ProposalResponsesService;

  beforeAll(async () => {
    service = await startServiceTest({
      providers: [
        GapsService,
        OffersService,
        ProposalResponsesService,
        { provide: AutomaticMatching, useValue: { schedule: () => Promise.resolve() } },
      ],
    });
    offers = service.module.get(OffersService);
    responses = service.module.get(ProposalResponsesService);
  });

  afterAll(async () => {
    await service?.close();
  });

  const query = <T>(text: string, params: unknown[] = []) =>
    sql<T>(service.database.url, text, params);

  async function newOffer(donor: string): Promise<string> {
    const input = offerInput({ donor, open: true }) as unknown as CreateOfferInput;
    return (await offers.create(RequestContext.forSystem(), input)).id;
  }

  async function offerRow(id: string) {
    const [row] = await query<{ title: string; status: string; donor_iso3: string }>(
      'SELECT title, status, donor_iso3 FROM offers WHERE id = $1',
      [id],
    );
    return row;
  }

  /** Resolves with the error the call rejects with (fails if it succeeds). */
  async function refusal(call: Promise<unknown>) {
    const error = await call.then(
      () => undefined,
      (failure: unknown) => failure as { code: ErrorCode; message: string },
    );
    expect(error).toBeDefined();
    return { code: error!.code, message: error!.message };
  }

  it("refuses a donor another state's offer with FORBIDDEN, writing nothing", async () => {
    const id = await newOffer('GBR');
    const before = await offerRow(id);
    expect(await refusal(offers.update(usaDonor, { id, title: 'Taken over' } as never))).toEqual({
      code: ErrorCode.FORBIDDEN,
      message: OFFER_REFUSAL,
    });
    expect(await refusal(offers.withdraw(usaDonor, id, 'not mine'))).toEqual({
      code: ErrorCode.FORBIDDEN,
      message: OFFER_REFUSAL,
    });
    expect(await offerRow(id)).toEqual(before);
    // Its own state's offer, and any offer for a coordinator, pass.
    const own = await newOffer('USA');
    await expect(
      offers.update(usaDonor, { id: own, title: 'Renamed' } as never),
    ).resolves.toBeTruthy();
    await expect(
      offers.update(coordinator, { id, title: 'Renamed' } as never),
    ).resolves.toBeTruthy();
  });

  it('refuses a donor posting for another state before any other check, writing nothing', async () => {
    const [{ count }] = await query<{ count: number }>('SELECT count(*)::int AS count FROM offers');
    // Also an unknown eligible code: the refusal comes first, as it did from the guard.
    const input = offerInput({ donor: 'GBR', eligible: ['XXX'] }) as unknown as CreateOfferInput;
    expect(await refusal(offers.create(usaDonor, input))).toEqual({
      code: ErrorCode.FORBIDDEN,
      message: 'A donor may post offers only for its own member state',
    });
    expect(await query('SELECT count(*)::int AS count FROM offers')).toEqual([{ count }]);
  });

  it('reports a missing offer as NOT_FOUND, not FORBIDDEN', async () => {
    expect((await refusal(offers.open(usaDonor, randomUUID()))).code).toBe(ErrorCode.NOT_FOUND);
  });

  it('judges the offer as it is once locked: one that changed hands meanwhile is refused', async () => {
    const id = await newOffer('USA');
    // Another transaction holds the offer's row while the donor's update waits for it…
    const holder = await service.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query('SELECT id FROM offers WHERE id = $1 FOR UPDATE', [id]);
    const update = refusal(offers.update(usaDonor, { id, title: 'Too late' } as never));
    await waitForLockWaiter();
    // …and gives the offer to another donor: a check made before the lock would have passed.
    await holder.query(`UPDATE offers SET donor_iso3 = 'GBR' WHERE id = $1`, [id]);
    await holder.commitTransaction();
    await holder.release();
    expect(await update).toEqual({ code: ErrorCode.FORBIDDEN, message: OFFER_REFUSAL });
    expect((await offerRow(id)).title).not.toBe('Too late');
  });

  async function waitForLockWaiter(): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const [{ waiting }] = await query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (waiting > 0) return;
      await new Promise((resolve) => setImmediate(resolve));
    }
    throw new Error('the update never waited for the lock');
  }

  describe('proposal answers', () => {
    let proposal: string;

    beforeAll(async () => {
      const input = gapInput({ memberState: 'RWA', open: true }) as unknown as CreateGapInput;
      const gaps = service.module.get(GapsService);
      const { id: gap } = await gaps.create(RequestContext.forSystem(), input);
      const offer = await newOffer('USA');
      const [{ id: run }] = await query<{ id: string }>(
        `INSERT INTO match_runs (requested_by, status) VALUES ('test', 'SUCCEEDED') RETURNING id`,
      );
      [{ id: proposal }] = await query<{ id: string }>(
        `INSERT INTO proposals (run_id, gap_id, offer_id, quantity, score, breakdown, explanation)
         VALUES ($1, $2, $3, 5, 0.5, '{}', 'test') RETURNING id`,
        [run, gap, offer],
      );
    });

    async function proposalRow() {
      const [row] = await query('SELECT * FROM proposals WHERE id = $1', [proposal]);
      return row;
    }

    it("refuses a T/PCC another state's proposal, writing nothing", async () => {
      const before = await proposalRow();
      expect(await refusal(responses.accept(senTpcc, proposal))).toEqual({
        code: ErrorCode.FORBIDDEN,
        message: ANSWER_REFUSAL,
      });
      expect(await refusal(responses.decline(senTpcc, proposal, undefined, 'no'))).toEqual({
        code: ErrorCode.FORBIDDEN,
        message: ANSWER_REFUSAL,
      });
      expect(await proposalRow()).toEqual(before);
    });

    it('refuses a party answering for the other side before looking the proposal up', async () => {
      expect(await refusal(responses.accept(usaDonor, randomUUID(), ProposalSide.TPCC))).toEqual({
        code: ErrorCode.FORBIDDEN,
        message: ANSWER_REFUSAL,
      });
    });

    it('lets the party of its own side answer', async () => {
      const answer = await responses.accept(usaDonor, proposal);
      expect(answer.proposal.status).toBe('ACCEPTED');
    });
  });
});
