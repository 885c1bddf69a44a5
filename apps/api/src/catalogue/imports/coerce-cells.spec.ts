import { coerceIndicator, coerceNumber, coerceOptions } from './coerce-cells.js';

describe('import cell coercion', () => {
  it('reads numbers as people type them', () => {
    const problems: unknown[] = [];
    const read = (value: unknown) => coerceNumber(value, 'Reference', (p) => problems.push(p));
    expect([58.5, '58,5', '58.5', ' 1 234,5 ', '41 %', '-0,5', '', null].map(read)).toEqual([
      58.5,
      58.5,
      58.5,
      1234.5,
      41,
      -0.5,
      null,
      null,
    ]);
    expect(problems).toEqual([]);
    expect(read('mycket')).toBeNull();
    expect(read('1,2,3')).toBeNull();
    expect(problems).toEqual([
      {
        code: 'NOT_A_NUMBER',
        params: { value: 'mycket' },
        message: 'Reference must be a number, not "mycket"',
      },
      {
        code: 'NOT_A_NUMBER',
        params: { value: '1,2,3' },
        message: 'Reference must be a number, not "1,2,3"',
      },
    ]);
  });

  it('splits options on |, trimming and dropping empties', () => {
    expect(coerceOptions(' Alltid | Ofta ||Aldrig ')).toEqual(['Alltid', 'Ofta', 'Aldrig']);
    expect(coerceOptions(' ')).toBeNull();
    expect(coerceOptions([' a ', 'b'])).toEqual(['a', 'b']);
  });

  it('normalizes answer type and polarity, keeps only the known columns', () => {
    const indicator = coerceIndicator(
      { code: 101, text: '  Fråga ', answerType: 'yes no', polarity: 'higher-is-better', extra: 'x' },
      () => undefined,
    );
    expect(indicator).toEqual({
      code: '101',
      text: 'Fråga',
      guidance: null,
      section: null,
      answerType: 'YES_NO',
      options: null,
      unit: null,
      polarity: 'HIGHER_IS_BETTER',
      nationalReference: null,
    });
    expect(coerceIndicator({ answerType: 'Procent' }, () => undefined).answerType).toBe('PERCENT');
    expect(coerceIndicator({ answerType: 'Påhittad' }, () => undefined).answerType).toBe('Påhittad');
  });

  it.each([
    ['Högre är bättre', 'HIGHER_IS_BETTER'],
    ['hogre ar battre', 'HIGHER_IS_BETTER'],
    ['Lägre är bättre', 'LOWER_IS_BETTER'],
    ['Højere er bedre', 'HIGHER_IS_BETTER'],
    ['lavere er bedre', 'LOWER_IS_BETTER'],
    ['Neutralt', 'NEUTRAL'],
    ['Ingen retning', 'NEUTRAL'],
    ['+', 'HIGHER_IS_BETTER'],
    ['-', 'LOWER_IS_BETTER'],
  ])('reads the polarity %s as %s', (word, polarity) => {
    expect(coerceIndicator({ polarity: word }, () => undefined).polarity).toBe(polarity);
  });

  it.each([
    ['Ja/nej', 'YES_NO'],
    ['JA / NEJ', 'YES_NO'],
    ['Flerval', 'CHOICE'],
    ['Valg', 'CHOICE'],
    ['Antal', 'NUMBER'],
    ['Procentandel', 'PERCENT'],
    ['Fritekst', 'TEXT'],
  ])('reads the answer type %s as %s', (word, type) => {
    expect(coerceIndicator({ answerType: word }, () => undefined).answerType).toBe(type);
  });
});
