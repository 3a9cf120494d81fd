import { randomUUID } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';

import { User } from '@app/auth';
import { AppConfig } from '@app/config';

import { EmailStatus, NotificationDelivery } from '../email-status';
import { MailerService } from '../email/mailer.service';
import { renderDigestEmail, renderNotificationEmail } from '../email/render-email';
import { Notification } from '../notification.entity';

/** A PENDING row this old with no job is queued again by the sweep (its relay may have missed it). */
const PENDING_SWEEP_AFTER_MS = 5_000;

/** Rows the sweep queues again at most, per pass. */
const SWEEP_LIMIT = 1_000;

export type SendOutcome = 'sent' | 'logged' | 'nothing to send';
export type DeliverOutcome = SendOutcome | 'skipped (off)' | 'kept for the digest';

/**
 * The outbox's e-mail side, in the worker. A notification is claimed (PENDING → SENDING with its
 * Message-ID, committed), then sent in a transaction that holds its row locked and marks it SENT
 * only once the SMTP server has accepted it. Whoever finds the row SENDING (a retry, the job rerun
 * after its worker was killed, the sweep) sends it again with the same Message-ID; the lock makes
 * two senders take turns, and the second finds it SENT. At least once: a worker killed after the
 * server's 250 and before the commit sends it a second time, with the same Message-ID
 * (docs/notifications.md "Delivery guarantees").
 */
@Injectable()
export class EmailDeliveryService {
  private readonly logger = new Logger(EmailDeliveryService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: MailerService,
    private readonly config: AppConfig,
  ) {}

  /** The Message-ID of one notification's own e-mail. */
  messageIdOf(notificationId: string): string {
    return `<n-${notificationId}@${this.mailer.messageIdDomain}>`;
  }

  /** Applies the recipient's preference for the kind; an e-mail to send is claimed and sent. */
  async deliver(notificationId: string): Promise<DeliverOutcome> {
    const decision = await this.dataSource.transaction<
      { outcome: DeliverOutcome } | { messageId: string }
    >(async (manager) => {
      const [row] = await manager.query<
        { email_status: EmailStatus; email_message_id: string | null; delivery: string }[]
      >(
        `SELECT n.email_status, n.email_message_id,
                coalesce(p.delivery::text, $2) AS delivery
           FROM notifications n
           LEFT JOIN notification_preferences p
                  ON p.user_id = n.recipient_user_id AND p.kind = n.kind
          WHERE n.id = $1
            FOR UPDATE OF n`,
        [notificationId, NotificationDelivery.IMMEDIATELY],
      );
      if (!row) return { outcome: 'nothing to send' };
      if (row.email_status === EmailStatus.SENDING) return { messageId: row.email_message_id! };
      if (row.email_status !== EmailStatus.PENDING) return { outcome: 'nothing to send' };
      if (row.delivery === NotificationDelivery.OFF) {
        await this.setStatus(manager, notificationId, EmailStatus.SKIPPED);
        return { outcome: 'skipped (off)' };
      }
      if (row.delivery === NotificationDelivery.DAILY_DIGEST) {
        await this.setStatus(manager, notificationId, EmailStatus.DIGEST);
        return { outcome: 'kept for the digest' };
      }
      const messageId = this.messageIdOf(notificationId);
      await manager.query(
        `UPDATE notifications
            SET email_status = 'SENDING', email_message_id = $2, email_claimed_at = now()
          WHERE id = $1`,
        [notificationId, messageId],
      );
      return { messageId };
    });
    if ('outcome' in decision) return decision.outcome;
    return this.sendMessage(decision.messageId);
  }

  /**
   * Sends the message `messageId` if its rows are still SENDING: one notification's e-mail, or a
   * digest of several. Another sender holding them makes this one find nothing to send.
   */
  async sendMessage(messageId: string): Promise<SendOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager
        .getRepository(Notification)
        .createQueryBuilder('notification')
        .where('notification.email_message_id = :messageId', { messageId })
        .andWhere('notification.email_status = :sending', { sending: EmailStatus.SENDING })
        .orderBy('notification.created_at', 'ASC')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (rows.length === 0) return 'nothing to send';
      const recipient = await manager.findOneOrFail(User, {
        where: { id: rows[0].recipientUserId },
        select: { id: true, email: true },
      });
      const rendered = messageId.startsWith('<d-')
        ? renderDigestEmail(rows, this.config.webAppUrl)
        : renderNotificationEmail(rows[0], this.config.webAppUrl);
      const outcome = await this.mailer.send({ ...rendered, to: recipient.email, messageId });
      await manager.update(
        Notification,
        { id: In(rows.map((row) => row.id)) },
        {
          emailStatus: outcome === 'sent' ? EmailStatus.SENT : EmailStatus.LOGGED,
          emailSentAt: new Date(),
          emailError: null,
          emailAttempts: () => 'email_attempts + 1',
        },
      );
      return outcome;
    });
  }

  /** A failed try: counted, its error kept; `final` marks the message FAILED. */
  async recordFailure(messageId: string, error: Error, final: boolean): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications
          SET email_attempts = email_attempts + 1, email_error = $2, email_claimed_at = now(),
              email_status = CASE WHEN $3 THEN 'FAILED'::email_status ELSE email_status END
        WHERE email_message_id = $1 AND email_status = 'SENDING'`,
      [messageId, error.message.slice(0, 1_000), final],
    );
  }

  /** Claims each user's DIGEST rows under one new Message-ID per user; returns the ids to send. */
  async claimDigests(): Promise<string[]> {
    const users = await this.dataSource.query<{ recipient_user_id: string }[]>(
      `SELECT DISTINCT recipient_user_id FROM notifications WHERE email_status = 'DIGEST'`,
    );
    const messageIds: string[] = [];
    for (const { recipient_user_id: userId } of users) {
      const messageId = `<d-${randomUUID()}@${this.mailer.messageIdDomain}>`;
      const claimed = await this.dataSource.query<unknown[]>(
        `UPDATE notifications
            SET email_status = 'SENDING', email_message_id = $2, email_claimed_at = now()
          WHERE recipient_user_id = $1 AND email_status = 'DIGEST'
        RETURNING id`,
        [userId, messageId],
      );
      if (claimed.length > 0) messageIds.push(messageId);
    }
    return messageIds;
  }

  /**
   * E-mails no job may carry: PENDING rows older than a few seconds (the relay missed them:
   * the worker was down, or Redis), and messages claimed but not tried for `staleMs` (their job
   * was lost, e.g. a digest claimed just before its worker died).
   */
  async sweep(staleMs: number): Promise<{ pending: string[]; stale: string[] }> {
    const pending = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM notifications
        WHERE email_status = 'PENDING' AND created_at < now() - make_interval(secs => $1)
        ORDER BY created_at LIMIT $2`,
      [PENDING_SWEEP_AFTER_MS / 1000, SWEEP_LIMIT],
    );
    const stale = await this.dataSource.query<{ email_message_id: string }[]>(
      `SELECT DISTINCT email_message_id FROM notifications
        WHERE email_status = 'SENDING' AND email_claimed_at < now() - make_interval(secs => $1)
        LIMIT $2`,
      [staleMs / 1000, SWEEP_LIMIT],
    );
    if (pending.length || stale.length)
      this.logger.log(
        `Outbox sweep: ${pending.length} e-mail(s) waiting, ${stale.length} claimed message(s) to send again`,
      );
    return {
      pending: pending.map((row) => row.id),
      stale: stale.map((row) => row.email_message_id),
    };
  }

  private async setStatus(manager: EntityManager, id: string, status: EmailStatus): Promise<void> {
    await manager.update(Notification, { id }, { emailStatus: status });
  }
}
