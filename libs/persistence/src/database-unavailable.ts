/** Node's errors of a connection that could not be made or was lost. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server that is going away or not there yet: class 08 (connection exception),
 * 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up).
 */
const UNAVAILABLE_STATES = /^(08...|57P0[123])$/;

/**
 * node-postgres' words for a connection lost. (Not its pool's `timeout exceeded when trying to
 * connect`, which also means every connection is busy, e.g. waiting on locks.)
 */
const LOST_CONNECTION = /^(Connection terminated|Client has encountered a connection error)/;

interface MaybeDatabaseError {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
}

/**
 * Whether `error` says the database cannot be reached (down, restarting, unreachable) rather than
 * that a statement failed: the API answers SERVICE_UNAVAILABLE for it, and it passes once the
 * database is back (the pool opens new connections by itself).
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  const { code, message, driverError, cause } = error as MaybeDatabaseError;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_STATES.test(code))) {
    return true;
  }
  if (typeof message === 'string' && LOST_CONNECTION.test(message)) return true;
  return isDatabaseUnavailable(driverError, depth + 1) || isDatabaseUnavailable(cause, depth + 1);
}
