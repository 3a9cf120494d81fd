import { generateInstance } from '../../bench/generate-instance';
import { match } from '../match';
import { MatchThreadPool } from './match-thread-pool';

describe('MatchThreadPool', () => {
  const pool = new MatchThreadPool(2);
  afterAll(() => pool.close());

  it('gives the result match() gives in this thread, byte for byte, with progress up to 100 %', async () => {
    const instance = generateInstance(2_000, 400, 7);
    const here = await match(instance, { threads: 1 });
    const percents: number[] = [];
    const onPool = await match(instance, {
      pool,
      onProgress: (_phase, percent) => percents.push(percent),
    });
    expect(JSON.stringify(onPool)).toBe(JSON.stringify(here));
    expect(percents.length).toBeGreaterThan(3);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBe(100);
  }, 60_000);

  it('stops a solve when its signal aborts, and solves the next call', async () => {
    const controller = new AbortController();
    const solving = match(generateInstance(20_000, 4_000, 3), { pool, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('cancelled')), 300);
    const started = Date.now();
    await expect(solving).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(3_000);
    const next = await match(generateInstance(500, 100, 1), { pool });
    expect(next.allocations.length).toBeGreaterThan(0);
  }, 60_000);
});
