import ExcelJS from 'exceljs';
import { badInput } from '../../common/app-error.js';
import { metadataFieldFor, normalizeHeader } from './import-columns.js';
import type { ParsedFile } from './problems.js';
import { rowsFromSheet, type SheetLine } from './sheet-rows.js';
import { declaredUnzippedSize } from './zip-size.js';

/** Far more than a workbook of 2,000 indicators unpacks to (a few MB). */
const MAX_UNZIPPED_MB = 200;

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

function sheetLines(sheet: ExcelJS.Worksheet): SheetLine[] {
  const lines: SheetLine[] = [];
  sheet.eachRow((row, rowNumber) => {
    const cells: unknown[] = [];
    row.eachCell((cell, column) => (cells[column - 1] = cellValue(cell.value)));
    lines.push({ row: rowNumber, cells });
  });
  return lines;
}

const NOT_A_WORKBOOK = 'The file could not be read as an Excel workbook (.xlsx): save it again from Excel';

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  if ((declaredUnzippedSize(bytes) ?? 0) > MAX_UNZIPPED_MB * 1024 * 1024)
    throw badInput(
      `The Excel workbook unpacks to more than ${MAX_UNZIPPED_MB} MB: save only the indicator sheet`,
    );
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw badInput(NOT_A_WORKBOOK);
  }
  // Any other zip (a .docx, a folder someone zipped) loads as a workbook without sheets.
  if (!workbook.worksheets.length) throw badInput(NOT_A_WORKBOOK);
  return workbook;
}

/**
 * The sheet named "Indicators"/"Indikatorer" (else the first other than the metadata sheet) with
 * the same header row as CSV; optionally a sheet "Set"/"Metadata" of key | value rows.
 */
export async function parseXlsx(bytes: Buffer): Promise<ParsedFile> {
  const workbook = await load(bytes);
  const named = (names: string[]) =>
    workbook.worksheets.find((sheet) => names.includes(normalizeHeader(sheet.name)));
  const metadataSheet = named(METADATA_SHEETS);
  const sheet = named(INDICATOR_SHEETS) ?? workbook.worksheets.find((s) => s !== metadataSheet);
  if (!sheet) throw badInput('The Excel workbook has no worksheet of indicators');

  const metadata: ParsedFile['metadata'] = {};
  for (const { cells } of metadataSheet ? sheetLines(metadataSheet) : []) {
    const field = typeof cells[0] === 'string' ? metadataFieldFor(cells[0]) : undefined;
    if (field) metadata[field] = cells[1] ?? null;
  }
  return { metadata, rows: rowsFromSheet(sheetLines(sheet), `the worksheet "${sheet.name}"`), problems: [] };
}
