import { change, leaders, median, summarize } from './compilation.js';

describe('summarize', () => {
  it('counts answered against expected and gives the yes share for yes/no', () => {
    const summary = summarize('YES_NO', [{ boolean: true }, { boolean: true }, { boolean: false }, null], 8);
    expect(summary).toEqual({
      answered: 3,
      expected: 8,
      yesShare: 0.666667,
      mean: null,
      median: null,
      min: null,
      max: null,
    });
  });

  it('gives mean, median, min and max for numbers', () => {
    const summary = summarize('PERCENT', [{ number: 10 }, { number: 40 }, { number: 20 }, { number: 30 }], 4);
    expect(summary).toMatchObject({ answered: 4, mean: 25, median: 25, min: 10, max: 40, yesShare: null });
  });

  it('has no spread for texts or when nobody answered', () => {
    expect(summarize('TEXT', [{ text: 'a' }], 2)).toMatchObject({ answered: 1, mean: null, median: null });
    expect(summarize('NUMBER', [], 8)).toMatchObject({ answered: 0, expected: 8, mean: null, min: null });
  });

  it('median of odd and even lists', () => {
    expect(median([1, 2, 9])).toBe(2);
    expect(median([1, 2, 3, 9])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('leaders', () => {
  const entries = [
    { municipalityId: 'a', value: 90 },
    { municipalityId: 'b', value: 70 },
    { municipalityId: 'c', value: 90 },
    { municipalityId: 'd', value: 40 },
    { municipalityId: 'e', value: null },
  ];

  it('takes the best by polarity, ties sharing a place', () => {
    expect(leaders(entries, 'HIGHER_IS_BETTER', 1)).toEqual(['a', 'c']);
    expect(leaders(entries, 'HIGHER_IS_BETTER', 3)).toEqual(['a', 'c', 'b']);
    expect(leaders(entries, 'LOWER_IS_BETTER', 1)).toEqual(['d']);
  });

  it('names nobody for neutral indicators or when all are equal', () => {
    expect(leaders(entries, 'NEUTRAL')).toEqual([]);
    expect(
      leaders(
        [
          { municipalityId: 'a', value: 1 },
          { municipalityId: 'b', value: 1 },
        ],
        'HIGHER_IS_BETTER',
      ),
    ).toEqual([]);
  });
});

describe('change', () => {
  it('is the difference from the previous round, or null', () => {
    expect(change('PERCENT', { number: 55 }, { number: 40.5 })).toBe(14.5);
    expect(change('YES_NO', { boolean: true }, { boolean: false })).toBe(1);
    expect(change('NUMBER', { number: 3 }, null)).toBeNull();
  });
});
