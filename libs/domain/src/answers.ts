import { z } from 'zod';
import { plainString } from './text.js';
import type { AnswerStatus, AnswerType, RoundPhase } from './enums.js';
import { isAtOrAfter } from './phases.js';

/** An answer's value: exactly one field is set, the one of the indicator's answer type. */
export interface AnswerValue {
  boolean?: boolean | null;
  number?: number | null;
  text?: string | null;
  choice?: string | null;
}

/** A value with every field present, null where unset: the form an answer is stored, compared and announced in. */
export const filledValue = (value: AnswerValue): Required<AnswerValue> => ({
  boolean: value.boolean ?? null,
  number: value.number ?? null,
  text: value.text ?? null,
  choice: value.choice ?? null,
});

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

/** Building a schema costs far more than using one (a file import checks 10,000 values): one per question kind. */
const schemas = new Map<string, ReturnType<typeof answerValueSchema>>();
const MAX_CACHED_SCHEMAS = 5000;

function cachedSchema(answerType: AnswerType, options: readonly string[] | null) {
  const key = answerType === 'CHOICE' ? `CHOICE\u0000${(options ?? []).join('\u0000')}` : answerType;
  let schema = schemas.get(key);
  if (!schema) {
    if (schemas.size >= MAX_CACHED_SCHEMAS) schemas.clear();
    schemas.set(key, (schema = answerValueSchema(answerType, options)));
  }
  return schema;
}

/**
 * Why a value does not fit its indicator, as the rule's name (for messages naming the rule):
 * `null` when it fits.
 */
export function answerValueProblem(
  answerType: AnswerType,
  options: readonly string[] | null,
  value: AnswerValue,
): string | null {
  const result = cachedSchema(answerType, options).safeParse(value);
  return result.success ? null : result.error.issues.map((issue) => issue.message).join('; ');
}

export const MAX_ANSWER_COMMENT = 2000;
export const MAX_REOPEN_REASON = 1000;

const uuid = z.uuid();

/** saveAnswer's input as the edge parses it (the value itself is checked against its indicator later). */
export const saveAnswerSchema = z.object({
  roundId: uuid,
  indicatorId: uuid,
  municipalityId: uuid,
  value: z.object({
    boolean: z.boolean().nullish(),
    number: z.number().nullish(),
    text: z.string().nullish(),
    choice: z.string().nullish(),
  }),
  comment: plainString(undefined, { multiline: true })
    .pipe(z.string().max(MAX_ANSWER_COMMENT))
    .nullish()
    .transform((c) => (c ? c : null)),
  expectedVersion: z.number().int().min(0).nullish(),
});

export const reopenAnswersSchema = z.object({
  roundId: uuid,
  municipalityId: uuid,
  reason: plainString(undefined, { multiline: true }).pipe(
    z.string().min(1, 'Give a reason for reopening').max(MAX_REOPEN_REASON),
  ),
});

/** Where a prefilled value comes from: the municipality's answer last round, or its Kolada figure. */
export const PREFILL_SOURCES = ['PREVIOUS_ROUND', 'KOLADA'] as const;
export type PrefillSource = (typeof PREFILL_SOURCES)[number];

export const lateWindowSchema = z.object({
  roundId: uuid,
  municipalityId: uuid,
  until: z.date().refine((d) => d.getTime() > Date.now(), 'The late window must end in the future'),
});

/**
 * Give-to-get: whose answers a member sees. Coordinators see all; once the round is past
 * ANSWERING everyone sees all; otherwise a member sees its own municipalities' answers, and the
 * others' only once one of its municipalities has submitted (once submitted, a later reopening
 * does not take back what it has already been shown).
 */
export function answersVisibleTo(input: {
  phase: RoundPhase;
  coordinator: boolean;
  /** the municipalities the member has a role for */
  own: readonly string[];
  /** those of `own` that have submitted in this round */
  submitted: readonly string[];
}): 'ALL' | string[] {
  if (input.coordinator || isAtOrAfter(input.phase, 'COMPILATION') || input.submitted.length > 0)
    return 'ALL';
  return [...input.own];
}

/** Where a municipality's answers stand in a round. */
export type SubmissionStatus = AnswerStatus;

/** May answers be changed now: the round is ANSWERING, or the municipality has a late window open. */
export function answeringOpen(phase: RoundPhase, lateUntil: Date | null, now = new Date()): boolean {
  return phase === 'ANSWERING' || (lateUntil !== null && lateUntil.getTime() > now.getTime());
}

/** Why what someone typed is not yet a value (the web translates the code). */
export type AnswerInputProblem =
  'EMPTY' | 'NOT_A_NUMBER' | 'PERCENT_RANGE' | 'TEXT_TOO_LONG' | 'NOT_AN_OPTION';

/**
 * A typed number as people write it in sv, da and en: decimal comma or point ("12,5", "12.5"),
 * spaces or a second kind of separator for thousands ("1 234,5", "1.234,5", "1,234.5"), the
 * Unicode minus, a trailing % (percentages). `null` when it is not a number.
 */
export function parseDecimal(raw: string): number | null {
  let text = raw
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^\u2212/, '-')
    .replace(/%$/, '');
  if (!/^-?[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
  const commas = (text.match(/,/g) ?? []).length;
  const points = (text.match(/\./g) ?? []).length;
  if (commas > 0 && points > 0) {
    // both kinds: the last one is the decimal separator, the other groups thousands
    const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    if ((decimal === ',' ? commas : points) > 1) return null;
    text = text.split(group).join('').replace(decimal, '.');
  } else if (commas > 1 || points > 1) {
    // "1.234.567" or "1,234,567": only thousands
    const group = commas > 1 ? ',' : '.';
    const parts = text.replace(/^-/, '').split(group);
    if (parts.slice(1).some((part) => part.length !== 3)) return null;
    text = text.split(group).join('');
  } else {
    text = text.replace(',', '.');
  }
  if (/^-?\./.test(text) || /\.$/.test(text)) return null;
  const value = Number(text);
  // -0 reads as 0: nobody means a negative zero
  return Number.isFinite(value) ? value + 0 : null;
}

/** A number as the reader writes it (decimal comma in sv and da), without grouping, so it reads back the same. */
export function formatDecimal(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 10 }).format(value);
}

/**
 * What a person entered for one question (one string: "yes"/"no", the option, the typed number
 * or text) as the value to save, or why it is not one yet. Same rules as the API's
 * `answerValueSchema`, so a value that passes here is not refused there.
 */
export function readAnswerInput(
  answerType: AnswerType,
  options: readonly string[] | null,
  raw: string,
): { value: AnswerValue } | { problem: AnswerInputProblem } {
  if (raw.trim() === '') return { problem: 'EMPTY' };
  switch (answerType) {
    case 'YES_NO':
      return raw === 'yes' || raw === 'no' ? { value: { boolean: raw === 'yes' } } : { problem: 'EMPTY' };
    case 'CHOICE':
      return (options ?? []).includes(raw) ? { value: { choice: raw } } : { problem: 'NOT_AN_OPTION' };
    case 'NUMBER':
    case 'PERCENT': {
      const number = parseDecimal(raw);
      if (number === null) return { problem: 'NOT_A_NUMBER' };
      if (answerType === 'PERCENT' && (number < 0 || number > 100)) return { problem: 'PERCENT_RANGE' };
      return { value: { number } };
    }
    case 'TEXT':
      return raw.length > MAX_ANSWER_TEXT ? { problem: 'TEXT_TOO_LONG' } : { value: { text: raw } };
  }
}

/** The entry string for a saved value (the inverse of `readAnswerInput`), in the reader's locale. */
export function answerInputText(
  answerType: AnswerType,
  value: AnswerValue | null | undefined,
  locale: string,
): string {
  if (!value) return '';
  switch (answerType) {
    case 'YES_NO':
      return value.boolean == null ? '' : value.boolean ? 'yes' : 'no';
    case 'CHOICE':
      return value.choice ?? '';
    case 'NUMBER':
    case 'PERCENT':
      return typeof value.number === 'number' ? formatDecimal(value.number, locale) : '';
    case 'TEXT':
      return value.text ?? '';
  }
}
