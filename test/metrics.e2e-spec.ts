import { gapInput, offerInput } from './support/factories';
import { createOpen, startTestWorker, type TestWorker } from './support/match-runs';
import { startTestApi, type TestApi } from './support/test-api';

const METRICS_TOKEN = 'metrics-token-for-the-e2e-tests';

async function scrape(api: TestApi, authorization?: string) {
  const response = await fetch(api.url.replace(/\/graphql$/, '/metrics'), {
    headers: authorization ? { authorization } : {},
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    text: await response.text(),
  };
}

/** The value of one sample, e.g. value(text, 'lcm_queue_jobs', { state: 'completed' }). */
function value(
  text: string,
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, k, v]) => [k, v]),
    );
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(match[3]);
  }
  return undefined;
}

describe('GET /metrics', () => {
  let api: TestApi;
  let worker: TestWorker;

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker(api);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('is open outside production, in the Prometheus text format, with the process metrics', async () => {
    const { status, contentType, text } = await scrape(api);
    expect(status).toBe(200);
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(text).toMatch(/^# TYPE lcm_process_cpu_seconds_total counter$/m);
    expect(value(text, 'lcm_nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
  });

  it('counts GraphQL requests per operation and outcome, their latency, and errors by code', async () => {
    for (let i = 0; i < 3; i++)
      expect((await api.graphql('query MetricsGaps { gaps { totalCount } }')).status).toBe(200);
    // Anonymous: refused with UNAUTHENTICATED.
    const refused = await api.as(null)('query MetricsRefused { gaps { totalCount } }');
    expect(refused.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // Anonymous operation: labelled by its first root field.
    await api.graphql('{ offers { totalCount } }');
    // Unparsable: no operation known.
    await api.graphql('query {');

    const { text } = await scrape(api);
    const op = (operation: string, outcome: string) =>
      value(text, 'lcm_graphql_requests_total', { operation, outcome });
    expect(op('MetricsGaps', 'ok')).toBe(3);
    expect(op('MetricsRefused', 'UNAUTHENTICATED')).toBe(1);
    expect(op('offers', 'ok')).toBe(1);
    expect(op('__unknown', 'GRAPHQL_PARSE_FAILED')).toBe(1);
    expect(
      value(text, 'lcm_graphql_request_duration_seconds_count', { operation: 'MetricsGaps' }),
    ).toBe(3);
    expect(
      value(text, 'lcm_graphql_request_duration_seconds_bucket', {
        operation: 'MetricsGaps',
        le: '+Inf',
      }),
    ).toBe(3);
    expect(
      value(text, 'lcm_graphql_request_duration_seconds_sum', { operation: 'MetricsGaps' }),
    ).toBeGreaterThan(0);
    expect(value(text, 'lcm_graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBe(1);
  });

  it('gives the queue job counts and the last run’s duration and result, as stored', async () => {
    await createOpen(api, 'Gap', gapInput({ quantity: 40 }));
    await createOpen(api, 'Offer', offerInput({ capacity: 25 }));
    const run = await worker.runToCompletion();
    expect(run.status).toBe('SUCCEEDED');

    const { text } = await scrape(api);
    expect(value(text, 'lcm_queue_jobs', { queue: 'matching', state: 'completed' })).toBe(1);
    for (const state of ['waiting', 'active', 'delayed', 'failed'])
      expect(value(text, 'lcm_queue_jobs', { queue: 'matching', state })).toBe(0);

    const { objective, covered, demand } = run.stats!;
    expect(covered).toBeGreaterThan(0);
    expect(value(text, 'lcm_match_run_last_objective')).toBeCloseTo(objective, 6);
    expect(value(text, 'lcm_match_run_last_covered')).toBe(covered);
    expect(value(text, 'lcm_match_run_last_demand')).toBe(demand);
    expect(value(text, 'lcm_match_run_last_coverage_ratio')).toBeCloseTo(covered / demand, 6);
    expect(value(text, 'lcm_match_run_last_finished_timestamp_seconds')).toBeGreaterThan(
      Date.now() / 1000 - 600,
    );
    expect(value(text, 'lcm_match_run_duration_seconds_count', { status: 'succeeded' })).toBe(1);
    expect(
      value(text, 'lcm_match_run_duration_seconds_bucket', { status: 'succeeded', le: '+Inf' }),
    ).toBe(1);
    expect(
      value(text, 'lcm_match_run_duration_seconds_bucket', { status: 'succeeded', le: '1800' }),
    ).toBe(1);
  });
});

describe('GET /metrics in production without METRICS_TOKEN', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40) });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('is absent (404), whatever is sent', async () => {
    expect((await scrape(api)).status).toBe(404);
    expect((await scrape(api, `Bearer ${METRICS_TOKEN}`)).status).toBe(404);
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ METRICS_TOKEN });
  });

  afterAll(async () => {
    delete process.env.METRICS_TOKEN;
    await api?.close();
  });

  it('answers only the bearer of the token', async () => {
    const anonymous = await scrape(api);
    expect(anonymous.status).toBe(401);
    expect(anonymous.text).not.toContain('lcm_');
    expect((await scrape(api, 'Bearer wrong-token-of-enough-length')).status).toBe(401);
    expect((await scrape(api, `Bearer ${api.tokens.admin}`)).status).toBe(401);
    const scraper = await scrape(api, `Bearer ${METRICS_TOKEN}`);
    expect(scraper.status).toBe(200);
    expect(scraper.text).toContain('lcm_queue_jobs');
  });
});
