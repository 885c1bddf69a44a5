import { ANSWER_TYPES, POLARITIES } from '@samrad/domain';
import ExcelJS from 'exceljs';
import { INDICATOR_COLUMNS, METADATA_FIELDS } from './import-columns.js';

const EXAMPLES = [
  [
    'MB-01',
    'Finns en skriftlig rutin för samverkan med regionen?',
    'Rutinen ska vara beslutad av nämnden.',
    'Samverkan',
    'YES_NO',
    null,
    null,
    'HIGHER_IS_BETTER',
    72,
  ],
  [
    'MB-02',
    'Hur ofta används ASI vid utredning?',
    null,
    'Bedömning',
    'CHOICE',
    'Alltid|Ofta|Sällan|Aldrig',
    null,
    'NEUTRAL',
    null,
  ],
  [
    'MB-03',
    'Antal personer med insats den 1 november',
    null,
    'Volym',
    'NUMBER',
    null,
    'personer',
    'NEUTRAL',
    null,
  ],
  [
    'MB-04',
    'Andel med uppföljning efter avslutad insats',
    null,
    'Uppföljning',
    'PERCENT',
    null,
    '%',
    'HIGHER_IS_BETTER',
    58.5,
  ],
  [
    'MB-05',
    'Beskriv hur brukarnas synpunkter tas tillvara',
    null,
    'Uppföljning',
    'TEXT',
    null,
    null,
    'NEUTRAL',
    null,
  ],
];

const list = (values: readonly string[]): ExcelJS.DataValidation => ({
  type: 'list',
  allowBlank: true,
  formulae: [`"${values.join(',')}"`],
});

/**
 * An Excel template that imports as it is: the indicator sheet with one example per answer type
 * and drop-down lists for answer type and polarity, and the "Set" sheet for key, title, area, year.
 */
export async function importTemplate(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Indikatorer', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = INDICATOR_COLUMNS.map((key) => ({
    header: key,
    key,
    width: key === 'text' || key === 'guidance' ? 50 : 18,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const example of EXAMPLES) sheet.addRow(example);
  const column = (name: string) => INDICATOR_COLUMNS.indexOf(name as never) + 1;
  for (let row = 2; row <= 500; row++) {
    sheet.getCell(row, column('answerType')).dataValidation = list(ANSWER_TYPES);
    sheet.getCell(row, column('polarity')).dataValidation = list(POLARITIES);
  }

  const set = book.addWorksheet('Set');
  set.columns = [
    { header: 'field', key: 'field', width: 12 },
    { header: 'value', key: 'value', width: 50 },
  ];
  set.getRow(1).font = { bold: true };
  const values: Record<(typeof METADATA_FIELDS)[number], string | number> = {
    key: 'oj-missbruk',
    title: 'Öppna jämförelser – missbruks- och beroendevården',
    area: 'Missbruk och beroende',
    year: new Date().getFullYear(),
    source: 'Socialstyrelsen',
  };
  for (const field of METADATA_FIELDS) set.addRow([field, values[field]]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
