import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { chown } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The directory of PostgreSQL's server programs (initdb, pg_ctl): PG_BIN, Debian's, else PATH. */
function binDir(): string | undefined {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const debian = '/usr/lib/postgresql';
  if (!existsSync(debian)) return undefined;
  const versions = readdirSync(debian)
    .filter((name) => existsSync(join(debian, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(debian, versions[0], 'bin') : undefined;
}

/**
 * A throw-away PostgreSQL cluster on a spare port that a test starts, stops and restarts itself
 * (fault tests): its data in a temporary directory, fsync off, trust authentication on 127.0.0.1.
 * PostgreSQL refuses to run as root, so as root its programs run as the `postgres` user.
 */
export class PostgresCluster {
  private constructor(
    readonly port: number,
    readonly directory: string,
    private readonly bin: string | undefined,
  ) {}

  static async create(port: number): Promise<PostgresCluster> {
    const directory = mkdtempSync(join(tmpdir(), 'lcm-pg-'));
    const cluster = new PostgresCluster(port, directory, binDir());
    if (process.getuid?.() === 0) {
      const { stdout } = await run('id', ['-u', 'postgres']);
      const { stdout: group } = await run('id', ['-g', 'postgres']);
      await chown(directory, Number(stdout.trim()), Number(group.trim()));
    }
    await cluster.exec('initdb', [
      '-D',
      join(directory, 'data'),
      '-U',
      'postgres',
      '-A',
      'trust',
      '--no-sync',
    ]);
    await cluster.start();
    return cluster;
  }

  /** The URL of database `name` on this cluster. */
  url(name: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${name}`;
  }

  /** Starts the server and waits until it accepts connections. */
  async start(): Promise<void> {
    await this.exec('pg_ctl', [
      '-D',
      join(this.directory, 'data'),
      '-l',
      join(this.directory, 'server.log'),
      '-w',
      '-t',
      '30',
      '-o',
      `-p ${this.port} -k ${this.directory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`,
      'start',
    ]);
  }

  /** Stops the server: `fast` ends every session at once, as a restart or failover does. */
  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    await this.exec('pg_ctl', ['-D', join(this.directory, 'data'), '-w', '-m', mode, 'stop']);
  }

  /** Stops the server if it runs and deletes its data. */
  async destroy(): Promise<void> {
    await this.stop('immediate').catch(() => undefined);
    rmSync(this.directory, { recursive: true, force: true });
  }

  private async exec(program: string, args: string[]): Promise<string> {
    const path = this.bin ? join(this.bin, program) : program;
    const [command, commandArgs] =
      process.getuid?.() === 0
        ? ['runuser', ['-u', 'postgres', '--', path, ...args]]
        : [path, args];
    const { stdout } = await run(command, commandArgs, { cwd: this.directory });
    return stdout;
  }
}

/**
 * A backup with the documented command (`pg_dump -Fc`, docs/operations.md "Backup and restore")
 * restored with `pg_restore` into `target`, an empty database.
 */
export async function backupAndRestore(source: string, target: string): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'lcm-backup-')), 'lcm.dump');
  try {
    await run('pg_dump', ['-Fc', '-f', file, source]);
    await run('pg_restore', ['-d', target, file]);
  } finally {
    rmSync(file, { force: true });
  }
}
