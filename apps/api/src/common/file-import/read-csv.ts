import { CsvError, parse } from 'csv-parse/sync';
import { fileRefused } from './file-refused.js';
import type { SheetLine } from './sheet-rows.js';

/** UTF-8 (with or without BOM); else Windows-1252, which older Swedish Excel saves CSV in. */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Swedish and Danish Excel save CSV with `;` (the comma is their decimal sign). */
function guessDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (delimiter: string) => header.split(delimiter).length - 1;
  return [';', '\t'].reduce((best, delimiter) => (count(delimiter) > count(best) ? delimiter : best), ',');
}

/** Every record of a CSV file (`,`, `;` or tab), numbered as a spreadsheet shows its rows. */
export function readCsv(bytes: Buffer): SheetLine[] {
  const text = decode(bytes);
  let records: string[][];
  try {
    // Empty lines are kept (and skipped later) so record i is spreadsheet row i + 1.
    records = parse(text, {
      delimiter: guessDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    if (error instanceof CsvError)
      throw fileRefused('CSV_UNREADABLE', `The CSV file could not be read: ${error.message}`);
    throw error;
  }
  return records.map((cells, index) => ({ row: index + 1, cells }));
}
