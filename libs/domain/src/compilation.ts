import { numericValue, type AnswerValue } from './answers.js';
import type { AnswerType, Polarity } from './enums.js';

export interface Summary {
  answered: number;
  expected: number;
  /** Share of yes among the yes/no answers (0..1), YES_NO only. */
  yesShare: number | null;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The row summary of one indicator: how many answered of how many expected, and the spread. */
export function summarize(
  answerType: AnswerType,
  values: readonly (AnswerValue | null)[],
  expected: number,
): Summary {
  const answered = values.filter((value) => value != null).length;
  const numbers = values
    .map((value) => numericValue(answerType, value))
    .filter((n): n is number => n !== null)
    .sort((a, b) => a - b);
  const hasNumbers = numbers.length > 0 && answerType !== 'YES_NO';
  const sum = numbers.reduce((total, n) => total + n, 0);
  return {
    answered,
    expected,
    yesShare: answerType === 'YES_NO' && numbers.length ? round(sum / numbers.length) : null,
    mean: hasNumbers ? round(sum / numbers.length) : null,
    median: hasNumbers ? median(numbers) : null,
    min: hasNumbers ? numbers[0] : null,
    max: hasNumbers ? numbers[numbers.length - 1] : null,
  };
}

/**
 * Whom to ask for inspiration: the municipalities with the best value by the indicator's
 * polarity (ties share a place). None for NEUTRAL indicators, or when everyone is equal.
 */
export function leaders(
  entries: readonly { municipalityId: string; value: number | null }[],
  polarity: Polarity,
  places = 3,
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

/** Change from the previous round's answer (numbers, percentage points, yes=1/no=0); null if either is missing. */
export function change(
  answerType: AnswerType,
  current: AnswerValue | null,
  previous: AnswerValue | null,
): number | null {
  const now = numericValue(answerType, current);
  const before = numericValue(answerType, previous);
  return now === null || before === null ? null : round(now - before);
}
