import { numericValue, type AnswerValue } from './answers.js';
import type { AnswerType, Polarity } from './enums.js';

/** How many chose one option of a CHOICE question. */
export interface OptionCount {
  option: string;
  count: number;
}

/**
 * The row summary of one indicator over the answers it is given (the API gives only those the
 * caller may see). Units: `yesShare` is a fraction 0..1; mean, median, min and max are in the
 * indicator's unit (percentages 0..100 for PERCENT).
 */
export interface Summary {
  answered: number;
  expected: number;
  /** Share of yes among the yes/no answers, a fraction 0..1; YES_NO only. */
  yesShare: number | null;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  /** CHOICE only: each option in the indicator's order, then any other value met, with its count. */
  distribution: OptionCount[] | null;
}

/** How many places leaders fill (ties share a place, so there may be more leaders than places). */
export const LEADER_PLACES = 3;

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The count of each option among CHOICE answers: the indicator's options first (zeros kept), in their order. */
export function distribution(
  options: readonly string[] | null,
  values: readonly (AnswerValue | null)[],
): OptionCount[] {
  return countChoices(
    options,
    values.map((value) => value?.choice),
  );
}

/** `distribution` over the chosen options themselves. */
export function countChoices(
  options: readonly string[] | null,
  choices: readonly (string | null | undefined)[],
): OptionCount[] {
  const counts = new Map<string, number>((options ?? []).map((option) => [option, 0]));
  for (const choice of choices)
    if (typeof choice === 'string') counts.set(choice, (counts.get(choice) ?? 0) + 1);
  return [...counts].map(([option, count]) => ({ option, count }));
}

/** The row summary of one indicator: how many answered of how many expected, and the spread. */
export function summarize(
  answerType: AnswerType,
  values: readonly (AnswerValue | null)[],
  expected: number,
  options: readonly string[] | null = null,
): Summary {
  const numbers = values
    .map((value) => numericValue(answerType, value))
    .filter((n): n is number => n !== null);
  return spread(answerType, values.filter((value) => value != null).length, expected, numbers, () =>
    distribution(options, values),
  );
}

/** The summary from its parts: `numbers` are the answers' numeric values (sorted here, in place). */
function spread(
  answerType: AnswerType,
  answered: number,
  expected: number,
  numbers: number[],
  choices: () => OptionCount[],
): Summary {
  numbers.sort((a, b) => a - b);
  const hasNumbers = numbers.length > 0 && answerType !== 'YES_NO';
  const sum = numbers.reduce((total, n) => total + n, 0);
  const min = hasNumbers ? numbers[0] : null;
  const max = hasNumbers ? numbers[numbers.length - 1] : null;
  return {
    answered,
    expected,
    yesShare: answerType === 'YES_NO' && numbers.length ? sum / numbers.length : null,
    // floating-point sums can land a hair outside the values (3 × 0.1 / 3): the mean never does
    mean: hasNumbers ? Math.min(max!, Math.max(min!, sum / numbers.length)) : null,
    median: hasNumbers ? median(numbers) : null,
    min,
    max,
    distribution: answerType === 'CHOICE' ? choices() : null,
  };
}

/**
 * Whom to ask for inspiration: the municipalities with the best value by the indicator's
 * polarity, the best `places` places (ties share a place, and all of them are kept). None for
 * NEUTRAL indicators, with fewer than two values, or when everyone is equal.
 */
export function leaders(
  entries: readonly { municipalityId: string; value: number | null }[],
  polarity: Polarity,
  places = LEADER_PLACES,
): string[] {
  if (polarity === 'NEUTRAL') return [];
  const valued = entries.filter((e): e is { municipalityId: string; value: number } => e.value !== null);
  if (valued.length < 2 || valued.every((e) => e.value === valued[0].value)) return [];
  const better =
    polarity === 'HIGHER_IS_BETTER' ? (a: number, b: number) => b - a : (a: number, b: number) => a - b;
  const ranked = [...valued].sort((a, b) => better(a.value, b.value));
  const cutoff = ranked[Math.min(places, ranked.length) - 1].value;
  return ranked.filter((e) => better(e.value, cutoff) <= 0).map((e) => e.municipalityId);
}

/**
 * Change from the previous round's answer, in the indicator's unit (percentage points for
 * PERCENT; yes = 1, no = 0 for YES_NO, so +1 is "became yes"); null if either is missing.
 */
export function change(
  answerType: AnswerType,
  current: AnswerValue | null,
  previous: AnswerValue | null,
): number | null {
  const now = numericValue(answerType, current);
  const before = numericValue(answerType, previous);
  return now === null || before === null ? null : round6(now - before);
}

/** What a compilation row is computed from: the indicator and one entry per member municipality. */
export interface RowInput {
  answerType: AnswerType;
  polarity: Polarity;
  options: readonly string[] | null;
  cells: readonly {
    municipalityId: string;
    /** The answer's value, or null when there is none or the caller may not see it. */
    value: AnswerValue | null;
    /** The previous round's value by indicator code (null: none, or not visible). */
    previous: AnswerValue | null;
  }[];
}

export interface RowFigures {
  summary: Summary;
  /** The leading municipalities' ids, best first. */
  leaders: string[];
  /** Per cell, in the order given: the change from the previous value. */
  changes: (number | null)[];
}

/** The figures of one compilation row: summary over the given values, leaders, and each cell's change. */
export function compileRow(row: RowInput): RowFigures {
  const values = row.cells.map((cell) => cell.value);
  return {
    summary: summarize(row.answerType, values, row.cells.length, row.options),
    leaders: leaders(
      row.cells.map((cell) => ({
        municipalityId: cell.municipalityId,
        value: numericValue(row.answerType, cell.value),
      })),
      row.polarity,
    ),
    changes: row.cells.map((cell) => change(row.answerType, cell.value, cell.previous)),
  };
}

/**
 * One compilation row in column form (a list per member column, no object per cell): what the API
 * compiles a whole round from. Hidden columns are given as unanswered. Same figures as `compileRow`
 * over the same cells (a property test checks it).
 */
export interface ColumnsInput {
  answerType: AnswerType;
  polarity: Polarity;
  options: readonly string[] | null;
  /** The columns' municipality ids, in column order. */
  municipalityIds: readonly string[];
  /** Per column: whether there is an answer the caller may see (whatever its value). */
  answered: readonly boolean[];
  /** Per column: that answer as a number (`numericValue`), else null. */
  numbers: readonly (number | null)[];
  /** Per column: the previous round's value as a number (`numericValue` by this row's type), else null. */
  previousNumbers: readonly (number | null)[];
  /** CHOICE: per column the chosen option, else null (ignored for the other types). */
  choices: readonly (string | null)[] | null;
}

/** `compileRow` over columns. */
export function compileColumns(row: ColumnsInput): RowFigures {
  const { answerType, numbers, previousNumbers } = row;
  const columns = row.municipalityIds.length;
  let answered = 0;
  const valued: number[] = [];
  const changes = new Array<number | null>(columns);
  for (let i = 0; i < columns; i++) {
    if (row.answered[i]) answered++;
    const now = numbers[i];
    const before = previousNumbers[i];
    if (now !== null) valued.push(now);
    changes[i] = now === null || before === null ? null : round6(now - before);
  }
  return {
    summary: spread(answerType, answered, columns, valued, () =>
      countChoices(row.options, row.choices ?? []),
    ),
    leaders: leadersOfColumns(row.municipalityIds, numbers, row.polarity),
    changes,
  };
}

/** `leaders` over columns: the same places, ties and order, without an entry object per cell. */
export function leadersOfColumns(
  municipalityIds: readonly string[],
  numbers: readonly (number | null)[],
  polarity: Polarity,
  places = LEADER_PLACES,
): string[] {
  if (polarity === 'NEUTRAL') return [];
  const valued: number[] = [];
  for (let i = 0; i < numbers.length; i++) if (numbers[i] !== null) valued.push(i);
  if (valued.length < 2 || valued.every((i) => numbers[i] === numbers[valued[0]])) return [];
  const better =
    polarity === 'HIGHER_IS_BETTER' ? (a: number, b: number) => b - a : (a: number, b: number) => a - b;
  // a stable sort of column indexes: ties keep column order, as `leaders` keeps the entries' order
  valued.sort((a, b) => better(numbers[a]!, numbers[b]!));
  const cutoff = numbers[valued[Math.min(places, valued.length) - 1]]!;
  return valued.filter((i) => better(numbers[i]!, cutoff) <= 0).map((i) => municipalityIds[i]);
}
