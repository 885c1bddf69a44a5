import { duplicateCodeProblems, sortProblems } from './problems.js';

const rows = [2, 3, 5].map((row) => ({ row, raw: {} }));

describe('file import problems', () => {
  it('reports every repeat of a code at its own row, naming the first', () => {
    expect(duplicateCodeProblems(rows, ['A', 'B', 'A'])).toEqual([
      {
        row: 5,
        column: 'code',
        code: 'DUPLICATE_CODE',
        params: { column: 'code', value: 'A', firstRow: 2 },
        message: 'Code A is used twice (also in row 2)',
      },
    ]);
    expect(duplicateCodeProblems(rows, ['', '', null])).toEqual([]);
  });

  it('sorts file-level first, then by row and the given column order; unknown columns last', () => {
    const sorted = sortProblems(
      [
        { row: 3, column: 'other', message: 'a' },
        { row: 3, column: 'value', message: 'b' },
        { row: 3, column: 'code', message: 'c' },
        { row: null, column: null, message: 'd' },
        { row: 3, column: 'code', message: 'c' },
      ],
      ['code', 'value'],
    );
    expect(sorted.map((p) => p.message)).toEqual(['d', 'c', 'b', 'a']);
  });
});
