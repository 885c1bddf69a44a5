import { z } from 'zod';
import { CONSENSUS_RULES } from './consensus.js';
import { STANCES, type RoundPhase } from './enums.js';

/** The longest proposal text, outcome statement or reason (about a page). */
export const INTERPRETATION_TEXT_MAX = 4000;
export const POSITION_REASON_MAX = 2000;

const uuid = (label: string) => z.uuid(`${label} is not a valid id`);
const text = (label: string, max = INTERPRETATION_TEXT_MAX) =>
  z
    .string(`${label} is required`)
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`);

export const proposeInterpretationSchema = z.object({
  roundId: uuid('Round'),
  indicatorId: uuid('Indicator'),
  text: text('Text'),
});

export const updateInterpretationSchema = z.object({ text: text('Text') });

/** DISAGREE and BLOCK need a reason: the others must be able to see what stands in the way. */
export const castPositionSchema = z
  .object({
    proposalId: uuid('Proposal'),
    municipalityId: uuid('Municipality'),
    stance: z.enum(STANCES),
    reason: z
      .string()
      .trim()
      .max(POSITION_REASON_MAX, `Reason must be at most ${POSITION_REASON_MAX} characters`)
      .nullish(),
  })
  .transform((input) => ({ ...input, reason: input.reason ? input.reason : null }))
  .superRefine((input, ctx) => {
    if ((input.stance === 'DISAGREE' || input.stance === 'BLOCK') && !input.reason) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: `A reason is required to ${input.stance === 'BLOCK' ? 'block' : 'disagree'}`,
      });
    }
  });

/** A review date is a day (YYYY-MM-DD): when the network should look at the reading again. */
const reviewBy = z.iso.date('Review date must be a date (YYYY-MM-DD)').nullish();

export const resolveInterpretationSchema = z.object({
  status: z.enum(['AGREED', 'REJECTED'], 'A proposal is resolved as AGREED or REJECTED'),
  /** The outcome as recorded; for AGREED it defaults to the proposal's text. */
  outcome: text('Outcome').nullish(),
  reviewBy,
});

export const reconfirmInterpretationSchema = z.object({
  roundId: uuid('Round'),
  indicatorId: uuid('Indicator'),
  reviewBy,
});

export const consensusRuleSchema = z.enum(CONSENSUS_RULES);

/**
 * When interpretation work may happen: proposals (and editing or withdrawing them) and positions
 * only in INTERPRETATION; recording an outcome also in ANSWERING, because questions come up while
 * answering. Anything else is PHASE_CLOSED.
 */
export function interpretationOpen(phase: RoundPhase, action: 'propose' | 'position' | 'resolve'): boolean {
  return phase === 'INTERPRETATION' || (action === 'resolve' && phase === 'ANSWERING');
}
