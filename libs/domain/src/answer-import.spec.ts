import fc from 'fast-check';
import { answerFromCell, answerToCell, commentFromCell, type AnswerCellQuestion } from './answer-import.js';
import { importCell, exportCell } from './export-cells.js';

const q = (
  answerType: AnswerCellQuestion['answerType'],
  options: string[] | null = null,
): AnswerCellQuestion => ({
  code: 'Q-1',
  answerType,
  options,
});
/** Control characters other than tab and line breaks (the text rule refuses them). */
const hasControl = (s: string) => [...s].some((c) => (c < ' ' && !'\t\n\r'.includes(c)) || c === '\u007f');

const valueOf = (question: AnswerCellQuestion, cell: unknown) => {
  const result = answerFromCell(question, cell);
  return 'value' in result ? result.value : result.problem.code;
};

describe('answers files: reading a value cell against its question', () => {
  it('reads yes/no words in Swedish, Danish and English, Excel booleans and 1/0', () => {
    for (const yes of ['ja', 'Ja', 'JA', 'yes', 'Y', true, 1, 'sand'])
      expect(valueOf(q('YES_NO'), yes)).toEqual({ boolean: true });
    for (const no of ['nej', 'Nej', 'no', 'N', false, 0, 'falsk'])
      expect(valueOf(q('YES_NO'), no)).toEqual({ boolean: false });
    expect(valueOf(q('YES_NO'), 'kanske')).toBe('NOT_YES_NO');
  });

  it('reads numbers with decimal comma or point, spaces and %', () => {
    expect(valueOf(q('NUMBER'), '1 234,5')).toEqual({ number: 1234.5 });
    expect(valueOf(q('NUMBER'), -3)).toEqual({ number: -3 });
    expect(valueOf(q('PERCENT'), '61,5 %')).toEqual({ number: 61.5 });
    expect(valueOf(q('PERCENT'), '100,5')).toBe('PERCENT_RANGE');
    expect(valueOf(q('NUMBER'), 'tolv')).toBe('NOT_A_NUMBER');
    expect(valueOf(q('NUMBER'), true)).toBe('NOT_A_NUMBER');
  });

  it('matches options as written or ignoring case; texts as written', () => {
    const choice = q('CHOICE', ['Alltid', 'Ofta']);
    expect(valueOf(choice, 'ofta')).toEqual({ choice: 'Ofta' });
    expect(valueOf(choice, 'Ibland')).toBe('NOT_AN_OPTION');
    expect(valueOf(q('TEXT'), ' två\nrader ')).toEqual({ text: ' två\nrader ' });
    expect(valueOf(q('TEXT'), 'x'.repeat(5001))).toBe('TEXT_TOO_LONG');
    expect(valueOf(q('TEXT'), 'a\u0007b')).toBe('INVALID_VALUE');
  });

  it('a blank cell is no value; comments are trimmed and capped', () => {
    expect(valueOf(q('NUMBER'), '  ')).toBeNull();
    expect(commentFromCell('  Räknat  ')).toEqual({ comment: 'Räknat' });
    expect(commentFromCell(null)).toEqual({ comment: null });
    expect(commentFromCell('x'.repeat(2001))).toMatchObject({ problem: { code: 'COMMENT_TOO_LONG' } });
    expect(commentFromCell('a\u0000b')).toMatchObject({ problem: { code: 'INVALID_COMMENT' } });
    expect(commentFromCell('två\nrader')).toEqual({ comment: 'två\nrader' });
  });

  it('reads back what the export writes, in every language and as CSV text or Excel cells', () => {
    const texts = fc.string({ minLength: 1 }).filter((s) => s.trim().length > 0 && !hasControl(s));
    const cases = fc.oneof(
      fc.record({
        type: fc.constant('YES_NO' as const),
        value: fc.boolean().map((boolean) => ({ boolean })),
      }),
      fc.record({
        type: fc.constant('NUMBER' as const),
        value: fc
          .double({ noNaN: true, noDefaultInfinity: true })
          .map((number) => ({ number: number === 0 ? 0 : number })),
      }),
      fc.record({
        type: fc.constant('PERCENT' as const),
        value: fc
          .double({ min: 0, max: 100, noNaN: true })
          .map((number) => ({ number: number === 0 ? 0 : number })),
      }),
      fc.record({ type: fc.constant('TEXT' as const), value: texts.map((text) => ({ text })) }),
    );
    fc.assert(
      fc.property(
        cases,
        fc.constantFrom('sv', 'da', 'en') as fc.Arbitrary<'sv' | 'da' | 'en'>,
        fc.boolean(),
        (c, lang, asText) => {
          const cell = answerToCell(c.type, c.value, lang, asText);
          expect(valueOf(q(c.type), cell)).toEqual(c.value);
        },
      ),
    );
  });

  it('importCell undoes exportCell', () => {
    fc.assert(
      fc.property(fc.string(), (text) =>
        expect(importCell(exportCell(text))).toBe(
          text.startsWith("'") && /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text,
        ),
      ),
    );
    expect(importCell("'=1+1")).toBe('=1+1');
    expect(importCell("'ordinary")).toBe("'ordinary");
  });
});
