import { ROUND_PHASES, type RoundPhase } from './enums.js';
import { checkTransition, isAtOrAfter, nextPhase, previousPhase } from './phases.js';

describe('the round phase machine', () => {
  it('orders the phases from DRAFT to CLOSED', () => {
    expect(nextPhase('DRAFT')).toBe('INTERPRETATION');
    expect(nextPhase('GOAL_SETTING')).toBe('CLOSED');
    expect(nextPhase('CLOSED')).toBeNull();
    expect(previousPhase('DRAFT')).toBeNull();
    expect(previousPhase('CLOSED')).toBe('GOAL_SETTING');
    expect(isAtOrAfter('COMPILATION', 'ANSWERING')).toBe(true);
    expect(isAtOrAfter('INTERPRETATION', 'ANSWERING')).toBe(false);
  });

  // Every pair of phases: forward one step is allowed, back one step needs a reason, all else is refused.
  const pairs = ROUND_PHASES.flatMap((from) =>
    ROUND_PHASES.map((to) => [from, to] as [RoundPhase, RoundPhase]),
  );
  it.each(pairs)('%s → %s', (from, to) => {
    const distance = ROUND_PHASES.indexOf(to) - ROUND_PHASES.indexOf(from);
    const withoutReason = checkTransition(from, to);
    const withReason = checkTransition(from, to, 'answers were entered in the wrong year');
    if (distance === 1) {
      expect(withoutReason).toEqual({ ok: true, step: 'forward' });
    } else if (distance === -1) {
      expect(withoutReason).toEqual({ ok: false, reason: 'REASON_REQUIRED' });
      expect(withReason).toEqual({ ok: true, step: 'back' });
    } else if (distance === 0) {
      expect(withReason).toEqual({ ok: false, reason: 'SAME_PHASE' });
    } else {
      expect(withReason).toEqual({ ok: false, reason: 'SKIPS_PHASES' });
    }
  });

  it('a blank reason is no reason', () => {
    expect(checkTransition('ANSWERING', 'INTERPRETATION', '   ')).toEqual({
      ok: false,
      reason: 'REASON_REQUIRED',
    });
  });
});
