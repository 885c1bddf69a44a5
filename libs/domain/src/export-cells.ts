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
