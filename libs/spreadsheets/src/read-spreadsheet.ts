import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

import { restoreFormula } from './formula-cells';
import { type Cell } from './spreadsheet-columns';

export enum SpreadsheetFormat {
  CSV = 'csv',
  XLSX = 'xlsx',
}

/** A data row of a file: its line (row number in the sheet, 1 = the header) and cells by header. */
export interface SheetRow {
  line: number;
  cells: Record<string, Cell>;
}

export interface Sheet {
  headers: string[];
  rows: SheetRow[];
}

/** The format of a file by its name (`.csv`, `.xlsx`), else by its media type; null if neither. */
export function formatOf(filename: string, mimetype?: string): SpreadsheetFormat | null {
  const name = filename.toLowerCase();
  if (name.endsWith('.csv') || mimetype === 'text/csv') return SpreadsheetFormat.CSV;
  if (
    name.endsWith('.xlsx') ||
    mimetype === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  ) {
    return SpreadsheetFormat.XLSX;
  }
  return null;
}

/**
 * Reads a CSV (UTF-8, comma-separated, first line the header) or the first sheet of an XLSX. A
 * text cell our export protected from running as a formula (`'=…`) reads as the text it was.
 */
export async function readSpreadsheet(content: Buffer, format: SpreadsheetFormat): Promise<Sheet> {
  return format === SpreadsheetFormat.CSV ? readCsv(content) : readXlsx(content);
}

function readCsv(content: Buffer): Sheet {
  const records = parse(content, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const [header, ...data] = records;
  if (!header) return { headers: [], rows: [] };
  const headers = header.record;
  return {
    headers,
    rows: data.map(({ record, info }) => ({
      line: info.lines,
      cells: Object.fromEntries(
        headers.map((name, index) => [name, record[index] && restoreFormula(record[index])]),
      ),
    })),
  };
}

/** A cell's text: dates as YYYY-MM-DD, formulas by their result, rich text as its plain text. */
function textOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return textOf(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    return undefined;
  }
  return restoreFormula(String(value).trim());
}

async function readXlsx(content: Buffer): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const headers: string[] = [];
  sheet.getRow(1).eachCell((cell, column) => {
    headers[column - 1] = textOf(cell.value) ?? '';
  });
  const rows: SheetRow[] = [];
  sheet.eachRow((row, line) => {
    if (line === 1) return;
    const cells: Record<string, Cell> = {};
    headers.forEach((name, index) => {
      cells[name] = textOf(row.getCell(index + 1).value);
    });
    if (Object.values(cells).some((cell) => cell !== undefined && cell !== '')) {
      rows.push({ line, cells });
    }
  });
  return { headers: headers.map((name) => name ?? ''), rows };
}
