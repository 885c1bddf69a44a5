import { sortProblems, type ImportProblem, type SourceRow } from '../../common/file-import/problems.js';
import { INDICATOR_COLUMNS, METADATA_FIELDS, type MetadataField } from './import-columns.js';

export type { ImportProblem, SourceRow } from '../../common/file-import/problems.js';

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

const FIELD_ORDER: string[] = [...METADATA_FIELDS, 'indicators', ...INDICATOR_COLUMNS];
/** Set-level problems first, then by row and column order; the same problem only once. */
export const sortSetProblems = (problems: readonly ImportProblem[]) => sortProblems(problems, FIELD_ORDER);
