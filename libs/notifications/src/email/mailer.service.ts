import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';

import { AppConfig } from '@app/config';

import { type RenderedEmail } from './render-email';

/** How long one SMTP exchange may take before it counts as failed (and is tried again). */
const SMTP_TIMEOUT_MS = 15_000;

/** An e-mail to send, with the Message-ID that makes a resend recognisable as the same message. */
export interface OutgoingEmail extends RenderedEmail {
  to: string;
  messageId: string;
}

/**
 * Sends e-mails through the SMTP server of SMTP_URL with nodemailer; without one (development),
 * writes them to the log instead (`send` answers 'logged').
 */
@Injectable()
export class MailerService implements OnModuleDestroy {
  private readonly logger = new Logger(MailerService.name);
  private readonly transport?: Transporter;

  constructor(private readonly config: AppConfig) {
    if (config.smtpUrl) {
      this.transport = createTransport(
        {
          url: config.smtpUrl,
          connectionTimeout: SMTP_TIMEOUT_MS,
          greetingTimeout: SMTP_TIMEOUT_MS,
          socketTimeout: SMTP_TIMEOUT_MS,
        },
        { from: config.smtpFrom },
      );
    }
  }

  get configured(): boolean {
    return this.transport !== undefined;
  }

  /** The domain of Message-IDs: the sender's. */
  get messageIdDomain(): string {
    return /@([^>\s]+)>?$/.exec(this.config.smtpFrom)?.[1] ?? 'lcm-match.local';
  }

  async send(email: OutgoingEmail): Promise<'sent' | 'logged'> {
    if (!this.transport) {
      this.logger.log(
        `No SMTP_URL: e-mail ${email.messageId} to ${email.to} not sent\nSubject: ${email.subject}\n${email.text}`,
      );
      return 'logged';
    }
    await this.transport.sendMail({
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      messageId: email.messageId,
    });
    return 'sent';
  }

  /** Connects and says hello (no e-mail sent); throws when the server cannot be reached. */
  async verify(): Promise<void> {
    if (!this.transport) return;
    await this.transport.verify();
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}

/** Errors that say the server could not be reached or asked to try later (SMTP 4xx). */
export function isTemporarySmtpFailure(error: unknown): boolean {
  const { code, responseCode } = (error ?? {}) as { code?: string; responseCode?: number };
  if (typeof responseCode === 'number') return responseCode >= 400 && responseCode < 500;
  return [
    'ECONNECTION',
    'ETIMEDOUT',
    'ESOCKET',
    'EDNS',
    'ECONNREFUSED',
    'ECONNRESET',
    'EGREETING',
  ].includes(code ?? '');
}
