import { CSV_DIALECT, exportCell } from '@samrad/domain';
import {
  decimalsOf,
  formatNumber,
  plainValue,
  previousLabel,
  rowNumbers,
  unitOf,
  type ExportReport,
} from './export-report.js';

/** A number already written in the language's decimal sign: a value, never escaped as a formula. */
interface Figure {
  figure: string;
}

/**
 * The compilation as CSV in its tidy form: one line per question and municipality (section, code,
 * question, unit, municipality, answer, last year's answer, change, national reference), which a
 * spreadsheet or a statistics tool pivots as it likes. UTF-8 with a BOM (Excel otherwise reads it as
 * the system code page), CRLF, the separator and decimal sign of the language (CSV_DIALECT). Text
 * goes through `exportCell` (no formulas); figures are numbers, so `-3,5` stays a value.
 */
export function compilationCsv(report: ExportReport): Buffer {
  const { labels } = report;
  const { separator, decimal } = CSV_DIALECT[report.lang];
  const previous = report.previousYear !== null;
  const field = (value: string | Figure | null) => {
    if (value === null) return '';
    const text = typeof value === 'string' ? String(exportCell(value)) : value.figure;
    return /[";,\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines: string[] = [];
  const line = (values: (string | Figure | null)[]) => lines.push(values.map(field).join(separator));
  line([
    labels.section,
    labels.code,
    labels.question,
    labels.unit,
    labels.municipalityCode,
    labels.municipality,
    labels.value,
    ...(previous ? [previousLabel(report, report.previousYear!), labels.change] : []),
    `${labels.nationalReference} (${labels.yes}/${labels.no}: % ${labels.yes.toLowerCase()})`,
  ]);
  for (const section of report.sections)
    for (const row of section.rows) {
      const type = row.indicator.answerType;
      const decimals = decimalsOf(rowNumbers(row));
      const figure = (n: number | null, digits = decimals): Figure | null =>
        n === null ? null : { figure: formatNumber(n, digits, decimal) };
      const shown = (value: string | number | null) => (typeof value === 'number' ? figure(value) : value);
      const reference = figure(row.nationalReference, type === 'YES_NO' ? 1 : decimals);
      const unit = unitOf(row, labels);
      for (const cell of row.cells)
        line([
          section.name,
          row.indicator.code,
          row.indicator.text,
          unit,
          cell.municipality.code,
          cell.municipality.name,
          cell.hidden ? labels.hidden : shown(plainValue(row, cell.value, labels)),
          ...(previous
            ? [
                shown(plainValue(row, cell.previousValue, labels)),
                figure(cell.change, type === 'YES_NO' ? 0 : decimals),
              ]
            : []),
          reference,
        ]);
    }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
