import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ClassConstructor } from 'class-transformer';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';

import {
  AutomaticMatching,
  BadInputError,
  ConflictError,
  DomainError,
  ForbiddenError,
  plainTextFault,
  validateInput,
  type Violation,
} from '@app/common';
import { CreateGapInput, GapsService } from '@app/gaps';
import { CreateOfferInput, OffersService } from '@app/offers';
import { ImportMinisterialRequirementInput, PledgesService } from '@app/pledges';
import { type RequestContext, type TransactionContext } from '@app/request-context';

import { type ImportResult } from './import-result.model';
import { type ImportRowError } from './import-row-error.model';
import { formatOf, readSpreadsheet, type SheetRow } from './read-spreadsheet';
import {
  type Column,
  columnOfField,
  GAP_COLUMNS,
  inputOfRow,
  OFFER_COLUMNS,
  REQUIREMENT_COLUMNS,
} from './spreadsheet-columns';

/** A file to import, read in full (its size is capped by IMPORT_MAX_BYTES). */
export interface ImportFile {
  filename: string;
  mimetype?: string;
  content: Buffer;
}

/**
 * Where rows go: the gap and offer registers, or the requirement lines of Ministerials. A row is
 * checked by `prepare` (FORBIDDEN first if the actor may not), with the mutation's rules.
 */
export interface ImportTarget<E extends { id: string }, I> {
  /** Its table (with `external_ref`): references already stored are skipped. */
  table: string;
  /** `gap`, `offer`, `requirement line`: for the log. */
  noun: string;
  prepare(ctx: TransactionContext, input: I): Promise<E>;
  /** Whether an imported record is matched (then the import schedules a match run). */
  isMatchable(record: E): boolean;
}

interface ImportKind<E extends { id: string }, I extends object> {
  register: ImportTarget<E, I>;
  input: ClassConstructor<I>;
  columns: readonly Column<E>[];
}

/** Thrown out of a dry run's transaction once every row is written, to roll it back. */
class DryRunRollback extends Error {
  constructor(readonly rows: number) {
    super('dry run: rolled back');
  }
}

/**
 * Imports gaps or offers from a CSV or XLSX file. Every row goes through the checks of
 * createGap / createOffer (class-validator on the input, then the service's own checks against
 * the database) inside one transaction; if any row is refused nothing is written and every
 * refused row is returned with its line, column and reason. A row the actor may not create (a
 * donor's row for another state: the service's FORBIDDEN, decided by the same policy as for
 * createOffer) makes the whole import FORBIDDEN, naming its lines. A row whose externalRef is
 * already the reference (or the id) of a stored row is skipped, so importing a file again adds
 * nothing.
 */
@Injectable()
export class ImportService {
  private readonly logger = new Logger(ImportService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly gaps: GapsService,
    private readonly offers: OffersService,
    private readonly pledges: PledgesService,
    private readonly matchScheduler: AutomaticMatching,
  ) {}

  /** Gaps (coordinators, or the CLI with a system context). */
  importGaps(ctx: RequestContext, file: ImportFile, dryRun = false): Promise<ImportResult> {
    return this.run(ctx, file, dryRun, {
      register: this.gaps,
      input: CreateGapInput,
      columns: GAP_COLUMNS,
    });
  }

  /** Offers (coordinators; a donor only its own state's rows, by the rule of createOffer). */
  importOffers(ctx: RequestContext, file: ImportFile, dryRun = false): Promise<ImportResult> {
    return this.run(ctx, file, dryRun, {
      register: this.offers,
      input: CreateOfferInput,
      columns: OFFER_COLUMNS,
    });
  }

  /**
   * A Ministerial's requirement list (coordinators, or the CLI): each row a line of
   * addMinisterialRequirement, its Ministerial by code. Nothing to match.
   */
  importRequirements(ctx: RequestContext, file: ImportFile, dryRun = false): Promise<ImportResult> {
    return this.run(ctx, file, dryRun, {
      register: {
        table: 'ministerial_requirements',
        noun: 'requirement line',
        prepare: (tx, input) => this.pledges.prepareRequirement(tx, input),
        isMatchable: () => false,
      },
      input: ImportMinisterialRequirementInput,
      columns: REQUIREMENT_COLUMNS,
    });
  }

  private async run<E extends { id: string }, I extends object>(
    ctx: RequestContext,
    file: ImportFile,
    dryRun: boolean,
    kind: ImportKind<E, I>,
  ): Promise<ImportResult> {
    const format = formatOf(file.filename, file.mimetype);
    if (!format) {
      throw new BadInputError('file', `file: ${file.filename} is neither a .csv nor an .xlsx file`);
    }
    let sheet;
    try {
      sheet = await readSpreadsheet(file.content, format);
    } catch (error) {
      throw new BadInputError(
        'file',
        `file: cannot be read as ${format}: ${(error as Error).message}`,
      );
    }
    const errors = [
      ...this.headerErrors(sheet.headers, kind.columns),
      ...this.cellTextErrors(sheet.rows),
    ];
    const result: ImportResult = {
      rows: sheet.rows.length,
      imported: 0,
      skipped: 0,
      skippedLines: [],
      errors,
      ids: [],
      dryRun,
      wouldImport: 0,
    };
    if (errors.length > 0) return result;

    const saved = await this.dataSource
      .transaction(async (manager) => {
        const known = await this.knownReferences(manager, kind.register.table, sheet.rows);
        const seen = new Map<string, number>();
        const refused = new Map<number, string>();
        const entities: E[] = [];
        const tx = ctx.withManager(manager);
        for (const row of sheet.rows) {
          const rowErrors: ImportRowError[] = [];
          const entity = await this.checkRow(tx, row, kind, known, seen, rowErrors, refused);
          if (entity === 'skipped') {
            result.skipped += 1;
            result.skippedLines.push(row.line);
          } else if (entity) entities.push(entity);
          errors.push(...rowErrors);
        }
        // A denial is reported as one, before any other error: FORBIDDEN, nothing written.
        if (refused.size > 0) {
          const lines = [...refused.keys()];
          throw new ForbiddenError(
            `file: line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}: ${[...new Set(refused.values())].join('; ')}`,
            'file',
          );
        }
        // Nothing is written before every row has passed.
        if (errors.length > 0) return [];
        const written = await manager.save(entities, { chunk: 500 });
        // A dry run writes like the import (so the database's own checks run too), then rolls
        // everything back, its audit entries included.
        if (dryRun) throw new DryRunRollback(written.length);
        return written;
      })
      .catch((error: unknown) => {
        if (error instanceof DryRunRollback) {
          result.wouldImport = error.rows;
          return [];
        }
        // Another import saved the same reference first.
        if (
          error instanceof QueryFailedError &&
          (error.driverError as { code?: string }).code === '23505'
        ) {
          throw new ConflictError(
            'An import of the same rows ran at the same time; import the file again to add what is missing',
            'file',
          );
        }
        throw error;
      });
    result.imported = saved.length;
    if (!dryRun) result.wouldImport = saved.length;
    result.ids = saved.map((entity) => entity.id);
    const matchable = saved.filter((record) => kind.register.isMatchable(record)).length;
    if (matchable > 0)
      await this.matchScheduler.schedule(`${matchable} ${kind.register.noun}s imported`);
    this.logger.log(
      `${file.filename}${dryRun ? ' (dry run)' : ''}: ${dryRun ? result.wouldImport : result.imported} ${kind.register.noun}s imported, ${result.skipped} skipped, ${errors.length} errors`,
    );
    return result;
  }

  /** Unknown or duplicate headers refuse the whole file (line 1). */
  private headerErrors<E>(headers: string[], columns: readonly Column<E>[]): ImportRowError[] {
    const names = new Set(columns.map((column) => column.name));
    const errors: ImportRowError[] = [];
    headers.forEach((header, index) => {
      if (!names.has(header)) {
        errors.push({
          line: 1,
          column: header,
          reason: `Unknown column "${header}"; the columns are ${[...names].join(', ')}`,
          code: 'BAD_USER_INPUT',
          rule: 'unknownColumn',
          args: { columns: [...names] },
        });
      } else if (headers.indexOf(header) !== index) {
        errors.push({
          line: 1,
          column: header,
          reason: 'Column given twice',
          code: 'BAD_USER_INPUT',
          rule: 'duplicateColumn',
        });
      }
    });
    if (headers.length === 0) {
      errors.push({
        line: 1,
        column: '',
        reason: 'The file has no header row',
        code: 'BAD_USER_INPUT',
        rule: 'noHeader',
      });
    }
    return errors;
  }

  /**
   * Cells that are not plain text (NUL, ESC… `plainTextFault`), found before any cell reaches the
   * database. Line breaks pass here; a single-line field refuses them when its row is validated.
   */
  private cellTextErrors(rows: SheetRow[]): ImportRowError[] {
    return rows.flatMap((row) =>
      Object.entries(row.cells).flatMap(([column, cell]) => {
        const fault = typeof cell === 'string' ? plainTextFault(cell, true) : null;
        return fault
          ? [
              {
                line: row.line,
                column,
                reason: `${column} ${fault}`,
                code: 'BAD_USER_INPUT',
                rule: 'plainText',
              },
            ]
          : [];
      }),
    );
  }

  /** References of the file already stored: as a row's externalRef, or as its id. */
  private async knownReferences(
    manager: EntityManager,
    table: string,
    rows: SheetRow[],
  ): Promise<Set<string>> {
    const references = [
      ...new Set(rows.map((row) => row.cells.externalRef).filter((ref): ref is string => !!ref)),
    ];
    if (references.length === 0) return new Set();
    const found = await manager.query<{ ref: string }[]>(
      `SELECT external_ref AS ref FROM ${table} WHERE external_ref = ANY($1)
       UNION SELECT id::text FROM ${table} WHERE id::text = ANY($1)`,
      [references],
    );
    return new Set(found.map((row) => row.ref));
  }

  private async checkRow<E extends { id: string }, I extends object>(
    tx: TransactionContext,
    row: SheetRow,
    kind: ImportKind<E, I>,
    known: Set<string>,
    seen: Map<string, number>,
    errors: ImportRowError[],
    refused: Map<number, string>,
  ): Promise<E | 'skipped' | null> {
    const reference = row.cells.externalRef;
    if (reference) {
      const first = seen.get(reference);
      if (first !== undefined) {
        errors.push({
          line: row.line,
          column: 'externalRef',
          reason: `externalRef ${reference} is also on line ${first}`,
          code: 'BAD_USER_INPUT',
          rule: 'duplicateReference',
          args: { line: first },
        });
        return null;
      }
      seen.set(reference, row.line);
      if (known.has(reference)) return 'skipped';
    }
    const { input: fields, unreadable } = inputOfRow(kind.columns, row.cells);
    if (unreadable.length > 0) {
      for (const { column, reason, rule } of unreadable) {
        errors.push({ line: row.line, column, reason, code: 'BAD_USER_INPUT', rule });
      }
      return null;
    }
    let input: I;
    try {
      input = await validateInput(kind.input, fields);
    } catch (error) {
      if (!(error instanceof BadInputError)) throw error;
      const violations = (error.details?.violations ?? []) as Violation[];
      // One error per cell: a cell failing several constraints gets its reasons joined (and
      // the first rule, for a client to say it in its language).
      const byColumn = new Map<string, Violation[]>();
      for (const violation of violations) {
        const column = columnOfField(kind.columns, violation.field);
        byColumn.set(column, [...(byColumn.get(column) ?? []), violation]);
      }
      for (const [column, broken] of byColumn) {
        // An empty cell breaks every constraint of its column; saying it is missing is enough.
        const empty = row.cells[column] === undefined || row.cells[column] === '';
        errors.push(
          empty
            ? {
                line: row.line,
                column,
                reason: `${column} is required`,
                code: error.code,
                rule: 'required',
              }
            : {
                line: row.line,
                column,
                reason: broken.map((violation) => violation.message).join('; '),
                code: error.code,
                rule: broken[0].constraint ?? null,
                args: broken[0].args ?? null,
              },
        );
      }
      return null;
    }
    try {
      return await kind.register.prepare(tx, input);
    } catch (error) {
      if (error instanceof ForbiddenError) {
        refused.set(row.line, error.message);
        return null;
      }
      if (!(error instanceof DomainError)) throw error;
      const column = columnOfField(kind.columns, error.field);
      errors.push({
        line: row.line,
        column,
        reason: error.message.replace(/^input\./, ''),
        code: error.code,
      });
      return null;
    }
  }
}
