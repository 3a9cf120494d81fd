import { ClsServiceManager } from 'nestjs-cls';

/**
 * Fields added to every log line written inside a nestjs-cls context (an HTTP request's, or the
 * one the worker opens for each job) when that context holds them.
 */
export const LOG_CONTEXT_KEYS = ['requestId', 'runId', 'jobId'] as const;

export type LogContext = Partial<Record<(typeof LOG_CONTEXT_KEYS)[number], string>>;

/** The log fields of the current context; empty outside one. */
export function currentLogContext(): LogContext {
  const cls = ClsServiceManager.getClsService();
  if (!cls.isActive()) return {};
  const fields: LogContext = {};
  for (const key of LOG_CONTEXT_KEYS) {
    const value: unknown = cls.get(key);
    if (typeof value === 'string') fields[key] = value;
  }
  return fields;
}

/** Runs `callback` in a new context whose log lines carry `fields` (the worker, per job). */
export function withLogContext<T>(fields: LogContext, callback: () => T): T {
  return ClsServiceManager.getClsService().runWith({ ...fields }, callback);
}
