import { z } from 'zod';
import { ANSWER_TYPES, POLARITIES } from './enums.js';
import { plainString } from './text.js';
import { idSchema } from './networks.schemas.js';

const text = (max: number, label: string, multiline = false) =>
  plainString(`${label} must be text`, { multiline })
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`);

const optionalText = (max: number, label: string, multiline = false) =>
  plainString(`${label} must be text`, { multiline })
    .max(max, `${label} must be at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

/** One question of a survey. CHOICE needs at least two distinct options; other types take none. */
export const indicatorInputSchema = z
  .object({
    code: text(40, 'Code').regex(/^[\p{L}\p{N}._:-]+$/u, 'Code may contain letters, digits and . _ : - only'),
    text: text(2000, 'Question text', true),
    guidance: optionalText(5000, 'Guidance', true),
    section: optionalText(200, 'Section'),
    answerType: z.enum(ANSWER_TYPES, `Answer type must be one of ${ANSWER_TYPES.join(', ')}`),
    options: z
      .array(text(200, 'Option'), 'Options must be a list')
      .max(50, 'At most 50 options')
      .nullish()
      .transform((v) => (v && v.length ? v : null)),
    unit: optionalText(40, 'Unit'),
    polarity: z
      .enum(POLARITIES, `Polarity must be one of ${POLARITIES.join(', ')}`)
      .nullish()
      .transform((v) => v ?? 'NEUTRAL'),
    nationalReference: z
      .number('National reference must be a number')
      .finite('National reference must be a number')
      .nullish()
      .transform((v) => v ?? null),
  })
  .superRefine((indicator, ctx) => {
    if (indicator.answerType === 'CHOICE') {
      const options = indicator.options ?? [];
      if (options.length < 2)
        ctx.addIssue({
          code: 'custom',
          path: ['options'],
          message: 'A CHOICE question needs at least two options',
          params: { rule: 'CHOICE_NEEDS_OPTIONS' },
        });
      else if (new Set(options).size !== options.length)
        ctx.addIssue({
          code: 'custom',
          path: ['options'],
          message: 'Options must be distinct',
          params: { rule: 'OPTIONS_NOT_DISTINCT' },
        });
    } else if (indicator.options) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `A ${indicator.answerType} question takes no options`,
        params: { rule: 'NO_OPTIONS_FOR_TYPE', answerType: indicator.answerType },
      });
    }
    // PERCENT references are percentages; YES_NO references are the share answering yes, in percent.
    const isShare = indicator.answerType === 'PERCENT' || indicator.answerType === 'YES_NO';
    if (isShare && indicator.nationalReference !== null) {
      if (indicator.nationalReference < 0 || indicator.nationalReference > 100) {
        ctx.addIssue({
          code: 'custom',
          path: ['nationalReference'],
          message:
            indicator.answerType === 'PERCENT'
              ? 'A percentage must be between 0 and 100'
              : 'The share answering yes must be a percentage between 0 and 100',
          params: {
            rule: indicator.answerType === 'PERCENT' ? 'PERCENT_OUT_OF_RANGE' : 'YES_SHARE_OUT_OF_RANGE',
          },
        });
      }
    }
  });
export type IndicatorInput = z.output<typeof indicatorInputSchema>;

export const MAX_INDICATORS_PER_SET = 2000;

/** A whole survey's indicator set; codes must be unique within it. */
export const importIndicatorSetSchema = z
  .object({
    key: text(80, 'Key').regex(/^[a-z0-9][a-z0-9._-]*$/i, 'Key may contain letters, digits and . _ - only'),
    title: text(300, 'Title'),
    area: text(120, 'Area'),
    year: z
      .number('Year must be a number')
      .int('Year must be a whole number')
      .min(2000, 'Year must be 2000 or later')
      .max(2100, 'Year must be 2100 or earlier'),
    source: optionalText(200, 'Source'),
    indicators: z
      .array(indicatorInputSchema, 'Indicators must be a list')
      .min(1, 'A set needs at least one indicator')
      .max(MAX_INDICATORS_PER_SET, `A set may have at most ${MAX_INDICATORS_PER_SET} indicators`),
  })
  .superRefine((set, ctx) => {
    const seen = new Map<string, number>();
    set.indicators.forEach((indicator, index) => {
      const first = seen.get(indicator.code);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', index, 'code'],
          message: `Code ${indicator.code} is used twice (also in row ${first + 1})`,
          params: { rule: 'DUPLICATE_CODE', value: indicator.code, firstRow: first + 1 },
        });
      } else seen.set(indicator.code, index);
    });
  });
export type ImportIndicatorSetInput = z.output<typeof importIndicatorSetSchema>;

/**
 * The network an import belongs to; absent means "decide for me" (see the AccessPolicy). Form
 * fields arrive as text, so an empty one counts as absent.
 */
export const catalogueOwnerSchema = z.object({
  networkId: z.preprocess((value) => (value === '' ? null : value), idSchema('Network').nullish()),
});
