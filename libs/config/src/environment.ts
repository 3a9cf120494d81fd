import 'reflect-metadata';

import { plainToInstance } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  validateSync,
} from 'class-validator';

export const NODE_ENVIRONMENTS = ['development', 'test', 'production'] as const;
export type NodeEnvironment = (typeof NODE_ENVIRONMENTS)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Five or six space-separated cron fields (BullMQ's job scheduler patterns). */
const CRON_PATTERN = /^\S+( \S+){4,5}$/;

/** A whole number from `min` to `max`, with class-validator's messages for each bound. */
function IntegerIn(min: number, max: number): PropertyDecorator {
  return (target, property) => {
    for (const rule of [IsInt(), Min(min), Max(max)]) rule(target, property);
  };
}

/** Every environment variable the service reads, with its default for local use. */
export class Environment {
  @IsIn(NODE_ENVIRONMENTS)
  NODE_ENV: NodeEnvironment = 'development';

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// connection URL' })
  DATABASE_URL: string = 'postgres://postgres@127.0.0.1:5432/lcm_match';

  @Matches(/^rediss?:\/\/.+/, { message: 'must be a redis:// connection URL' })
  REDIS_URL: string = 'redis://127.0.0.1:6379';

  @IntegerIn(0, 65535)
  PORT: number = 3000;

  @IsString()
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'may contain only letters, digits, _ and -' })
  QUEUE_PREFIX: string = 'lcm';

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'log';

  @IsOptional()
  @IntegerIn(1, 200)
  DATABASE_POOL_SIZE: number = 10;

  /** Changes to gaps and offers within this many ms give one automatic match run. */
  @IntegerIn(0, 3_600_000)
  MATCH_DEBOUNCE_MS: number = 5_000;

  /** For how long after writing it the author may delete a comment (after that, coordinators). */
  @IntegerIn(0, 604_800)
  COMMENT_DELETE_WINDOW_SECONDS: number = 900;

  /** An open pledge with no offer linked this many days after its Ministerial's first day is flagged. */
  @IntegerIn(0, 3650)
  PLEDGE_UNLINKED_FLAG_DAYS: number = 180;

  /**
   * Whether `publicPledgeSummary` (fulfilment of the pledges by Ministerial and category, figures
   * only) answers without signing in; `false` turns it off for everyone (NOT_FOUND).
   */
  @IsIn(['true', 'false'])
  PUBLIC_PLEDGE_SUMMARY: 'true' | 'false' = 'true';

  /**
   * The reporting organisation of the IATI export (/export/iati-activities.xml): its IATI
   * organisation identifier (prefix the activity identifiers) and its name. The default identifier
   * is a placeholder for local use: a publisher sets the one it registered with IATI.
   */
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{2,99}$/, {
    message: 'must be an IATI organisation identifier (letters, digits, . _ -)',
  })
  IATI_REPORTING_ORG_REF: string = 'XX-LCM-MATCH';

  @Matches(/^\S.{0,199}$/, { message: 'must be a name of 1 to 200 characters' })
  IATI_REPORTING_ORG_NAME: string = 'Light Coordination Mechanism';

  /** Whether changes to gaps and offers schedule match runs at all. */
  @IsIn(['true', 'false'])
  AUTO_MATCH: 'true' | 'false' = 'true';

  /**
   * A match run on at least this many gaps (and more than one category) is split into a job per
   * category, which any worker may take; 0 (the default) never splits. Splitting pays when the
   * workers run on several machines: on one machine the engine's threads are as fast or faster
   * (measured: docs/operations.md "Scaling out").
   */
  @IntegerIn(0, 100_000_000)
  MATCH_DISTRIBUTE_FROM_GAPS: number = 0;

  /** How long a worker's claim on a job lasts without renewal; a killed worker's job is retried after it. */
  @IntegerIn(1_000, 600_000)
  WORKER_LOCK_DURATION_MS: number = 30_000;

  /** Port of the worker's health server (/health/live, /health/ready); 0 picks a free one. */
  @IntegerIn(0, 65535)
  WORKER_HEALTH_PORT: number = 3001;

  /** Signs access and refresh tokens. The default is for local use only: production refuses it. */
  @IsString()
  @Matches(/^.{32,}$/, { message: 'must be at least 32 characters' })
  JWT_SECRET: string = DEVELOPMENT_JWT_SECRET;

  /** Lifetime of an access token, in seconds. */
  @IntegerIn(30, 86_400)
  ACCESS_TOKEN_TTL_SECONDS: number = 900;

  /** Lifetime of a refresh token, in seconds. */
  @IntegerIn(60, 90 * 86_400)
  REFRESH_TOKEN_TTL_SECONDS: number = 7 * 86_400;

  /**
   * Requests one client address may make to the API per RATE_LIMIT_WINDOW_MS, all instances
   * together (counted in Redis); 0 turns the limit off.
   */
  @IntegerIn(0, 1_000_000)
  RATE_LIMIT_MAX: number = 600;

  /** The API rate limit's window, in milliseconds. */
  @IntegerIn(1_000, 86_400_000)
  RATE_LIMIT_WINDOW_MS: number = 60_000;

  /**
   * Whose X-Forwarded-For to believe for the client address (rate limits count per address):
   * `false` (the connection's address), a number of proxy hops, a comma-separated list of proxy
   * addresses or CIDR ranges, or `true` (anyone's: only behind a proxy that overwrites the header).
   */
  @Matches(/^(true|false|\d{1,2}|[0-9A-Fa-f.:/]+(\s*,\s*[0-9A-Fa-f.:/]+)*)$/, {
    message: 'must be true, false, a number of hops or a comma-separated list of addresses',
  })
  TRUST_PROXY: string = 'false';

  /** Largest request body the API reads, in bytes; a larger one is answered with 413. */
  @IntegerIn(1_024, 100 * 1024 * 1024)
  BODY_LIMIT_BYTES: number = 1024 * 1024;

  /**
   * Memory for GraphQL answers kept per API process, in bytes; 0 turns the cache off. An answer
   * is reused only while no write to a table it read has committed since (see docs/api.md "Read
   * performance").
   */
  @IntegerIn(0, 1024 * 1024 * 1024)
  RESPONSE_CACHE_MAX_BYTES: number = 64 * 1024 * 1024;

  /**
   * When a cached answer dies: `tables` (a write committed to a table it read) or `snapshot`
   * (any committed write in the whole PostgreSQL server, the earlier scheme, kept to compare).
   */
  @IsIn(['tables', 'snapshot'])
  RESPONSE_CACHE_INVALIDATION: 'tables' | 'snapshot' = 'tables';

  /**
   * Largest file an import (importGaps, importOffers) accepts, in bytes. Uploads are read apart
   * from BODY_LIMIT_BYTES, which still limits every other request body.
   */
  @IntegerIn(1_024, 100 * 1024 * 1024)
  IMPORT_MAX_BYTES: number = 10 * 1024 * 1024;

  /** Deepest field nesting an operation may have (fragments expanded). */
  @IntegerIn(1, 100)
  QUERY_MAX_DEPTH: number = 12;

  /** Highest cost an operation may have: 1 a field, and a connection's fields count `first` times. */
  @IntegerIn(1, 10_000_000)
  QUERY_MAX_COST: number = 10_000;

  /** Most aliases an operation may use (fragments expanded). */
  @IntegerIn(0, 10_000)
  QUERY_MAX_ALIASES: number = 20;

  /** Most fields an operation may select at its root. */
  @IntegerIn(1, 10_000)
  QUERY_MAX_ROOT_FIELDS: number = 20;

  /** Most tokens (names, punctuation, values) a GraphQL document may have; parsing stops beyond. */
  @IntegerIn(100, 1_000_000)
  QUERY_MAX_TOKENS: number = 5_000;

  /**
   * The SMTP server notification e-mails go through, as a URL: `smtp://user:password@host:587`
   * (STARTTLS when the server offers it) or `smtps://…:465` (TLS from the start); user and
   * password URL-encoded. Unset: e-mails are written to the log instead and kept in the outbox
   * (status LOGGED), for development.
   */
  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s/]+(:\d+)?\/?(\?\S*)?$/, {
    message: 'must be an smtp:// or smtps:// URL (smtp://user:password@host:587)',
  })
  SMTP_URL?: string;

  /** The sender of notification e-mails: an address, or `Name <address>`. */
  @Matches(/^([^<>]{1,100} <)?[^\s@<>]+@[^\s@<>]+>?$/, {
    message: 'must be an e-mail address or "Name <address>"',
  })
  SMTP_FROM: string = 'LCM Match <no-reply@lcm-match.local>';

  /** The web app's address as its users reach it: the links in e-mails start with it. */
  @Matches(/^https?:\/\/[^\s]+[^/\s]$/, {
    message: 'must be an http(s):// URL without a trailing slash',
  })
  WEB_APP_URL: string = 'http://localhost:3000';

  /** Reminders: a milestone due, a gap's window closing, an offer expiring within this many days. */
  @IntegerIn(1, 90)
  NOTIFICATION_REMINDER_DAYS: number = 7;

  /**
   * An open pledge's status is due for an update this many days after its last status change
   * (creation included), then again every as many days while it stays unchanged: the reporting
   * period of PLEDGE_UPDATE_DUE reminders (half-yearly by default).
   */
  @IntegerIn(7, 3650)
  PLEDGE_UPDATE_INTERVAL_DAYS: number = 180;

  /** When the reminder scan runs (cron pattern, UTC; a BullMQ job scheduler). */
  @Matches(CRON_PATTERN, { message: 'must be a cron pattern of 5 or 6 fields' })
  NOTIFICATION_REMINDER_CRON: string = '0 * * * *';

  /** When the daily digests are sent (cron pattern, UTC; a BullMQ job scheduler). */
  @Matches(CRON_PATTERN, { message: 'must be a cron pattern of 5 or 6 fields' })
  NOTIFICATION_DIGEST_CRON: string = '0 6 * * *';

  /**
   * How often the outbox is swept for e-mails no job carries (the worker stopped between the
   * commit and queuing them, Redis was down): their jobs are queued again.
   */
  @IntegerIn(1_000, 3_600_000)
  NOTIFICATION_SWEEP_MS: number = 30_000;

  /**
   * Bearer token Prometheus sends to GET /metrics. Unset: /metrics is open outside production
   * and answers 404 in production.
   */
  @IsOptional()
  @Matches(/^\S{16,}$/, { message: 'must be at least 16 characters without spaces' })
  METRICS_TOKEN?: string;
}

/** Local development only; validateEnvironment refuses it when NODE_ENV=production. */
export const DEVELOPMENT_JWT_SECRET = 'lcm-match-development-secret-do-not-use-in-production';

export class EnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvironmentError';
  }
}

/** Reads and validates the environment; throws one error naming every bad variable. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const present = Object.fromEntries(
    Object.entries(raw).filter(([, value]) => value !== undefined && value !== ''),
  );
  const environment = plainToInstance(Environment, present, {
    enableImplicitConversion: true,
    exposeDefaultValues: true,
  });
  const errors = validateSync(environment, { whitelist: false });
  const problems = errors.map(
    (error) =>
      `${error.property}=${JSON.stringify(raw[error.property])}: ${Object.values(error.constraints ?? {}).join('; ')}`,
  );
  if (environment.NODE_ENV === 'production' && environment.JWT_SECRET === DEVELOPMENT_JWT_SECRET) {
    problems.push('JWT_SECRET: must be set to a secret of your own in production');
  }
  if (problems.length > 0) throw new EnvironmentError(problems);
  return environment;
}

/** Nest logger levels from the most severe down to `level`. */
export function logLevelsUpTo(level: LogLevel): LogLevel[] {
  return LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(level) + 1);
}
