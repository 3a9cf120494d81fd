import { type Job, type JobsOptions } from 'bullmq';

/** The jobs of the notifications queue, named once. */
export enum NotificationJobName {
  /** One notification's e-mail: decided by its recipient's preference, then sent or not. */
  DELIVER = 'deliver',
  /** One message claimed for sending (a notification's, or a digest's): sent unless already. */
  SEND_MESSAGE = 'send-message',
  /** Scheduled: claims each user's digest rows and queues one message per user. */
  SEND_DIGESTS = 'send-digests',
  /** Scheduled: queues again the e-mails no job carries (lost between commit and queuing). */
  SWEEP_OUTBOX = 'sweep-outbox',
  /** Scheduled: milestones due and overdue, gaps closing, offers expiring. */
  SCAN_REMINDERS = 'scan-reminders',
}

export interface DeliverJobData {
  notificationId: string;
  /** Times the job waited for an SMTP server that could not be reached (no attempt used). */
  smtpWaits?: number;
}

export interface SendMessageJobData {
  messageId: string;
  smtpWaits?: number;
}

/** `today` (YYYY-MM-DD, UTC) may be given to scan as of another day (tests, catching up). */
export interface ScanRemindersJobData {
  today?: string;
}

export type NotificationJob =
  | Job<DeliverJobData, unknown, NotificationJobName.DELIVER>
  | Job<SendMessageJobData, unknown, NotificationJobName.SEND_MESSAGE>
  | Job<Record<string, never>, unknown, NotificationJobName.SEND_DIGESTS>
  | Job<Record<string, never>, unknown, NotificationJobName.SWEEP_OUTBOX>
  | Job<ScanRemindersJobData, unknown, NotificationJobName.SCAN_REMINDERS>;

/**
 * E-mail jobs: deterministic ids (a notification's or a message's job is queued once however many
 * times the relay and the sweep add it), retried with backoff on refusals, removed once done or
 * failed so the sweep can queue a row again. An unreachable SMTP server uses no attempt (the job
 * waits for it; see NotificationsProcessor).
 */
export const EMAIL_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: true,
  removeOnFail: true,
};

export const deliverJobId = (notificationId: string) => `deliver-${notificationId}`;
export const sendJobId = (messageId: string) => `send-${messageId.replace(/[<>@:]/g, '_')}`;

/** Longest wait between two tries of an unreachable SMTP server. */
export const MAX_SMTP_WAIT_MS = 30_000;

export function smtpWaitMs(waits: number): number {
  return Math.min(1_000 * 2 ** waits, MAX_SMTP_WAIT_MS);
}
