import { type Logger } from '@nestjs/common';
import { Client } from 'pg';

/** The channel the notifications table's trigger NOTIFYs with each committed row's id. */
export const NOTIFICATION_CHANNEL = 'notification_added';

/** How long to wait before connecting again after the connection was lost. */
const RECONNECT_MS = 2_000;

/**
 * A PostgreSQL connection of its own LISTENing to NOTIFICATION_CHANNEL: calls `onId` with the id
 * of every notification committed from now on, by any process. Reconnects when the connection is
 * lost; ids committed meanwhile are not heard (the inbox query and the outbox sweep still find
 * them).
 */
export class NotificationListener {
  private client?: Client;
  private stopped = false;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly databaseUrl: string,
    private readonly onId: (id: string) => void,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({
      connectionString: this.databaseUrl,
      application_name: 'lcm-match-notifications',
    });
    this.client = client;
    let retried = false;
    const retry = (error?: Error) => {
      if (retried) return;
      retried = true;
      if (error) this.logger.warn(`Notification listener: ${error.message}`);
      client.removeAllListeners();
      void client.end().catch(() => undefined);
      if (this.stopped) return;
      this.timer = setTimeout(() => void this.connect(), RECONNECT_MS);
    };
    client.on('error', retry);
    client.on('end', () => retry());
    client.on('notification', (message) => {
      if (message.channel === NOTIFICATION_CHANNEL && message.payload) this.onId(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFICATION_CHANNEL}`);
    } catch (error) {
      retry(error as Error);
    }
  }
}
