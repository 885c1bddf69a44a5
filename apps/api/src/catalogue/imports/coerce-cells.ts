import { ANSWER_TYPES, POLARITIES, type ImportProblem } from '@samrad/domain';
import type { IndicatorColumn } from './import-columns.js';

/** A problem with the cell being coerced (its value then counts as empty). */
export type CellProblem = (problem: Pick<ImportProblem, 'code' | 'params' | 'message'>) => void;

/** Text as typed: trimmed, empty → null; numbers from a spreadsheet become their text. */
export function coerceText(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return value; // left for the schema to report
  return value.trim() || null;
}

/** "58,5", "1 234.5", "41 %" as people type them in Swedish or Danish spreadsheets. */
export function coerceNumber(value: unknown, label: string, problem: CellProblem): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    let text = value.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');
    if (!text) return null;
    if (/^[-+]?\d*,\d+$/.test(text)) text = text.replace(',', '.');
    const number = Number(text);
    if (text && Number.isFinite(number)) return number;
  }
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
 * spreadsheets (the keys are folded: see `enumName`). docs/import-formats.md lists them.
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

/** "Högre är bättre" → HOGRE_AR_BATTRE, "højere-er bedre" → HOJERE_ER_BEDRE: case, marks and separators ignored. */
const enumName = (text: string) =>
  text
    .trim()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/Ø/g, 'O')
    .replace(/Æ/g, 'AE')
    .replace(/[\s/-]+/g, '_');

const aliasTable = (words: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(words).flatMap(([value, list]) => list.map((w) => [enumName(w), value])));
const ANSWER_TYPE_ALIASES = aliasTable(ANSWER_TYPE_WORDS);
const POLARITY_ALIASES = aliasTable(POLARITY_WORDS);

/** "yes no", "Yes-No" and "ja/nej" are YES_NO; anything unknown is left for the schema to report. */
function coerceEnum(value: unknown, known: readonly string[], aliases: Record<string, string> = {}): unknown {
  if (typeof value !== 'string') return value ?? undefined;
  const name = enumName(value);
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
