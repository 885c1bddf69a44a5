import { Readable } from 'node:stream';
import { MAX_INDICATORS_PER_SET } from '@samrad/domain';
import ExcelJS from 'exceljs';
import { fileRefused } from './file-refused.js';
import { metadataFieldFor, normalizeHeader } from './import-columns.js';
import type { ParsedFile } from './problems.js';
import { rowsFromSheet, type SheetLine } from './sheet-rows.js';
import { unzippedSize } from './zip-size.js';

/** Far more than a workbook of 2,000 indicators unpacks to (a few MB). */
export const MAX_UNZIPPED_MB = 30;

const INDICATOR_SHEETS = ['indicators', 'indikatorer', 'indikatorar'];
const METADATA_SHEETS = ['set', 'metadata', 'uppsättning', 'sæt'];

/** What a person sees in the cell: rich text as its text, a formula as its result, a link as its text. */
export function cellValue(value: ExcelJS.CellValue | { richText: ExcelJS.RichText[] }): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value !== 'object') return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellValue(value.result ?? null);
  if ('hyperlink' in value) return cellValue(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return null;
}

const notAWorkbook = () =>
  fileRefused(
    'NOT_A_WORKBOOK',
    'The file could not be read as an Excel workbook (.xlsx): save it again from Excel',
  );

/** A header row, the most indicators a set may have, and room for a few notes below them. */
export const MAX_SHEET_ROWS = MAX_INDICATORS_PER_SET + 50;

interface Sheet {
  name: string;
  lines: SheetLine[];
}

const hasContent = (cells: unknown[]) =>
  cells.some((cell) => cell !== null && cell !== undefined && !(typeof cell === 'string' && !cell.trim()));

/**
 * Reads every worksheet row by row (exceljs's streaming reader: the XML is parsed chunk by chunk, so other
 * requests run in between) and stops at the first sheet with more than MAX_SHEET_ROWS rows of content.
 * The unpacked size was counted before, so the reader never sees more than MAX_UNZIPPED_MB.
 */
async function readSheets(bytes: Buffer): Promise<Sheet[]> {
  const size = await unzippedSize(bytes, MAX_UNZIPPED_MB * 1024 * 1024);
  if (!size.ok && size.reason === 'TOO_LARGE')
    throw fileRefused(
      'WORKBOOK_TOO_LARGE',
      `The Excel workbook unpacks to more than ${MAX_UNZIPPED_MB} MB: save only the indicator sheet`,
      { maxMb: MAX_UNZIPPED_MB },
    );
  if (!size.ok) throw notAWorkbook();

  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // dates are numbers with a date format
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const sheets: Sheet[] = [];
  try {
    for await (const worksheet of reader) {
      const name = (worksheet as unknown as { name?: string }).name ?? `Sheet ${sheets.length + 1}`;
      const sheet: Sheet = { name, lines: [] };
      sheets.push(sheet);
      for await (const row of worksheet) {
        const cells: unknown[] = [];
        row.eachCell((cell, column) => (cells[column - 1] = cellValue(cell.value)));
        if (!hasContent(cells)) continue;
        if (sheet.lines.length === MAX_SHEET_ROWS) throw new TooManyRows(name);
        sheet.lines.push({ row: row.number, cells });
      }
    }
  } catch (error) {
    if (error instanceof TooManyRows)
      throw fileRefused(
        'TOO_MANY_ROWS',
        `The worksheet "${error.sheet}" has more than ${MAX_SHEET_ROWS} rows: a set may have at most ` +
          `${MAX_INDICATORS_PER_SET} indicators`,
        { sheet: error.sheet, maxRows: MAX_SHEET_ROWS, maxIndicators: MAX_INDICATORS_PER_SET },
      );
    throw notAWorkbook();
  }
  // Any other zip (a .docx, a folder someone zipped) reads as a workbook without sheets.
  if (!sheets.length) throw notAWorkbook();
  return sheets;
}

class TooManyRows extends Error {
  constructor(readonly sheet: string) {
    super(`too many rows in ${sheet}`);
  }
}

/**
 * The sheet named "Indicators"/"Indikatorer" (else the first other than the metadata sheet) with
 * the same header row as CSV; optionally a sheet "Set"/"Metadata" of key | value rows.
 */
export async function parseXlsx(bytes: Buffer): Promise<ParsedFile> {
  const sheets = await readSheets(bytes);
  const named = (names: string[]) => sheets.find((sheet) => names.includes(normalizeHeader(sheet.name)));
  const metadataSheet = named(METADATA_SHEETS);
  const sheet = named(INDICATOR_SHEETS) ?? sheets.find((s) => s !== metadataSheet);
  if (!sheet) throw fileRefused('NO_INDICATOR_SHEET', 'The Excel workbook has no worksheet of indicators');

  const metadata: ParsedFile['metadata'] = {};
  for (const { cells } of metadataSheet?.lines ?? []) {
    const field = typeof cells[0] === 'string' ? metadataFieldFor(cells[0]) : undefined;
    if (field) metadata[field] = cells[1] ?? null;
  }
  return { metadata, rows: rowsFromSheet(sheet.lines, `the worksheet "${sheet.name}"`), problems: [] };
}
