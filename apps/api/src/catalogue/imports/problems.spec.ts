import { problemFromIssue, sortSetProblems } from './problems.js';

const rows = [2, 3, 5].map((row) => ({ row, raw: {} }));

describe('import problems', () => {
  it('maps a schema path to the source row and column', () => {
    expect(problemFromIssue({ path: ['indicators', 2, 'options', 1], message: 'm' }, rows)).toEqual({
      row: 5,
      column: 'options',
      message: 'm',
    });
    expect(problemFromIssue({ path: ['year'], message: 'm' }, rows)).toEqual({
      row: null,
      column: 'year',
      message: 'm',
    });
    expect(problemFromIssue({ path: ['indicators'], message: 'm' }, rows)).toMatchObject({
      row: null,
      column: 'indicators',
    });
    expect(problemFromIssue({ path: [], message: 'm' }, rows)).toMatchObject({ row: null, column: null });
  });

  it('sorts set-level first, then by row and column order, without repeats', () => {
    const sorted = sortSetProblems([
      { row: 3, column: 'nationalReference', message: 'a' },
      { row: 3, column: 'code', message: 'b' },
      { row: 2, column: null, message: 'c' },
      { row: null, column: 'year', message: 'd' },
      { row: null, column: 'key', message: 'e' },
      { row: 3, column: 'code', message: 'b' },
    ]);
    expect(sorted.map((p) => p.message)).toEqual(['e', 'd', 'c', 'b', 'a']);
  });
});
