import { awaitingAnswer, dueItems } from './due';

const commitment = (over: Partial<Parameters<typeof dueItems>[0][number]> & { goalId: string }) => ({
  status: 'COMMITTED',
  daysSinceLastUpdate: 10,
  municipality: { name: 'Järfälla' },
  nextMilestone: null,
  ...over,
  goal: { id: over.goalId, title: `Goal ${over.goalId}`, status: 'ACTIVE', dueDate: null, ...over.goal },
});

describe('what is due on the dashboard', () => {
  it('puts overdue reports first (longest first), then dates soonest first; closed goals and declines out', () => {
    const items = dueItems([
      commitment({
        goalId: 'a',
        goal: { id: 'a', title: 'A', status: 'ACTIVE', dueDate: '2027-06-30T21:59:00Z' },
      }),
      commitment({
        goalId: 'b',
        nextMilestone: { title: 'Training plan', dueDate: '2027-01-15T22:59:00Z' },
        daysSinceLastUpdate: 95,
      }),
      commitment({ goalId: 'c', daysSinceLastUpdate: 200 }),
      commitment({
        goalId: 'd',
        goal: { id: 'd', title: 'D', status: 'ACHIEVED', dueDate: '2027-01-01T00:00:00Z' },
      }),
      commitment({ goalId: 'e', status: 'DECLINED', daysSinceLastUpdate: null }),
    ]);
    expect(items.map((i) => `${i.kind}:${i.goalId}`)).toEqual([
      'report:c',
      'report:b',
      'milestone:b',
      'goal:a',
    ]);
  });

  it('lists open goals my headed municipalities have not answered', () => {
    const goals = [
      { id: 'g1', title: 'ASI', status: 'ACTIVE', commitments: [{ municipality: { id: 'm1' } }] },
      { id: 'g2', title: 'Training', status: 'PROPOSED', commitments: [] },
      { id: 'g3', title: 'Old', status: 'DROPPED', commitments: [] },
    ];
    expect(awaitingAnswer([{ id: 'm1', name: 'Järfälla' }], goals)).toEqual([
      { goalId: 'g2', goal: 'Training', municipality: 'Järfälla' },
    ]);
    expect(awaitingAnswer([], goals)).toEqual([]);
  });
});
