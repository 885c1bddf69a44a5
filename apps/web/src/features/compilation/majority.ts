import { median, numericValue, type AnswerType, type AnswerValue } from '@samrad/domain';

/**
 * "Where we differ from the network majority", the one highlight the matrix offers (never a
 * grade). Yes/no and choice questions: the answer more than half of the visible answers share;
 * numbers and percentages: the middle half of the network's values (between the lower and upper
 * quartile). Free text has no majority. A municipality without a visible value never differs.
 */
export interface MajorityRow {
  indicator: { answerType: AnswerType };
  cells: readonly { municipality: { id: string }; value: AnswerValue | null }[];
}

/** Yes/no and choice answers as comparable keys; null for other types and missing values. */
function categoryKey(answerType: AnswerType, value: AnswerValue | null): string | null {
  if (!value) return null;
  if (answerType === 'YES_NO') return typeof value.boolean === 'boolean' ? String(value.boolean) : null;
  if (answerType === 'CHOICE') return value.choice ?? null;
  return null;
}

/** The lower and upper quartile (medians of the lower and upper half); null under three values. */
export function middleHalf(values: readonly number[]): [number, number] | null {
  if (values.length < 3) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  const lower = median(sorted.slice(0, half));
  const upper = median(sorted.slice(sorted.length - half));
  return lower === null || upper === null ? null : [lower, upper];
}

/** The ids of the municipalities whose visible answer differs from the network majority. */
export function differingMunicipalities(row: MajorityRow): Set<string> {
  const { answerType } = row.indicator;
  const differing = new Set<string>();
  if (answerType === 'NUMBER' || answerType === 'PERCENT') {
    const numbers = row.cells
      .map((cell) => numericValue(answerType, cell.value))
      .filter((n): n is number => n !== null);
    const range = middleHalf(numbers);
    if (!range) return differing;
    for (const cell of row.cells) {
      const n = numericValue(answerType, cell.value);
      if (n !== null && (n < range[0] || n > range[1])) differing.add(cell.municipality.id);
    }
    return differing;
  }
  const counts = new Map<string, number>();
  let answered = 0;
  for (const cell of row.cells) {
    const key = categoryKey(answerType, cell.value);
    if (key === null) continue;
    answered += 1;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const majority = [...counts].find(([, count]) => count * 2 > answered)?.[0];
  if (majority === undefined) return differing;
  for (const cell of row.cells) {
    const key = categoryKey(answerType, cell.value);
    if (key !== null && key !== majority) differing.add(cell.municipality.id);
  }
  return differing;
}
