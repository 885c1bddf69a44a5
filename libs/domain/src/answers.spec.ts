import fc from 'fast-check';
import {
  answerInputText,
  answeringOpen,
  answersVisibleTo,
  answerValueProblem,
  answerValueSchema,
  MAX_ANSWER_TEXT,
  formatDecimal,
  numericValue,
  parseDecimal,
  readAnswerInput,
  reopenAnswersSchema,
  saveAnswerSchema,
} from './answers.js';

describe('answerValueSchema', () => {
  it.each([
    ['YES_NO', { boolean: true }],
    ['YES_NO', { boolean: false, number: null }],
    ['NUMBER', { number: -3.5 }],
    ['PERCENT', { number: 0 }],
    ['PERCENT', { number: 100 }],
    ['TEXT', { text: 'Rutin finns sedan 2024' }],
    ['CHOICE', { choice: 'Delvis' }],
  ] as const)('accepts %s %j', (type, value) => {
    expect(answerValueSchema(type, ['Ja', 'Delvis', 'Nej']).safeParse(value).success).toBe(true);
  });

  it.each([
    ['YES_NO', {}],
    ['YES_NO', { boolean: true, number: 1 }],
    ['NUMBER', { number: Number.NaN }],
    ['NUMBER', { text: '12' }],
    ['PERCENT', { number: 100.5 }],
    ['PERCENT', { number: -1 }],
    ['TEXT', { text: '   ' }],
    ['TEXT', { text: 'x'.repeat(5001) }],
    ['CHOICE', { choice: 'Kanske' }],
  ] as const)('refuses %s %j', (type, value) => {
    expect(answerValueSchema(type, ['Ja', 'Delvis', 'Nej']).safeParse(value).success).toBe(false);
  });
});

describe('numericValue', () => {
  it('maps yes/no to 1/0 and keeps numbers; texts have none', () => {
    expect(numericValue('YES_NO', { boolean: true })).toBe(1);
    expect(numericValue('YES_NO', { boolean: false })).toBe(0);
    expect(numericValue('PERCENT', { number: 42.5 })).toBe(42.5);
    expect(numericValue('TEXT', { text: 'x' })).toBeNull();
    expect(numericValue('NUMBER', null)).toBeNull();
  });
});

describe('answer values: properties over generated inputs (fast-check)', () => {
  const options = ['Alltid', 'Ofta', 'Sällan', 'Aldrig'];

  it('a percentage fits exactly when it is a number within 0..100', () => {
    fc.assert(
      fc.property(fc.double(), (n) => {
        const fits = answerValueProblem('PERCENT', null, { number: n }) === null;
        expect(fits).toBe(Number.isFinite(n) && n >= 0 && n <= 100);
      }),
    );
  });

  it('a number fits exactly when it is finite', () => {
    fc.assert(
      fc.property(fc.double(), (n) => {
        expect(answerValueProblem('NUMBER', null, { number: n }) === null).toBe(Number.isFinite(n));
      }),
    );
  });

  it('a choice fits exactly when it is one of the options', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...options), fc.string()), (choice) => {
        expect(answerValueProblem('CHOICE', options, { choice }) === null).toBe(options.includes(choice));
      }),
    );
  });

  it('a text fits exactly when it has a non-blank character and at most the maximum length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: MAX_ANSWER_TEXT + 10 }), (text) => {
        expect(answerValueProblem('TEXT', null, { text }) === null).toBe(
          text.trim().length > 0 && text.length <= MAX_ANSWER_TEXT,
        );
      }),
    );
  });

  it('a value of one type never fits another type’s field', () => {
    const typed = fc.constantFrom(
      ...([
        ['YES_NO', { boolean: true }, 'number'],
        ['NUMBER', { number: 5 }, 'boolean'],
        ['PERCENT', { number: 5 }, 'text'],
        ['TEXT', { text: 'Ja' }, 'choice'],
        ['CHOICE', { choice: 'Ofta' }, 'number'],
      ] as const),
    );
    fc.assert(
      fc.property(typed, fc.oneof(fc.boolean(), fc.double(), fc.string()), ([type, good, field], extra) => {
        expect(answerValueProblem(type, options, good)).toBeNull();
        const value = { ...good, [field]: extra };
        expect(answerValueProblem(type, options, value)).not.toBeNull();
      }),
    );
  });
});

describe('answersVisibleTo (give-to-get)', () => {
  const base = { phase: 'ANSWERING' as const, coordinator: false, own: ['solna'], submitted: [] as string[] };
  it('shows only the own municipality until it has submitted', () => {
    expect(answersVisibleTo(base)).toEqual(['solna']);
    expect(answersVisibleTo({ ...base, own: [] })).toEqual([]);
  });
  it('shows all once submitted, to coordinators, and to everyone from COMPILATION', () => {
    expect(answersVisibleTo({ ...base, submitted: ['solna'] })).toBe('ALL');
    expect(answersVisibleTo({ ...base, own: [], coordinator: true })).toBe('ALL');
    for (const phase of ['COMPILATION', 'DISCUSSION', 'GOAL_SETTING', 'CLOSED'] as const)
      expect(answersVisibleTo({ ...base, own: [], phase })).toBe('ALL');
    for (const phase of ['DRAFT', 'INTERPRETATION', 'ANSWERING'] as const)
      expect(answersVisibleTo({ ...base, phase })).toEqual(['solna']);
  });
  it('keeps answering open in ANSWERING and in a late window only', () => {
    const now = new Date('2026-05-01T12:00:00Z');
    expect(answeringOpen('ANSWERING', null, now)).toBe(true);
    expect(answeringOpen('COMPILATION', null, now)).toBe(false);
    expect(answeringOpen('COMPILATION', new Date('2026-05-02T00:00:00Z'), now)).toBe(true);
    expect(answeringOpen('COMPILATION', new Date('2026-05-01T11:59:59Z'), now)).toBe(false);
  });
});

describe('parseDecimal and formatDecimal (what people type in sv, da and en)', () => {
  it.each([
    ['12,5', 12.5],
    ['12.5', 12.5],
    [' 1 234,5 ', 1234.5],
    ['1\u00a0234', 1234],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567', 1234567],
    ['\u22123,25', -3.25],
    ['-0,5', -0.5],
    ['87,5 %', 87.5],
    ['0', 0],
  ])('reads %j as %d', (raw, expected) => {
    expect(parseDecimal(raw)).toBe(expected);
  });

  it.each(['', 'abc', '12,5,3', '1.2.3', ',5', '5,', '1e3', '12 kr', '--1', '1,2.3,4'])(
    'refuses %j',
    (raw) => {
      expect(parseDecimal(raw)).toBeNull();
    },
  );

  it('writes a decimal comma in sv and da, a point in en, without grouping', () => {
    expect(formatDecimal(1234.5, 'sv')).toBe('1234,5');
    expect(formatDecimal(1234.5, 'da')).toBe('1234,5');
    expect(formatDecimal(1234.5, 'en')).toBe('1234.5');
    expect(formatDecimal(-3, 'sv')).toMatch(/^[-\u2212]3$/);
  });

  it('reads back what it writes, in every language (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((n) => Math.round(n * 1000) / 1000),
        fc.constantFrom('sv', 'da', 'en'),
        (value, locale) => {
          expect(parseDecimal(formatDecimal(value, locale))).toBe(value + 0);
        },
      ),
    );
  });
});

describe('readAnswerInput', () => {
  const options = ['Ja', 'Delvis', 'Nej'];
  it('turns each type of entry into the value the API accepts', () => {
    expect(readAnswerInput('YES_NO', null, 'yes')).toEqual({ value: { boolean: true } });
    expect(readAnswerInput('YES_NO', null, 'no')).toEqual({ value: { boolean: false } });
    expect(readAnswerInput('CHOICE', options, 'Delvis')).toEqual({ value: { choice: 'Delvis' } });
    expect(readAnswerInput('NUMBER', null, '1 234,5')).toEqual({ value: { number: 1234.5 } });
    expect(readAnswerInput('PERCENT', null, '87,5')).toEqual({ value: { number: 87.5 } });
    expect(readAnswerInput('TEXT', null, 'Rutin finns')).toEqual({ value: { text: 'Rutin finns' } });
    for (const [type, raw] of [
      ['YES_NO', 'yes'],
      ['CHOICE', 'Nej'],
      ['NUMBER', '-2,5'],
      ['PERCENT', '100'],
      ['TEXT', 'x'],
    ] as const) {
      const read = readAnswerInput(type, options, raw);
      expect('value' in read && answerValueProblem(type, options, read.value)).toBeNull();
    }
  });

  it('names why an entry is not a value yet', () => {
    expect(readAnswerInput('NUMBER', null, '  ')).toEqual({ problem: 'EMPTY' });
    expect(readAnswerInput('NUMBER', null, '12 st')).toEqual({ problem: 'NOT_A_NUMBER' });
    expect(readAnswerInput('PERCENT', null, '100,5')).toEqual({ problem: 'PERCENT_RANGE' });
    expect(readAnswerInput('CHOICE', options, 'Kanske')).toEqual({ problem: 'NOT_AN_OPTION' });
    expect(readAnswerInput('TEXT', null, 'x'.repeat(MAX_ANSWER_TEXT + 1))).toEqual({
      problem: 'TEXT_TOO_LONG',
    });
  });

  it('answerInputText is its inverse for saved values', () => {
    expect(answerInputText('YES_NO', { boolean: false }, 'sv')).toBe('no');
    expect(answerInputText('NUMBER', { number: 12.5 }, 'sv')).toBe('12,5');
    expect(answerInputText('PERCENT', { number: 12.5 }, 'en')).toBe('12.5');
    expect(answerInputText('CHOICE', { choice: 'Ja' }, 'da')).toBe('Ja');
    expect(answerInputText('TEXT', null, 'sv')).toBe('');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), fc.constantFrom('sv', 'da', 'en'), (n, locale) => {
        const value = { number: n / 100 };
        expect(readAnswerInput('PERCENT', null, answerInputText('PERCENT', value, locale))).toEqual(
          n / 100 <= 100 ? { value } : { problem: 'PERCENT_RANGE' },
        );
      }),
    );
  });
});

describe('saveAnswerSchema and reopenAnswersSchema', () => {
  const ids = {
    roundId: '00000000-0000-4000-8000-000000000001',
    indicatorId: '00000000-0000-4000-8000-000000000002',
    municipalityId: '00000000-0000-4000-8000-000000000003',
  };
  it('trims a comment, keeps its lines, stores an empty one as none and refuses control characters', () => {
    const parse = (comment: string) => saveAnswerSchema.safeParse({ ...ids, value: {}, comment });
    expect(parse('  Räknat\nenligt rutin  ').data?.comment).toBe('Räknat\nenligt rutin');
    expect(parse('   ').data?.comment).toBeNull();
    expect(parse('Räknat\u0000').success).toBe(false);
  });
  it('needs a reason of plain text to reopen', () => {
    const parse = (reason: string) => reopenAnswersSchema.safeParse({ ...ids, reason });
    expect(parse('Fel antal').success).toBe(true);
    expect(parse('  ').success).toBe(false);
    expect(parse('Fel\u0007').success).toBe(false);
  });
});
