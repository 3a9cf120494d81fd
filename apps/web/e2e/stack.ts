import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the browser tests' API and worker write their output and the run's state. */
export const ROOT = join(__dirname, '..', '..', '..');
export const RUN_DIR = join(__dirname, '..', 'test-results', 'stack');
const STATE = join(RUN_DIR, 'state.json');

export interface StackState {
  databaseName: string;
  databaseUrl: string;
  queuePrefix: string;
  pids: number[];
}

export function saveState(state: StackState): void {
  mkdirSync(RUN_DIR, { recursive: true });
  writeFileSync(STATE, JSON.stringify(state));
}

export function loadState(): StackState | undefined {
  return existsSync(STATE) ? (JSON.parse(readFileSync(STATE, 'utf8')) as StackState) : undefined;
}

export function serverUrl(database: string): string {
  const url = new URL(
    process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  );
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs the project's CLI (setup, seed-demo) as a user would, on the given environment. */
export function cli(command: string, env: NodeJS.ProcessEnv): void {
  execFileSync(process.execPath, ['-r', '@swc-node/register', 'apps/cli/src/main.ts', command], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Starts an app (api or worker) from source, its output in test-results/stack/<name>.log. */
export function startApp(name: 'api' | 'worker', env: NodeJS.ProcessEnv): ChildProcess {
  mkdirSync(RUN_DIR, { recursive: true });
  const log = join(RUN_DIR, `${name}.log`);
  writeFileSync(log, '');
  const child = spawn(process.execPath, ['-r', '@swc-node/register', `apps/${name}/src/main.ts`], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: false,
  });
  const append = (chunk: Buffer) => writeFileSync(log, chunk, { flag: 'a' });
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  child.unref();
  return child;
}

export async function waitFor(url: string, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
      last = `status ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer in ${deadlineMs} ms (${last}); see ${RUN_DIR}`);
}
