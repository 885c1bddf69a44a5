import { ROUND_PHASES, type RoundPhase } from './enums.js';

/**
 * The round's phase machine: a round moves forward one phase at a time; the coordinator may
 * step back exactly one phase, giving a reason. CLOSED can be reopened to GOAL_SETTING only
 * by stepping back (with a reason), like any other step back.
 */
export type PhaseStep = 'forward' | 'back';

export function phaseIndex(phase: RoundPhase): number {
  return ROUND_PHASES.indexOf(phase);
}

export function nextPhase(phase: RoundPhase): RoundPhase | null {
  return ROUND_PHASES[phaseIndex(phase) + 1] ?? null;
}

export function previousPhase(phase: RoundPhase): RoundPhase | null {
  const index = phaseIndex(phase);
  return index > 0 ? ROUND_PHASES[index - 1] : null;
}

export type TransitionCheck =
  { ok: true; step: PhaseStep } | { ok: false; reason: 'SAME_PHASE' | 'SKIPS_PHASES' | 'REASON_REQUIRED' };

/** May a round move from `from` to `to`? A step back needs a non-empty reason. */
export function checkTransition(from: RoundPhase, to: RoundPhase, reason?: string | null): TransitionCheck {
  if (from === to) return { ok: false, reason: 'SAME_PHASE' };
  if (nextPhase(from) === to) return { ok: true, step: 'forward' };
  if (previousPhase(from) === to) {
    return reason && reason.trim() ? { ok: true, step: 'back' } : { ok: false, reason: 'REASON_REQUIRED' };
  }
  return { ok: false, reason: 'SKIPS_PHASES' };
}

/** Is the phase at or past `phase`? Used by rules such as answer visibility. */
export function isAtOrAfter(current: RoundPhase, phase: RoundPhase): boolean {
  return phaseIndex(current) >= phaseIndex(phase);
}
