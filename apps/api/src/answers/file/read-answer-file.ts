import { normalizeHeader } from '../../common/file-import/cells.js';
import { detectFormat } from '../../common/file-import/detect-format.js';
import { fileRefused } from '../../common/file-import/file-refused.js';
import type { SourceRow } from '../../common/file-import/problems.js';
import { readCsv } from '../../common/file-import/read-csv.js';
import { readSheets } from '../../common/file-import/read-workbook.js';
import { isBlank, rowsFromSheet, type SheetLine } from '../../common/file-import/sheet-rows.js';
import type { UploadedFile } from '../../common/file-import/upload-limits.js';
import { ANSWER_SHEET, ANSWER_SHEETS, MAX_ANSWER_ROWS } from './answer-columns.js';

const tooMany = (where: string) =>
  fileRefused(
    'TOO_MANY_ROWS',
    `${where} has more than ${MAX_ANSWER_ROWS} rows: an answers file has one row per question`,
    { maxRows: MAX_ANSWER_ROWS },
  );

/** Whether the first row with content names the required columns. */
function hasHeader(lines: readonly SheetLine[]): boolean {
  const header = lines.find((line) => !line.cells.every(isBlank));
  const columns = (header?.cells ?? []).map((cell) =>
    typeof cell === 'string' ? ANSWER_SHEET.columnFor(cell) : undefined,
  );
  return ANSWER_SHEET.required.every((column) => columns.includes(column));
}

/** An uploaded CSV or Excel file → its answer rows (code, value, comment as in the cells). */
export async function readAnswerFile(file: UploadedFile | undefined): Promise<SourceRow[]> {
  if (!file) throw fileRefused('FILE_MISSING', 'Attach the file as the multipart form field "file"');
  const format = detectFormat(file.buffer, file.originalname);
  if (format === 'json')
    throw fileRefused('UNKNOWN_FILE_TYPE', 'Answers are imported from CSV (.csv) or Excel (.xlsx) files');
  if (format === 'csv') {
    const lines = readCsv(file.buffer);
    if (lines.length > MAX_ANSWER_ROWS + 1) throw tooMany('The CSV file');
    return rowsFromSheet(lines, 'the CSV file', ANSWER_SHEET);
  }
  const sheets = await readSheets(file.buffer, MAX_ANSWER_ROWS + 1, (name) =>
    tooMany(`The worksheet "${name}"`),
  );
  // the sheet named for answers, else the first with the header row (an instructions sheet may come first)
  const sheet =
    sheets.find((s) => ANSWER_SHEETS.includes(normalizeHeader(s.name))) ??
    sheets.find((s) => hasHeader(s.lines)) ??
    sheets[0];
  return rowsFromSheet(sheet.lines, `the worksheet "${sheet.name}"`, ANSWER_SHEET);
}
