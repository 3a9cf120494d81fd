import { registerEnumType } from '@nestjs/graphql';

/**
 * Where a notification's e-mail is. PENDING → (the recipient's preference for its kind) SKIPPED,
 * DIGEST, or SENDING → SENT. A digest's rows go DIGEST → SENDING → SENT together (one message id).
 * LOGGED: no SMTP server is configured, so the e-mail was written to the log (development).
 * FAILED: the SMTP server refused it for good (5xx) after every attempt.
 */
export enum EmailStatus {
  PENDING = 'PENDING',
  DIGEST = 'DIGEST',
  SENDING = 'SENDING',
  SENT = 'SENT',
  SKIPPED = 'SKIPPED',
  LOGGED = 'LOGGED',
  FAILED = 'FAILED',
}

registerEnumType(EmailStatus, { name: 'EmailStatus' });

/** How a user wants the e-mails of one kind (the inbox always gets the notification). */
export enum NotificationDelivery {
  IMMEDIATELY = 'IMMEDIATELY',
  DAILY_DIGEST = 'DAILY_DIGEST',
  OFF = 'OFF',
}

registerEnumType(NotificationDelivery, {
  name: 'NotificationDelivery',
  description:
    'How the e-mails of one kind reach a user: at once, in a daily digest, or not at all',
});
