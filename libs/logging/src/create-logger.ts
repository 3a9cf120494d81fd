import { hostname } from 'node:os';

import { type LogLevel } from '@nestjs/common';
import pino, { type DestinationStream, type Level, type Logger } from 'pino';
import pretty from 'pino-pretty';

import { serializeError } from './database-errors';

/** Nest's level names to pino's (`log` is pino's `info`, `verbose` its `trace`). */
export const PINO_LEVELS: Record<LogLevel, Level> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

/**
 * Never written, wherever they appear at these paths: credentials in request headers, and any
 * field named like a password, a token or the signing key (one level deep, or at the top).
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  ...['password', 'accessToken', 'refreshToken', 'JWT_SECRET'].flatMap((key) => [key, `*.${key}`]),
];

export interface LoggerOptions {
  /** `api` or `worker`, on every line. */
  app: string;
  /** Nest's enabled levels (main.ts passes `logLevelsUpTo(LOG_LEVEL)`); false or [] is silent. */
  levels?: LogLevel[] | false;
  /** Human-readable lines (pino-pretty) instead of JSON. */
  pretty?: boolean;
  /** Where JSON lines go; stdout by default. Tests pass a stream to read them. */
  destination?: DestinationStream;
}

interface LoggedRequest {
  method?: string;
  url?: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

/**
 * Fastify's request serializer without the query string: a GET query's `variables` and an
 * export's filters are what a client sent, and are not logged (the path is). For the logger
 * given to Fastify (`logger.child({}, { serializers: { req: serializeRequest } })`), which takes
 * it over its own.
 */
export function serializeRequest(req: LoggedRequest) {
  return {
    method: req.method,
    url: req.url?.split('?')[0],
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}

/** The most verbose of Nest's enabled levels, as a pino level; `silent` when none is. */
export function pinoLevelOf(levels: LogLevel[] | false | undefined): string {
  if (levels === undefined) return 'info';
  if (levels === false || levels.length === 0) return 'silent';
  const order: LogLevel[] = ['verbose', 'debug', 'log', 'warn', 'error', 'fatal'];
  return PINO_LEVELS[order.find((level) => levels.includes(level))!];
}

/** The process's root pino logger: one JSON object per line, or pretty lines in development. */
export function createLogger(options: LoggerOptions): Logger {
  const common = {
    level: pinoLevelOf(options.levels),
    base: { app: options.app, pid: process.pid, hostname: hostname() },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    // Database errors without their message, parameters or failing row.
    serializers: { err: serializeError },
  };
  if (options.pretty) {
    // In the main thread, synchronously: a transport's worker thread could lose the last lines
    // of a process that exits at once (a start-up error). Colours unless NO_COLOR or not a TTY.
    return pino(
      common,
      pretty({
        sync: true,
        translateTime: 'SYS:HH:MM:ss.l',
        ignore: 'pid,hostname,app,context',
        messageFormat: '{if context}[{context}] {end}{msg}',
        destination: options.destination ?? 1,
      }),
    );
  }
  return pino(
    {
      ...common,
      // Level names and ISO times read better than numbers in a log search.
      formatters: { level: (label) => ({ level: label }) },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}
