import { Client } from 'pg';
import Redis from 'ioredis';

const POSTGRES_HINT =
  'Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start\n' +
  '  or point DATABASE_URL at a reachable PostgreSQL (e.g. postgres://user:pass@host:5432/lcm_match).';
const REDIS_HINT =
  'Start it with: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save ""\n' +
  '  or point REDIS_URL at a reachable Redis (e.g. redis://host:6379).';

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}

/** The maintenance database URL of a server: same server, database `postgres`. */
export function maintenanceUrl(databaseUrl: string): { url: string; database: string } {
  const parsed = new URL(databaseUrl);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || 'postgres';
  parsed.pathname = '/postgres';
  return { url: parsed.toString(), database };
}

/** Fails with what to start when PostgreSQL is unreachable; creates the database if missing. */
export async function ensureDatabase(databaseUrl: string): Promise<'created' | 'exists'> {
  const { url, database } = maintenanceUrl(databaseUrl);
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `Cannot reach PostgreSQL at ${redact(databaseUrl)}: ${(error as Error).message}\n  ${POSTGRES_HINT}`,
      { cause: error },
    );
  }
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount) return 'exists';
    await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
    return 'created';
  } finally {
    await client.end();
  }
}

export async function checkRedis(redisUrl: string): Promise<void> {
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 5000,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(
      `Cannot reach Redis at ${redact(redisUrl)}: ${(error as Error).message}\n  ${REDIS_HINT}`,
      { cause: error },
    );
  } finally {
    redis.disconnect();
  }
}
