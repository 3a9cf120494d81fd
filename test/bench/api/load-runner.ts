/**
 * The load generator of bench:api, in a process of its own (forked by bench-api.ts) so sending
 * requests and measuring them does not share an event loop with the orchestration: one job per
 * message, the result sent back. Each job is a warm-up (not measured) and a measured autocannon
 * run against one server and one query. A response counts as failed when its status is not 2xx
 * or its body has GraphQL errors or no data.
 */
/** The part of autocannon's API (a JavaScript package without type declarations) used here. */
interface AutocannonResult {
  duration: number;
  requests: { total: number };
  latency: { p50: number; p90: number; p99: number; max: number; mean: number };
  throughput: { total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  mismatches: number;
}
type Autocannon = (
  options: Record<string, unknown>,
  done: (error: Error | null, result: AutocannonResult) => void,
) => unknown;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as Autocannon;

export interface LoadJob {
  url: string;
  headers: Record<string, string>;
  body: string;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** Requests per second over all connections; undefined: as fast as the server answers. */
  overallRate?: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  /** Responses during the warm-up (not measured), for per-request figures over the whole job. */
  warmupRequests: number;
  requests: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** 2xx responses with GraphQL errors or without data. */
  graphqlErrors: number;
  bytesPerResponse: number;
  durationSeconds: number;
}

function run(job: LoadJob, durationSeconds: number): Promise<AutocannonResult> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: job.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...job.headers },
        body: job.body,
        connections: job.connections,
        duration: durationSeconds,
        overallRate: job.overallRate,
        timeout: 10,
        // Bodies are checked: a 200 with GraphQL errors is a failure, not a fast answer.
        verifyBody: (body: string) => body.startsWith('{"data":{') && !body.includes('"errors":'),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

export async function runLoad(job: LoadJob): Promise<LoadResult> {
  const warmup = job.warmupSeconds > 0 ? await run(job, job.warmupSeconds) : undefined;
  const result = await run(job, job.durationSeconds);
  const responses = result.requests.total;
  return {
    requestsPerSecond: responses / result.duration,
    warmupRequests: warmup?.requests.total ?? 0,
    requests: responses,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    mean: result.latency.mean,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    graphqlErrors: result.mismatches ?? 0,
    bytesPerResponse: responses ? Math.round(result.throughput.total / responses) : 0,
    durationSeconds: result.duration,
  };
}

if (require.main === module && process.send) {
  process.on('message', (job: LoadJob) => {
    runLoad(job).then(
      (result) => process.send!({ result }),
      (error: Error) => process.send!({ error: error.stack ?? error.message }),
    );
  });
}
