import { importIndicatorSetSchema, type ImportIndicatorSetInput } from '@samrad/domain';
import { coerceText } from '../../common/file-import/cells.js';
import { duplicateCodeProblems } from '../../common/file-import/problems.js';
import { coerceIndicator, coerceNumber, type CellProblem } from './coerce-cells.js';
import type { IndicatorColumn, MetadataField } from './import-columns.js';
import { problemFromIssue, sortSetProblems, type ImportProblem, type ParsedFile } from './problems.js';

/** The set as read from the file and form, before (or failing) validation. */
export type CandidateSet = Record<MetadataField, unknown> & {
  indicators: Record<IndicatorColumn, unknown>[];
};

export interface ValidatedImport {
  /** The validated set when there are no problems, else what was read, for the preview. */
  set: ImportIndicatorSetInput | CandidateSet;
  /** Every problem, set-level first, then by row. */
  problems: ImportProblem[];
  /** Only when there are no problems. */
  input: ImportIndicatorSetInput | null;
}

const present = (value: unknown) => value !== undefined && value !== null && value !== '';

/** Form fields complete and override what the file says about the set. */
function mergeMetadata(
  fromFile: ParsedFile['metadata'],
  form: Record<string, unknown>,
  problem: (field: MetadataField, found: Parameters<CellProblem>[0]) => void,
): Record<MetadataField, unknown> {
  const value = (field: MetadataField) => {
    const fromForm = coerceText(form[field]);
    return present(fromForm) ? fromForm : coerceText(fromFile[field]);
  };
  const year = value('year');
  return {
    // required text: '' gets the schema's "is required" rather than "must be text"
    key: value('key') ?? '',
    title: value('title') ?? '',
    area: value('area') ?? '',
    year: present(year)
      ? coerceNumber(year, 'Year', (found) => problem('year', found))
      : problem('year', { code: 'REQUIRED', params: {}, message: 'Year is required' }),
    source: value('source'),
  };
}

// The schema compares codes only once every row is otherwise valid; duplicateCodeProblems
// always does, so its own duplicate issues are left out.
const isDuplicateCodeIssue = (issue: { code: string; path: PropertyKey[] }) =>
  issue.code === 'custom' && issue.path[0] === 'indicators' && issue.path[2] === 'code';

/**
 * Coerces cells (numbers with decimal comma, `|`-separated options, answer types in any case),
 * runs the domain schema and maps every issue to its row and column. Problems found while
 * coercing a cell win over the schema's for the same cell.
 */
export function validateImport(parsed: ParsedFile, form: Record<string, unknown>): ValidatedImport {
  const problems: ImportProblem[] = [...parsed.problems];
  // Cell problems name their column in params too, like the schema's.
  const metadata = mergeMetadata(parsed.metadata, form, (column, found) =>
    problems.push({ row: null, column, ...found, params: { column, ...found.params } }),
  );
  const indicators = parsed.rows.map(({ row, raw }) =>
    coerceIndicator(raw, (column, found) =>
      problems.push({ row, column, ...found, params: { column, ...found.params } }),
    ),
  );
  const set: CandidateSet = { ...metadata, indicators };
  const result = importIndicatorSetSchema.safeParse(set);
  if (result.success && !problems.length) return { set: result.data, problems: [], input: result.data };

  const cellsWithProblems = new Set(problems.map((p) => `${p.row}|${p.column}`));
  const issues = result.success ? [] : result.error.issues.filter((issue) => !isDuplicateCodeIssue(issue));
  for (const issue of issues) {
    const problem = problemFromIssue(issue, parsed.rows, set);
    if (!cellsWithProblems.has(`${problem.row}|${problem.column}`)) problems.push(problem);
  }
  problems.push(
    ...duplicateCodeProblems(
      parsed.rows,
      indicators.map((indicator) => indicator.code),
    ),
  );
  return { set: result.success ? result.data : set, problems: sortSetProblems(problems), input: null };
}
