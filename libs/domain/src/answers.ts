import { z } from 'zod';
import { plainString } from './text.js';
import type { AnswerType } from './enums.js';

/** An answer's value: exactly one field is set, the one of the indicator's answer type. */
export interface AnswerValue {
  boolean?: boolean | null;
  number?: number | null;
  text?: string | null;
  choice?: string | null;
}

export const MAX_ANSWER_TEXT = 5000;

const only = (field: keyof AnswerValue) => (value: AnswerValue) =>
  (Object.keys(value) as (keyof AnswerValue)[]).every((key) => key === field || value[key] == null);

/**
 * The zod schema of a value for one indicator: YES_NO → boolean, NUMBER → finite number,
 * PERCENT → 0..100, TEXT → non-empty text, CHOICE → one of the indicator's options.
 */
export function answerValueSchema(answerType: AnswerType, options: readonly string[] | null = null) {
  const base = z.object({
    boolean: z.boolean().nullish(),
    number: z.number().nullish(),
    text: plainString(undefined, { multiline: true, trim: false }).nullish(),
    choice: plainString(undefined, { trim: false }).nullish(),
  });
  switch (answerType) {
    case 'YES_NO':
      return base
        .refine((v) => typeof v.boolean === 'boolean', { message: 'Answer yes or no', path: ['boolean'] })
        .refine(only('boolean'), { message: 'Only a yes/no value fits this question' });
    case 'NUMBER':
      return base
        .refine((v) => typeof v.number === 'number' && Number.isFinite(v.number), {
          message: 'Enter a number',
          path: ['number'],
        })
        .refine(only('number'), { message: 'Only a number fits this question' });
    case 'PERCENT':
      return base
        .refine((v) => typeof v.number === 'number' && v.number >= 0 && v.number <= 100, {
          message: 'Enter a percentage between 0 and 100',
          path: ['number'],
        })
        .refine(only('number'), { message: 'Only a percentage fits this question' });
    case 'TEXT':
      return base
        .refine(
          (v) => typeof v.text === 'string' && v.text.trim().length > 0 && v.text.length <= MAX_ANSWER_TEXT,
          {
            message: `Enter a text of at most ${MAX_ANSWER_TEXT} characters`,
            path: ['text'],
          },
        )
        .refine(only('text'), { message: 'Only a text fits this question' });
    case 'CHOICE':
      return base
        .refine((v) => typeof v.choice === 'string' && (options ?? []).includes(v.choice), {
          message: `Choose one of: ${(options ?? []).join(', ')}`,
          path: ['choice'],
        })
        .refine(only('choice'), { message: 'Only one of the options fits this question' });
  }
}

/**
 * The value as a number for comparisons and charts: yes = 1, no = 0, numbers and percentages
 * as they are; texts and choices have none.
 */
export function numericValue(answerType: AnswerType, value: AnswerValue | null | undefined): number | null {
  if (!value) return null;
  switch (answerType) {
    case 'YES_NO':
      return typeof value.boolean === 'boolean' ? (value.boolean ? 1 : 0) : null;
    case 'NUMBER':
    case 'PERCENT':
      return typeof value.number === 'number' && Number.isFinite(value.number) ? value.number : null;
    default:
      return null;
  }
}
