import { readCsv } from '../../common/file-import/read-csv.js';
import { rowsFromSheet } from '../../common/file-import/sheet-rows.js';
import { INDICATOR_SHEET } from './import-columns.js';
import type { ParsedFile } from './problems.js';

/** A header row, then one indicator per row; set metadata comes from the form. */
export function parseCsv(bytes: Buffer): ParsedFile {
  return { metadata: {}, rows: rowsFromSheet(readCsv(bytes), 'the CSV file', INDICATOR_SHEET), problems: [] };
}
