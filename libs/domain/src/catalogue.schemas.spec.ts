import { importIndicatorSetSchema } from './catalogue.schemas.js';

const valid = {
  key: 'oj-missbruk',
  title: 'Öppna jämförelser – missbruks- och beroendevård',
  area: 'Missbruk och beroende',
  year: 2026,
  indicators: [
    { code: 'MB-01', text: 'Finns en skriftlig rutin?', answerType: 'YES_NO', polarity: 'HIGHER_IS_BETTER' },
    { code: 'MB-02', text: 'Hur ofta?', answerType: 'CHOICE', options: ['Alltid', 'Ibland', 'Aldrig'] },
    { code: 'MB-03', text: 'Andel', answerType: 'PERCENT', nationalReference: 61.5, unit: '%' },
  ],
};

describe('importIndicatorSetSchema', () => {
  it('accepts a valid set and fills defaults', () => {
    const parsed = importIndicatorSetSchema.parse(valid);
    expect(parsed.indicators[0]).toMatchObject({
      polarity: 'HIGHER_IS_BETTER',
      options: null,
      guidance: null,
    });
    expect(parsed.indicators[2].polarity).toBe('NEUTRAL');
  });

  it('reports every problem with its row and column', () => {
    const result = importIndicatorSetSchema.safeParse({
      ...valid,
      year: 1999,
      indicators: [
        { code: 'MB-01', text: '', answerType: 'YES_NO' },
        { code: 'MB-01', text: 'Välj', answerType: 'CHOICE', options: ['Bara en'] },
        { code: 'MB 03', text: 'Tal', answerType: 'NUMBERS' },
        { code: 'MB-04', text: 'Andel', answerType: 'PERCENT', nationalReference: 140, options: ['x', 'y'] },
      ],
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'year',
        'indicators.0.text',
        'indicators.1.options',
        'indicators.2.code',
        'indicators.2.answerType',
        'indicators.3.options',
        'indicators.3.nationalReference',
      ]),
    );
  });

  it('refuses duplicate codes, naming both rows', () => {
    const result = importIndicatorSetSchema.safeParse({
      ...valid,
      indicators: [valid.indicators[0], valid.indicators[0]],
    });
    expect(result.error!.issues[0]).toMatchObject({
      path: ['indicators', 1, 'code'],
      message: expect.stringContaining('row 1'),
    });
  });
});
