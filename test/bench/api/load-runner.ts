/**
 * The load generator of bench:api, in a process of its own (forked by bench-api.ts) so sending
 * requests and measuring them does not share an event loop with the orchestration: one job per
 * message, the result sent back. Each job is a warm-up (not measured) and a measured run against
 * one server and one query: as fast as it answers, autocannon on a fixed number of connections;
 * at a fixed rate, an open loop of our own (openLoop below). A response counts as failed when its
 * status is not 2xx or its body has GraphQL errors or no data.
 */
import { Agent, type ClientRequest, request } from 'node:http';

import { quantile, sendOnSchedule } from './open-loop';

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

const isAnswer = (body: string) => body.startsWith('{"data":{') && !body.includes('"errors":');

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
        timeout: 10,
        // Bodies are checked: a 200 with GraphQL errors is a failure, not a fast answer.
        verifyBody: isAnswer,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

/** What a fixed-rate run measured, in autocannon's terms (latencies in ms). */
type OpenLoopResult = Pick<
  AutocannonResult,
  | 'duration'
  | 'requests'
  | 'latency'
  | 'throughput'
  | 'non2xx'
  | 'errors'
  | 'timeouts'
  | 'mismatches'
>;

/** How long a fixed-rate run waits for its answers after the last request was due. */
const DRAIN_MS = 10_000;

/**
 * A fixed rate, honestly: request i is due at start + i / rate whatever happened to the others,
 * and its latency counts from that moment, so an answer that makes the next ones wait is charged
 * for all of their wait (no coordinated omission). At most `connections` requests are in flight
 * (the others wait for a connection, their clock running), as under autocannon. autocannon's own
 * rate mode is not used for this: each of its connections sends its share at the start of every
 * second, in a burst, and its correction for coordinated omission records a backfilled value every
 * 1 ms below each latency (`Math.ceil(1 / rate)` with the rate in requests per second, 9.0.0),
 * which weights each answer by its length and lifts every percentile towards the slowest.
 */
async function openLoop(job: LoadJob, rate: number, seconds: number): Promise<OpenLoopResult> {
  const target = new URL(job.url);
  const agent = new Agent({ keepAlive: true, maxSockets: job.connections });
  const body = Buffer.from(job.body);
  const headers = {
    'content-type': 'application/json',
    'content-length': String(body.length),
    ...job.headers,
  };
  const latencies: number[] = [];
  const result = { served: 0, non2xx: 0, errors: 0, timeouts: 0, mismatches: 0, bytes: 0 };
  let stopped = false;
  const unanswered = new Map<number, ClientRequest>();
  const send = (due: number) =>
    new Promise<void>((resolve) => {
      const outgoing = request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers,
          agent,
          timeout: DRAIN_MS,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            latencies.push(performance.now() - due);
            result.served++;
            const received = Buffer.concat(chunks);
            result.bytes += received.length;
            const status = response.statusCode ?? 0;
            if (status < 200 || status >= 300) result.non2xx++;
            else if (!isAnswer(received.toString('utf8'))) result.mismatches++;
            resolve();
          });
        },
      );
      let timedOut = false;
      outgoing.on('timeout', () => {
        timedOut = true;
        outgoing.destroy();
      });
      outgoing.on('error', () => {
        if (stopped) return; // counted as unanswered below
        // Answered by no one: a timeout is charged its wait, as an answer would be.
        if (timedOut) {
          result.timeouts++;
          latencies.push(performance.now() - due);
        } else result.errors++;
        resolve();
      });
      unanswered.set(due, outgoing);
      outgoing.end(body);
    }).finally(() => unanswered.delete(due));
  const start = performance.now();
  const pending = await sendOnSchedule(rate, seconds, (_index, due) => send(due));
  // A server that answers far fewer than `rate` a second would keep the run going for minutes:
  // what is still unanswered DRAIN_MS after the last request was due counts as a timeout, its
  // latency the wait so far (a lower bound), and is cancelled so that it does not reach the
  // server during the next measurement.
  let deadline: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all(pending),
    new Promise((resolve) => (deadline = setTimeout(resolve, DRAIN_MS))),
  ]);
  clearTimeout(deadline);
  const end = performance.now();
  stopped = true;
  for (const [due, outgoing] of unanswered) {
    result.timeouts++;
    latencies.push(end - due);
    outgoing.destroy();
  }
  agent.destroy();
  const duration = (end - start) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => quantile(latencies, q);
  const mean = latencies.reduce((sum, value) => sum + value, 0) / (latencies.length || 1);
  return {
    duration,
    requests: { total: result.served },
    latency: { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: at(1), mean },
    throughput: { total: result.bytes },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    mismatches: result.mismatches,
  };
}

function measure(job: LoadJob, seconds: number): Promise<OpenLoopResult> {
  return job.overallRate ? openLoop(job, job.overallRate, seconds) : run(job, seconds);
}

export async function runLoad(job: LoadJob): Promise<LoadResult> {
  const warmup = job.warmupSeconds > 0 ? await measure(job, job.warmupSeconds) : undefined;
  const result = await measure(job, job.durationSeconds);
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
