import { PassThrough } from 'node:stream';

import { createCB } from 'xmlbuilder2';

import { Injectable, Logger } from '@nestjs/common';
import { type FastifyReply, type FastifyRequest } from 'fastify';

import { type Actor } from '@app/request-context';
import { AuthService } from '@app/auth';
import { AppConfig } from '@app/config';
import { DomainError, ErrorCode, ForbiddenError, UnauthenticatedError } from '@app/common';

import { SpreadsheetFormat } from '../read-spreadsheet';
import { OutputClosedError, spreadsheetWriter, untilOrClosed } from '../write-spreadsheet';
import { ExportCatalogue } from './export-catalogue';
import { type ExportKind } from './export-kind';
import { type QueryValues } from './export-params';
import { type XmlExportKind } from './xml-export-kind';

export const CONTENT_TYPES: Record<SpreadsheetFormat, string> = {
  [SpreadsheetFormat.CSV]: 'text/csv; charset=utf-8',
  [SpreadsheetFormat.XLSX]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Too many exports at once in this process: each holds a database connection while it streams. */
export class ExportsBusyError extends Error {
  constructor(readonly limit: number) {
    super(`${limit} exports are running; try again in a few seconds`);
    this.name = 'ExportsBusyError';
  }
}

/** `gaps.csv` → the `gaps` export as CSV; null for anything else. */
function parseFile(path: string): { name: string; format: SpreadsheetFormat } | null {
  const match = /^(.+)\.(csv|xlsx)$/i.exec(path);
  if (!match) return null;
  return { name: match[1], format: match[2].toLowerCase() as SpreadsheetFormat };
}

/**
 * Answers GET /export/…: checks the bearer token and the role, reads the parameters, then streams
 * the rows to the reply as they come from PostgreSQL, through the CSV or XLSX writer, which waits
 * whenever the client reads more slowly (back-pressure). Everything that can be refused is
 * refused before the first byte (401, 403, 404, 400 as JSON); a failure later cuts the
 * response short (the client sees an incomplete download, never a file that looks whole).
 */
@Injectable()
export class ExportService {
  private readonly logger = new Logger(ExportService.name);
  private inFlight = 0;
  /** Half the pool: the API's other requests keep the rest. */
  readonly maxConcurrent: number;

  constructor(
    private readonly catalogue: ExportCatalogue,
    private readonly auth: AuthService,
    config: AppConfig,
  ) {
    this.maxConcurrent = Math.max(1, Math.floor(config.databasePoolSize / 2));
  }

  /** Exports streaming now. */
  get running(): number {
    return this.inFlight;
  }

  async authenticate(authorization: string | undefined): Promise<Actor> {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) throw new UnauthenticatedError();
    return this.auth.actorFor(token);
  }

  async send(path: string, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const actor = await this.authenticate(request.headers.authorization);
    const xml = /^(.+)\.xml$/i.exec(path);
    const xmlKind = xml && this.catalogue.findXml(xml[1]);
    if (xmlKind) return this.sendXml(xmlKind, actor, request, reply);
    const file = parseFile(path);
    const kind = file && this.catalogue.find(file.name);
    if (!file || !kind) {
      const known = this.catalogue.kinds.map((each) => `/export/${each.path}.csv`);
      const xmlKnown = this.catalogue.xml.map((each) => `/export/${each.path}.xml`);
      throw new DomainError(
        ErrorCode.NOT_FOUND,
        `No export at /export/${path}; the exports are ${known.join(', ')} (or .xlsx), ${xmlKnown.join(', ')}`,
      );
    }
    return this.admitted(kind, actor, request, (params) =>
      this.stream(kind, params, actor, file.format, reply),
    );
  }

  /** An XML export: the same checks, limits and headers as a spreadsheet. */
  private sendXml(
    kind: XmlExportKind<unknown, unknown>,
    actor: Actor,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<void> {
    return this.admitted(kind, actor, request, (params) =>
      this.streamXml(kind, params, actor, reply),
    );
  }

  /**
   * What every export passes before its first byte: the actor's role, then its parameters, then a
   * free place among the `maxConcurrent` exports, held while `stream` writes it.
   */
  private async admitted<P>(
    kind: Pick<ExportKind<P>, 'path' | 'rule' | 'params'>,
    actor: Actor,
    request: FastifyRequest,
    stream: (params: P) => Promise<void>,
  ): Promise<void> {
    if (!kind.rule.roles.includes(actor.role)) {
      throw new ForbiddenError(`A ${actor.role} user may not export ${kind.path}`);
    }
    const params = await kind.params((request.query ?? {}) as QueryValues);
    if (this.inFlight >= this.maxConcurrent) throw new ExportsBusyError(this.maxConcurrent);
    this.inFlight += 1;
    try {
      await stream(params);
    } finally {
      this.inFlight -= 1;
    }
  }

  /**
   * Streams an XML export as the spreadsheets are: the first record read before any header, then
   * each record written by the XML writer into the reply, waiting whenever the client reads more
   * slowly; a failure after the headers cuts the response short.
   */
  private async streamXml(
    kind: XmlExportKind<unknown, unknown>,
    params: unknown,
    actor: Actor,
    reply: FastifyReply,
  ): Promise<void> {
    const records = kind.records(actor, params)[Symbol.asyncIterator]();
    try {
      let next = await records.next();
      const output = new PassThrough();
      void reply
        .code(200)
        .header('content-type', 'application/xml; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="${kind.title(params)}-${new Date().toISOString().slice(0, 10)}.xml"`,
        )
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .send(output);
      const xml = createCB({ data: (chunk: string) => output.write(chunk), prettyPrint: true });
      let count = 0;
      try {
        const root = kind.root(params);
        xml.dec({ version: '1.0', encoding: 'UTF-8' }).ele(root.name).att(root.attributes);
        while (!next.done) {
          if (output.destroyed) throw new OutputClosedError();
          kind.write(xml, next.value);
          count += 1;
          if (output.writableNeedDrain) await untilOrClosed(output, 'drain', output);
          next = await records.next();
        }
        xml.up().end();
        output.end();
        this.logger.log(`${kind.path}.xml: ${count} records for ${actor.email}`);
      } catch (error) {
        if (error instanceof OutputClosedError) {
          this.logger.log(`${kind.path}.xml: client left after ${count} records`);
          return;
        }
        this.logger.error(
          `${kind.path}.xml failed after ${count} records: ${(error as Error).message}`,
          (error as Error).stack,
        );
        output.destroy(error as Error);
      }
    } finally {
      await records.return?.(undefined);
    }
  }

  private async stream(
    kind: ExportKind<unknown>,
    params: unknown,
    actor: Actor,
    format: SpreadsheetFormat,
    reply: FastifyReply,
  ): Promise<void> {
    const rows = kind.rows(actor, params)[Symbol.asyncIterator]();
    try {
      // The first row before any header: a query that fails is still an error response.
      let next = await rows.next();
      const title = kind.title(params);
      const output = new PassThrough();
      // Fastify pipes the stream into the response, and destroys it if the client goes away.
      void reply
        .code(200)
        .header('content-type', CONTENT_TYPES[format])
        .header(
          'content-disposition',
          `attachment; filename="${title}-${new Date().toISOString().slice(0, 10)}.${format}"`,
        )
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .send(output);
      const writer = spreadsheetWriter(format, output, kind.headers(params), title.slice(0, 31), {
        bom: true,
      });
      let count = 0;
      try {
        while (!next.done) {
          await writer.write(next.value);
          count += 1;
          next = await rows.next();
        }
        await writer.end();
        this.logger.log(`${kind.path}.${format}: ${count} rows for ${actor.email}`);
      } catch (error) {
        writer.abort();
        if (error instanceof OutputClosedError) {
          this.logger.log(`${kind.path}.${format}: client left after ${count} rows`);
          return;
        }
        this.logger.error(
          `${kind.path}.${format} failed after ${count} rows: ${(error as Error).message}`,
          (error as Error).stack,
        );
        // Headers are out: cut the response so the client cannot take it for the whole file.
        output.destroy(error as Error);
      }
    } finally {
      // Closes the cursor and hands the connection back, however the export ended.
      await rows.return?.(undefined);
    }
  }
}
