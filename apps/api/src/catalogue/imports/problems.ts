import { importProblemOf, valueAt, type ImportProblem, type SchemaIssue } from '@samrad/domain';
import { INDICATOR_COLUMNS, METADATA_FIELDS, type MetadataField } from './import-columns.js';

/** Row, column, code, params and English message: see libs/domain/src/import-problems.ts. */
export type { ImportProblem };

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

/**
 * `['indicators', 3, 'options', 1]` → row of the fourth source row, column `options`; the code
 * and params from the issue and the value `set` (what was read) has at its place.
 */
export function problemFromIssue(
  issue: SchemaIssue,
  rows: readonly SourceRow[],
  set: unknown,
): ImportProblem {
  const [first, index, field] = issue.path;
  const inRow = first === 'indicators' && typeof index === 'number';
  const column = inRow
    ? typeof field === 'string'
      ? field
      : null
    : typeof first === 'string'
      ? first
      : null;
  return {
    row: inRow ? (rows[index]?.row ?? index + 1) : null,
    column,
    ...importProblemOf(issue, column, valueAt(set, issue.path)),
    message: issue.message,
  };
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
        code: 'DUPLICATE_CODE',
        params: { column: 'code', value: code, firstRow: seen },
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
