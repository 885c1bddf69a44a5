import { Logger } from '@nestjs/common';
import type { AppError } from '../app-error.js';
import { fileRefused } from './file-refused.js';
import type { SheetLine } from './sheet-rows.js';
import { unzip } from './unzip.js';
import { readSheet, TooManyRows } from './xlsx/read-sheet.js';
import { NotAWorkbook, workbookParts } from './xlsx/workbook-parts.js';

const logger = new Logger('FileImport');

/** Far more than an import workbook unpacks to (a few MB for 10,000 rows). */
export const MAX_UNZIPPED_MB = 30;

export interface Sheet {
  name: string;
  lines: SheetLine[];
}

const notAWorkbook = () =>
  fileRefused(
    'NOT_A_WORKBOOK',
    'The file could not be read as an Excel workbook (.xlsx): save it again from Excel',
  );

/**
 * Reads every worksheet's rows with content and stops at the first sheet with more than `maxRows` of them
 * (`tooMany(sheet)` is the refusal, saying why that is too many). The zip is unpacked counting bytes up to
 * MAX_UNZIPPED_MB, the XML parsed in slices between turns of the event loop.
 *
 * Our own reader rather than exceljs's streaming one: that one lost about one workbook in 3,000 (a race in its
 * unzip stream: the request hung or failed), and reading from memory needs no stream at all.
 */
export async function readSheets(
  bytes: Buffer,
  maxRows: number,
  tooMany: (sheet: string) => AppError,
): Promise<Sheet[]> {
  const zip = await unzip(bytes, MAX_UNZIPPED_MB * 1024 * 1024);
  if (!zip.ok && zip.reason === 'TOO_LARGE')
    throw fileRefused(
      'WORKBOOK_TOO_LARGE',
      `The Excel workbook unpacks to more than ${MAX_UNZIPPED_MB} MB: save only the sheet needed`,
      { maxMb: MAX_UNZIPPED_MB },
    );
  if (!zip.ok) throw notAWorkbook();

  const sheets: Sheet[] = [];
  let sheetName = '';
  try {
    const parts = await workbookParts(zip.files);
    for (const part of parts.sheets) {
      sheetName = part.name;
      sheets.push({ name: part.name, lines: await readSheet(zip.files.get(part.path)!, parts, maxRows) });
    }
  } catch (error) {
    if (error instanceof TooManyRows) throw tooMany(sheetName);
    // the person is told to save the file again; what the reader met is for whoever supports them
    if (!(error instanceof NotAWorkbook))
      logger.warn(`An Excel file could not be read: ${(error as Error).message}`);
    throw notAWorkbook();
  }
  // Any other zip (a .docx, a folder someone zipped) has no workbook or no worksheets.
  if (!sheets.length) throw notAWorkbook();
  return sheets;
}
