import {
  answerFromCell,
  commentFromCell,
  type AnswerCellProblem,
  type AnswerCellQuestion,
  type AnswerValue,
} from '@samrad/domain';
import { coerceText } from '../../common/file-import/cells.js';
import {
  duplicateCodeProblems,
  sortProblems,
  type ImportProblem,
  type SourceRow,
} from '../../common/file-import/problems.js';
import { ANSWER_COLUMNS, type AnswerColumn } from './answer-columns.js';

export interface RoundQuestion extends AnswerCellQuestion {
  id: string;
}

/** One row that will become (or replace) an answer. */
export interface ImportedAnswer {
  row: number;
  indicatorId: string;
  code: string;
  value: AnswerValue;
  comment: string | null;
}

export interface ValidatedAnswers {
  answers: ImportedAnswer[];
  /** Rows of a question with neither value nor comment: left as they are. */
  skipped: number;
  /** Every problem, by row and column; the file is imported only without any. */
  problems: ImportProblem[];
}

const at = (row: number, column: AnswerColumn, problem: AnswerCellProblem): ImportProblem => ({
  row,
  column,
  ...problem,
});

/**
 * Reads each row against the round's questions (by code, case aside): its value by the question's
 * answer type (libs/domain/src/answer-import.ts), its comment; unknown and repeated codes, and
 * comments without a value, are problems too. Every row is checked, so the preview lists them all.
 */
export function validateAnswerRows(
  rows: readonly SourceRow[],
  questions: readonly RoundQuestion[],
): ValidatedAnswers {
  const byCode = new Map(questions.map((q) => [q.code, q]));
  const byFoldedCode = new Map(questions.map((q) => [q.code.toUpperCase(), q]));
  const codes = rows.map(({ raw }) => coerceText(raw.code));
  const problems: ImportProblem[] = duplicateCodeProblems(rows, codes);
  const answers: ImportedAnswer[] = [];
  let skipped = 0;

  rows.forEach(({ row, raw }, index) => {
    const code = codes[index];
    if (typeof code !== 'string') {
      problems.push(
        at(row, 'code', { code: 'CODE_MISSING', params: {}, message: 'The question code is missing' }),
      );
      return;
    }
    const question = byCode.get(code) ?? byFoldedCode.get(code.toUpperCase());
    if (!question) {
      problems.push(
        at(row, 'code', {
          code: 'UNKNOWN_CODE',
          params: { code },
          message: `No question of this round has the code ${code}`,
        }),
      );
      return;
    }
    const value = answerFromCell(question, raw.value);
    const comment = commentFromCell(raw.comment);
    if ('problem' in value) problems.push(at(row, 'value', value.problem));
    if ('problem' in comment) problems.push(at(row, 'comment', comment.problem));
    if ('problem' in value || 'problem' in comment) return;
    if (value.value === null) {
      if (comment.comment === null) skipped++;
      else
        problems.push(
          at(row, 'value', {
            code: 'VALUE_MISSING',
            params: { code: question.code },
            message: `A comment needs an answer: ${question.code} has none`,
          }),
        );
      return;
    }
    answers.push({
      row,
      indicatorId: question.id,
      code: question.code,
      value: value.value,
      comment: comment.comment,
    });
  });

  if (!problems.length && !answers.length)
    problems.push({
      row: null,
      column: 'value',
      code: 'NO_ANSWERS',
      params: {},
      message: 'The file has no answers: fill in the value column',
    });
  return { answers, skipped, problems: sortProblems(problems, ANSWER_COLUMNS) };
}
