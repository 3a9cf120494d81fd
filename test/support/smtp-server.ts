import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

import { freePort } from './processes';

/** An e-mail the test server accepted (answered 250 on a connection still open). */
export interface ReceivedEmail {
  messageId: string;
  to: string[];
  subject: string;
  /** The text part, decoded. */
  text: string;
  raw: string;
  /** When the server answered 250 (ms since the epoch). */
  acceptedAt: number;
}

/** Decodes RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=) of a header. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`);
  try {
    return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
  } catch {
    return text;
  }
}

function headerOf(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const match = new RegExp(`^${name}:\\s*(.*)$`, 'mi').exec(head);
  return match ? decodeHeader(match[1].trim()) : '';
}

/** The text/plain part of a nodemailer message, decoded. */
function textOf(raw: string): string {
  const part = /Content-Type: text\/plain[^]*?\r?\n\r?\n([^]*?)(\r?\n--|$)/i.exec(raw);
  if (!part) return '';
  const header = raw.slice(0, part.index + part[0].indexOf(part[1]));
  if (/Content-Transfer-Encoding: base64/i.test(header.slice(-300)))
    return Buffer.from(part[1].replace(/\s+/g, ''), 'base64').toString('utf8');
  return decodeQuotedPrintable(part[1]);
}

/**
 * A real SMTP server (the `smtp-server` package) on a free port, as a test's mail relay: keeps
 * what it accepted, can be taken down and brought back on the same port, and can hold a message
 * before answering its DATA (the moment a killed sender leaves it unanswered).
 */
export class TestSmtpServer {
  readonly received: ReceivedEmail[] = [];
  /** Messages whose DATA arrived, waiting for `release` while holding. */
  readonly held: { raw: string; session: string; release: () => void }[] = [];
  private holding = false;
  private server?: SMTPServer;
  private readonly closedSessions = new Set<string>();

  private constructor(readonly port: number) {}

  static async start(): Promise<TestSmtpServer> {
    const smtp = new TestSmtpServer(await freePort());
    await smtp.up();
    return smtp;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Holds each next message unanswered until `releaseHeld` (or not, after `hold(false)`). */
  hold(on: boolean): void {
    this.holding = on;
  }

  /** Answers the held messages: accepted if their connection is still open, else lost. */
  releaseHeld(): void {
    for (const message of this.held.splice(0)) message.release();
  }

  async up(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onClose: (session: SMTPServerSession) => this.closedSessions.add(session.id),
      onData: (stream: SMTPServerDataStream, session: SMTPServerSession, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const accept = () => {
            // A sender gone before the answer never learnt it was accepted: not delivered.
            if (this.closedSessions.has(session.id)) return callback(new Error('connection lost'));
            this.received.push({
              messageId: headerOf(raw, 'Message-ID'),
              to: session.envelope.rcptTo.map((address) => address.address),
              subject: headerOf(raw, 'Subject'),
              text: textOf(raw),
              raw,
              acceptedAt: Date.now(),
            });
            callback();
          };
          if (this.holding) this.held.push({ raw, session: session.id, release: accept });
          else accept();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  /** Stops listening: senders get ECONNREFUSED until `up`. */
  async down(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Whether the server saw the connection of session `id` close. */
  closed(id: string): boolean {
    return this.closedSessions.has(id);
  }

  /** Messages accepted per Message-ID (a duplicate shows as 2). */
  countsByMessageId(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const email of this.received)
      counts.set(email.messageId, (counts.get(email.messageId) ?? 0) + 1);
    return counts;
  }

  to(address: string): ReceivedEmail[] {
    return this.received.filter((email) => email.to.includes(address));
  }
}
