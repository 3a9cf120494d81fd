// A match run failing for good tells the coordinators, and only them, once however often it is
// failed; with no SMTP_URL (development), the worker's real BullMQ jobs write each e-mail to the
// log instead of sending it and keep its row, LOGGED.
import { type LoggerService } from '@nestjs/common';

import { Role } from '@app/domain';
import { MatchEngineModule, MatchInstanceLoader, MatchRunExecutor } from '@app/match-runs';
import { NotificationJobsModule } from '@app/notifications';
import { RequestContext } from '@app/request-context';

import { ConfiguredWorkerClass } from '../../apps/worker/src/worker.module';
import { poll } from '../support/processes';
import { startServiceTest, type ServiceTest } from '../support/service-test';

/** What the application logged, kept to be read (a LoggerService, as the worker's pino one). */
class KeptLog implements LoggerService {
  readonly lines: string[] = [];
  log(message: unknown, context?: string) {
    this.lines.push(`${context ?? ''}: ${String(message)}`);
  }
  error(message: unknown) {
    this.lines.push(`error: ${String(message)}`);
  }
  warn(message: unknown) {
    this.lines.push(`warn: ${String(message)}`);
  }
}

interface Row {
  email: string;
  language: string;
  email_status: string;
  email_message_id: string | null;
  email_sent_at: Date | null;
}

describe('MATCH_RUN_FAILED to the coordinators, e-mails logged without SMTP_URL', () => {
  let service: ServiceTest;
  const kept = new KeptLog();

  const query = <T>(text: string, params: unknown[] = []) =>
    service.dataSource.query<T[]>(text, params);

  const rows = (runId: string) =>
    query<Row>(
      `SELECT u.email, n.language, n.email_status, n.email_message_id, n.email_sent_at
         FROM notifications n JOIN users u ON u.id = n.recipient_user_id
        WHERE n.kind = 'MATCH_RUN_FAILED' AND n.match_run_id = $1 ORDER BY u.email`,
      [runId],
    );

  beforeAll(async () => {
    delete process.env.SMTP_URL;
    service = await startServiceTest({
      imports: [NotificationJobsModule, MatchEngineModule],
      providers: [ConfiguredWorkerClass, MatchRunExecutor, MatchInstanceLoader],
    });
    service.module.useLogger(kept);
    const users: [string, Role, string | null, string | null, boolean][] = [
      ['coordinator', Role.COORDINATOR, null, null, false],
      ['coordinator.fr', Role.COORDINATOR, null, 'fr', false],
      ['coordinator.disabled', Role.COORDINATOR, null, null, true],
      ['analyst', Role.ANALYST, null, null, false],
      ['admin', Role.ADMIN, null, null, false],
      ['donor.usa', Role.DONOR, 'USA', null, false],
      ['tpcc.rwa', Role.TPCC, 'RWA', null, false],
    ];
    for (const [name, role, state, language, disabled] of users)
      await query(
        `INSERT INTO users (email, password_hash, role, member_state_iso3, preferred_language, disabled)
         VALUES ($1, 'x', $2, $3, $4, $5)`,
        [`${name}@failed-runs.test`, role, state, language, disabled],
      );
  });

  afterAll(async () => {
    await service?.close();
  });

  it('tells the enabled coordinators once; their e-mails are logged and the rows kept LOGGED', async () => {
    const [{ id: runId }] = await query<{ id: string }>(
      `INSERT INTO match_runs (requested_by, status) VALUES ('service test', 'RUNNING') RETURNING id`,
    );
    const executor = service.module.get(MatchRunExecutor);
    const job = RequestContext.forJob('service-test');
    await executor.fail(job, runId, 'the engine ran out of memory');
    // A retried job failing again: the run keeps its first reason, nobody is told twice.
    await executor.fail(job, runId, 'a partition failed');

    const logged = await poll(
      'both e-mails logged',
      async () => {
        const now = await rows(runId);
        return now.length === 2 && now.every((row) => row.email_status === 'LOGGED') && now;
      },
      { timeoutMs: 10_000, intervalMs: 50 },
    );
    expect(logged.map(({ email, language }) => ({ email, language }))).toEqual([
      { email: 'coordinator.fr@failed-runs.test', language: 'fr' },
      { email: 'coordinator@failed-runs.test', language: 'en' },
    ]);
    for (const row of logged) {
      expect(row.email_sent_at).toBeInstanceOf(Date);
      const messageId = row.email_message_id!;
      expect(messageId).toMatch(/^<n-[0-9a-f-]{36}@lcm-match\.local>$/);
      const entry = kept.lines.find((line) => line.includes(messageId));
      expect(entry).toContain(`No SMTP_URL: e-mail ${messageId} to ${row.email} not sent`);
      expect(entry).toContain(`http://localhost:3000/runs/${runId}`);
    }
    const english = kept.lines.find((line) => line.includes('to coordinator@failed-runs.test'));
    expect(english).toContain('Subject: A match run failed');
    expect(english).toContain(`Match run ${runId} failed: the engine ran out of memory`);
    const french = kept.lines.find((line) => line.includes('to coordinator.fr@failed-runs.test'));
    expect(french).toContain('Subject: Échec d’un cycle de mise en relation');
    expect(french).toContain(
      `Le cycle de mise en relation ${runId} a échoué\u202f: the engine ran out of memory`,
    );
    // Nothing was written for anybody else, nor a second time.
    expect((await query<{ n: number }>('SELECT count(*)::int AS n FROM notifications'))[0].n).toBe(
      2,
    );
  });
});
