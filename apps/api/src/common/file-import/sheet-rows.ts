import { fileRefused } from './file-refused.js';
import type { SourceRow } from './problems.js';

/** One row of a CSV file or worksheet, with its spreadsheet row number. */
export interface SheetLine {
  row: number;
  cells: readonly unknown[];
}

/** The columns a kind of file has: the header names accepted for each, and those it cannot do without. */
export interface SheetColumns<C extends string> {
  columnFor(header: string): C | undefined;
  required: readonly C[];
}

export const isBlank = (cell: unknown) =>
  cell === null || cell === undefined || (typeof cell === 'string' && !cell.trim());

/**
 * CSV and Excel alike: the first non-blank row is the header, every later non-blank row a record.
 * Unknown columns are ignored (notes, a municipality's own columns…).
 */
export function rowsFromSheet<C extends string>(
  lines: readonly SheetLine[],
  where: string,
  columns: SheetColumns<C>,
): SourceRow[] {
  const content = lines.filter((line) => !line.cells.every(isBlank));
  if (!content.length) throw fileRefused('NO_ROWS', `${where} has no rows`);
  const [header, ...body] = content;
  const found = header.cells.map((cell) => (typeof cell === 'string' ? columns.columnFor(cell) : undefined));
  const missing = columns.required.filter((column) => !found.includes(column));
  if (missing.length) {
    const names = header.cells.filter((cell) => !isBlank(cell)).map((cell) => String(cell).slice(0, 40));
    throw fileRefused(
      'MISSING_COLUMNS',
      `Row ${header.row} of ${where} must be a header row with the columns ${columns.required.join(', ')} ` +
        `(missing ${missing.join(', ')}; found ${names.join(', ') || 'nothing'})`,
      { row: header.row, missing: missing.join(', '), found: names.join(', ') },
    );
  }
  const seen = new Set<C>();
  const indexed = found.flatMap((column, index) => {
    if (!column || seen.has(column)) return []; // the first of two same-named columns counts
    seen.add(column);
    return [[column, index] as const];
  });
  return body.map((line) => ({
    row: line.row,
    raw: Object.fromEntries(indexed.map(([column, index]) => [column, line.cells[index] ?? null])),
  }));
}
