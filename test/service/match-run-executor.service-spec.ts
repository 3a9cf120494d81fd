// The executor of match runs (what the matching jobs do), called directly on a real database:
// a run writes its proposals and statistics once, a second call skips it, and a cancelled or
// failed run is never overwritten. (Queueing, locks and worker processes: the e2e tests.)
import { MatchEngineModule, MatchInstanceLoader, MatchRunExecutor } from '@app/match-runs';
import { RequestContext } from '@app/request-context';

import { loadOpenGapsAndOffers, sql } from '../support/generated-data';
import { startServiceTest, type ServiceTest } from '../support/service-test';

describe('MatchRunExecutor', () => {
  const job = RequestContext.forJob('service-test');
  let service: ServiceTest;
  let executor: MatchRunExecutor;

  beforeAll(async () => {
    service = await startServiceTest({
      imports: [MatchEngineModule],
      providers: [MatchRunExecutor, MatchInstanceLoader],
    });
    executor = service.module.get(MatchRunExecutor);
    await loadOpenGapsAndOffers(service.database.url, 400, 80);
  });

  afterAll(async () => {
    await service?.close();
  });

  async function newRun(status = 'QUEUED'): Promise<string> {
    const [{ id }] = await sql<{ id: string }>(
      service.database.url,
      `INSERT INTO match_runs (requested_by, status) VALUES ('service test', $1) RETURNING id`,
      [status],
    );
    return id;
  }

  async function runRow(id: string) {
    const [row] = await sql<{
      status: string;
      progress: number;
      error: string | null;
      stats: Record<string, number> | null;
      proposals: number;
    }>(
      service.database.url,
      `SELECT status, progress, error, stats,
              (SELECT count(*)::int FROM proposals WHERE run_id = $1) AS proposals
         FROM match_runs WHERE id = $1`,
      [id],
    );
    return row;
  }

  it('writes a run once: its proposals and statistics, progress up to 100 %', async () => {
    const runId = await newRun();
    const reported: number[] = [];
    const outcome = await executor.run(job, { runId }, ({ progress }) => reported.push(progress));
    expect(outcome).toBe('succeeded');
    const row = await runRow(runId);
    expect(row).toMatchObject({ status: 'SUCCEEDED', progress: 100, error: null });
    expect(row.stats).toMatchObject({ gaps: 400, offers: 80 });
    expect(row.proposals).toBeGreaterThan(0);
    expect(row.proposals).toBe(row.stats!.proposals);
    expect(reported[0]).toBe(0);
    expect(reported.at(-1)).toBe(100);
    expect(reported).toEqual([...reported].sort((a, b) => a - b));

    // The same job again (a duplicated or retried job after success): skipped, nothing added.
    expect(await executor.run(job, { runId })).toBe('skipped');
    expect((await runRow(runId)).proposals).toBe(row.proposals);

    // A retry of a run whose worker died mid-way (RUNNING again) rewrites its own proposals.
    await sql(service.database.url, `UPDATE match_runs SET status = 'RUNNING' WHERE id = $1`, [
      runId,
    ]);
    expect(await executor.run(job, { runId })).toBe('succeeded');
    const [{ pairs }] = await sql<{ pairs: number }>(
      service.database.url,
      'SELECT count(DISTINCT (gap_id, offer_id))::int AS pairs FROM proposals WHERE run_id = $1',
      [runId],
    );
    expect(await runRow(runId)).toMatchObject({ status: 'SUCCEEDED', proposals: row.proposals });
    expect(pairs).toBe(row.proposals);
  });

  it('does not start a run cancelled before its job ran, and writes nothing for it', async () => {
    const runId = await newRun('CANCELLED');
    expect(await executor.run(job, { runId })).toBe('cancelled');
    expect(await runRow(runId)).toMatchObject({ status: 'CANCELLED', proposals: 0, stats: null });
  });

  it('marks a run FAILED only while it is queued or running', async () => {
    const running = await newRun('RUNNING');
    await executor.fail(job, running, 'the engine failed');
    expect(await runRow(running)).toMatchObject({ status: 'FAILED', error: 'the engine failed' });

    // A later failure of the same run keeps the first reason; finished runs keep their state.
    await executor.fail(job, running, 'a partition failed');
    expect((await runRow(running)).error).toBe('the engine failed');
    for (const status of ['CANCELLED', 'SUCCEEDED']) {
      const runId = await newRun(status);
      await executor.fail(job, runId, 'too late');
      expect(await runRow(runId)).toMatchObject({ status, error: null });
    }
  });
});
