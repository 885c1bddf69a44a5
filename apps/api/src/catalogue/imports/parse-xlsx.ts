import { MAX_INDICATORS_PER_SET } from '@samrad/domain';
import { fileRefused } from '../../common/file-import/file-refused.js';
import { normalizeHeader } from '../../common/file-import/cells.js';
import { readSheets } from '../../common/file-import/read-workbook.js';
import { rowsFromSheet } from '../../common/file-import/sheet-rows.js';
import { INDICATOR_SHEET, metadataFieldFor } from './import-columns.js';
import type { ParsedFile } from './problems.js';

export { MAX_UNZIPPED_MB } from '../../common/file-import/read-workbook.js';

const INDICATOR_SHEETS = ['indicators', 'indikatorer', 'indikatorar'];
const METADATA_SHEETS = ['set', 'metadata', 'uppsättning', 'sæt'];

/** A header row, the most indicators a set may have, and room for a few notes below them. */
export const MAX_SHEET_ROWS = MAX_INDICATORS_PER_SET + 50;

/**
 * The sheet named "Indicators"/"Indikatorer" (else the first other than the metadata sheet) with
 * the same header row as CSV; optionally a sheet "Set"/"Metadata" of key | value rows.
 */
export async function parseXlsx(bytes: Buffer): Promise<ParsedFile> {
  const sheets = await readSheets(bytes, MAX_SHEET_ROWS, (sheet) =>
    fileRefused(
      'TOO_MANY_ROWS',
      `The worksheet "${sheet}" has more than ${MAX_SHEET_ROWS} rows: a set may have at most ` +
        `${MAX_INDICATORS_PER_SET} indicators`,
      { sheet, maxRows: MAX_SHEET_ROWS, maxIndicators: MAX_INDICATORS_PER_SET },
    ),
  );
  const named = (names: string[]) => sheets.find((sheet) => names.includes(normalizeHeader(sheet.name)));
  const metadataSheet = named(METADATA_SHEETS);
  const sheet = named(INDICATOR_SHEETS) ?? sheets.find((s) => s !== metadataSheet);
  if (!sheet) throw fileRefused('NO_INDICATOR_SHEET', 'The Excel workbook has no worksheet of indicators');

  const metadata: ParsedFile['metadata'] = {};
  for (const { cells } of metadataSheet?.lines ?? []) {
    const field = typeof cells[0] === 'string' ? metadataFieldFor(cells[0]) : undefined;
    if (field) metadata[field] = cells[1] ?? null;
  }
  return {
    metadata,
    rows: rowsFromSheet(sheet.lines, `the worksheet "${sheet.name}"`, INDICATOR_SHEET),
    problems: [],
  };
}
