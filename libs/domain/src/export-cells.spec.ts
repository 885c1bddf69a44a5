import fc from 'fast-check';
import { exportCell } from './export-cells.js';

describe('exportCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","klicka")', `'=HYPERLINK("http://evil.example","klicka")`],
    ['+cmd|" /C calc"!A0', `'+cmd|" /C calc"!A0`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
  ])('escapes %j', (value, escaped) => {
    expect(exportCell(value)).toBe(escaped);
  });

  it.each(['Järfälla', 'Finns en rutin?', '', ' =not at the start', "'already quoted", '3 personer'])(
    'leaves %j alone',
    (value) => expect(exportCell(value)).toBe(value),
  );

  it('keeps numbers, booleans and empty cells as values', () => {
    expect(exportCell(-3)).toBe(-3);
    expect(exportCell(true)).toBe(true);
    expect(exportCell(null)).toBeNull();
  });

  it('never lets a text cell start with a formula character, and only ever adds one apostrophe', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const cell = exportCell(text) as string;
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(cell === text || cell === `'${text}`).toBe(true);
        expect(cell === text).toBe(!/^[=+\-@\t\r]/.test(text));
      }),
    );
  });
});
