import type { AnswerType, AnswerValue } from '@samrad/domain';
import { compactOf, valueOf } from './compact';

describe('the compact cells of the matrix', () => {
  const cases: [AnswerType, AnswerValue][] = [
    ['YES_NO', { boolean: true }],
    ['YES_NO', { boolean: false }],
    ['NUMBER', { number: 12.5 }],
    ['PERCENT', { number: 0 }],
    ['TEXT', { text: 'Vi följer upp varje kvartal' }],
    ['CHOICE', { choice: 'Delvis' }],
  ];
  it.each(cases)('carry a %s value there and back', (answerType, value) => {
    const [number, text] = compactOf(answerType, value);
    expect(valueOf(answerType, number, text)).toEqual({
      boolean: null,
      number: null,
      text: null,
      choice: null,
      ...value,
    });
  });
  it('leave a missing value missing', () => {
    for (const [answerType] of cases) {
      expect(compactOf(answerType, null)).toEqual([null, null]);
      expect(valueOf(answerType, null, null)).toBeNull();
    }
  });
});
