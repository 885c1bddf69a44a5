import { problemFromIssue, sortSetProblems } from './problems.js';

const rows = [2, 3, 5].map((row) => ({ row, raw: {} }));

describe('import problems', () => {
  it('maps a schema path to the source row and column, with the code and the value read', () => {
    const set = { indicators: [{}, {}, { answerType: 'SIFFRA' }] };
    const enumIssue = {
      code: 'invalid_value',
      values: ['YES_NO', 'NUMBER'],
      path: ['indicators', 2, 'answerType'],
      message: 'm',
    };
    expect(problemFromIssue(enumIssue, rows, set)).toEqual({
      row: 5,
      column: 'answerType',
      code: 'NOT_ONE_OF',
      params: { column: 'answerType', value: 'SIFFRA', allowed: 'YES_NO, NUMBER' },
      message: 'm',
    });
    const tooLong = { code: 'too_big', origin: 'string', maximum: 300, path: ['title'], message: 'm' };
    expect(problemFromIssue(tooLong, rows, set)).toEqual({
      row: null,
      column: 'title',
      code: 'TOO_LONG',
      params: { column: 'title', max: 300 },
      message: 'm',
    });
    const rule = { code: 'custom', params: { rule: 'CHOICE_NEEDS_OPTIONS' }, message: 'm' };
    expect(problemFromIssue({ ...rule, path: ['indicators', 0, 'options', 1] }, rows, set)).toMatchObject({
      row: 2,
      column: 'options',
      code: 'CHOICE_NEEDS_OPTIONS',
    });
    expect(problemFromIssue({ path: ['indicators'], message: 'm' }, rows, set)).toMatchObject({
      row: null,
      column: 'indicators',
      code: 'INVALID',
    });
    expect(problemFromIssue({ path: [], message: 'm' }, rows, set)).toMatchObject({
      row: null,
      column: null,
    });
  });

  it('sorts set-level first, then by row and column order, without repeats', () => {
    const problem = (row: number | null, column: string | null, message: string) => ({
      row,
      column,
      code: 'INVALID' as const,
      params: {},
      message,
    });
    const sorted = sortSetProblems([
      problem(3, 'nationalReference', 'a'),
      problem(3, 'code', 'b'),
      problem(2, null, 'c'),
      problem(null, 'year', 'd'),
      problem(null, 'key', 'e'),
      problem(3, 'code', 'b'),
    ]);
    expect(sorted.map((p) => p.message)).toEqual(['e', 'd', 'c', 'b', 'a']);
  });
});
