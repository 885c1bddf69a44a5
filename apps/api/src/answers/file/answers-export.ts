import {
  ANSWER_FILE_HEADERS,
  answerToCell,
  exportCell,
  type AnswerFileLanguage,
  type AnswerType,
} from '@samrad/domain';
import ExcelJS from 'exceljs';
import type { EntityManager } from 'typeorm';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

interface QuestionAnswer {
  code: string;
  text: string;
  answerType: AnswerType;
  valueBoolean: boolean | null;
  valueNumber: number | null;
  valueText: string | null;
  valueChoice: string | null;
  comment: string | null;
}

/** Every question of the round in order, with the municipality's answer where it has one. */
async function questionsWithAnswers(
  manager: EntityManager,
  round: { id: string; indicatorSetId: string },
  municipalityId: string,
): Promise<QuestionAnswer[]> {
  return (await manager.query(
    `SELECT i.code, i.text, i.answer_type AS "answerType", a.value_boolean AS "valueBoolean",
            a.value_number AS "valueNumber", a.value_text AS "valueText", a.value_choice AS "valueChoice", a.comment
       FROM indicators i
       LEFT JOIN answers a ON a.indicator_id = i.id AND a.round_id = $2 AND a.municipality_id = $3
      WHERE i.indicator_set_id = $1
      ORDER BY i.position`,
    [round.indicatorSetId, round.id, municipalityId],
  )) as QuestionAnswer[];
}

/** The sheet's rows: header, then code | question | value | comment, every text cell formula-safe. */
function sheetRows(rows: readonly QuestionAnswer[], language: AnswerFileLanguage, numbersAsText: boolean) {
  return [
    [...ANSWER_FILE_HEADERS[language]],
    ...rows.map((r) => [
      exportCell(r.code),
      exportCell(r.text),
      answerToCell(
        r.answerType,
        { boolean: r.valueBoolean, number: r.valueNumber, text: r.valueText, choice: r.valueChoice },
        language,
        numbersAsText,
      ),
      r.comment === null ? null : exportCell(r.comment),
    ]),
  ];
}

/** Swedish and Danish Excel open `;`-separated files with decimal comma; English `,` and point. */
function csv(rows: readonly (string | number | null)[][], language: AnswerFileLanguage): Buffer {
  const delimiter = language === 'en' ? ',' : ';';
  const quote = (cell: string | number | null) => {
    const text = cell === null ? '' : String(cell);
    return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  // The BOM makes Excel read the file as UTF-8 (å, ä, ø).
  return Buffer.from(`\uFEFF${rows.map((row) => row.map(quote).join(delimiter)).join('\r\n')}\r\n`, 'utf8');
}

async function xlsx(
  rows: readonly (string | number | null)[][],
  language: AnswerFileLanguage,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(language === 'en' ? 'Answers' : 'Svar');
  sheet.addRows(rows as ExcelJS.CellValue[][]);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, index) => (column.width = [14, 60, 20, 40][index]));
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * A municipality's answers in the import's own format (a round trip gives the same answers): every
 * question of the round, blank where unanswered, so the file also serves as a form to fill in.
 */
export async function answersFile(
  manager: EntityManager,
  round: { id: string; indicatorSetId: string },
  municipalityId: string,
  format: ExportFormat,
  language: AnswerFileLanguage,
): Promise<Buffer> {
  const rows = sheetRows(
    await questionsWithAnswers(manager, round, municipalityId),
    language,
    format === 'csv',
  );
  return format === 'csv' ? csv(rows, language) : xlsx(rows, language);
}
