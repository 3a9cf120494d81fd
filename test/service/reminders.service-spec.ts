// The reminder scan on a real database, its e-mails through the real BullMQ queue and a real SMTP
// server (smtp-server): MILESTONE_DUE, GAP_WINDOW_CLOSING, OFFER_EXPIRING and PLEDGE_UPDATE_DUE
// reach the users their items' policies let see them, and nobody else; once per item and period
// (a scan run again writes nothing more); a pledge is reminded again in its next reporting period,
// not after a status change. (MILESTONE_OVERDUE week by week, with the worker process: the e2e
// test notification-emails.)
import { AutomaticMatching } from '@app/common';
import { Role } from '@app/domain';
import { type CreateGapInput, GapsService } from '@app/gaps';
import { NotificationJobsModule, RemindersService } from '@app/notifications';
import { type CreateOfferInput, OffersService } from '@app/offers';
import { Pledge, PledgePolicy } from '@app/pledges';
import { RequestContext } from '@app/request-context';

import { ConfiguredWorkerClass } from '../../apps/worker/src/worker.module';
import { gapInput, offerInput } from '../support/factories';
import { poll } from '../support/processes';
import { startServiceTest, type ServiceTest } from '../support/service-test';
import { TestSmtpServer } from '../support/smtp-server';

const WEB = 'https://lcm.example.org';
/** The scan's "today"; the reminder days are the default 7, the pledge interval 180. */
const TODAY = '2027-03-25';

interface TestUser {
  id: string;
  email: string;
  role: Role;
  memberState: string | null;
  disabled: boolean;
}

describe('RemindersService (reminder scan) with e-mails over BullMQ and SMTP', () => {
  let service: ServiceTest;
  let smtp: TestSmtpServer;
  let reminders: RemindersService;
  const users: Record<string, TestUser> = {};
  const id: Record<string, string> = {};
  const system = RequestContext.forSystem();

  const query = <T>(text: string, params: unknown[] = []) =>
    service.dataSource.query<T[]>(text, params);

  async function user(
    name: string,
    role: Role,
    memberState: string | null,
    options: { language?: 'fr'; disabled?: boolean } = {},
  ): Promise<void> {
    const email = `${name}@reminders.test`;
    const [{ id: userId }] = await query<{ id: string }>(
      `INSERT INTO users (email, password_hash, role, member_state_iso3, preferred_language, disabled)
       VALUES ($1, 'x', $2, $3, $4, $5) RETURNING id`,
      [email, role, memberState, options.language ?? null, options.disabled ?? false],
    );
    users[name] = { id: userId, email, role, memberState, disabled: options.disabled ?? false };
  }

  const gap = async (overrides: Record<string, unknown>) =>
    (
      await service.module
        .get(GapsService)
        .create(system, gapInput({ open: true, ...overrides } as never) as never as CreateGapInput)
    ).id;
  const offer = async (overrides: Record<string, unknown>) =>
    (
      await service.module
        .get(OffersService)
        .create(
          system,
          offerInput({ open: true, ...overrides } as never) as never as CreateOfferInput,
        )
    ).id;

  /** A proposal of the pair in a run of its own; `partnership` also confirms it into one. */
  async function pairing(gapId: string, offerId: string, partnership: boolean): Promise<string> {
    const [{ id: proposalId }] = await query<{ id: string }>(
      `WITH run AS (INSERT INTO match_runs (requested_by, status) VALUES ('test', 'SUCCEEDED') RETURNING id)
       INSERT INTO proposals (run_id, gap_id, offer_id, quantity, score, breakdown, explanation, status)
       SELECT run.id, $1, $2, 5, 0.5, '{}', 'test', $3 FROM run RETURNING id`,
      [gapId, offerId, partnership ? 'CONFIRMED' : 'PROPOSED'],
    );
    if (!partnership) return proposalId;
    const [{ id: partnershipId }] = await query<{ id: string }>(
      `INSERT INTO partnerships (proposal_id, gap_id, offer_id, quantity) VALUES ($1, $2, $3, 5) RETURNING id`,
      [proposalId, gapId, offerId],
    );
    return partnershipId;
  }

  async function milestone(partnershipId: string, dueOn: string, achievedOn: string | null) {
    const [row] = await query<{ id: string }>(
      `INSERT INTO partnership_milestones (partnership_id, title, due_on, achieved_on)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [partnershipId, `Course due ${dueOn}`, dueOn, achievedOn],
    );
    return row.id;
  }

  /** A pledge at the Berlin Ministerial whose status last changed `daysBefore` days before TODAY. */
  async function pledge(
    lead: string,
    members: string[],
    status: string,
    daysBefore: number,
    textEn: string,
    textFr: string | null,
  ): Promise<string> {
    const [row] = await query<{ id: string }>(
      `INSERT INTO pledges (ministerial_id, lead_iso3, member_iso3s, kind, category, text_en, text_fr,
                            status, status_changed_at)
       SELECT m.id, $1, $2, 'FORMED_UNIT', 'MEDICAL', $3, $4, $5,
              ($6::date - $7::int)::timestamp AT TIME ZONE 'UTC' + interval '15 hours'
         FROM ministerials m WHERE m.code = 'BERLIN_2025' RETURNING id`,
      [lead, members, textEn, textFr, status, TODAY, daysBefore],
    );
    return row.id;
  }

  /** Who was reminded of `kind` about the item of `column` = `itemId`, by user name, sorted. */
  async function reminded(kind: string, column: string, itemId: string): Promise<string[]> {
    const rows = await query<{ email: string }>(
      `SELECT u.email FROM notifications n JOIN users u ON u.id = n.recipient_user_id
        WHERE n.kind = $1 AND n.${column} = $2`,
      [kind, itemId],
    );
    return rows.map((row) => row.email.replace('@reminders.test', '')).sort();
  }

  const count = async () =>
    Number((await query<{ n: string }>('SELECT count(*) AS n FROM notifications'))[0].n);

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    Object.assign(process.env, {
      SMTP_URL: smtp.url,
      WEB_APP_URL: WEB,
      // The scan runs when the test says, not on the hour.
      NOTIFICATION_REMINDER_CRON: '0 0 1 1 *',
    });
    service = await startServiceTest({
      imports: [NotificationJobsModule],
      providers: [
        // The worker's BullMQ options (a connection that waits for Redis), as in apps/worker.
        ConfiguredWorkerClass,
        GapsService,
        OffersService,
        { provide: AutomaticMatching, useValue: { schedule: () => Promise.resolve() } },
      ],
    });
    reminders = service.module.get(RemindersService);

    await user('coordinator', Role.COORDINATOR, null);
    await user('analyst', Role.ANALYST, null);
    await user('admin', Role.ADMIN, null);
    await user('donor.usa', Role.DONOR, 'USA');
    await user('donor.usa.fr', Role.DONOR, 'USA', { language: 'fr' });
    await user('donor.usa.disabled', Role.DONOR, 'USA', { disabled: true });
    await user('donor.gbr', Role.DONOR, 'GBR');
    await user('tpcc.rwa', Role.TPCC, 'RWA');
    await user('tpcc.sen', Role.TPCC, 'SEN');

    // Gaps (RWA): closing on the 30th with nothing proposed; closing with a proposal; later.
    id.gapClosing = await gap({ neededBy: '2027-03-30', title: 'Closing, nothing proposed' });
    id.gapProposed = await gap({ neededBy: '2027-03-30', title: 'Closing, proposed' });
    id.gapLater = await gap({ neededBy: '2027-04-15', title: 'Closing later' });
    // Offers (USA): expiring on the 28th with capacity left; available all year.
    id.offerExpiring = await offer({ availableTo: '2027-03-28', title: 'Expiring' });
    id.offerLater = await offer({ title: 'Available all year' });
    await pairing(id.gapProposed, id.offerLater, false);
    // A partnership (gap closing in June) with milestones due in 2 days, achieved, and later.
    const partnershipGap = await gap({ title: 'In partnership' });
    id.partnership = await pairing(partnershipGap, id.offerLater, true);
    id.milestoneDue = await milestone(id.partnership, '2027-03-27', null);
    id.milestoneAchieved = await milestone(id.partnership, '2027-03-27', '2027-03-20');
    id.milestoneLater = await milestone(id.partnership, '2027-05-01', null);
    // Pledges: USA's joint pledge with GBR due in 5 days; RWA's overdue by 20 days; recent,
    // fulfilled and withdrawn ones that are not due.
    id.pledgeDue = await pledge(
      'USA',
      ['GBR'],
      'IN_PROGRESS',
      175,
      'Train 40 CASEVAC teams',
      'Former 40 équipes CASEVAC',
    );
    id.pledgeOverdue = await pledge('RWA', [], 'ANNOUNCED', 200, 'A level II hospital', null);
    id.pledgeRecent = await pledge('USA', [], 'COMMITTED', 100, 'Recent', null);
    id.pledgeFulfilled = await pledge('USA', [], 'FULFILLED', 300, 'Fulfilled', null);
    id.pledgeWithdrawn = await pledge('RWA', [], 'WITHDRAWN', 300, 'Withdrawn', null);
  });

  afterAll(async () => {
    await service?.close();
    await smtp?.down();
    for (const name of ['SMTP_URL', 'WEB_APP_URL', 'NOTIFICATION_REMINDER_CRON'])
      delete process.env[name];
  });

  it('reminds each item’s users once, and nobody again when the scan runs again', async () => {
    expect(await count()).toBe(0);
    const first = await reminders.scan(TODAY);
    expect(first).toEqual({
      // donor.usa, donor.usa.fr and tpcc.rwa.
      MILESTONE_DUE: 3,
      MILESTONE_OVERDUE: 0,
      // tpcc.rwa and the coordinator.
      GAP_WINDOW_CLOSING: 2,
      // donor.usa and donor.usa.fr.
      OFFER_EXPIRING: 2,
      // donor.usa and donor.usa.fr (USA's pledge), tpcc.rwa (RWA's).
      PLEDGE_UPDATE_DUE: 3,
    });
    const written = await count();
    expect(written).toBe(10);

    expect(await reminded('MILESTONE_DUE', 'milestone_id', id.milestoneDue)).toEqual([
      'donor.usa',
      'donor.usa.fr',
      'tpcc.rwa',
    ]);
    for (const milestone of [id.milestoneAchieved, id.milestoneLater])
      expect(await reminded('MILESTONE_DUE', 'milestone_id', milestone)).toEqual([]);

    expect(await reminded('GAP_WINDOW_CLOSING', 'gap_id', id.gapClosing)).toEqual([
      'coordinator',
      'tpcc.rwa',
    ]);
    for (const gapId of [id.gapProposed, id.gapLater])
      expect(await reminded('GAP_WINDOW_CLOSING', 'gap_id', gapId)).toEqual([]);

    expect(await reminded('OFFER_EXPIRING', 'offer_id', id.offerExpiring)).toEqual([
      'donor.usa',
      'donor.usa.fr',
    ]);
    expect(await reminded('OFFER_EXPIRING', 'offer_id', id.offerLater)).toEqual([]);

    // Again, the same day and the next: the same items and periods, nothing written.
    for (const today of [TODAY, '2027-03-26']) {
      expect(Object.values(await reminders.scan(today))).toEqual([0, 0, 0, 0, 0]);
      expect(await count()).toBe(written);
    }
  });

  it('reminds a pledge’s lead state of its due update, only users its policy lets see it', async () => {
    expect(await reminded('PLEDGE_UPDATE_DUE', 'pledge_id', id.pledgeDue)).toEqual([
      'donor.usa',
      'donor.usa.fr',
    ]);
    expect(await reminded('PLEDGE_UPDATE_DUE', 'pledge_id', id.pledgeOverdue)).toEqual([
      'tpcc.rwa',
    ]);
    for (const pledgeId of [id.pledgeRecent, id.pledgeFulfilled, id.pledgeWithdrawn])
      expect(await reminded('PLEDGE_UPDATE_DUE', 'pledge_id', pledgeId)).toEqual([]);

    // Every recipient may see the pledge (PledgePolicy, as the pledge's queries decide).
    const rows = await query<{ user_id: string; pledge_id: string }>(
      `SELECT recipient_user_id AS user_id, pledge_id FROM notifications WHERE kind = 'PLEDGE_UPDATE_DUE'`,
    );
    const byId = new Map(Object.values(users).map((u) => [u.id, u]));
    for (const row of rows) {
      const pledge = await service.dataSource.getRepository(Pledge).findOneByOrFail({
        id: row.pledge_id,
      });
      const recipient = byId.get(row.user_id)!;
      expect(recipient.disabled).toBe(false);
      expect(
        PledgePolicy.canSee(
          {
            userId: recipient.id,
            email: recipient.email,
            role: recipient.role,
            memberState: recipient.memberState,
          },
          pledge,
        ),
      ).toBe(true);
    }

    // Each reminder names its reporting period (the due date) and the recipient's language.
    const [due] = await query<{
      idempotency_key: string;
      title: string;
      language: string;
      params: object;
    }>(
      `SELECT idempotency_key, title, language, params FROM notifications
        WHERE pledge_id = $1 AND recipient_user_id = $2`,
      [id.pledgeDue, users['donor.usa.fr'].id],
    );
    expect(due).toEqual({
      idempotency_key: `PLEDGE_UPDATE_DUE:${id.pledgeDue}:2027-03-30:${users['donor.usa.fr'].id}`,
      title: 'Former 40 équipes CASEVAC',
      language: 'fr',
      params: {
        dueOn: '2027-03-30',
        since: '2026-10-01',
        status: 'IN_PROGRESS',
        city: 'Berlin',
        year: 2025,
      },
    });
    // Overdue since 2027-03-05 (changed 200 days before): reminded once, for that period.
    const [overdue] = await query<{ idempotency_key: string; title: string }>(
      `SELECT idempotency_key, title FROM notifications WHERE pledge_id = $1`,
      [id.pledgeOverdue],
    );
    expect(overdue.idempotency_key).toContain(`:${id.pledgeOverdue}:2027-03-05:`);
    expect(overdue.title).toBe('A level II hospital');
  });

  it('e-mails the reminders in each recipient’s language, with a link to the pledge', async () => {
    const sent = await poll(
      'every reminder e-mail sent',
      async () => {
        const [{ open }] = await query<{ open: number }>(
          `SELECT count(*) FILTER (WHERE email_status <> 'SENT')::int AS open FROM notifications`,
        );
        return open === 0 && smtp.received.length === (await count()) && smtp.received;
      },
      { timeoutMs: 10_000, intervalMs: 50 },
    );
    expect([...smtp.countsByMessageId().values()].every((times) => times === 1)).toBe(true);
    const pledgeMail = (address: string) =>
      sent.find((email) => email.to.includes(address) && email.text.includes('/pledges/'))!;

    const english = pledgeMail('donor.usa@reminders.test');
    expect(english.subject).toBe('Pledge update due: Train 40 CASEVAC teams');
    expect(english.text).toContain(
      'The pledge “Train 40 CASEVAC teams” (Berlin 2025 Ministerial) has had the status “in progress” since 2026-10-01: its status update is due on 2027-03-30.',
    );
    expect(english.text).toContain(`${WEB}/pledges/${id.pledgeDue}`);

    const french = pledgeMail('donor.usa.fr@reminders.test');
    expect(french.subject).toBe(
      'Mise à jour d’engagement attendue\u202f: Former 40 équipes CASEVAC',
    );
    expect(french.text).toContain(
      'L’engagement «\u202fFormer 40 équipes CASEVAC\u202f» (réunion ministérielle de Berlin, 2025) a le statut «\u202fen cours\u202f» depuis le 2026-10-01\u202f: la mise à jour de son statut est attendue pour le 2027-03-30.',
    );
    expect(french.text).toContain(`${WEB}/pledges/${id.pledgeDue}`);

    expect(pledgeMail('tpcc.rwa@reminders.test').subject).toBe(
      'Pledge update due: A level II hospital',
    );
    // Nobody outside the items' policies got anything.
    for (const name of ['analyst', 'admin', 'donor.gbr', 'donor.usa.disabled', 'tpcc.sen'])
      expect(smtp.to(users[name].email)).toEqual([]);
  });

  it('reminds a pledge again in its next reporting period, not after its status changed', async () => {
    // USA's joint pledge 180 days after its first due date, less 5 days; RWA's overdue again (due
    // 2027-09-01, 360 days after its last change); USA's recent one overdue now (due 2027-06-13).
    const next = await reminders.scan('2027-09-21');
    expect(next.PLEDGE_UPDATE_DUE).toBe(5);
    expect(await reminded('PLEDGE_UPDATE_DUE', 'pledge_id', id.pledgeRecent)).toEqual([
      'donor.usa',
      'donor.usa.fr',
    ]);
    const keys = await query<{ idempotency_key: string }>(
      `SELECT idempotency_key FROM notifications WHERE pledge_id = $1 ORDER BY idempotency_key`,
      [id.pledgeDue],
    );
    expect(keys.map((row) => row.idempotency_key.split(':')[2])).toEqual([
      '2027-03-30',
      '2027-03-30',
      '2027-09-26',
      '2027-09-26',
    ]);

    // RWA's pledge moves up its ladder: its periods start again from that day (due 2028-03-19).
    await query(
      `UPDATE pledges SET status = 'COMMITTED', status_changed_at = '2027-09-21T10:00:00Z' WHERE id = $1`,
      [id.pledgeOverdue],
    );
    const rwaReminders = async () =>
      (await reminded('PLEDGE_UPDATE_DUE', 'pledge_id', id.pledgeOverdue)).length;
    for (const today of ['2027-10-01', '2028-03-11']) {
      await reminders.scan(today);
      expect(await rwaReminders()).toBe(2);
    }
    await reminders.scan('2028-03-12');
    expect(await rwaReminders()).toBe(3);
    const periods = await query<{ idempotency_key: string }>(
      `SELECT idempotency_key FROM notifications WHERE pledge_id = $1 ORDER BY idempotency_key`,
      [id.pledgeOverdue],
    );
    expect(periods.map((row) => row.idempotency_key.split(':')[2])).toEqual([
      '2027-03-05',
      '2027-09-01',
      '2028-03-19',
    ]);
  });
});
