import { AppError } from '../../common/app-error.js';
import { parseCsv } from './parse-csv.js';

const header = 'code;text;answerType;nationalReference';

describe('parseCsv', () => {
  it('detects ; and reads Windows-1252 (older Swedish Excel) as well as UTF-8 with BOM', () => {
    const text = `${header}\r\nA-1;Fråga på svenska;NUMBER;58,5\r\n`;
    for (const bytes of [Buffer.from(text, 'latin1'), Buffer.from(`\uFEFF${text}`, 'utf8')]) {
      expect(parseCsv(bytes).rows).toEqual([
        {
          row: 2,
          raw: { code: 'A-1', text: 'Fråga på svenska', answerType: 'NUMBER', nationalReference: '58,5' },
        },
      ]);
    }
  });

  it('numbers rows as a spreadsheet shows them: blank lines and quoted line breaks count as Excel counts', () => {
    const text = 'code,text,answerType\n\nA,"två\nrader",TEXT\n,,\nB,b,TEXT\n';
    expect(parseCsv(Buffer.from(text)).rows.map((r) => [r.row, r.raw.code])).toEqual([
      [3, 'A'],
      [5, 'B'],
    ]);
  });

  it('accepts Danish headers and ignores unknown columns', () => {
    const rows = parseCsv(Buffer.from('Kode,Spørgsmål,Type,Kommentar\nA,Hvad?,TEXT,x\n')).rows;
    expect(rows[0].raw).toEqual({ code: 'A', text: 'Hvad?', answerType: 'TEXT' });
  });

  it('refuses a file without the header row, saying what it found', () => {
    expect(() => parseCsv(Buffer.from('MB-01,Hur ofta?,YES_NO\n'))).toThrow(AppError);
    expect(() => parseCsv(Buffer.from('MB-01,Hur ofta?,YES_NO\n'))).toThrow(
      /missing code, text, answerType; found MB-01, Hur ofta\?, YES_NO/,
    );
    expect(() => parseCsv(Buffer.from('code,text,answerType\n"unclosed,x,y\n'))).toThrow(/could not be read/);
  });
});
