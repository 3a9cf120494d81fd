import { randomUUID } from 'node:crypto';
import { type IncomingMessage } from 'node:http';

import { ClsServiceManager } from 'nestjs-cls';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Letters, digits and `. _ : -`, up to 128 characters: what proxies and tracing tools send (UUIDs,
 * ULIDs, hex trace ids). Anything else (spaces, control characters, very long values) could forge
 * or break log lines and is replaced.
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** The caller's request id when it is sane, else a new UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && SANE_REQUEST_ID.test(value) ? value : randomUUID();
}

const requestIds = new WeakMap<IncomingMessage, string>();

/**
 * The request id of an HTTP request, computed once (requestIdFrom its `x-request-id`) and then
 * remembered: Fastify's request logger and the request context ask for it separately, and a
 * request without a sane header must not get two different new UUIDs.
 */
export function requestIdOf(req: IncomingMessage): string {
  let id = requestIds.get(req);
  if (id === undefined) {
    id = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    requestIds.set(req, id);
  }
  return id;
}

/** The request id of the HTTP request being handled; undefined outside one (worker, CLI). */
export function currentRequestId(): string | undefined {
  const cls = ClsServiceManager.getClsService();
  return cls.isActive() ? (cls.get('requestId') as string | undefined) : undefined;
}
