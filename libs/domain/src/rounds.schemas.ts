import { z } from 'zod';
import { plainString } from './text.js';
import { ROUND_PHASES } from './enums.js';

const uuid = (label: string) => z.uuid(`${label} is not a valid id`);
const title = plainString().min(1, 'Title is required').max(200, 'Title must be at most 200 characters');
const deadline = z.coerce.date('Deadline must be a date').nullish();

export const createRoundSchema = z.object({
  networkId: uuid('Network'),
  indicatorSetId: uuid('Indicator set'),
  title,
  // A new round's deadline follows the same rule as later edits (not in the past).
  answeringDeadline: deadline.refine((d) => !d || d.getTime() >= Date.now(), {
    message: 'The ANSWERING deadline is in the past',
    params: { rule: 'DEADLINE_PAST', phase: 'ANSWERING' },
  }),
});

export const phaseDeadlineSchema = z.object({
  phase: z.enum(ROUND_PHASES),
  deadline: deadline,
});

export const updateRoundSchema = z.object({
  title: title.optional(),
  phaseDeadlines: z
    .array(phaseDeadlineSchema)
    .max(ROUND_PHASES.length)
    .optional()
    .refine(
      (list) => !list || new Set(list.map((d) => d.phase)).size === list.length,
      'Each phase may have one deadline',
    ),
});

export const setRoundPhaseSchema = z.object({
  phase: z.enum(ROUND_PHASES),
  reason: plainString(undefined, { multiline: true })
    .max(1000, 'Reason must be at most 1000 characters')
    .nullish(),
  expectedVersion: z.number().int().positive().nullish(),
});
