import { type Writable } from 'node:stream';

import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';

import { neutraliseFormula } from './formula-cells';
import { SpreadsheetFormat } from './read-spreadsheet';

export type OutputCell = string | number | boolean | null | undefined;

/**
 * Writes rows to a stream as they come: a CSV, or an XLSX of one sheet (exceljs' streaming writer).
 * Text cells that a spreadsheet would run as a formula get a leading `'` (formula-cells.ts).
 */
export interface SpreadsheetWriter {
  /**
   * Writes one row; resolves once the output can take more (back-pressure), rejects with
   * OutputClosedError if the output was closed first (a client that went away).
   */
  write(row: OutputCell[]): Promise<void>;
  end(): Promise<void>;
  /** Stops writing (the output is left to whoever owns it). */
  abort(): void;
}

export interface SpreadsheetWriterOptions {
  /** CSV: start with a UTF-8 byte order mark, so Excel reads accents right (imports skip it). */
  bom?: boolean;
}

/** The output closed (or failed) before the file was written in full. */
export class OutputClosedError extends Error {
  constructor() {
    super('The output was closed before the file was written');
    this.name = 'OutputClosedError';
  }
}

/** Resolves on `event` of `source`, rejects if `output` closes or fails first. */
export function untilOrClosed(
  source: NodeJS.EventEmitter,
  event: string,
  output: Writable,
): Promise<void> {
  if (output.destroyed || output.closed) return Promise.reject(new OutputClosedError());
  return new Promise((resolve, reject) => {
    const done = () => {
      source.off(event, done);
      output.off('close', closed);
      output.off('error', closed);
      resolve();
    };
    const closed = () => {
      source.off(event, done);
      output.off('close', closed);
      output.off('error', closed);
      reject(new OutputClosedError());
    };
    source.on(event, done);
    output.on('close', closed);
    output.on('error', closed);
  });
}

/** A cell as written: text that could start a formula neutralised (see formula-cells.ts). */
function safe(cell: OutputCell): string | number | boolean | null {
  if (cell === undefined) return null;
  return typeof cell === 'string' ? neutraliseFormula(cell) : cell;
}

export function spreadsheetWriter(
  format: SpreadsheetFormat,
  output: Writable,
  headers: string[],
  sheetName = 'Sheet1',
  options: SpreadsheetWriterOptions = {},
): SpreadsheetWriter {
  if (format === SpreadsheetFormat.CSV) {
    const csv = stringify({
      header: true,
      columns: headers,
      bom: options.bom ?? false,
      cast: { boolean: String },
    });
    csv.pipe(output);
    return {
      async write(row) {
        if (output.destroyed) throw new OutputClosedError();
        // Back-pressure: wait while the client reads more slowly than the database pages come.
        if (!csv.write(row.map((cell) => safe(cell) ?? '')))
          await untilOrClosed(csv, 'drain', output);
      },
      end: () =>
        new Promise((resolve, reject) => {
          output.once('finish', resolve);
          output.once('error', reject);
          output.once('close', () => reject(new OutputClosedError()));
          csv.end();
        }),
      abort() {
        csv.unpipe(output);
        csv.destroy();
      },
    };
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(headers).commit();
  /**
   * exceljs writes a committed row's XML into the sheet's buffer and hands every full 64 KB of it
   * to the zip (archiver) without waiting: when rows come faster than the zip deflates them, or
   * than the client reads the zip, the XML piles up in memory (measured: about 1 MB per 1,000
   * rows of gaps). So `write` waits while the zip's input (the stream the sheet's buffer pipes
   * into; exceljs internals, looked up defensively) or the output is above its high-water mark.
   */
  type ZipInput = NodeJS.EventEmitter & { _writableState?: { needDrain?: boolean } };
  const zipInput = (): ZipInput | undefined =>
    (sheet as unknown as { stream?: { pipes?: ZipInput[] } }).stream?.pipes?.[0];
  return {
    async write(row) {
      if (output.destroyed) throw new OutputClosedError();
      sheet.addRow(row.map(safe)).commit();
      const input = zipInput();
      // archiver's PassThrough (readable-stream): needDrain is set once it holds its high-water mark.
      if (input?._writableState?.needDrain) await untilOrClosed(input, 'drain', output);
      if (output.writableNeedDrain) await untilOrClosed(output, 'drain', output);
    },
    async end() {
      sheet.commit();
      await workbook.commit();
    },
    abort() {
      // Nothing to release: the zip stream stops with the output it pipes into.
    },
  };
}
