import { type LoggerService, type LogLevel } from '@nestjs/common';
import { type Level, type Logger } from 'pino';

import { PINO_LEVELS, pinoLevelOf } from './create-logger';
import { describeDatabaseError, isDatabaseError } from './database-errors';
import { currentLogContext } from './log-context';

/** What Nest's ConsoleLogger takes for a stack trace rather than a context name. */
const STACK = /^.+\n\s+at .+:\d+:\d+/s;

/**
 * Nest's LoggerService on a pino logger, so `new Logger('Name').log(…)` anywhere writes a pino
 * line with `context: 'Name'` and the current request id, run id and job id (currentLogContext).
 */
export class PinoNestLogger implements LoggerService {
  constructor(readonly pino: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('log', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('verbose', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  setLogLevels(levels: LogLevel[]): void {
    this.pino.level = pinoLevelOf(levels);
  }

  /** Nest's calling convention: `(message, ...extra, context?)`, `error(message, stack?, context?)`. */
  private write(level: LogLevel, message: unknown, params: unknown[]): void {
    const pinoLevel: Level = PINO_LEVELS[level];
    if (!this.pino.isLevelEnabled(pinoLevel)) return;
    // Nest passes an undefined stack for error(message) from a Logger with a context.
    const extra = params.filter((param) => param !== undefined);
    const last = extra.at(-1);
    const context =
      typeof last === 'string' && !(level === 'error' && extra.length === 1 && STACK.test(last))
        ? (extra.pop() as string)
        : undefined;
    const fields: Record<string, unknown> = { ...currentLogContext(), context };
    if (level === 'error' && typeof extra[0] === 'string') fields.stack = extra.shift();
    if (extra.length > 0) fields.extra = extra;
    if (message instanceof Error) {
      // A database error's message may quote client data: its description instead.
      const text = isDatabaseError(message) ? describeDatabaseError(message) : message.message;
      this.pino[pinoLevel]({ ...fields, err: message }, text);
    } else if (typeof message === 'object' && message !== null) {
      this.pino[pinoLevel]({ ...fields, ...message });
    } else {
      this.pino[pinoLevel](fields, String(message));
    }
  }
}
