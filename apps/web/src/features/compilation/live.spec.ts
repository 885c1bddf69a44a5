import { compileRow } from '@samrad/domain';
import { applyEventToCache } from '../../realtime/cache-sync';
import { client, compilation, M, NAMES, read, saved } from './live.fixtures';
import './live-updates';

describe('the open compilation follows answer.saved without a request', () => {
  it('patches the cell and recomputes the row with the API maths', () => {
    const { apollo } = client(compilation([60, 80, null]));
    applyEventToCache(apollo, saved(M[2], 90));
    const row = read(apollo);
    expect(row.cells[2]).toMatchObject({ hidden: false, value: { number: 90 }, comment: 'Från systemet' });
    const expected = compileRow({
      answerType: 'PERCENT',
      polarity: 'HIGHER_IS_BETTER',
      options: null,
      cells: [60, 80, 90].map((number, i) => ({ municipalityId: M[i], value: { number }, previous: null })),
    });
    expect(row.summary).toMatchObject({
      answered: 3,
      expected: 3,
      mean: expected.summary.mean,
      median: 80,
      min: 60,
      max: 90,
    });
    expect(row.leaders.map((m) => m.name)).toEqual(expected.leaders.map((id) => NAMES[M.indexOf(id)]));
  });

  it('a value withheld by give-to-get changes nothing: the cell stays hidden', () => {
    const { apollo } = client(compilation([60, null, null], [false, true, false]));
    const before = read(apollo);
    expect(before.cells[1]).toMatchObject({ hidden: true, value: null });
    applyEventToCache(apollo, saved(M[1], undefined));
    expect(read(apollo)).toEqual(before);
  });

  it('a value that reaches the reader opens its hidden cell, and a comment taken away goes', () => {
    const { apollo } = client(compilation([60, null, null], [false, true, false]));
    applyEventToCache(apollo, saved(M[1], 70));
    expect(read(apollo).cells[1]).toMatchObject({
      hidden: false,
      value: { number: 70 },
      comment: 'Från systemet',
    });
    expect(read(apollo).summary).toMatchObject({ answered: 2, min: 60, max: 70 });
    applyEventToCache(apollo, saved(M[1], 75, ''));
    expect(read(apollo).cells[1]).toMatchObject({ value: { number: 75 }, comment: null });
  });
});
