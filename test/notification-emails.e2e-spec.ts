// Notification e-mails through a real SMTP server started here (smtp-server), sent by the real
// worker process: recipients and language, preferences (off, daily digest), SMTP down then up,
// the worker killed mid-send, and reminders; each e-mail accepted exactly once.
import { Queue } from 'bullmq';

import { QueueName } from '@app/queue';

import { gapInput, offerInput } from './support/factories';
import { createOpen } from './support/match-runs';
import { proposalInNewRun } from './support/notifications';
import { type ManagedProcess, poll, ProcessGroup } from './support/processes';
import { TestSmtpServer } from './support/smtp-server';
import { startTestApi, type TestApi } from './support/test-api';
import { testEmail } from './support/test-users';

const WEB = 'https://lcm.example.org';
const ACCEPT = `mutation($input: AcceptProposalInput!) { acceptProposal(input: $input) { status } }`;
const DECLINE = `mutation($input: DeclineProposalInput!) { declineProposal(input: $input) { status } }`;
const PREFER = `mutation($input: SetNotificationPreferenceInput!) {
  setNotificationPreference(input: $input) { kind delivery }
}`;

interface Row {
  id: string;
  kind: string;
  email: string;
  email_status: string;
  email_message_id: string | null;
  email_attempts: number;
  email_error: string | null;
}

describe('notification e-mails over SMTP, sent by the worker process', () => {
  let api: TestApi;
  let smtp: TestSmtpServer;
  let processes: ProcessGroup;
  let worker: ManagedProcess;
  let queue: Queue;
  let gapId: string;
  let offerId: string;
  let partnershipId: string;

  const rows = (where = 'true', params: unknown[] = []) =>
    api.dataSource.query<Row[]>(
      `SELECT n.id, n.kind, u.email, n.email_status, n.email_message_id, n.email_attempts, n.email_error
         FROM notifications n JOIN users u ON u.id = n.recipient_user_id
        WHERE ${where} ORDER BY n.created_at, u.email`,
      params,
    );
  const until = <T>(
    what: string,
    probe: () => Promise<T | undefined | false>,
    timeoutMs = 30_000,
  ) => poll(what, probe, { timeoutMs, intervalMs: 100, context: () => processes.describe() });
  const expectNoDuplicates = () => {
    const duplicated = [...smtp.countsByMessageId()].filter(([, count]) => count > 1);
    expect(duplicated).toEqual([]);
  };
  const ok = async (response: Promise<{ body: { errors?: unknown } }>) =>
    expect((await response).body.errors).toBeUndefined();

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    api = await startTestApi({
      SMTP_URL: smtp.url,
      SMTP_FROM: 'LCM Match <notify@lcm.example.org>',
      WEB_APP_URL: WEB,
      NOTIFICATION_SWEEP_MS: '1000',
      // A killed worker's job is rerun 1–2.5 s after the kill.
      WORKER_LOCK_DURATION_MS: '2000',
    });
    await api.dataSource.query(`UPDATE users SET preferred_language = 'fr' WHERE email = $1`, [
      testEmail('tpcc'),
    ]);
    gapId = await createOpen(api, 'Gap', gapInput({ title: 'Équipes CASEVAC' }));
    offerId = await createOpen(api, 'Offer', offerInput({ capacity: 200 }));
    processes = new ProcessGroup();
    // The test's environment (database, queue prefix, SMTP) is in process.env: the worker's.
    worker = await processes.startWorker('worker', {});
    queue = new Queue(QueueName.NOTIFICATIONS, {
      connection: { url: process.env.REDIS_URL },
      prefix: api.queuePrefix,
    });
  });

  afterAll(async () => {
    await queue?.close();
    await processes?.stopAll();
    await api?.close();
    await smtp?.down();
  });

  it('e-mails each party but the actor, in their language, with a link to the item', () =>
    processes.explain(async () => {
      const proposal = await proposalInNewRun(api, gapId, offerId);
      await ok(api.as('donor')(ACCEPT, { input: { id: proposal } }));
      await ok(api.as('tpcc')(ACCEPT, { input: { id: proposal } }));
      [{ id: partnershipId }] = await api.dataSource.query<{ id: string }[]>(
        'SELECT id FROM partnerships WHERE proposal_id = $1',
        [proposal],
      );
      await until('3 e-mails', async () => smtp.received.length >= 3);

      const [toTpcc] = smtp.to(testEmail('tpcc'));
      expect(smtp.to(testEmail('tpcc'))).toHaveLength(1);
      expect(toTpcc.subject).toBe('Proposition acceptée\u202f: Équipes CASEVAC');
      expect(toTpcc.text).toContain('L’État donateur (USA) a accepté la proposition');
      expect(toTpcc.text).toContain(`${WEB}/proposals`);

      const toDonor = smtp
        .to(testEmail('donor'))
        .map((email) => email.subject)
        .sort();
      expect(toDonor).toEqual([
        'Partnership confirmed: Équipes CASEVAC',
        'Proposal accepted: Équipes CASEVAC',
      ]);
      const confirmed = smtp.to(testEmail('donor')).find((e) => e.subject.startsWith('Partner'))!;
      expect(confirmed.text).toContain(`${WEB}/partnerships/${partnershipId}`);
      // Nobody else: the other states' users and staff are not parties.
      expect(smtp.received.flatMap((email) => email.to).sort()).toEqual(
        [testEmail('donor'), testEmail('donor'), testEmail('tpcc')].sort(),
      );

      const sent = await until('the rows SENT', async () => {
        const all = await rows();
        return all.every((row) => row.email_status === 'SENT') && all;
      });
      // The Message-ID the server saw is the one the outbox row holds.
      expect(sent.map((row) => row.email_message_id).sort()).toEqual(
        smtp.received.map((email) => email.messageId).sort(),
      );
      expectNoDuplicates();
    }));

  it('sends nothing for a kind the recipient turned off (the inbox still has it)', () =>
    processes.explain(async () => {
      await ok(api.as('donor')(PREFER, { input: { kind: 'PROPOSAL_DECLINED', delivery: 'OFF' } }));
      const before = smtp.received.length;
      const proposal = await proposalInNewRun(api, gapId, offerId);
      await ok(api.as('tpcc')(DECLINE, { input: { id: proposal } }));
      const [declined] = await until('the declined notification decided', async () => {
        const found = await rows(`n.kind = 'PROPOSAL_DECLINED'`);
        return found[0]?.email_status === 'SKIPPED' && found;
      });
      expect(declined.email).toBe(testEmail('donor'));
      expect(smtp.received.length).toBe(before);
    }));

  it('gathers a user’s digest items into one e-mail when the digest job runs', () =>
    processes.explain(async () => {
      for (const kind of ['DELIVERY_RECORDED', 'COMMENT_MENTION'])
        await ok(api.as('donor')(PREFER, { input: { kind, delivery: 'DAILY_DIGEST' } }));
      for (const quantity of [1, 2])
        await ok(
          api.as('tpcc')(
            `mutation($input: RecordDeliveryInput!) { recordPartnershipDelivery(input: $input) { id } }`,
            { input: { partnershipId, quantity } },
          ),
        );
      await ok(
        api.as('tpcc')(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, {
          input: { partnershipId, body: 'Dates confirmed.', mentions: [testEmail('donor')] },
        }),
      );
      const digestRows = `n.kind IN ('DELIVERY_RECORDED', 'COMMENT_MENTION') AND u.email = $1`;
      await until('3 rows kept for the digest', async () => {
        const found = await rows(digestRows, [testEmail('donor')]);
        return found.length === 3 && found.every((row) => row.email_status === 'DIGEST');
      });
      const before = smtp.received.length;
      await queue.add('send-digests', {});
      await until('the digest', async () => smtp.received.length > before);
      const digest = smtp.received.at(-1)!;
      expect(digest.to).toEqual([testEmail('donor')]);
      expect(digest.subject).toBe('LCM Match: your daily digest (3 notifications)');
      expect(digest.text.match(/^- /gm)).toHaveLength(3);
      expect(digest.text).toContain('Dates confirmed.');
      const sent = await until('the digest rows SENT', async () => {
        const found = await rows(digestRows, [testEmail('donor')]);
        return found.every((row) => row.email_status === 'SENT') && found;
      });
      expect(new Set(sent.map((row) => row.email_message_id))).toEqual(new Set([digest.messageId]));
      // The T/PCC's e-mails (immediately) were sent as usual; one digest per run of the job.
      await queue.add('send-digests', {});
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(smtp.to(testEmail('donor')).filter((e) => e.subject.includes('digest'))).toHaveLength(
        1,
      );
      expectNoDuplicates();
    }));

  it('keeps e-mails while SMTP is down (health degraded, not failed), then sends each exactly once', () =>
    processes.explain(async () => {
      await smtp.down();
      const proposals = await Promise.all(
        [1, 2, 3].map(() => proposalInNewRun(api, gapId, offerId, 1)),
      );
      for (const id of proposals) await ok(api.as('donor')(ACCEPT, { input: { id } }));
      const waiting = `n.proposal_id = ANY($1::uuid[])`;
      await until('three failed tries recorded', async () => {
        const found = await rows(waiting, [proposals]);
        return (
          found.length === 3 && found.every((row) => row.email_attempts >= 1 && row.email_error)
        );
      });
      const found = await rows(waiting, [proposals]);
      expect(found.every((row) => row.email_status === 'SENDING')).toBe(true);

      const health = await fetch(api.url.replace(/\/graphql$/, '/health/ready'));
      expect(health.status).toBe(200);
      const body = (await health.json()) as { info: Record<string, Record<string, string>> };
      expect(body.info.smtp).toMatchObject({ status: 'up', state: 'degraded' });
      const port = /health at http:\/\/localhost:(\d+)/.exec(worker.text())![1];
      const workerHealth = await fetch(`http://127.0.0.1:${port}/health/ready`);
      expect(workerHealth.status).toBe(200);
      expect(((await workerHealth.json()) as typeof body).info.smtp.state).toBe('degraded');

      await smtp.up();
      const sent = await until(
        'the three e-mails SENT',
        async () => {
          const now = await rows(waiting, [proposals]);
          return now.every((row) => row.email_status === 'SENT') && now;
        },
        60_000,
      );
      const counts = smtp.countsByMessageId();
      for (const row of sent) expect(counts.get(row.email_message_id!)).toBe(1);
      expectNoDuplicates();
    }));

  it('loses and duplicates nothing when the worker is killed (SIGKILL) mid-send', () =>
    processes.explain(async () => {
      smtp.hold(true);
      const proposal = await proposalInNewRun(api, gapId, offerId, 1);
      await ok(api.as('donor')(ACCEPT, { input: { id: proposal } }));
      const held = await until('the e-mail’s DATA held by the server', async () => smtp.held[0]);
      expect(held.raw).toContain(`To: ${testEmail('tpcc')}`);
      await worker.kill();
      await until('the server to see the connection close', async () => smtp.closed(held.session));
      smtp.hold(false);
      smtp.releaseHeld();
      const [row] = await rows(`n.proposal_id = $1`, [proposal]);
      expect(row.email_status).toBe('SENDING');
      expect(smtp.countsByMessageId().get(row.email_message_id!)).toBeUndefined();

      worker = await processes.startWorker('worker after the kill', {});
      await until('the e-mail SENT by the new worker', async () => {
        const [now] = await rows(`n.proposal_id = $1`, [proposal]);
        return now.email_status === 'SENT';
      });
      expect(smtp.countsByMessageId().get(row.email_message_id!)).toBe(1);
      expectNoDuplicates();
    }));

  it('reminds both parties of an overdue milestone once per week', () =>
    processes.explain(async () => {
      await ok(
        api.graphql(
          `mutation($input: AddMilestoneInput!) { addPartnershipMilestone(input: $input) { id } }`,
          { input: { partnershipId, title: 'First course', dueOn: '2027-03-01' } },
        ),
      );
      const overdue = `n.kind = 'MILESTONE_OVERDUE'`;
      await queue.add('scan-reminders', { today: '2027-03-09' });
      await until('two reminders', async () => (await rows(overdue)).length === 2, 10_000);
      // Again the same week: nothing more.
      await queue.add('scan-reminders', { today: '2027-03-10' });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await rows(overdue)).toHaveLength(2);
      await queue.add('scan-reminders', { today: '2027-03-16' });
      await until('the next week’s reminders', async () => (await rows(overdue)).length === 4);
      const reminded = await until('their e-mails', async () => {
        const now = smtp.received.filter((email) => /overdue|en retard/.test(email.subject));
        return now.length === 4 && now;
      });
      expect(reminded.map((email) => email.subject).sort()).toEqual([
        'Jalon en retard\u202f: First course',
        'Jalon en retard\u202f: First course',
        'Milestone overdue: First course',
        'Milestone overdue: First course',
      ]);
      expectNoDuplicates();
    }));
});
