import { type Writable } from 'node:stream';

import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';

import { SpreadsheetFormat } from './read-spreadsheet';

export type OutputCell = string | number | boolean | null | undefined;

/** Writes rows to a stream as they come: a CSV, or an XLSX of one sheet (exceljs' streaming writer). */
export interface SpreadsheetWriter {
  write(row: OutputCell[]): Promise<void>;
  end(): Promise<void>;
}

export function spreadsheetWriter(
  format: SpreadsheetFormat,
  output: Writable,
  headers: string[],
  sheetName = 'Sheet1',
): SpreadsheetWriter {
  if (format === SpreadsheetFormat.CSV) {
    const csv = stringify({ header: true, columns: headers, cast: { boolean: String } });
    csv.pipe(output);
    return {
      async write(row) {
        // Back-pressure: wait while the client reads more slowly than the database pages come.
        if (!csv.write(row.map((cell) => cell ?? ''))) {
          await new Promise((resolve) => csv.once('drain', resolve));
        }
      },
      end: () =>
        new Promise((resolve, reject) => {
          output.once('finish', resolve);
          output.once('error', reject);
          csv.end();
        }),
    };
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(headers).commit();
  return {
    async write(row) {
      sheet.addRow(row.map((cell) => cell ?? null)).commit();
    },
    async end() {
      sheet.commit();
      await workbook.commit();
    },
  };
}
