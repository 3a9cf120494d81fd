import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

import { type TestApi } from './test-api';
import { type TestIdentity } from './test-users';

export interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
  /** The JSON body of an error response. */
  json<T = Record<string, unknown>>(): T;
}

/** The API's base URL (without /graphql). */
export function baseUrl(api: TestApi): string {
  return api.url.replace(/\/graphql$/, '');
}

/**
 * GET /export/<path> as a test user (a bearer token), with another Authorization header, or
 * anonymously (null).
 */
export async function download(
  api: TestApi,
  path: string,
  as: TestIdentity | { authorization: string } | null = 'coordinator',
): Promise<Download> {
  const headers: Record<string, string> = {};
  if (typeof as === 'string') headers.authorization = `Bearer ${api.tokens[as]}`;
  else if (as) headers.authorization = as.authorization;
  const response = await fetch(`${baseUrl(api)}/export/${path}`, { headers });
  const body = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    headers: response.headers,
    body,
    json: <T>() => JSON.parse(body.toString('utf8')) as T,
  };
}

export type Table = { headers: string[]; rows: Record<string, string>[] };

/** A CSV export as its header and rows of text cells (the UTF-8 BOM skipped). */
export function parseCsv(content: Buffer): Table {
  const records = parse(content, { bom: true }) as string[][];
  const [headers = [], ...data] = records;
  return {
    headers,
    rows: data.map((record) => Object.fromEntries(headers.map((h, i) => [h, record[i]]))),
  };
}

/** The first sheet of an XLSX export as text cells, as parseCsv gives them ('' when empty). */
export async function parseXlsx(content: Buffer): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  const text = (value: ExcelJS.CellValue): string =>
    value === null || value === undefined ? '' : String(value);
  const headers: string[] = [];
  sheet.getRow(1).eachCell((cell, column) => {
    headers[column - 1] = text(cell.value);
  });
  const rows: Record<string, string>[] = [];
  sheet.eachRow((row, line) => {
    if (line === 1) return;
    rows.push(Object.fromEntries(headers.map((h, i) => [h, text(row.getCell(i + 1).value)])));
  });
  return { headers, rows };
}

/** The export's table, parsed by the format its Content-Type says. */
export async function tableOf(response: Download): Promise<Table> {
  return /spreadsheetml/.test(response.headers.get('content-type') ?? '')
    ? parseXlsx(response.body)
    : parseCsv(response.body);
}
