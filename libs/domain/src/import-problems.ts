import { z } from 'zod';

/**
 * Every code a problem of an imported file (a row, a cell, the set's own fields) can carry. The
 * web words each one in the reader's language (`catalogue:problem.<CODE>`, tested for every
 * locale); `message` stays the English sentence for other clients.
 */
export const IMPORT_PROBLEM_CODES = [
  'REQUIRED',
  'NOT_TEXT',
  'CONTROL_CHARACTERS',
  'TOO_LONG',
  'NOT_A_NUMBER',
  'NOT_WHOLE_NUMBER',
  'TOO_SMALL',
  'TOO_LARGE',
  'NOT_ONE_OF',
  'INVALID_CHARACTERS',
  'MUNICIPALITY_CODE',
  'INVALID_FORMAT',
  'NOT_A_LIST',
  'NOT_AN_OBJECT',
  'TOO_FEW',
  'TOO_MANY',
  'CHOICE_NEEDS_OPTIONS',
  'OPTIONS_NOT_DISTINCT',
  'NO_OPTIONS_FOR_TYPE',
  'PERCENT_OUT_OF_RANGE',
  'YES_SHARE_OUT_OF_RANGE',
  'DUPLICATE_CODE',
  'KOLADA_KPI_FILE_MISSING',
  'KOLADA_DATA_FILE_MISSING',
  'KOLADA_UNKNOWN_KPI',
  'INVALID',
] as const;
export const importProblemCodeSchema = z.enum(IMPORT_PROBLEM_CODES);
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

/**
 * Why a whole file (or upload, or Kolada fetch) was refused: the `reason` of its 400 (403 for
 * KOLADA_FETCH_OFF), worded by the web as `errors:reason.<REASON>` with the answer's other fields.
 */
export const IMPORT_FILE_REASONS = [
  'FILE_MISSING',
  'EMPTY_FILE',
  'FILE_TOO_LARGE',
  'UPLOAD_UNREADABLE',
  'UNKNOWN_FILE_TYPE',
  'XLS_NOT_SUPPORTED',
  'NOT_A_WORKBOOK',
  'WORKBOOK_TOO_LARGE',
  'TOO_MANY_ROWS',
  'NO_INDICATOR_SHEET',
  'NOT_JSON',
  'INVALID_JSON',
  'JSON_NOT_A_SET',
  'CSV_UNREADABLE',
  'NO_ROWS',
  'MISSING_COLUMNS',
  'IMPORT_PROBLEMS',
  'KOLADA_FILE_NOT_JSON',
  'KOLADA_FETCH_OFF',
  'KOLADA_UNREACHABLE',
  'KOLADA_ERROR_STATUS',
  'KOLADA_ANSWER_NOT_JSON',
  'KOLADA_TOO_MANY_PAGES',
] as const;
export type ImportFileReason = (typeof IMPORT_FILE_REASONS)[number];

/** Values the wording of a problem may use: the column, the value as written, the limits. */
export type ImportProblemParams = Record<string, string | number>;

/**
 * One problem of an imported file, where a person would look for it: `row` is the spreadsheet's
 * row (header = 1) for CSV/Excel, the 1-based position in a list for JSON and Kolada, null for the
 * set's own fields or the whole file; `column` is the field, null when the whole row or file is meant.
 */
export interface ImportProblem {
  row: number | null;
  column: string | null;
  code: ImportProblemCode;
  params: ImportProblemParams;
  /** The same in English, for clients that do not word the codes themselves. */
  message: string;
}

/** The part of a zod issue the mapping reads (structural, so zod's own types stay out of callers). */
export interface SchemaIssue {
  code?: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: readonly unknown[];
  format?: string;
  params?: Record<string, unknown>;
}

/** What may go in a format's field, for the regex checks of the schemas (by the field's name). */
const FORMAT_CODES: Record<string, { code: ImportProblemCode; allowed?: string }> = {
  code: { code: 'INVALID_CHARACTERS', allowed: '. _ : -' },
  key: { code: 'INVALID_CHARACTERS', allowed: '. _ -' },
  municipality: { code: 'MUNICIPALITY_CODE' },
};

const TYPE_CODES: Record<string, ImportProblemCode> = {
  string: 'NOT_TEXT',
  number: 'NOT_A_NUMBER',
  int: 'NOT_WHOLE_NUMBER',
  array: 'NOT_A_LIST',
  object: 'NOT_AN_OBJECT',
};

const isCode = (value: unknown): value is ImportProblemCode =>
  importProblemCodeSchema.safeParse(value).success;

const shown = (value: unknown) =>
  (typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))).slice(0, 60);

/**
 * A schema issue as a code and its params. `value` is what the file had at the issue's place
 * (for "not one of" and "not a number"); `column` the field it is reported under.
 */
export function importProblemOf(
  issue: SchemaIssue,
  column: string | null,
  value?: unknown,
): { code: ImportProblemCode; params: ImportProblemParams } {
  const at: ImportProblemParams = column ? { column } : {};
  const field = [...issue.path].reverse().find((part): part is string => typeof part === 'string');
  const withValue = value === undefined || value === null ? at : { ...at, value: shown(value) };
  switch (issue.code) {
    case 'invalid_type': {
      const code = TYPE_CODES[issue.expected ?? ''] ?? 'INVALID';
      return { code, params: code === 'NOT_A_NUMBER' ? withValue : at };
    }
    case 'too_small':
      if (issue.origin === 'string') return { code: 'REQUIRED', params: at };
      if (issue.origin === 'number')
        return { code: 'TOO_SMALL', params: { ...at, min: Number(issue.minimum) } };
      return { code: 'TOO_FEW', params: { ...at, min: Number(issue.minimum) } };
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { code: 'TOO_LONG', params: { ...at, max } };
      if (issue.origin === 'number') return { code: 'TOO_LARGE', params: { ...at, max } };
      return { code: 'TOO_MANY', params: { ...at, max } };
    }
    case 'invalid_value':
      return {
        code: 'NOT_ONE_OF',
        params: { ...withValue, allowed: (issue.values ?? []).map(String).join(', ') },
      };
    case 'invalid_format': {
      const format = (field && FORMAT_CODES[field]) || { code: 'INVALID_FORMAT' as const };
      return { code: format.code, params: format.allowed ? { ...at, allowed: format.allowed } : at };
    }
    case 'custom': {
      const { rule, ...rest } = issue.params ?? {};
      if (!isCode(rule)) return { code: 'INVALID', params: at };
      const params = Object.fromEntries(
        Object.entries(rest).filter(([, v]) => typeof v === 'string' || typeof v === 'number'),
      ) as ImportProblemParams;
      return { code: rule, params: { ...at, ...params } };
    }
    default:
      return { code: 'INVALID', params: at };
  }
}

/** What `data` holds at a schema issue's path (undefined where the path leads nowhere). */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}
