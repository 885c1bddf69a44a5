import { answerValueSchema, numericValue } from './answers.js';

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
