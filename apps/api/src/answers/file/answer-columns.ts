import { headerLookup } from '../../common/file-import/cells.js';
import type { SheetColumns } from '../../common/file-import/sheet-rows.js';

/** The columns of an answers file; any other column (the question's text, notes) is ignored. */
export const ANSWER_COLUMNS = ['code', 'value', 'comment'] as const;
export type AnswerColumn = (typeof ANSWER_COLUMNS)[number];

// Swedish, Danish and English, as an export writes them and as people name them.
const ALIASES: Record<AnswerColumn, string[]> = {
  code: [
    'code',
    'kod',
    'kode',
    'id',
    'indicator',
    'indikator',
    'indicatorcode',
    'indikatorkod',
    'indikatorkode',
  ],
  value: ['value', 'answer', 'svar', 'värde', 'værdi', 'verdi', 'besvarelse'],
  comment: ['comment', 'kommentar', 'kommentarer', 'note', 'notat', 'anteckning', 'bemærkning'],
};

export const ANSWER_SHEET: SheetColumns<AnswerColumn> = {
  columnFor: headerLookup(ALIASES),
  required: ['code', 'value'],
};

/** Excel worksheets tried first, by name; else the first. */
export const ANSWER_SHEETS = ['answers', 'svar', 'besvarelser'];

/** A round's questions are at most MAX_INDICATORS_PER_SET, but a file may carry far more (10,000 is tested). */
export const MAX_ANSWER_ROWS = 20_000;
