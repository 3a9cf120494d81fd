import { Injectable } from '@nestjs/common';
import { type HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';

import { MailerService } from './email/mailer.service';

/** A probe does not wait longer than this for the SMTP server's greeting. */
const SMTP_CHECK_TIMEOUT_MS = 2_000;

/** The last answer is reused for this long: probes come every few seconds. */
const SMTP_CHECK_CACHE_MS = 10_000;

/**
 * The SMTP server, for /health/ready: always up, with `state: degraded` while the server cannot
 * be reached. E-mails wait in the outbox meanwhile (nothing is lost), and the rest of the service
 * works, so an SMTP outage must not take the API or the worker out of rotation.
 */
@Injectable()
export class SmtpHealthIndicator {
  private last?: { at: number; details: Record<string, string> };

  constructor(
    private readonly health: HealthIndicatorService,
    private readonly mailer: MailerService,
  ) {}

  async check<Key extends string>(key: Key): Promise<HealthIndicatorResult<Key>> {
    const indicator = this.health.check(key);
    if (!this.mailer.configured) return indicator.up({ state: 'not configured (e-mails logged)' });
    if (!this.last || Date.now() - this.last.at > SMTP_CHECK_CACHE_MS) {
      this.last = { at: Date.now(), details: await this.probe() };
    }
    return indicator.up(this.last.details);
  }

  private async probe(): Promise<Record<string, string>> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.mailer.verify(),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer within ${SMTP_CHECK_TIMEOUT_MS} ms`)),
            SMTP_CHECK_TIMEOUT_MS,
          );
        }),
      ]);
      return { state: 'ok' };
    } catch (error) {
      return {
        state: 'degraded',
        message: `e-mails wait in the outbox: ${(error as Error).message}`,
      };
    } finally {
      clearTimeout(timer);
    }
  }
}
