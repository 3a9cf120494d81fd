// Conversations on gaps, proposals and partnerships, on a real database: who may see and write
// them (the item's own visibility), mentions only of users who may see the item, edits by the
// author, deletion by the author within the window and by coordinators after.
import { randomUUID } from 'node:crypto';

import { CommentsService } from '@app/comments';
import { AutomaticMatching, ErrorCode } from '@app/common';
import { Role } from '@app/domain';
import { type CreateGapInput, GapsService } from '@app/gaps';
import { type CreateOfferInput, OffersService } from '@app/offers';
import { RequestContext } from '@app/request-context';

import { gapInput, offerInput } from '../support/factories';
import { sql } from '../support/generated-data';
import { startServiceTest, type ServiceTest } from '../support/service-test';

describe('CommentsService', () => {
  let service: ServiceTest;
  let comments: CommentsService;
  let users: Record<string, RequestContext>;
  let gapId: string;
  let draftGapId: string;
  let proposalId: string;
  let partnershipId: string;

  const query = <T>(text: string, params: unknown[] = []) =>
    sql<T>(service.database.url, text, params);

  async function user(name: string, role: Role, memberState: string | null) {
    const email = `${name}@comments.test`;
    const [{ id }] = await query<{ id: string }>(
      `INSERT INTO users (email, password_hash, role, member_state_iso3) VALUES ($1, 'x', $2, $3) RETURNING id`,
      [email, role, memberState],
    );
    return RequestContext.forRequest({
      requestId: randomUUID(),
      actor: { userId: id, email, role, memberState },
    });
  }

  beforeAll(async () => {
    service = await startServiceTest({
      providers: [
        CommentsService,
        GapsService,
        OffersService,
        { provide: AutomaticMatching, useValue: { schedule: () => Promise.resolve() } },
      ],
    });
    comments = service.module.get(CommentsService);
    users = {
      coordinator: await user('coordinator', Role.COORDINATOR, null),
      analyst: await user('analyst', Role.ANALYST, null),
      rwaTpcc: await user('tpcc.rwa', Role.TPCC, 'RWA'),
      senTpcc: await user('tpcc.sen', Role.TPCC, 'SEN'),
      usaDonor: await user('donor.usa', Role.DONOR, 'USA'),
      gbrDonor: await user('donor.gbr', Role.DONOR, 'GBR'),
    };
    const system = RequestContext.forSystem();
    const gaps = service.module.get(GapsService);
    const offers = service.module.get(OffersService);
    gapId = (
      await gaps.create(system, gapInput({ open: true } as never) as unknown as CreateGapInput)
    ).id;
    draftGapId = (await gaps.create(system, gapInput() as unknown as CreateGapInput)).id;
    const offerId = (
      await offers.create(
        system,
        offerInput({ open: true } as never) as unknown as CreateOfferInput,
      )
    ).id;
    [{ id: proposalId }] = await query<{ id: string }>(
      `WITH run AS (INSERT INTO match_runs (requested_by, status) VALUES ('test', 'SUCCEEDED') RETURNING id)
       INSERT INTO proposals (run_id, gap_id, offer_id, quantity, score, breakdown, explanation)
       SELECT run.id, $1, $2, 10, 0.5, '{}', 'test' FROM run RETURNING id`,
      [gapId, offerId],
    );
    [{ id: partnershipId }] = await query<{ id: string }>(
      `INSERT INTO partnerships (proposal_id, gap_id, offer_id, quantity) VALUES ($1, $2, $3, 10) RETURNING id`,
      [proposalId, gapId, offerId],
    );
  });

  afterAll(async () => {
    await service?.close();
  });

  /** The error a call rejects with (fails if it succeeds). */
  async function refusal(call: Promise<unknown>) {
    const error = await call.then(
      () => undefined,
      (failure: unknown) => failure as { code: ErrorCode; field?: string; message: string },
    );
    expect(error).toBeDefined();
    return { code: error!.code, field: error!.field, message: error!.message };
  }

  const bodies = async (ctx: RequestContext, item: Record<string, string>) => {
    const page = await comments.list(ctx, { first: 50, ...item } as never);
    return page && page.edges.map((edge) => edge.node.body);
  };

  it('lets a T/PCC comment on its own gap, and shows the conversation to those who see the gap', async () => {
    await comments.add(users.rwaTpcc, { gapId, body: 'Our two company bases need this first.' });
    await comments.add(users.coordinator, { gapId, body: 'Noted; France cannot serve Rwanda.' });
    // Donors see published gaps, so their conversation; analysts read everything.
    for (const reader of ['rwaTpcc', 'coordinator', 'analyst', 'usaDonor', 'gbrDonor']) {
      expect(await bodies(users[reader], { gapId })).toEqual([
        'Noted; France cannot serve Rwanda.',
        'Our two company bases need this first.',
      ]);
    }
    // Another T/PCC sees neither the gap nor its conversation, and cannot write on it.
    expect(await bodies(users.senTpcc, { gapId })).toBeNull();
    expect(await refusal(comments.add(users.senTpcc, { gapId, body: 'Hello' }))).toMatchObject({
      code: ErrorCode.NOT_FOUND,
      field: 'input.gapId',
    });
    // A draft gap is its T/PCC's and the staff's only: donors neither read nor write there.
    await comments.add(users.rwaTpcc, { gapId: draftGapId, body: 'Draft for now.' });
    expect(await bodies(users.usaDonor, { gapId: draftGapId })).toBeNull();
    expect(
      (await refusal(comments.add(users.usaDonor, { gapId: draftGapId, body: 'Hi' }))).code,
    ).toBe(ErrorCode.NOT_FOUND);
  });

  it('keeps a proposal’s and a partnership’s conversation between their parties and the staff', async () => {
    for (const [item, ref] of [
      ['proposalId', proposalId],
      ['partnershipId', partnershipId],
    ] as const) {
      await comments.add(users.usaDonor, { [item]: ref, body: `Trainers free in March (${item})` });
      await comments.add(users.rwaTpcc, { [item]: ref, body: `March suits us (${item})` });
      await comments.add(users.coordinator, { [item]: ref, body: `Agreed (${item})` });
      for (const reader of ['usaDonor', 'rwaTpcc', 'coordinator', 'analyst'])
        expect(await bodies(users[reader], { [item]: ref })).toHaveLength(3);
      for (const outsider of ['gbrDonor', 'senTpcc']) {
        expect(await bodies(users[outsider], { [item]: ref })).toBeNull();
        expect(
          (await refusal(comments.add(users[outsider], { [item]: ref, body: 'Me too' }))).code,
        ).toBe(ErrorCode.NOT_FOUND);
      }
    }
  });

  it('mentions only users who may see the item', async () => {
    const comment = await comments.add(users.coordinator, {
      proposalId,
      body: '@donor.usa please confirm the dates',
      mentions: ['DONOR.USA@comments.test', 'tpcc.rwa@comments.test'],
    });
    expect(comment.mentionedUserIds).toEqual([
      users.usaDonor.actor!.userId,
      users.rwaTpcc.actor!.userId,
    ]);
    expect(
      await refusal(
        comments.add(users.coordinator, {
          proposalId,
          body: 'FYI',
          mentions: ['tpcc.rwa@comments.test', 'donor.gbr@comments.test'],
        }),
      ),
    ).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.mentions[1]' });
    expect(
      await refusal(
        comments.add(users.coordinator, { gapId, body: 'x', mentions: ['nobody@x.org'] }),
      ),
    ).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.mentions[0]' });
  });

  it('asks for exactly one item', async () => {
    expect(await refusal(comments.add(users.coordinator, { body: 'Where?' }))).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'input.gapId',
    });
    expect(
      await refusal(comments.add(users.coordinator, { gapId, proposalId, body: 'Both' })),
    ).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.proposalId' });
  });

  it('lets only the author edit', async () => {
    const comment = await comments.add(users.usaDonor, { gapId, body: 'We could help in May.' });
    expect(
      await refusal(comments.edit(users.coordinator, { id: comment.id, body: 'Changed' })),
    ).toMatchObject({ code: ErrorCode.FORBIDDEN, message: 'Only its author may edit a comment' });
    const edited = await comments.edit(users.usaDonor, {
      id: comment.id,
      body: 'We could help in June.',
    });
    expect(edited).toMatchObject({ body: 'We could help in June.', editedAt: expect.any(Date) });
  });

  it('lets the author delete within the window, and coordinators after', async () => {
    const recent = await comments.add(users.rwaTpcc, { gapId, body: 'Typo' });
    expect((await refusal(comments.delete(users.usaDonor, recent.id))).code).toBe(
      ErrorCode.FORBIDDEN,
    );
    await expect(comments.delete(users.rwaTpcc, recent.id)).resolves.toMatchObject({
      id: recent.id,
    });

    const old = await comments.add(users.rwaTpcc, { gapId, body: 'Said an hour ago' });
    await query(`UPDATE comments SET created_at = now() - interval '1 hour' WHERE id = $1`, [
      old.id,
    ]);
    expect(await refusal(comments.delete(users.rwaTpcc, old.id))).toMatchObject({
      code: ErrorCode.FORBIDDEN,
      message:
        'Its author may delete a comment only within 15 minutes of writing it; after that, ask a coordinator',
    });
    await expect(comments.delete(users.coordinator, old.id)).resolves.toMatchObject({
      body: 'Said an hour ago',
    });
    expect(
      await query('SELECT id FROM comments WHERE id = ANY($1)', [[recent.id, old.id]]),
    ).toEqual([]);
  });
});
