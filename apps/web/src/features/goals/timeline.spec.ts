import { parseNumber } from './numbers';
import { timeline } from './timeline';

describe('the goal timeline', () => {
  it('merges reports, status changes and milestones reached, newest first', () => {
    const entries = timeline({
      progress: [
        {
          id: 'p1',
          status: 'AT_RISK',
          note: 'Staff shortage',
          value: 40,
          reportedAt: '2026-03-01T10:00:00Z',
          municipality: { name: 'Ekerö' },
          reportedBy: { displayName: 'Chef Ekerö' },
        },
      ],
      statusHistory: [
        { id: 's1', fromStatus: null, toStatus: 'PROPOSED', reason: null, changedAt: '2026-01-01T10:00:00Z' },
        {
          id: 's2',
          fromStatus: 'PROPOSED',
          toStatus: 'ACTIVE',
          reason: null,
          changedAt: '2026-02-01T10:00:00Z',
        },
      ],
      milestones: [
        { id: 'm1', title: 'Plan', doneAt: '2026-04-01T10:00:00Z', doneBy: { displayName: 'Sara' } },
        { id: 'm2', title: 'Not yet', doneAt: null },
      ],
    });
    expect(entries.map((e) => e.id)).toEqual(['milestone-m1', 'progress-p1', 'status-s2', 'status-s1']);
    expect(entries[1]).toMatchObject({
      kind: 'progress',
      municipality: 'Ekerö',
      status: 'AT_RISK',
      value: 40,
    });
  });
});

describe('parseNumber', () => {
  it('reads a decimal comma or point, and tells empty from not a number', () => {
    expect(parseNumber('42,5')).toBe(42.5);
    expect(parseNumber(' 1 000.25 ')).toBe(1000.25);
    expect(parseNumber('-3')).toBe(-3);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('4x')).toBeNaN();
  });
});
