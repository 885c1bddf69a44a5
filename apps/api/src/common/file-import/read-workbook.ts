import { Readable } from 'node:stream';
import { Logger } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { AppError } from '../app-error.js';
import { fileRefused } from './file-refused.js';
import type { SheetLine } from './sheet-rows.js';
import { unzippedSize } from './zip-size.js';

const logger = new Logger('FileImport');

/** Far more than an import workbook unpacks to (a few MB for 10,000 rows). */
export const MAX_UNZIPPED_MB = 30;

export interface Sheet {
  name: string;
  lines: SheetLine[];
}

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

const hasContent = (cells: unknown[]) =>
  cells.some((cell) => cell !== null && cell !== undefined && !(typeof cell === 'string' && !cell.trim()));

class TooManyRows extends Error {
  constructor(readonly sheet: string) {
    super(`too many rows in ${sheet}`);
  }
}

/**
 * Reads every worksheet row by row (exceljs's streaming reader: the XML is parsed chunk by chunk, so other
 * requests run in between) and stops at the first sheet with more than `maxRows` rows of content
 * (`tooMany(sheet)` is the refusal, saying why that is too many). The unpacked size is counted first, so the reader never
 * sees more than MAX_UNZIPPED_MB.
 */
export async function readSheets(
  bytes: Buffer,
  maxRows: number,
  tooMany: (sheet: string) => AppError,
): Promise<Sheet[]> {
  const size = await unzippedSize(bytes, MAX_UNZIPPED_MB * 1024 * 1024);
  if (!size.ok && size.reason === 'TOO_LARGE')
    throw fileRefused(
      'WORKBOOK_TOO_LARGE',
      `The Excel workbook unpacks to more than ${MAX_UNZIPPED_MB} MB: save only the sheet needed`,
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
        if (sheet.lines.length === maxRows) throw new TooManyRows(name);
        sheet.lines.push({ row: row.number, cells });
      }
    }
  } catch (error) {
    if (error instanceof TooManyRows) throw tooMany(error.sheet);
    // the person is told to save the file again; what the reader met is for whoever supports them
    logger.warn(`An Excel file could not be read: ${(error as Error).message}`);
    throw notAWorkbook();
  }
  // Any other zip (a .docx, a folder someone zipped) reads as a workbook without sheets.
  if (!sheets.length) throw notAWorkbook();
  return sheets;
}
