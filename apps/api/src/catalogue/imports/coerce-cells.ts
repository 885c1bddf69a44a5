import { ANSWER_TYPES, POLARITIES } from '@samrad/domain';
import type { IndicatorColumn } from './import-columns.js';

/** Reports a problem with the cell being coerced (its value then counts as empty). */
export type CellProblem = (message: string) => void;

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
  problem(`${label} must be a number, not ${JSON.stringify(value).slice(0, 60)}`);
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

const ANSWER_TYPE_ALIASES: Record<string, string> = {
  JA_NEJ: 'YES_NO',
  VAL: 'CHOICE',
  VALG: 'CHOICE',
  TAL: 'NUMBER',
  ANTAL: 'NUMBER',
  PROCENT: 'PERCENT',
  ANDEL: 'PERCENT',
  FRITEXT: 'TEXT',
  TEKST: 'TEXT',
};

/** "yes no", "Yes-No" and "ja/nej" are YES_NO; anything unknown is left for the schema to report. */
function coerceEnum(value: unknown, known: readonly string[], aliases: Record<string, string> = {}): unknown {
  if (typeof value !== 'string') return value ?? undefined;
  const name = value
    .trim()
    .toUpperCase()
    .replace(/[\s/-]+/g, '_');
  if (!name) return undefined;
  if (known.includes(name)) return name;
  return aliases[name] ?? value.trim();
}

/** One source row as the schema's input, only the known columns; problems go to `problem`. */
export function coerceIndicator(
  raw: Record<string, unknown>,
  problem: (column: IndicatorColumn, message: string) => void,
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
    polarity: coerceEnum(raw.polarity, POLARITIES) ?? null,
    nationalReference: coerceNumber(raw.nationalReference, 'National reference', (message) =>
      problem('nationalReference', message),
    ),
  };
}
