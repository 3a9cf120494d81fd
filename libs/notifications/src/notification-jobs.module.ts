import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';

import { QueueModule, QueueName } from '@app/queue';

import { MailerService } from './email/mailer.service';
import { EmailDeliveryService } from './jobs/email-delivery.service';
import { NotificationQueueService } from './jobs/notification-queue.service';
import { NotificationsProcessor } from './jobs/notifications.processor';
import { RemindersService } from './reminders/reminders.service';
import { SmtpHealthIndicator } from './smtp.health';

/** The worker side: the outbox relay, e-mail delivery, digests and reminders. */
@Module({
  imports: [
    TerminusModule,
    QueueModule,
    BullModule.registerQueue({ name: QueueName.NOTIFICATIONS }),
  ],
  providers: [
    MailerService,
    EmailDeliveryService,
    RemindersService,
    NotificationQueueService,
    NotificationsProcessor,
    SmtpHealthIndicator,
  ],
  exports: [SmtpHealthIndicator, EmailDeliveryService, RemindersService],
})
export class NotificationJobsModule {}

/** The SMTP check alone, for the API's /health/ready. */
@Module({
  imports: [TerminusModule],
  providers: [MailerService, SmtpHealthIndicator],
  exports: [SmtpHealthIndicator],
})
export class SmtpHealthModule {}
