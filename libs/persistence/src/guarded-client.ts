import { Client } from 'pg';

/**
 * pg's Client with an 'error' listener from birth. A connection PostgreSQL ends (a restart, an
 * administrator's command) reports it to the query running on it, to the pool while it is idle,
 * to TypeORM's query runner while one holds it; but an error that arrives between two of those
 * (seen once in CI: the worker ended with "Unhandled 'error' event" while PostgreSQL restarted
 * under it) had no listener, and an unhandled 'error' event ends the process. Here it is dropped:
 * whoever uses the client next gets its own error ("not queryable"), and the pool replaces it.
 */
export class GuardedClient extends Client {
  constructor(...args: ConstructorParameters<typeof Client>) {
    super(...args);
    this.on('error', () => undefined);
  }
}
