import { workItemLink } from './work-item-link';

const network = { id: 'n1', name: 'Nordväst' };
const round = { id: 'r1', title: 'Enkät 2026' };

describe('where a work item on the home leads', () => {
  it('progress to report opens the goal', () => {
    expect(
      workItemLink({ kind: 'PROGRESS_TO_REPORT', network, goal: { id: 'g1', title: 'Fler i arbete' } }),
    ).toEqual({ to: '/goals/g1', label: 'Fler i arbete' });
  });

  it('round work opens the page of what is asked', () => {
    expect(workItemLink({ kind: 'POSITIONS_TO_TAKE', network, round }).to).toBe('/rounds/r1/interpretations');
    expect(workItemLink({ kind: 'ANSWERS_TO_SUBMIT', network, round, municipality: { id: 'm1' } }).to).toBe(
      '/rounds/r1/answers/m1',
    );
    expect(workItemLink({ kind: 'ROUND_PHASE', network, round })).toEqual({
      to: '/rounds/r1',
      label: 'Enkät 2026',
    });
    expect(workItemLink({ kind: 'PENDING_INVITATIONS', network }).to).toBe('/networks/n1');
  });

  it('a kind without a round leads to its network, never to /rounds/undefined', () => {
    expect(workItemLink({ kind: 'SOMETHING_NEW', network, round: null })).toEqual({
      to: '/networks/n1',
      label: 'Nordväst',
    });
  });
});
