import type { AnswerType, AnswerValue } from '@samrad/domain';
import type {
  CellValue,
  CompactRound,
  CompactRow,
  CompilationCell,
  CompilationRound,
  CompilationRow,
} from './compilation.graphql';

/**
 * The API sends the matrix compact (docs/decisions.md, "The compilation's compact cells"): per
 * row, the values of its cells as one list in column order (`numbers` for yes/no, numbers and
 * percentages — yes is 1 — or `texts` for free text and choices), last year's likewise, the changes,
 * the comments by column, and the columns give-to-get hides once. The pages read cells; these
 * functions turn one form into the other.
 */

const textual = (answerType: AnswerType) => answerType === 'TEXT' || answerType === 'CHOICE';

/** A compact entry as a value of the row's answer type (null: no visible answer). */
export function valueOf(
  answerType: AnswerType,
  number: number | null | undefined,
  text: string | null | undefined,
): CellValue | null {
  const empty = { boolean: null, number: null, text: null, choice: null };
  switch (answerType) {
    case 'YES_NO':
      return number == null ? null : { ...empty, boolean: number === 1 };
    case 'NUMBER':
    case 'PERCENT':
      return number == null ? null : { ...empty, number };
    case 'TEXT':
      return text == null ? null : { ...empty, text };
    case 'CHOICE':
      return text == null ? null : { ...empty, choice: text };
  }
}

/** A value as the compact lists carry it: [number entry, text entry]. */
export function compactOf(answerType: AnswerType, value: AnswerValue | null): [number | null, string | null] {
  if (!value) return [null, null];
  switch (answerType) {
    case 'YES_NO':
      return [typeof value.boolean === 'boolean' ? (value.boolean ? 1 : 0) : null, null];
    case 'NUMBER':
    case 'PERCENT':
      return [typeof value.number === 'number' ? value.number : null, null];
    case 'TEXT':
      return [null, value.text ?? null];
    case 'CHOICE':
      return [null, value.choice ?? null];
  }
}

/** One row's cells (a municipality's cell is hidden when give-to-get hides its column and no value came since). */
export function cellsOf(
  row: CompactRow,
  municipalities: readonly { id: string }[],
  hidden: ReadonlySet<number>,
): CompilationCell[] {
  const type = row.indicator.answerType;
  const texts = textual(type);
  const comments = new Map(row.comments.map((c) => [c.column, c.text]));
  return municipalities.map((m, i) => {
    const value = texts ? valueOf(type, null, row.texts?.[i]) : valueOf(type, row.numbers?.[i], null);
    return {
      municipality: { id: m.id },
      hidden: hidden.has(i) && value === null,
      value,
      previousValue: texts
        ? valueOf(type, null, row.previousTexts?.[i])
        : valueOf(type, row.previousNumbers?.[i], null),
      change: row.changes[i] ?? null,
      comment: comments.get(i) ?? null,
    };
  });
}

// a row's cells are built once per compact row object (a live patch replaces only its own row)
const expanded = new WeakMap<CompactRow, CompilationRow>();

/** The round with each row's cells as objects, as the matrix, the comparison and the question detail read them. */
export function expandCompilation(round: CompactRound): CompilationRound {
  const { municipalities, hiddenColumns } = round.compilation;
  const hidden = new Set(hiddenColumns);
  const rows = round.compilation.rows.map((row) => {
    let done = expanded.get(row);
    if (!done) {
      const {
        numbers: _n,
        texts: _t,
        previousNumbers: _pn,
        previousTexts: _pt,
        changes: _c,
        comments: _m,
        ...rest
      } = row;
      done = { ...rest, cells: cellsOf(row, municipalities, hidden) };
      expanded.set(row, done);
    }
    return done;
  });
  return { ...round, compilation: { ...round.compilation, rows } };
}
