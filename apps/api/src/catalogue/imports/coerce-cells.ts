import { ANSWER_TYPES, numberFromCell, POLARITIES, type ImportProblem } from '@samrad/domain';
import { coerceText, foldWord } from '../../common/file-import/cells.js';
import type { IndicatorColumn } from './import-columns.js';

/** A problem with the cell being coerced (its value then counts as empty). */
export type CellProblem = (problem: Pick<ImportProblem, 'code' | 'params' | 'message'>) => void;

/** A number as people type it (see `numberFromCell`); anything else is a problem named by `label`. */
export function coerceNumber(value: unknown, label: string, problem: CellProblem): number | null {
  const number = numberFromCell(value);
  if (number !== undefined) return number;
  const written = JSON.stringify(value).slice(0, 60);
  problem({
    code: 'NOT_A_NUMBER',
    params: { value: typeof value === 'string' ? value.slice(0, 60) : written },
    message: `${label} must be a number, not ${written}`,
  });
  return null;
}

/** `a|b|c` in a cell, or a JSON list. */
export function coerceOptions(value: unknown): unknown {
  if (typeof value === 'string' || typeof value === 'number') {
    const options = String(value)
      .split('|')
      .map((option) => option.trim())
      .filter(Boolean);
    return options.length ? options : null;
  }
  if (Array.isArray(value))
    return value.map((option) => (typeof option === 'string' ? option.trim() : option));
  return value ?? null;
}

/**
 * Swedish and Danish words for the answer types and polarities, as written in national surveys'
 * spreadsheets (the keys are folded: see `foldWord`). docs/import-formats.md lists them.
 */
export const ANSWER_TYPE_WORDS: Record<string, string[]> = {
  YES_NO: ['ja/nej', 'ja-nej', 'jn'],
  CHOICE: ['val', 'flerval', 'alternativ', 'valg', 'flervalg', 'svarsalternativ', 'svarmuligheder'],
  NUMBER: ['tal', 'antal', 'nummer', 'heltal', 'numerisk'],
  PERCENT: ['procent', 'andel', 'procentandel', 'pct', '%'],
  TEXT: ['fritext', 'text', 'tekst', 'fritekst'],
};
export const POLARITY_WORDS: Record<string, string[]> = {
  HIGHER_IS_BETTER: [
    'högre är bättre',
    'högt är bra',
    'högre',
    'højere er bedre',
    'højt er godt',
    'højere',
    '+',
  ],
  LOWER_IS_BETTER: [
    'lägre är bättre',
    'lågt är bra',
    'lägre',
    'lavere er bedre',
    'lavt er godt',
    'lavere',
    '-',
  ],
  NEUTRAL: ['neutral', 'neutralt', 'ingen', 'ingen riktning', 'ingen retning'],
};

const aliasTable = (words: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(words).flatMap(([value, list]) => list.map((w) => [foldWord(w), value])));
const ANSWER_TYPE_ALIASES = aliasTable(ANSWER_TYPE_WORDS);
const POLARITY_ALIASES = aliasTable(POLARITY_WORDS);

/** "yes no", "Yes-No" and "ja/nej" are YES_NO; anything unknown is left for the schema to report. */
function coerceEnum(value: unknown, known: readonly string[], aliases: Record<string, string> = {}): unknown {
  if (typeof value !== 'string') return value ?? undefined;
  const name = foldWord(value);
  if (!name) return undefined;
  if (known.includes(name)) return name;
  return aliases[name] ?? value.trim();
}

/** One source row as the schema's input, only the known columns; problems go to `problem`. */
export function coerceIndicator(
  raw: Record<string, unknown>,
  problem: (column: IndicatorColumn, problem: Parameters<CellProblem>[0]) => void,
): Record<IndicatorColumn, unknown> {
  return {
    // code and text are required: '' gets the schema's "is required" rather than "must be text"
    code: coerceText(raw.code) ?? '',
    text: coerceText(raw.text) ?? '',
    guidance: coerceText(raw.guidance),
    section: coerceText(raw.section),
    answerType: coerceEnum(raw.answerType, ANSWER_TYPES, ANSWER_TYPE_ALIASES),
    options: coerceOptions(raw.options),
    unit: coerceText(raw.unit),
    polarity: coerceEnum(raw.polarity, POLARITIES, POLARITY_ALIASES) ?? null,
    nationalReference: coerceNumber(raw.nationalReference, 'National reference', (found) =>
      problem('nationalReference', found),
    ),
  };
}
