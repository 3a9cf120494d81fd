import { once } from 'node:events';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { type Pool } from 'pg';
import { type PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

import { CapabilityGap } from '@app/gaps';
import { ExportService } from '@app/spreadsheets';

import { baseUrl } from './support/downloads';
import { loadOpenGapsAndOffers } from './support/generated-data';
import { poll } from './support/processes';
import { startTestApi, type TestApi } from './support/test-api';

const MB = 1024 * 1024;
/** Where the client stalls: under the smallest file measured (2,500 gaps as XLSX, ~350 KB). */
const CHECKPOINT_BYTES = 256 * 1024;

// A garbage collector to call whatever flags jest was started with: the memory figures are those
// of live objects, not of garbage a busy machine has not collected yet.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

interface Measure {
  rows: number;
  bytes: number;
  ms: number;
  /** Live memory (heap and buffers) mid-download, the client stalled, above the level before. */
  heapMb: number;
}

/**
 * Exports stream: memory does not grow with the number of rows, a client that goes away releases
 * the database connection at once, and at most half the pool streams at a time. 25,000 generated
 * gaps. The API and this client share the process, so the figures include the client's reading
 * (which keeps nothing: it counts bytes and lines).
 */
describe('export streaming', () => {
  let api: TestApi;
  let pool: Pool;

  /**
   * GET /export/<path> as the analyst on a connection of its own (node:http, no keep-alive): a
   * test can leave a response unread, or destroy it, without a client pool keeping sockets open.
   */
  const get = (path: string): Promise<IncomingMessage> =>
    new Promise((resolve, reject) => {
      httpGet(
        `${baseUrl(api)}/export/${path}`,
        { agent: false, headers: { authorization: `Bearer ${api.tokens.analyst}` } },
        resolve,
      ).on('error', reject);
    });
  const text = async (response: IncomingMessage): Promise<string> => {
    let body = '';
    for await (const chunk of response) body += String(chunk);
    return body;
  };
  /** Connections of the API's pool checked out (0 when every one is back, idle or closed). */
  const busy = () => pool.totalCount - pool.idleCount;

  beforeAll(async () => {
    api = await startTestApi();
    pool = (api.dataSource.driver as PostgresDriver).master as Pool;
    await loadOpenGapsAndOffers(api.database.url, 2_500, 0);
  }, 30_000);

  /** 25,000 gaps (the first test adds them after measuring 2,500). */
  async function tenTimesAsMany(): Promise<void> {
    const [{ count }] = await api.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM capability_gaps',
    );
    if (count < 25_000) await loadOpenGapsAndOffers(api.database.url, 25_000 - count, 0);
  }

  afterAll(async () => {
    await api?.close();
  }, 30_000);

  /** Memory the process holds in live objects: JS heap and buffers outside it. */
  const liveBytes = () => {
    collectGarbage();
    const { heapUsed, external } = process.memoryUsage();
    return heapUsed + external;
  };

  /**
   * Downloads an export, keeping nothing. Once the first CHECKPOINT_BYTES have come, the client
   * stops reading for a moment and the live memory is measured: an export that loaded its rows
   * first, or that wrote on regardless of back-pressure, holds them by then. Two full
   * collections per download: sampling with a collection every few ms starves a busy machine.
   */
  async function measure(path: string): Promise<Measure> {
    const before = liveBytes();
    const started = performance.now();
    const response = await get(path);
    expect(response.statusCode).toBe(200);
    let bytes = 0;
    let lines = 0;
    let held: number | undefined;
    for await (const chunk of response as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 0x0a) lines += 1;
      if (held === undefined && bytes >= CHECKPOINT_BYTES) {
        // Not reading: the async iterator pulls no more until this body returns.
        await new Promise((resolve) => setTimeout(resolve, 300));
        held = liveBytes() - before;
      }
    }
    expect(held).toBeDefined();
    return {
      rows: path.includes('.csv') ? lines - 1 : NaN,
      bytes,
      ms: Math.round(performance.now() - started),
      heapMb: +(held! / MB).toFixed(1),
    };
  }

  it('memory stays flat from 2,500 to 25,000 rows, in CSV and in XLSX', async () => {
    // Warm up (first use of the writers and the query path).
    await measure('gaps.csv');
    await measure('gaps.xlsx');
    const small = { csv: await measure('gaps.csv'), xlsx: await measure('gaps.xlsx') };
    expect(small.csv.rows).toBe(2_500);

    await tenTimesAsMany();
    const large = { csv: await measure('gaps.csv'), xlsx: await measure('gaps.xlsx') };
    expect(large.csv.rows).toBe(25_000);

    // For scale: the same 25,000 gaps loaded as entities, as a non-streaming export would.
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    const all = await api.dataSource.getRepository(CapabilityGap).find();
    const loadedMb = +((process.memoryUsage().heapUsed - before) / MB).toFixed(1);
    expect(all).toHaveLength(25_000);

    process.stdout.write(
      `export memory (live, client stalled mid-download): ${JSON.stringify({ small, large, loadAllEntitiesHeapMb: loadedMb })}\n`,
    );
    for (const format of ['csv', 'xlsx'] as const) {
      // Ten times the rows: the file grows tenfold, the memory does not.
      expect(large[format].bytes).toBeGreaterThan(8 * small[format].bytes);
      expect(large[format].heapMb).toBeLessThan(Math.max(small[format].heapMb, 2) + 5);
      expect(large[format].heapMb).toBeLessThan(loadedMb / 2);
    }
  }, 180_000);

  it('a client that leaves mid-download releases the database connection at once', async () => {
    await tenTimesAsMany();
    for (const path of ['gaps.csv', 'gaps.xlsx']) {
      const response = await get(path);
      expect(response.statusCode).toBe(200);
      await once(response, 'readable');
      // The export holds its connection while it streams.
      expect(busy()).toBeGreaterThanOrEqual(1);
      expect(api.app.get(ExportService).running).toBe(1);
      response.destroy();
      await poll(`${path}: the pool idle again`, () => busy() === 0, { timeoutMs: 5_000 });
      expect(api.app.get(ExportService).running).toBe(0);
      // Nothing left running on the server side either, and the connections still work.
      const [{ count }] = await api.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid()
           AND query ILIKE '%capability_gaps%' AND state <> 'idle'`,
      );
      expect(count).toBe(0);
    }
    const again = await get('gaps.csv?status=OPEN&memberState=RWA');
    expect(again.statusCode).toBe(200);
    expect((await text(again)).split('\n').length).toBeGreaterThan(2);
    expect(busy()).toBe(0);
  }, 60_000);

  it('at most half the pool streams at once: one more is 503 with Retry-After', async () => {
    await tenTimesAsMany();
    const limit = api.app.get(ExportService).maxConcurrent;
    expect(limit).toBe(2); // DATABASE_POOL_SIZE 5 in the tests
    // Downloads that read nothing more: they stay open, held by back-pressure.
    const open = await Promise.all(Array.from({ length: limit }, () => get('gaps.csv')));
    expect(open.map((response) => response.statusCode)).toEqual([200, 200]);
    const refused = await get('offers.csv');
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['retry-after']).toBe('5');
    expect(JSON.parse(await text(refused))).toMatchObject({
      statusCode: 503,
      code: 'EXPORTS_BUSY',
    });
    // GraphQL still has connections to work with meanwhile.
    const graphql = await api.as('analyst')('{ gaps(first: 1) { edges { node { id } } } }');
    expect(graphql.body.errors).toBeUndefined();

    for (const response of open) response.destroy();
    await poll(
      'the exports to end',
      () => busy() === 0 && api.app.get(ExportService).running === 0,
      { timeoutMs: 5_000 },
    );
    const after = await get('offers.csv');
    expect(after.statusCode).toBe(200);
    await text(after);
  }, 60_000);
});
