import { deadlineProblems, phaseDeadlinesRuleSchema } from './deadlines.js';

const now = new Date('2026-11-30T10:00:00Z');

describe('deadline rules', () => {
  it('accepts deadlines in phase order, the same moment included', () => {
    expect(
      deadlineProblems(
        {},
        [
          { phase: 'INTERPRETATION', deadline: '2026-12-14T22:59:00Z' },
          { phase: 'ANSWERING', deadline: '2026-12-14T22:59:00Z' },
          { phase: 'COMPILATION', deadline: '2027-01-20T22:59:00Z' },
        ],
        now,
      ),
    ).toEqual([]);
  });

  it('refuses a new deadline in the past, naming the phase', () => {
    expect(deadlineProblems({}, [{ phase: 'ANSWERING', deadline: '2026-11-29T22:59:00Z' }], now)).toEqual([
      expect.objectContaining({ phase: 'ANSWERING', rule: 'DEADLINE_PAST' }),
    ]);
  });

  it('keeps a passed deadline that is not being changed', () => {
    const existing = { INTERPRETATION: '2026-11-01T22:59:00Z' };
    expect(
      deadlineProblems(
        existing,
        [
          { phase: 'INTERPRETATION', deadline: '2026-11-01T22:59:00.000Z' },
          { phase: 'ANSWERING', deadline: '2026-12-01T22:59:00Z' },
        ],
        now,
      ),
    ).toEqual([]);
  });

  it('refuses a later phase ending before an earlier one, against stored deadlines too', () => {
    const existing = { ANSWERING: '2027-01-31T22:59:00Z' };
    expect(
      deadlineProblems(existing, [{ phase: 'INTERPRETATION', deadline: '2027-02-15T22:59:00Z' }], now),
    ).toEqual([
      expect.objectContaining({ phase: 'INTERPRETATION', rule: 'DEADLINE_ORDER', otherPhase: 'ANSWERING' }),
    ]);
    expect(
      deadlineProblems(existing, [{ phase: 'DISCUSSION', deadline: '2027-01-15T22:59:00Z' }], now),
    ).toEqual([
      expect.objectContaining({ phase: 'DISCUSSION', rule: 'DEADLINE_ORDER', otherPhase: 'ANSWERING' }),
    ]);
  });

  it('lets a cleared deadline resolve an order problem', () => {
    const existing = { ANSWERING: '2027-01-31T22:59:00Z' };
    expect(
      deadlineProblems(
        existing,
        [
          { phase: 'INTERPRETATION', deadline: '2027-02-15T22:59:00Z' },
          { phase: 'ANSWERING', deadline: null },
        ],
        now,
      ),
    ).toEqual([]);
  });

  it('as a zod schema, puts the problem on the phase in the list', () => {
    const result = phaseDeadlinesRuleSchema({}, now).safeParse([
      { phase: 'DRAFT', deadline: null },
      { phase: 'ANSWERING', deadline: '2020-01-01T00:00:00Z' },
    ]);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({
      path: [1, 'deadline'],
      params: { rule: 'DEADLINE_PAST', phase: 'ANSWERING' },
    });
  });
});
