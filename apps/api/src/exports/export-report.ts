import {
  EXPORT_LABELS,
  fillLabel,
  numericValue,
  type AnswerValue,
  type ExportLabels,
  type Locale,
  type RoundPhase,
} from '@samrad/domain';
import type { CompilationRowType, CompilationType } from '../compilation/compilation.types.js';
import type { MunicipalityRow } from '../networks/networks.loaders.js';

/** A compilation made ready for the files: its context, its words, and the rows in sections. */
export interface ExportReport {
  lang: Locale;
  labels: ExportLabels;
  network: string;
  round: string;
  year: number | null;
  previousYear: number | null;
  phase: RoundPhase;
  exportedAt: Date;
  /** Give-to-get withholds some municipality's answers from the caller. */
  partial: boolean;
  municipalities: MunicipalityRow[];
  sections: { name: string; rows: CompilationRowType[] }[];
}

export function exportReport(
  compilation: CompilationType,
  context: {
    lang: Locale;
    network: string;
    year: number | null;
    previousYear: number | null;
    exportedAt: Date;
  },
): ExportReport {
  const labels = EXPORT_LABELS[context.lang];
  // sections in questionnaire order, each where its first question is
  const sections = new Map<string, CompilationRowType[]>();
  for (const row of compilation.rows) {
    const name = row.indicator.section?.trim() || labels.otherSection;
    if (!sections.has(name)) sections.set(name, []);
    sections.get(name)!.push(row);
  }
  return {
    ...context,
    labels,
    round: compilation.round.title,
    phase: compilation.round.phase,
    partial: compilation.rows.some((row) => row.cells.some((cell) => cell.hidden)),
    municipalities: compilation.municipalities,
    sections: [...sections].map(([name, rows]) => ({ name, rows })),
  };
}

/** "Svar 2025": the column of the previous round's values (only when there is a previous round). */
export const previousLabel = (report: ExportReport, year: number) =>
  fillLabel(report.labels.previous, { year });

/**
 * A value as the files show it: Ja/Nej in the user's language, numbers as numbers in the indicator's
 * unit (PERCENT: 0–100), the option or text as given; null when there is none.
 */
export function plainValue(
  row: CompilationRowType,
  value: AnswerValue | null,
  labels: ExportLabels,
): string | number | null {
  if (!value) return null;
  switch (row.indicator.answerType) {
    case 'YES_NO':
      return value.boolean === true ? labels.yes : value.boolean === false ? labels.no : null;
    case 'NUMBER':
    case 'PERCENT':
      return numericValue(row.indicator.answerType, value);
    case 'CHOICE':
      return value.choice ?? null;
    default:
      return value.text ?? null;
  }
}

/** The unit a row's numbers are in, as a reader should see it. */
export function unitOf(row: CompilationRowType, labels: ExportLabels): string {
  if (row.indicator.answerType === 'PERCENT') return '%';
  if (row.indicator.answerType === 'NUMBER') return row.indicator.unit ?? '';
  if (row.indicator.answerType === 'YES_NO') return `${labels.yes}/${labels.no}`;
  return row.indicator.unit ?? '';
}

/** Decimals worth showing for a row's numbers (0–2), so 12 stays 12 and 12.25 keeps its digits. */
export function decimalsOf(numbers: readonly (number | null)[]): number {
  let decimals = 0;
  for (const n of numbers) {
    if (n === null || Number.isInteger(n)) continue;
    decimals = Math.max(decimals, Math.abs(n * 10 - Math.round(n * 10)) < 1e-9 ? 1 : 2);
    if (decimals === 2) break;
  }
  return decimals;
}

/** The numbers of a row (values, previous values, summary) whose decimals decide its number format. */
export function rowNumbers(row: CompilationRowType): (number | null)[] {
  const type = row.indicator.answerType;
  if (type !== 'NUMBER' && type !== 'PERCENT') return [];
  return [
    ...row.cells.map((cell) => numericValue(type, cell.value)),
    ...row.cells.map((cell) => numericValue(type, cell.previousValue)),
    row.nationalReference,
  ];
}

/** A number for text formats: at most `decimals` decimals (no trailing zeros), the language's decimal sign. */
export function formatNumber(n: number, decimals: number, decimal: string): string {
  const text = String(Number(n.toFixed(decimals)));
  return decimal === '.' ? text : text.replace('.', decimal);
}
