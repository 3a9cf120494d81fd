import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { type Queue } from 'bullmq';

import { AppConfig } from '@app/config';
import { logQueueErrors, QueueName } from '@app/queue';

import { NotificationListener } from '../notification-listener';
import {
  deliverJobId,
  EMAIL_JOB_OPTIONS,
  NotificationJobName,
  sendJobId,
} from './notification-jobs';

/**
 * The worker's producer side of the notifications queue: queues the e-mail of each notification
 * as soon as its transaction commits (it LISTENs to the outbox trigger), and keeps the queue's
 * job schedulers (sweep, digests, reminders) as configured. BullMQ's job schedulers, not a cron
 * of ours: each is one per queue however many workers upsert it.
 */
@Injectable()
export class NotificationQueueService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(NotificationQueueService.name);
  private listener?: NotificationListener;

  constructor(
    @InjectQueue(QueueName.NOTIFICATIONS) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    logQueueErrors(this.queue, this.logger);
    this.listener = new NotificationListener(
      this.config.databaseUrl,
      (id) => void this.deliver([id]),
      this.logger,
    );
    this.listener.start();
    await this.schedule().catch((error: Error) =>
      // Redis down at start: the schedulers are set by the next worker start; e-mails still go
      // through the relay once Redis is back, and the sweep catches up.
      this.logger.warn(`Could not set the notification job schedulers: ${error.message}`),
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.listener?.stop();
  }

  /** Queues the e-mail job of each notification (once: the job id is the notification's). */
  async deliver(notificationIds: string[]): Promise<void> {
    if (notificationIds.length === 0) return;
    await this.queue
      .addBulk(
        notificationIds.map((notificationId) => ({
          name: NotificationJobName.DELIVER,
          data: { notificationId },
          opts: { ...EMAIL_JOB_OPTIONS, jobId: deliverJobId(notificationId) },
        })),
      )
      .catch((error: Error) =>
        this.logger.warn(
          `Could not queue ${notificationIds.length} e-mail(s) (the sweep will): ${error.message}`,
        ),
      );
  }

  /** Queues the sending of messages already claimed (digests, stale claims). */
  async send(messageIds: string[]): Promise<void> {
    if (messageIds.length === 0) return;
    await this.queue.addBulk(
      messageIds.map((messageId) => ({
        name: NotificationJobName.SEND_MESSAGE,
        data: { messageId },
        opts: { ...EMAIL_JOB_OPTIONS, jobId: sendJobId(messageId) },
      })),
    );
  }

  private async schedule(): Promise<void> {
    const retention = { removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } };
    await this.queue.upsertJobScheduler(
      NotificationJobName.SWEEP_OUTBOX,
      { every: this.config.notificationSweepMs },
      { name: NotificationJobName.SWEEP_OUTBOX, data: {}, opts: retention },
    );
    await this.queue.upsertJobScheduler(
      NotificationJobName.SEND_DIGESTS,
      { pattern: this.config.notificationDigestCron, tz: 'UTC' },
      { name: NotificationJobName.SEND_DIGESTS, data: {}, opts: retention },
    );
    await this.queue.upsertJobScheduler(
      NotificationJobName.SCAN_REMINDERS,
      { pattern: this.config.notificationReminderCron, tz: 'UTC' },
      { name: NotificationJobName.SCAN_REMINDERS, data: {}, opts: retention },
    );
  }
}
