import fc from 'fast-check';
import { PROGRESS_STATUSES } from './enums.js';
import {
  COMMITMENT_STATUSES,
  createGoalSchema,
  daysSince,
  goalProgress,
  goalTransitionAllowed,
  latestByMunicipality,
  nextMilestone,
  reportProgressSchema,
  setGoalStatusSchema,
} from './goals.js';

const at = (iso: string) => new Date(iso);
const networkId = '7d3f1a52-5b8e-4c1e-9f57-0c2b8a6d1e10';

describe('goalProgress', () => {
  it('counts the share of committed municipalities whose latest update is DONE', () => {
    const progress = goalProgress({
      commitments: [
        { municipalityId: 'a', status: 'COMMITTED' },
        { municipalityId: 'b', status: 'COMMITTED' },
        { municipalityId: 'c', status: 'COMMITTED' },
        { municipalityId: 'd', status: 'DECLINED' },
      ],
      updates: [
        { municipalityId: 'a', status: 'DONE', reportedAt: at('2026-01-01') },
        { municipalityId: 'b', status: 'DONE', reportedAt: at('2026-01-01') },
        { municipalityId: 'b', status: 'AT_RISK', reportedAt: at('2026-02-01') },
        { municipalityId: 'd', status: 'DONE', reportedAt: at('2026-02-01') },
      ],
      milestones: [{ done: true }, { done: false }, { done: true }],
    });
    expect(progress).toEqual({
      committed: 3,
      done: 1,
      doneShare: 1 / 3,
      onTrack: 0,
      atRisk: 1,
      offTrack: 0,
      notReported: 1,
      milestonesDone: 2,
      milestonesTotal: 3,
    });
  });

  it('is 0 without commitments, and an update out of order does not beat a later one', () => {
    expect(goalProgress({ commitments: [], updates: [], milestones: [] }).doneShare).toBe(0);
    const latest = latestByMunicipality([
      { municipalityId: 'a', status: 'ON_TRACK', reportedAt: at('2026-03-01') },
      { municipalityId: 'a', status: 'DONE', reportedAt: at('2026-01-01') },
    ]);
    expect(latest.get('a')?.status).toBe('ON_TRACK');
  });

  const world = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 10 }).chain((ids) =>
    fc.record({
      commitments: fc
        .constant(ids)
        .chain((list) =>
          fc.tuple(
            ...list.map((id) =>
              fc.record({ municipalityId: fc.constant(id), status: fc.constantFrom(...COMMITMENT_STATUSES) }),
            ),
          ),
        ),
      updates: fc.array(
        fc.record({
          municipalityId: ids.length ? fc.oneof(fc.constantFrom(...ids), fc.string()) : fc.string(),
          status: fc.constantFrom(...PROGRESS_STATUSES),
          reportedAt: fc.date({ min: at('2024-01-01'), max: at('2028-01-01'), noInvalidDate: true }),
        }),
        { maxLength: 40 },
      ),
      milestones: fc.array(fc.record({ done: fc.boolean() }), { maxLength: 10 }),
    }),
  );

  it('always adds up: every committed municipality counted once, share within 0..1 (property)', () => {
    fc.assert(
      fc.property(world, (input) => {
        const p = goalProgress(input);
        expect(p.done + p.onTrack + p.atRisk + p.offTrack + p.notReported).toBe(p.committed);
        expect(p.committed).toBe(input.commitments.filter((c) => c.status === 'COMMITTED').length);
        expect(p.doneShare).toBeGreaterThanOrEqual(0);
        expect(p.doneShare).toBeLessThanOrEqual(1);
        expect(p.milestonesDone).toBeLessThanOrEqual(p.milestonesTotal);
        expect(p.milestonesTotal).toBe(input.milestones.length);
      }),
    );
  });

  it('does not depend on the order updates arrive in, except for exact ties (property)', () => {
    fc.assert(
      fc.property(world, (input) => {
        const distinct = input.updates.filter(
          (u, i, all) =>
            all.findIndex(
              (o) =>
                o.municipalityId === u.municipalityId && o.reportedAt.getTime() === u.reportedAt.getTime(),
            ) === i,
        );
        const forward = goalProgress({ ...input, updates: distinct });
        const backward = goalProgress({ ...input, updates: [...distinct].reverse() });
        expect(backward).toEqual(forward);
      }),
    );
  });

  it('a later DONE from every committed municipality makes the share 1 (property)', () => {
    fc.assert(
      fc.property(world, (input) => {
        const committed = input.commitments.filter((c) => c.status === 'COMMITTED');
        fc.pre(committed.length > 0);
        const done = committed.map((c) => ({
          municipalityId: c.municipalityId,
          status: 'DONE' as const,
          reportedAt: at('2030-01-01'),
        }));
        expect(goalProgress({ ...input, updates: [...input.updates, ...done] }).doneShare).toBe(1);
      }),
    );
  });
});

describe('goal rules and inputs', () => {
  it('status moves one way: PROPOSED → ACTIVE → ACHIEVED, DROPPED from the open ones', () => {
    expect(goalTransitionAllowed('PROPOSED', 'ACTIVE')).toBe(true);
    expect(goalTransitionAllowed('ACTIVE', 'ACHIEVED')).toBe(true);
    expect(goalTransitionAllowed('PROPOSED', 'DROPPED')).toBe(true);
    expect(goalTransitionAllowed('PROPOSED', 'ACHIEVED')).toBe(false);
    expect(goalTransitionAllowed('ACHIEVED', 'ACTIVE')).toBe(false);
    expect(goalTransitionAllowed('DROPPED', 'ACTIVE')).toBe(false);
    expect(setGoalStatusSchema.safeParse({ status: 'DROPPED' }).success).toBe(false);
    expect(setGoalStatusSchema.safeParse({ status: 'ACTIVE' }).success).toBe(true);
  });

  it('names the field of bad input', () => {
    const paths = (input: unknown) => {
      const result = createGoalSchema.safeParse(input);
      return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    };
    expect(paths({ networkId, title: '' })).toEqual(['title']);
    expect(paths({ networkId, title: 'x'.repeat(201) })).toEqual(['title']);
    expect(paths({ networkId, title: 'Mål', dueDate: '2001-01-01' })).toEqual(['dueDate']);
    expect(paths({ networkId, title: 'Mål', dueDate: new Date().toISOString() })).toEqual([]);
    expect(paths({ networkId, title: 'Mål', indicatorIds: [networkId] })).toEqual(['baselineRoundId']);
    expect(
      reportProgressSchema.safeParse({
        goalId: networkId,
        municipalityId: networkId,
        status: 'DONE',
        value: Infinity,
      }).success,
    ).toBe(false);
  });

  it('days since and the next milestone', () => {
    expect(daysSince(null, at('2026-01-01'))).toBeNull();
    expect(daysSince(at('2026-01-01T12:00:00Z'), at('2026-01-03T11:00:00Z'))).toBe(1);
    expect(daysSince(at('2026-02-01'), at('2026-01-01'))).toBe(0);
    expect(
      nextMilestone([
        { id: 1, done: false, dueDate: null },
        { id: 2, done: true, dueDate: at('2026-01-01') },
        { id: 3, done: false, dueDate: at('2026-06-01') },
        { id: 4, done: false, dueDate: at('2026-03-01') },
      ])?.id,
    ).toBe(4);
    expect(nextMilestone([{ done: true, dueDate: null }])).toBeNull();
  });
});
