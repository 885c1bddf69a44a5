import fc from 'fast-check';
import { numericValue } from './answers.js';
import {
  change,
  compileColumns,
  compileRow,
  distribution,
  leaders,
  median,
  summarize,
} from './compilation.js';

describe('summarize', () => {
  it('counts answered against expected and gives the yes share for yes/no as a fraction', () => {
    const summary = summarize('YES_NO', [{ boolean: true }, { boolean: true }, { boolean: false }, null], 8);
    expect(summary).toEqual({
      answered: 3,
      expected: 8,
      yesShare: 2 / 3,
      mean: null,
      median: null,
      min: null,
      max: null,
      distribution: null,
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

  it('counts each option of a choice question, options in order and zeros kept', () => {
    const values = [{ choice: 'Ofta' }, { choice: 'Alltid' }, { choice: 'Ofta' }, null];
    expect(summarize('CHOICE', values, 5, ['Alltid', 'Ofta', 'Aldrig'])).toMatchObject({
      answered: 3,
      mean: null,
      distribution: [
        { option: 'Alltid', count: 1 },
        { option: 'Ofta', count: 2 },
        { option: 'Aldrig', count: 0 },
      ],
    });
    // a value no longer among the options is still counted, after them
    expect(distribution(['A'], [{ choice: 'B' }])).toEqual([
      { option: 'A', count: 0 },
      { option: 'B', count: 1 },
    ]);
  });

  it('median of odd and even lists', () => {
    expect(median([1, 2, 9])).toBe(2);
    expect(median([1, 2, 3, 9])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('keeps the mean of equal values equal to them (no floating-point drift outside the range)', () => {
    const summary = summarize('NUMBER', [{ number: 0.1 }, { number: 0.1 }, { number: 0.1 }], 3);
    expect(summary.mean).toBe(0.1);
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
    expect(change('CHOICE', { choice: 'a' }, { choice: 'b' })).toBeNull();
  });
});

describe('compileRow', () => {
  it('summarizes the given cells, names leaders and gives each cell its change', () => {
    const figures = compileRow({
      answerType: 'PERCENT',
      polarity: 'LOWER_IS_BETTER',
      options: null,
      cells: [
        { municipalityId: 'a', value: { number: 30 }, previous: { number: 20 } },
        { municipalityId: 'b', value: { number: 10 }, previous: null },
        { municipalityId: 'c', value: null, previous: { number: 5 } },
      ],
    });
    expect(figures.summary).toMatchObject({ answered: 2, expected: 3, mean: 20, min: 10, max: 30 });
    expect(figures.leaders).toEqual(['b', 'a']);
    expect(figures.changes).toEqual([10, null, null]);
  });
});

describe('compilation maths: properties over generated inputs (fast-check)', () => {
  const numbers = fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }), {
    minLength: 1,
    maxLength: 60,
  });

  it('the mean lies within [min, max], and min/max are the extremes', () => {
    fc.assert(
      fc.property(numbers, (ns) => {
        const s = summarize(
          'NUMBER',
          ns.map((number) => ({ number })),
          ns.length,
        );
        expect(s.min).toBe(Math.min(...ns));
        expect(s.max).toBe(Math.max(...ns));
        expect(s.mean!).toBeGreaterThanOrEqual(s.min!);
        expect(s.mean!).toBeLessThanOrEqual(s.max!);
      }),
    );
  });

  it('the median is the middle value (or the mean of the two middle values) of the sorted values', () => {
    fc.assert(
      fc.property(numbers, (ns) => {
        const s = summarize(
          'NUMBER',
          ns.map((number) => ({ number })),
          ns.length,
        );
        const sorted = [...ns].sort((a, b) => a - b);
        const below = sorted.filter((n) => n < s.median!).length;
        const above = sorted.filter((n) => n > s.median!).length;
        // as many values on each side (within the values equal to it)
        expect(below).toBeLessThanOrEqual(Math.floor(ns.length / 2));
        expect(above).toBeLessThanOrEqual(Math.floor(ns.length / 2));
        const middle = Math.floor(sorted.length / 2);
        expect(s.median).toBe(sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2);
      }),
    );
  });

  it('the yes share is a fraction in [0, 1] equal to yes / (yes + no)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.boolean()), { maxLength: 60 }), (answers) => {
        const values = answers.map((b) => (b === null ? null : { boolean: b }));
        const s = summarize('YES_NO', values, answers.length);
        const given = answers.filter((b) => b !== null);
        if (!given.length) return expect(s.yesShare).toBeNull();
        expect(s.yesShare!).toBeGreaterThanOrEqual(0);
        expect(s.yesShare!).toBeLessThanOrEqual(1);
        expect(s.yesShare).toBeCloseTo(given.filter(Boolean).length / given.length, 12);
        expect(s.answered).toBe(given.length);
      }),
    );
  });

  const entries = fc
    .array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }), { maxLength: 30 })
    .map((values) => values.map((value, i) => ({ municipalityId: `m${i}`, value })));
  const polarity = fc.constantFrom('HIGHER_IS_BETTER' as const, 'LOWER_IS_BETTER' as const);

  it('leaders are never worse than anyone left out, ties are kept, and NEUTRAL has none', () => {
    fc.assert(
      fc.property(entries, polarity, fc.integer({ min: 1, max: 5 }), (list, direction, places) => {
        expect(leaders(list, 'NEUTRAL', places)).toEqual([]);
        const chosen = new Set(leaders(list, direction, places));
        const valued = list.filter((e) => e.value !== null) as { municipalityId: string; value: number }[];
        const better = (a: number, b: number) => (direction === 'HIGHER_IS_BETTER' ? a > b : a < b);
        for (const leader of valued.filter((e) => chosen.has(e.municipalityId)))
          for (const other of valued.filter((e) => !chosen.has(e.municipalityId))) {
            expect(better(leader.value, other.value)).toBe(true); // strictly: an equal one would be a tie kept
          }
        // nobody without a value leads
        for (const e of list) if (e.value === null) expect(chosen.has(e.municipalityId)).toBe(false);
        const distinct = new Set(valued.map((e) => e.value)).size;
        if (distinct >= 2) {
          // at least `places` leaders when there are that many values, and never a full sweep
          expect(chosen.size).toBeGreaterThanOrEqual(Math.min(places, valued.length));
          const values = new Set(valued.filter((e) => chosen.has(e.municipalityId)).map((e) => e.value));
          expect(values.size).toBeLessThanOrEqual(places);
        } else expect(chosen.size).toBe(0);
      }),
    );
  });
});

describe('compileColumns: compileRow over columns', () => {
  const answerType = fc.constantFrom(
    'YES_NO' as const,
    'NUMBER' as const,
    'PERCENT' as const,
    'TEXT' as const,
    'CHOICE' as const,
  );
  const anyPolarity = fc.constantFrom(
    'HIGHER_IS_BETTER' as const,
    'LOWER_IS_BETTER' as const,
    'NEUTRAL' as const,
  );
  // any value in any field (and none), so that the type decides what counts, as in the API
  const value = fc.option(
    fc.record({
      boolean: fc.option(fc.boolean(), { nil: null }),
      // few distinct numbers, so ties, equal rows and zero changes come up
      number: fc.option(
        fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
        {
          nil: null,
        },
      ),
      text: fc.option(fc.constantFrom('a', 'b'), { nil: null }),
      choice: fc.option(fc.constantFrom('x', 'y', 'z'), { nil: null }),
    }),
    { nil: null },
  );
  const cells = fc.array(fc.record({ value, previous: value }), { maxLength: 40 });

  it('gives the same summary, leaders and changes as compileRow for the same cells', () => {
    fc.assert(
      fc.property(answerType, anyPolarity, cells, (type, polarity, list) => {
        const options = type === 'CHOICE' ? ['x', 'y'] : null;
        const byRow = compileRow({
          answerType: type,
          polarity,
          options,
          cells: list.map((cell, i) => ({ municipalityId: `m${i}`, ...cell })),
        });
        const byColumns = compileColumns({
          answerType: type,
          polarity,
          options,
          municipalityIds: list.map((_, i) => `m${i}`),
          answered: list.map((cell) => cell.value !== null),
          numbers: list.map((cell) => numericValue(type, cell.value)),
          previousNumbers: list.map((cell) => numericValue(type, cell.previous)),
          choices: list.map((cell) => cell.value?.choice ?? null),
        });
        expect(byColumns).toEqual(byRow);
      }),
      { numRuns: 500 },
    );
  });
});
