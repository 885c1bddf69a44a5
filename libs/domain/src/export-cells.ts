/** What makes a spreadsheet read a cell as a formula (or, for tab and CR, shift it into one on import). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell safe to put in a CSV or Excel export: a value that a spreadsheet would run as a formula
 * (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`) gets a leading apostrophe, which Excel and LibreOffice show as text and
 * hide. Numbers, booleans and empty cells stay as they are: `-3` as a number is a value, not a formula.
 */
export function exportCell<T>(value: T): T | string {
  if (typeof value !== 'string') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The other way: a cell that `exportCell` escaped reads back as the text it was (for round trips). */
export function importCell<T>(value: T): T | string {
  if (typeof value !== 'string' || !value.startsWith("'")) return value;
  return FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/**
 * "58,5", "1 234.5", "41 %" as people type them in Swedish or Danish spreadsheets: the number,
 * null for an empty cell, undefined for something that is not a number.
 */
export function numberFromCell(value: unknown): number | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  let text = value.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');
  if (!text) return null;
  if (/^[-+]?\d*,\d+$/.test(text)) text = text.replace(',', '.');
  const number = Number(text);
  return Number.isFinite(number) ? number : undefined;
}
