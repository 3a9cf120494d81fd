import { MatchRunStatus } from '@app/domain';

import { followRun, isBehind, reportedProgress, withReportedProgress } from './match-run-events';
import { type MatchRun } from './match-run.entity';

const FIRST_ATTEMPT = new Date('2027-01-01T10:00:00.000Z');
const SECOND_ATTEMPT = new Date('2027-01-01T10:00:05.000Z');

function run(overrides: Partial<MatchRun> = {}): MatchRun {
  return {
    id: 'run-1',
    status: MatchRunStatus.RUNNING,
    progress: 0,
    phase: 'loading',
    stats: null,
    error: null,
    startedAt: FIRST_ATTEMPT,
    updatedAt: FIRST_ATTEMPT,
    ...overrides,
  } as MatchRun;
}

async function* updatesOf(...runs: MatchRun[]): AsyncGenerator<MatchRun> {
  yield* runs;
}

async function collect(stream: AsyncIterable<MatchRun>): Promise<string[]> {
  const seen: string[] = [];
  for await (const each of stream) seen.push(`${each.status} ${each.progress}`);
  return seen;
}

describe('isBehind', () => {
  it('orders by status, then attempt, then progress', () => {
    const queued = run({ status: MatchRunStatus.QUEUED, startedAt: null });
    expect(isBehind(queued, run())).toBe(true);
    expect(isBehind(run({ progress: 40 }), run({ progress: 90 }))).toBe(true);
    expect(isBehind(run({ progress: 90 }), run({ progress: 40 }))).toBe(false);
    // A retry starts again from 0 %: that is news, not an old state.
    expect(isBehind(run({ startedAt: SECOND_ATTEMPT }), run({ progress: 90 }))).toBe(false);
    expect(isBehind(run({ progress: 90 }), run({ startedAt: SECOND_ATTEMPT }))).toBe(true);
    expect(isBehind(run({ progress: 90 }), run({ status: MatchRunStatus.FAILED }))).toBe(true);
  });
});

describe('withReportedProgress', () => {
  const report = { runId: 'run-1', progress: 40, phase: 'candidates' };

  it('takes the step the worker reported while the row still holds the previous one', () => {
    expect(withReportedProgress(run(), report)).toMatchObject({
      progress: 40,
      phase: 'candidates',
    });
  });

  it('keeps the row when it is ahead, finished or another run', () => {
    const ahead = run({ progress: 90, phase: 'allocation' });
    expect(withReportedProgress(ahead, report)).toBe(ahead);
    const done = run({ status: MatchRunStatus.SUCCEEDED, progress: 100 });
    expect(withReportedProgress(done, { ...report, progress: 100 })).toBe(done);
    const other = run({ id: 'run-2' });
    expect(withReportedProgress(other, report)).toBe(other);
  });
});

describe('reportedProgress', () => {
  it('accepts only a complete progress object', () => {
    expect(reportedProgress({ runId: 'r', progress: 10, phase: 'p' })).toEqual({
      runId: 'r',
      progress: 10,
      phase: 'p',
    });
    expect(reportedProgress(10)).toBeUndefined();
    expect(reportedProgress({ progress: 10 })).toBeUndefined();
  });
});

describe('followRun', () => {
  it('sends the current state, then changes only, and ends once the run is finished', async () => {
    const stream = followRun(
      run({ status: MatchRunStatus.QUEUED, startedAt: null }),
      updatesOf(
        run({ status: MatchRunStatus.QUEUED, startedAt: null }),
        run(),
        run(),
        run({ progress: 40 }),
        run({ status: MatchRunStatus.SUCCEEDED, progress: 100 }),
        run({ status: MatchRunStatus.SUCCEEDED, progress: 100, phase: 'later' }),
      ),
    );
    expect(await collect(stream)).toEqual(['QUEUED 0', 'RUNNING 0', 'RUNNING 40', 'SUCCEEDED 100']);
  });

  it('drops updates older than the current state', async () => {
    const stream = followRun(
      run({ progress: 40 }),
      updatesOf(run(), run({ progress: 90 }), run({ status: MatchRunStatus.FAILED })),
    );
    expect(await collect(stream)).toEqual(['RUNNING 40', 'RUNNING 90', 'FAILED 0']);
  });

  it('ends at once for a finished run', async () => {
    const stream = followRun(run({ status: MatchRunStatus.FAILED }), updatesOf(run()));
    expect(await collect(stream)).toEqual(['FAILED 0']);
  });
});
