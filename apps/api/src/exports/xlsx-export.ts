import { exportCell, fillLabel } from '@samrad/domain';
import ExcelJS from 'exceljs';
import type { CompilationRowType } from '../compilation/compilation.types.js';
import {
  decimalsOf,
  plainValue,
  previousLabel,
  rowNumbers,
  unitOf,
  type ExportReport,
} from './export-report.js';

const numberFormat = (decimals: number) => (decimals ? `#,##0.${'0'.repeat(decimals)}` : '#,##0');
const percentFormat = (decimals: number) => (decimals ? `0.${'0'.repeat(decimals)}%` : '0%');

/** Excel's rules for sheet names: 31 characters, none of []:*?/\, unique (case-insensitively). */
function sheetNamer() {
  const used = new Set<string>();
  return (name: string) => {
    const base =
      name
        .replace(/[[\]:*?/\\]/g, ' ')
        .trim()
        .slice(0, 31) || 'Sheet';
    let candidate = base;
    for (let n = 2; used.has(candidate.toLowerCase()); n++)
      candidate = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
    used.add(candidate.toLowerCase());
    return candidate;
  };
}

/**
 * The compilation as an Excel workbook: an info sheet (network, round, year, phase, date, what the
 * caller may see), then one sheet per section with a row per question: the municipalities' answers,
 * their answers in the previous round, the summary (answered, yes share, mean, median, min, max), the
 * national reference, the leaders and the agreed interpretation. Header row and the question columns
 * are frozen. Numbers stay numbers with formats: PERCENT values and references as Excel percentages
 * (the value / 100 with a % format), the yes share as a percentage of the fraction, NUMBER with the
 * decimals its values have. Text goes through `exportCell` (no formulas).
 */
export async function compilationXlsx(report: ExportReport): Promise<Buffer> {
  const { labels } = report;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samråd';
  workbook.created = report.exportedAt;
  const sheetName = sheetNamer();

  const info = workbook.addWorksheet(sheetName(labels.info));
  info.columns = [{ width: 22 }, { width: 90 }];
  const infoRows: [string, string | number][] = [
    [labels.network, report.network],
    [labels.round, report.round],
    [labels.year, report.year ?? ''],
    [labels.phase, labels.phases[report.phase]],
    [labels.exportedAt, report.exportedAt.toISOString().slice(0, 16).replace('T', ' ') + ' UTC'],
    [labels.visibility, report.partial ? labels.visiblePartial : labels.visibleAll],
  ];
  for (const [label, value] of infoRows)
    info.addRow([label, typeof value === 'string' ? exportCell(value) : value]).getCell(1).font = {
      bold: true,
    };
  info.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  const previous = report.previousYear !== null;
  const m = report.municipalities.length;
  const summaryHeaders = [
    labels.answered,
    labels.expected,
    labels.yesShare,
    labels.mean,
    labels.median,
    labels.min,
    labels.max,
    labels.nationalReference,
    labels.leaders,
    labels.agreedInterpretation,
  ];
  const headers = [
    labels.code,
    labels.question,
    labels.unit,
    ...report.municipalities.map((mu) => mu.name),
    ...(previous
      ? report.municipalities.map((mu) =>
          fillLabel('{name} {year}', { name: mu.name, year: report.previousYear! }),
        )
      : []),
    ...summaryHeaders,
  ];
  const firstValue = 4;
  const firstPrevious = firstValue + m;
  const firstSummary = firstValue + m * (previous ? 2 : 1);

  for (const section of report.sections) {
    const sheet = workbook.addWorksheet(sheetName(section.name), {
      views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }],
    });
    sheet.columns = headers.map((header, i) => ({
      width: i === 1 ? 60 : i === 0 ? 10 : i >= firstSummary + summaryHeaders.length - 2 ? 40 : 12,
    }));
    const head = sheet.addRow(headers.map((h) => exportCell(h)));
    head.font = { bold: true };
    head.alignment = { wrapText: true, vertical: 'top' };
    if (previous) head.getCell(firstPrevious).note = previousLabel(report, report.previousYear!);
    for (const row of section.rows) writeRow(sheet, row, report, { firstValue, firstPrevious, firstSummary });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeRow(
  sheet: ExcelJS.Worksheet,
  row: CompilationRowType,
  report: ExportReport,
  at: { firstValue: number; firstPrevious: number; firstSummary: number },
) {
  const { labels } = report;
  const type = row.indicator.answerType;
  const decimals = decimalsOf(rowNumbers(row));
  const percent = type === 'PERCENT';
  const valueFormat = percent ? percentFormat(decimals) : numberFormat(decimals);
  const line = sheet.addRow([
    row.indicator.code,
    exportCell(row.indicator.text),
    exportCell(unitOf(row, labels)),
  ]);
  line.alignment = { vertical: 'top' };
  line.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  // a number in the indicator's unit → the cell (PERCENT as an Excel percentage)
  const put = (column: number, value: string | number | null, format = valueFormat) => {
    if (value === null) return;
    const cell = line.getCell(column);
    if (typeof value === 'number') {
      cell.value = percent && format === valueFormat ? value / 100 : value;
      cell.numFmt = format;
    } else cell.value = exportCell(value);
  };
  row.cells.forEach((cell, i) => {
    put(at.firstValue + i, cell.hidden ? labels.hidden : plainValue(row, cell.value, labels));
    if (at.firstPrevious !== at.firstSummary)
      put(at.firstPrevious + i, plainValue(row, cell.previousValue, labels));
  });
  const { summary } = row;
  let c = at.firstSummary;
  line.getCell(c++).value = summary.answered;
  line.getCell(c++).value = summary.expected;
  if (summary.yesShare !== null) {
    line.getCell(c).value = summary.yesShare;
    line.getCell(c).numFmt = percentFormat(1);
  }
  c++;
  for (const figure of [summary.mean, summary.median, summary.min, summary.max]) put(c++, figure);
  if (row.nationalReference !== null) {
    // YES_NO: a percentage of yes nationally; PERCENT: in percent; NUMBER: in the unit
    const cell = line.getCell(c);
    const asPercent = type === 'YES_NO' || percent;
    cell.value = asPercent ? row.nationalReference / 100 : row.nationalReference;
    cell.numFmt = asPercent ? percentFormat(1) : valueFormat;
  }
  c++;
  put(c++, row.leaders.map((leader) => leader.name).join(', ') || null);
  put(c, row.agreedInterpretation?.text ?? null);
  line.getCell(c).alignment = { wrapText: true, vertical: 'top' };
}
