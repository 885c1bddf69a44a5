import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { PDFParse } from 'pdf-parse';
import type { TestApp } from './test-app.js';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;

/** The export URL of a round's compilation (apps/api/src/exports). */
export const exportUrl = (roundId: string, format: string, lang?: string) =>
  `/api/rounds/${roundId}/compilation/export?format=${format}${lang ? `&lang=${lang}` : ''}`;

export interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** A GET through real HTTP, as the web's download does (bearer token, no cookies). */
export async function download(t: TestApp, path: string, token?: string): Promise<Download> {
  const response = await fetch(`${t.url}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return {
    status: response.status,
    headers: response.headers,
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/** The CSV's records (BOM stripped) with the separator it was written with. */
export function csvRecords(body: Buffer, delimiter: string): string[][] {
  return parse(body, { bom: true, delimiter, relax_column_count: false }) as string[][];
}

/** Every sheet of a workbook as rows of cell values (index 0 = column A). */
export async function workbookOf(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

export function sheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1);
  });
  return rows;
}

/** The text a PDF shows, page by page joined (pdf-parse, i.e. PDF.js's text extraction). */
export async function pdfText(body: Buffer): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: new Uint8Array(body) });
  try {
    const result = await parser.getText();
    return { text: result.text, pages: result.total };
  } finally {
    await parser.destroy();
  }
}

/** Every value a file carries as text, whatever its format: for "this never appears" checks. */
export async function textOf(format: string, body: Buffer): Promise<string> {
  if (format === 'csv') return body.toString('utf8');
  if (format === 'pdf') return (await pdfText(body)).text;
  const workbook = await workbookOf(body);
  const parts: string[] = [];
  workbook.eachSheet((sheet) => {
    for (const row of sheetRows(sheet)) for (const value of row ?? []) parts.push(String(value ?? ''));
  });
  return parts.join('\n');
}
