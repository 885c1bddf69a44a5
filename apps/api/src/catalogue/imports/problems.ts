import { importProblemOf, valueAt, type ImportProblem, type SchemaIssue } from '@samrad/domain';
import { sortProblems, type SourceRow } from '../../common/file-import/problems.js';
import { INDICATOR_COLUMNS, METADATA_FIELDS, type MetadataField } from './import-columns.js';

/** Row, column, code, params and English message: see libs/domain/src/import-problems.ts. */
export type { ImportProblem };
export type { SourceRow };

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

const FIELD_ORDER: string[] = [...METADATA_FIELDS, 'indicators', ...INDICATOR_COLUMNS];
/** Set-level problems first, then by row and column order; the same problem only once. */
export const sortSetProblems = (problems: readonly ImportProblem[]) => sortProblems(problems, FIELD_ORDER);
