import { answerValueProblem, MAX_ANSWER_COMMENT, MAX_ANSWER_TEXT, type AnswerValue } from './answers.js';
import type { AnswerType } from './enums.js';
import { exportCell, importCell, numberFromCell } from './export-cells.js';
import { plainString } from './text.js';

/**
 * Answers as a file (CSV or Excel): one row per question, columns code, question, value, comment.
 * The rules for reading a value cell against its question, and for writing one, live here so that
 * the API's import and export agree and the web can name every problem in the reader's language.
 */

/** Why a row of an answers file cannot be imported; the web translates each (params as named). */
export const ANSWER_IMPORT_PROBLEMS = [
  'CODE_MISSING', // {}
  'UNKNOWN_CODE', // { code }
  'DUPLICATE_CODE', // { column, value, firstRow }
  'VALUE_MISSING', // { code }: a comment without a value
  'NOT_YES_NO', // { value }
  'NOT_A_NUMBER', // { value }
  'PERCENT_RANGE', // { value }
  'NOT_AN_OPTION', // { value, options }
  'TEXT_TOO_LONG', // { max }
  'COMMENT_TOO_LONG', // { max }
  'INVALID_COMMENT', // { rule }: control characters, as saveAnswer refuses them
  'INVALID_VALUE', // { rule }: any other rule of answerValueSchema
  'NO_ANSWERS', // {}: not one row with a value
] as const;
export type AnswerImportProblemCode = (typeof ANSWER_IMPORT_PROBLEMS)[number];

export interface AnswerCellProblem {
  code: AnswerImportProblemCode;
  params: Record<string, string | number>;
  message: string;
}

/** The languages of an export's headers, yes/no words and number format. */
export const ANSWER_FILE_LANGUAGES = ['sv', 'da', 'en'] as const;
export type AnswerFileLanguage = (typeof ANSWER_FILE_LANGUAGES)[number];

/** Header names an export writes, per language: code, question (ignored on import), value, comment. */
export const ANSWER_FILE_HEADERS: Record<AnswerFileLanguage, [string, string, string, string]> = {
  sv: ['Kod', 'Fråga', 'Svar', 'Kommentar'],
  da: ['Kode', 'Spørgsmål', 'Svar', 'Kommentar'],
  en: ['Code', 'Question', 'Value', 'Comment'],
};

const YES = ['ja', 'j', 'yes', 'y', 'true', 'sant', 'sand', '1'];
const NO = ['nej', 'n', 'no', 'false', 'falskt', 'falsk', '0'];
const YES_NO_WORDS: Record<AnswerFileLanguage, [string, string]> = {
  sv: ['ja', 'nej'],
  da: ['ja', 'nej'],
  en: ['yes', 'no'],
};

/** The question a value cell is read against. */
export interface AnswerCellQuestion {
  code: string;
  answerType: AnswerType;
  options: readonly string[] | null;
}

const shown = (value: unknown) => String(value).slice(0, 60);

function problem(code: AnswerImportProblemCode, params: AnswerCellProblem['params'], message: string) {
  return { problem: { code, params, message } };
}

/** An empty cell: nothing, or only spaces. */
export const blankCell = (cell: unknown) =>
  cell === null || cell === undefined || (typeof cell === 'string' && !cell.trim());

/**
 * A value cell as the question's answer: yes/no words in Swedish, Danish or English (and 1/0),
 * numbers with decimal comma or point (a trailing % is allowed), one of the options (case aside),
 * or text as written; then the rules of `answerValueSchema`. `null` for a blank cell.
 */
export function answerFromCell(
  question: AnswerCellQuestion,
  cell: unknown,
): { value: AnswerValue | null } | { problem: AnswerCellProblem } {
  if (blankCell(cell)) return { value: null };
  const raw = importCell(cell);
  let value: AnswerValue;
  switch (question.answerType) {
    case 'YES_NO': {
      const word = typeof raw === 'boolean' ? String(raw) : String(raw).trim().toLowerCase();
      if (YES.includes(word)) value = { boolean: true };
      else if (NO.includes(word)) value = { boolean: false };
      else
        return problem('NOT_YES_NO', { value: shown(raw) }, `Answer yes or no (ja/nej), not "${shown(raw)}"`);
      break;
    }
    case 'NUMBER':
    case 'PERCENT': {
      const number = numberFromCell(typeof raw === 'boolean' ? String(raw) : raw);
      if (typeof number !== 'number')
        return problem('NOT_A_NUMBER', { value: shown(raw) }, `Enter a number, not "${shown(raw)}"`);
      if (question.answerType === 'PERCENT' && (number < 0 || number > 100))
        return problem(
          'PERCENT_RANGE',
          { value: number },
          `Enter a percentage between 0 and 100, not ${number}`,
        );
      value = { number };
      break;
    }
    case 'CHOICE': {
      const text = String(raw).trim();
      const options = question.options ?? [];
      const choice =
        options.find((option) => option === text) ??
        options.find((option) => option.toLocaleLowerCase('sv') === text.toLocaleLowerCase('sv'));
      if (!choice)
        return problem(
          'NOT_AN_OPTION',
          { value: shown(text), options: options.join(', ') },
          `Choose one of: ${options.join(', ')} (not "${shown(text)}")`,
        );
      value = { choice };
      break;
    }
    case 'TEXT': {
      const text = String(raw);
      if (text.length > MAX_ANSWER_TEXT)
        return problem(
          'TEXT_TOO_LONG',
          { max: MAX_ANSWER_TEXT },
          `Enter a text of at most ${MAX_ANSWER_TEXT} characters`,
        );
      value = { text };
      break;
    }
  }
  const rule = answerValueProblem(question.answerType, question.options, value);
  return rule ? problem('INVALID_VALUE', { rule }, rule) : { value };
}

const commentText = plainString(undefined, { multiline: true });

/** A comment cell as saveAnswer takes a comment: trimmed, blank → null, no control characters, capped. */
export function commentFromCell(cell: unknown): { comment: string | null } | { problem: AnswerCellProblem } {
  if (blankCell(cell)) return { comment: null };
  const text = commentText.safeParse(String(importCell(cell)));
  if (!text.success) {
    const rule = text.error.issues[0].message;
    return problem('INVALID_COMMENT', { rule }, rule);
  }
  const comment = text.data;
  if (comment.length > MAX_ANSWER_COMMENT)
    return problem(
      'COMMENT_TOO_LONG',
      { max: MAX_ANSWER_COMMENT },
      `A comment may have at most ${MAX_ANSWER_COMMENT} characters`,
    );
  return { comment };
}

/**
 * A value as an export writes it, so that `answerFromCell` reads it back the same: yes/no in the
 * language, numbers as numbers (Excel) or text with the language's decimal sign (CSV), text and
 * choices escaped against formula injection (`exportCell`).
 */
export function answerToCell(
  answerType: AnswerType,
  value: AnswerValue,
  language: AnswerFileLanguage,
  numbersAsText: boolean,
): string | number | null {
  switch (answerType) {
    case 'YES_NO':
      return typeof value.boolean === 'boolean' ? YES_NO_WORDS[language][value.boolean ? 0 : 1] : null;
    case 'NUMBER':
    case 'PERCENT': {
      if (typeof value.number !== 'number') return null;
      if (!numbersAsText) return value.number;
      const text = String(value.number);
      return language === 'en' || !/^-?\d+\.\d+$/.test(text) ? text : text.replace('.', ',');
    }
    case 'CHOICE':
      return value.choice == null ? null : exportCell(value.choice);
    case 'TEXT':
      return value.text == null ? null : exportCell(value.text);
  }
}
