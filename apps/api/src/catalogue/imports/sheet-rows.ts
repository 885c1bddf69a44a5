import { fileRefused } from './file-refused.js';
import { columnFor, REQUIRED_COLUMNS, type IndicatorColumn } from './import-columns.js';
import type { SourceRow } from './problems.js';

/** One row of a CSV file or worksheet, with its spreadsheet row number. */
export interface SheetLine {
  row: number;
  cells: readonly unknown[];
}

const isBlank = (cell: unknown) =>
  cell === null || cell === undefined || (typeof cell === 'string' && !cell.trim());

/**
 * CSV and Excel alike: the first non-blank row is the header, every later non-blank row an
 * indicator. Unknown columns are ignored (notes, a municipality's own columns…).
 */
export function rowsFromSheet(lines: readonly SheetLine[], where: string): SourceRow[] {
  const content = lines.filter((line) => !line.cells.every(isBlank));
  if (!content.length) throw fileRefused('NO_ROWS', `${where} has no rows`);
  const [header, ...body] = content;
  const columns = header.cells.map((cell) => (typeof cell === 'string' ? columnFor(cell) : undefined));
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length) {
    const found = header.cells.filter((cell) => !isBlank(cell)).map((cell) => String(cell).slice(0, 40));
    throw fileRefused(
      'MISSING_COLUMNS',
      `Row ${header.row} of ${where} must be a header row with the columns ${REQUIRED_COLUMNS.join(', ')} ` +
        `(missing ${missing.join(', ')}; found ${found.join(', ') || 'nothing'})`,
      { row: header.row, missing: missing.join(', '), found: found.join(', ') },
    );
  }
  const seen = new Set<IndicatorColumn>();
  const indexed = columns.flatMap((column, index) => {
    if (!column || seen.has(column)) return []; // the first of two same-named columns counts
    seen.add(column);
    return [[column, index] as const];
  });
  return body.map((line) => ({
    row: line.row,
    raw: Object.fromEntries(indexed.map(([column, index]) => [column, line.cells[index] ?? null])),
  }));
}
