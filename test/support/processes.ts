import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type TypedDocumentString } from '../graphql/graphql';
import { type GraphQLResponse } from './test-api';
import { type TestDatabase } from './test-database';

const ROOT = join(__dirname, '..', '..');

/**
 * The arguments `node` gets from an npm script of package.json (`node --flag -r … entry.ts`): the
 * apps run in tests and benchmarks with the flags they are deployed with.
 */
function nodeArguments(script: string): string[] {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const [command, ...args] = scripts[script].split(/\s+/);
  if (command !== 'node' || args.some((arg) => /[&|;$]/.test(arg)))
    throw new Error(`npm script ${script} is not a plain node command: ${scripts[script]}`);
  return args;
}

/**
 * The variables of API and worker child processes on `database`, as prepareEnvironment sets them
 * in-process, with a queue prefix of their own. The rate limit is lifted: the tests poll the API.
 */
export function processEnvironment(
  database: TestDatabase,
  overrides: Record<string, string> = {},
): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `lcm-test-${process.env.LCM_TEST_RUN_ID}-${randomBytes(3).toString('hex')}`,
    DATABASE_POOL_SIZE: '5',
    AUTO_MATCH: 'false',
    RATE_LIMIT_MAX: '100000',
    // Health on a free port: a killed worker and its successor, and other test files, never clash.
    WORKER_HEALTH_PORT: '0',
    ...overrides,
  };
}

/** Keeps the end of each process's output for failure messages. */
const OUTPUT_LIMIT = 20_000;

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface PollOptions {
  timeoutMs: number;
  intervalMs?: number;
  /** Appended to the timeout error, e.g. the output of the processes involved. */
  context?: () => string;
}

/**
 * Calls `probe` until it returns a value other than undefined or false, or throws when the
 * deadline passes (with the last error `probe` threw, if any).
 */
export async function poll<T>(
  what: string,
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  { timeoutMs, intervalMs = 100, context }: PollOptions,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const last = lastError ? `; last error: ${(lastError as Error).message}` : '';
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for ${what}${last}${context ? `\n${context()}` : ''}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A child process whose output is kept, and which can be waited on, stopped or killed. */
export class ManagedProcess {
  private output = '';
  private exitInfo: ProcessExit | undefined;
  private readonly listeners = new Set<() => void>();
  readonly exited: Promise<ProcessExit>;

  constructor(
    readonly name: string,
    readonly child: ChildProcess,
  ) {
    const append = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-OUTPUT_LIMIT);
      this.listeners.forEach((listener) => listener());
    };
    child.stdout?.on('data', append);
    child.stderr?.on('data', append);
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        this.listeners.forEach((listener) => listener());
        resolve(this.exitInfo);
      });
      child.once('error', (error) => {
        this.output += `\n[spawn error] ${error.message}`;
        this.exitInfo = { code: null, signal: null };
        this.listeners.forEach((listener) => listener());
        resolve(this.exitInfo);
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Still running: no exit seen, and the pid answers signal 0. */
  get alive(): boolean {
    if (this.exitInfo || this.child.pid === undefined) return false;
    try {
      process.kill(this.child.pid, 0);
      return true;
    } catch {
      return false;
    }
  }

  get exit(): ProcessExit | undefined {
    return this.exitInfo;
  }

  /** Everything printed so far (the last OUTPUT_LIMIT characters). */
  text(): string {
    return this.output;
  }

  describe(tail = 4_000): string {
    const state = this.exitInfo
      ? `exited (code ${this.exitInfo.code}, signal ${this.exitInfo.signal})`
      : 'running';
    return `--- ${this.name} (pid ${this.pid}, ${state}), last output:\n${this.output.slice(-tail)}`;
  }

  /** Resolves when the output matches; rejects if the process exits first or the deadline passes. */
  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = (error?: Error) => {
        clearTimeout(timer);
        this.listeners.delete(check);
        if (error) reject(error);
        else resolve();
      };
      const check = () => {
        if (pattern.test(this.output)) done();
        else if (this.exitInfo)
          done(new Error(`${this.name} exited before printing ${pattern}\n${this.describe()}`));
      };
      const timer = setTimeout(
        () =>
          done(
            new Error(
              `${this.name} did not print ${pattern} within ${timeoutMs} ms\n${this.describe()}`,
            ),
          ),
        timeoutMs,
      );
      this.listeners.add(check);
      check();
    });
  }

  /** SIGKILL, like a crash or the OOM killer: no shutdown hooks run. */
  async kill(): Promise<ProcessExit> {
    if (!this.exitInfo) this.child.kill('SIGKILL');
    return this.exited;
  }

  /** SIGTERM (graceful shutdown), then SIGKILL if it is still running after `graceMs`. */
  async stop(graceMs = 10_000): Promise<ProcessExit> {
    if (this.exitInfo) return this.exitInfo;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    const exit = await this.exited;
    clearTimeout(timer);
    return exit;
  }
}

/** The API as a child process, answering GraphQL over HTTP. */
export interface ApiProcess {
  process: ManagedProcess;
  url: string;
  /** Logs in with the `login` mutation; later requests carry the access token. */
  signIn(email: string, password: string): Promise<void>;
  /** As TestApi's client: a `gql(…)` document is typed, a plain string is a raw request. */
  graphql<Result, Variables>(
    document: TypedDocumentString<Result, Variables>,
    variables: Variables,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<Result>>;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<T>>;
}

interface RequestOptions {
  timeoutMs?: number;
  headers?: Record<string, string>;
}

/**
 * The processes of one test file. Every process it spawns is stopped by `stopAll()` (call it in
 * afterAll), and killed if the test process exits without it.
 */
export class ProcessGroup {
  private readonly processes: ManagedProcess[] = [];
  private readonly killOnExit = () => {
    for (const managed of this.processes) if (managed.alive) managed.child.kill('SIGKILL');
  };

  constructor() {
    process.once('exit', this.killOnExit);
  }

  spawn(
    name: string,
    command: string,
    args: string[],
    options: { env?: Record<string, string | undefined>; cwd?: string } = {},
  ): ManagedProcess {
    const child = spawn(command, args, {
      cwd: options.cwd ?? ROOT,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const managed = new ManagedProcess(name, child);
    this.processes.push(managed);
    return managed;
  }

  /** A TypeScript entry point of the repository, run as `npm run start:*` does (`script`). */
  spawnNode(
    name: string,
    script: 'start:api' | 'start:worker',
    env: Record<string, string>,
  ): ManagedProcess {
    return this.spawn(name, process.execPath, nodeArguments(script), {
      env: { ...process.env, NO_COLOR: '1', LOG_LEVEL: 'log', ...env },
    });
  }

  /** Starts apps/api on a free port; ready when /graphql answers. */
  async startApi(
    name: string,
    env: Record<string, string>,
    timeoutMs = 60_000,
  ): Promise<ApiProcess> {
    const port = await freePort();
    const managed = this.spawnNode(name, 'start:api', { ...env, PORT: String(port) });
    const url = `http://127.0.0.1:${port}/graphql`;
    let token: string | undefined;
    const api: ApiProcess = {
      process: managed,
      url,
      async signIn(email, password) {
        const response = await api.graphql<{ login: { accessToken: string } }>(
          `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
          { input: { email, password } },
        );
        if (!response.body.data?.login) throw new Error(JSON.stringify(response.body.errors));
        token = response.body.data.login.accessToken;
      },
      async graphql(
        query: string | TypedDocumentString<unknown, unknown>,
        variables?: unknown,
        { timeoutMs: requestTimeoutMs = 15_000, headers }: RequestOptions = {},
      ) {
        const response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...headers,
          },
          body: JSON.stringify({ query: String(query), variables }),
          signal: AbortSignal.timeout(requestTimeoutMs),
        });
        return {
          status: response.status,
          contentType: response.headers.get('content-type'),
          body: (await response.json()) as GraphQLResponse<never>['body'],
        };
      },
    };
    await poll(
      `${name} to answer on ${url}`,
      async () => {
        if (managed.exit) throw new Error(`${name} exited`);
        return (
          (await api.graphql('{ __typename }', undefined, { timeoutMs: 2_000 })).status === 200
        );
      },
      { timeoutMs, intervalMs: 200, context: () => managed.describe() },
    );
    return api;
  }

  /** Starts apps/worker; ready when it logs that it consumes the queue. */
  async startWorker(
    name: string,
    env: Record<string, string>,
    timeoutMs = 60_000,
  ): Promise<ManagedProcess> {
    const managed = this.spawnNode(name, 'start:worker', env);
    await managed.waitForOutput(/Worker consuming/, timeoutMs);
    return managed;
  }

  /** A throw-away redis-server on `port`: nothing saved, working directory in /tmp. */
  async startRedis(port: number, timeoutMs = 15_000): Promise<ManagedProcess> {
    const managed = this.spawn(
      `redis-server :${port}`,
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--daemonize',
        'no',
      ],
      { cwd: tmpdir() },
    );
    await managed.waitForOutput(/Ready to accept connections/, timeoutMs);
    return managed;
  }

  /** Runs a test body; a failure gets the state and last output of every process added. */
  async explain(body: () => Promise<void>): Promise<void> {
    try {
      await body();
    } catch (error) {
      if (error instanceof Error) error.message += `\n\n${this.describe()}`;
      throw error;
    }
  }

  /** The state and last output of every process, for failure messages. */
  describe(): string {
    return this.processes.map((managed) => managed.describe()).join('\n');
  }

  /** Stops every process still running (SIGTERM, then SIGKILL); never throws. */
  async stopAll(graceMs = 5_000): Promise<void> {
    await Promise.all(
      this.processes.map((managed) => managed.stop(graceMs).catch(() => undefined)),
    );
    process.removeListener('exit', this.killOnExit);
  }
}
