import { submissionRows } from './submissions';

describe('submissionRows', () => {
  it('lists every municipality in name order, those without a status row as drafts with nothing answered', () => {
    const rows = submissionRows(
      [
        { id: 'm2', name: 'Järfälla' },
        { id: 'm1', name: 'Ekerö' },
        { id: 'm3', name: 'Öckerö' },
        { id: 'm4', name: 'Sollentuna' },
      ],
      [
        {
          municipality: { id: 'm4', name: 'Sollentuna' },
          status: 'SUBMITTED',
          answered: 12,
          submittedAt: '2026-11-30T12:00:00.000Z',
          approvedAt: null,
          lateUntil: null,
        },
      ],
      'sv',
    );
    expect(rows.map((r) => [r.municipality.name, r.status, r.answered])).toEqual([
      ['Ekerö', 'DRAFT', 0],
      ['Järfälla', 'DRAFT', 0],
      ['Sollentuna', 'SUBMITTED', 12],
      ['Öckerö', 'DRAFT', 0],
    ]);
  });
});
