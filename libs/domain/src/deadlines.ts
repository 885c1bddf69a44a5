import { z } from 'zod';
import { ROUND_PHASES, type RoundPhase } from './enums.js';
import { phaseIndex } from './phases.js';

/** A deadline problem, named so a client can word it in its own language. */
export type DeadlineRule = 'DEADLINE_PAST' | 'DEADLINE_ORDER';

export interface DeadlineProblem {
  phase: RoundPhase;
  rule: DeadlineRule;
  /** For DEADLINE_ORDER: the phase whose deadline it collides with. */
  otherPhase?: RoundPhase;
  message: string;
}

type Stored = Partial<Record<RoundPhase, string | Date | null>>;
const time = (value: string | Date | null | undefined) => (value ? new Date(value).getTime() : null);

/**
 * The deadline rules, shared by the API and the form: a deadline that is set or changed must not
 * be in the past, and deadlines must follow the phases' order (a later phase never ends before
 * an earlier one; the same moment is allowed). Only the phases being changed are judged, so a
 * round whose earlier deadlines have passed can still be edited.
 */
export function deadlineProblems(
  existing: Stored,
  changes: readonly { phase: RoundPhase; deadline?: string | Date | null }[],
  now: Date,
): DeadlineProblem[] {
  const merged = new Map<RoundPhase, number | null>(ROUND_PHASES.map((p) => [p, time(existing[p])]));
  const changed = new Set<RoundPhase>();
  for (const { phase, deadline } of changes) {
    const next = time(deadline);
    if (next !== merged.get(phase)) changed.add(phase);
    merged.set(phase, next);
  }
  const problems: DeadlineProblem[] = [];
  for (const phase of ROUND_PHASES) {
    const at = merged.get(phase);
    if (!changed.has(phase) || at == null) continue;
    if (at < now.getTime()) {
      problems.push({ phase, rule: 'DEADLINE_PAST', message: `The ${phase} deadline is in the past` });
      continue;
    }
    const clash = ROUND_PHASES.find((other) => {
      const otherAt = merged.get(other);
      if (otherAt == null || other === phase) return false;
      return phaseIndex(other) < phaseIndex(phase) ? otherAt > at : otherAt < at;
    });
    if (clash) {
      const relation = phaseIndex(clash) < phaseIndex(phase) ? 'before' : 'after';
      problems.push({
        phase,
        rule: 'DEADLINE_ORDER',
        otherPhase: clash,
        message: `The ${phase} deadline must not be ${relation} the ${clash} deadline: phases end in order`,
      });
    }
  }
  return problems;
}

/**
 * The zod form of the rule for a list of phase deadlines, given what is stored and the time now.
 * Each issue's path ends in the phase (`<index>.deadline`) and carries `params {rule, phase, otherPhase}`.
 */
export function phaseDeadlinesRuleSchema(existing: Stored, now: Date) {
  return z
    .array(z.object({ phase: z.enum(ROUND_PHASES), deadline: z.coerce.date().nullish() }))
    .superRefine((list, ctx) => {
      for (const problem of deadlineProblems(existing, list, now)) {
        ctx.addIssue({
          code: 'custom',
          path: [list.findIndex((d) => d.phase === problem.phase), 'deadline'],
          message: problem.message,
          params: { rule: problem.rule, phase: problem.phase, otherPhase: problem.otherPhase },
        });
      }
    });
}
