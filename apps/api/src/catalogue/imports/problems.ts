import { INDICATOR_COLUMNS, METADATA_FIELDS, type MetadataField } from './import-columns.js';

/**
 * One problem of an uploaded file, where a person would look for it: `row` is the spreadsheet's
 * row (header = 1) for CSV/Excel, the 1-based position in the list for JSON, null for the set's
 * own fields; `column` is the field name, null when the whole row or file is meant.
 */
export interface ImportProblem {
  row: number | null;
  column: string | null;
  message: string;
}

/** One indicator row as read from a file, before any coercion. */
export interface SourceRow {
  row: number;
  raw: Record<string, unknown>;
}

/** What every format parser returns. */
export interface ParsedFile {
  metadata: Partial<Record<MetadataField, unknown>>;
  rows: SourceRow[];
  problems: ImportProblem[];
}

/** The part of a zod issue we need (keeps this module free of zod's types). */
export interface PathIssue {
  path: readonly PropertyKey[];
  message: string;
}

/** `['indicators', 3, 'options', 1]` → row of the fourth source row, column `options`. */
export function problemFromIssue(issue: PathIssue, rows: readonly SourceRow[]): ImportProblem {
  const [first, index, field] = issue.path;
  if (first === 'indicators' && typeof index === 'number') {
    return {
      row: rows[index]?.row ?? index + 1,
      column: typeof field === 'string' ? field : null,
      message: issue.message,
    };
  }
  return { row: null, column: typeof first === 'string' ? first : null, message: issue.message };
}

/**
 * Codes used more than once, each repeat reported at its own row. Done here rather than left to
 * the schema, which only compares codes once every row is otherwise valid.
 */
export function duplicateCodeProblems(
  rows: readonly SourceRow[],
  codes: readonly unknown[],
): ImportProblem[] {
  const firstRow = new Map<string, number>();
  const problems: ImportProblem[] = [];
  codes.forEach((code, index) => {
    if (typeof code !== 'string' || !code) return;
    const seen = firstRow.get(code);
    if (seen === undefined) firstRow.set(code, rows[index].row);
    else
      problems.push({
        row: rows[index].row,
        column: 'code',
        message: `Code ${code} is used twice (also in row ${seen})`,
      });
  });
  return problems;
}

const FIELD_ORDER: string[] = [...METADATA_FIELDS, 'indicators', ...INDICATOR_COLUMNS];
const fieldRank = (column: string | null) => {
  const rank = column === null ? -1 : FIELD_ORDER.indexOf(column);
  return rank === -1 && column !== null ? FIELD_ORDER.length : rank;
};

/** Set-level problems first, then by row and column order; the same problem only once. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  const seen = new Set<string>();
  return problems
    .filter((problem) => {
      const id = `${problem.row}|${problem.column}|${problem.message}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || fieldRank(a.column) - fieldRank(b.column));
}
