import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Logger } from '@nestjs/common';
import { DelayedError } from 'bullmq';

import { AppConfig } from '@app/config';
import { QueueName } from '@app/queue';

import { isTemporarySmtpFailure } from '../email/mailer.service';
import { RemindersService } from '../reminders/reminders.service';
import { EmailDeliveryService } from './email-delivery.service';
import { type NotificationJob, NotificationJobName, smtpWaitMs } from './notification-jobs';
import { NotificationQueueService } from './notification-queue.service';

/** E-mails sent at once by one worker process (each holds a database connection while sending). */
const CONCURRENCY = 4;

/**
 * The notifications queue's processor, thin: each job calls the delivery, digest, sweep or
 * reminder service. An SMTP server that cannot be reached (or says "try later", 4xx) delays the
 * job without using an attempt, however long it stays down: an e-mail is delayed, never dropped.
 * A refusal (5xx) uses attempts with backoff, then marks the message FAILED.
 */
@Processor(QueueName.NOTIFICATIONS, { concurrency: CONCURRENCY })
export class NotificationsProcessor extends WorkerHost implements BeforeApplicationShutdown {
  private readonly logger = new Logger(NotificationsProcessor.name);

  constructor(
    private readonly delivery: EmailDeliveryService,
    private readonly reminders: RemindersService,
    private readonly queue: NotificationQueueService,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async process(job: NotificationJob, token?: string): Promise<unknown> {
    switch (job.name) {
      case NotificationJobName.DELIVER:
        return this.sending(job, token, this.delivery.messageIdOf(job.data.notificationId), () =>
          this.delivery.deliver(job.data.notificationId),
        );
      case NotificationJobName.SEND_MESSAGE:
        return this.sending(job, token, job.data.messageId, () =>
          this.delivery.sendMessage(job.data.messageId),
        );
      case NotificationJobName.SEND_DIGESTS: {
        const messageIds = await this.delivery.claimDigests();
        await this.queue.send(messageIds);
        return `${messageIds.length} digest(s)`;
      }
      case NotificationJobName.SWEEP_OUTBOX: {
        // A claim is stale once its job would have been rerun after a crash, with margin.
        const { pending, stale } = await this.delivery.sweep(
          Math.max(60_000, 3 * this.config.workerLockDurationMs),
        );
        await this.queue.deliver(pending);
        await this.queue.send(stale);
        return `${pending.length} queued, ${stale.length} resent`;
      }
      case NotificationJobName.SCAN_REMINDERS:
        return this.reminders.scan(job.data.today);
      default:
        this.logger.warn(`Skipping unknown job ${(job as { name: string }).name}`);
        return undefined;
    }
  }

  private async sending(
    job: NotificationJob & { data: { smtpWaits?: number } },
    token: string | undefined,
    messageId: string,
    send: () => Promise<string>,
  ): Promise<string> {
    try {
      return await send();
    } catch (error) {
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (isTemporarySmtpFailure(error) && token) {
        const waits = job.data.smtpWaits ?? 0;
        const delay = smtpWaitMs(waits);
        this.logger.warn(
          `E-mail ${messageId}: SMTP unavailable (${(error as Error).message}); trying again in ${delay} ms`,
        );
        await this.delivery.recordFailure(messageId, error as Error, false);
        await job.updateData({ ...job.data, smtpWaits: waits + 1 } as never);
        await job.moveToDelayed(Date.now() + delay, token);
        throw new DelayedError();
      }
      this.logger.error(
        `E-mail ${messageId} attempt ${job.attemptsMade + 1} failed: ${(error as Error).message}`,
      );
      await this.delivery
        .recordFailure(messageId, error as Error, lastAttempt)
        .catch(() => undefined);
      throw error;
    }
  }

  /** Graceful shutdown: stop taking jobs, let the e-mails in hand finish (as the matching processor). */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }
}
