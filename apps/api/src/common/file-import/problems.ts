/**
 * One problem of an uploaded file, where a person would look for it: `row` is the spreadsheet's
 * row (header = 1) for CSV/Excel, the 1-based position in the list for JSON, null for the file's
 * own fields; `column` is the field name, null when the whole row or file is meant. `code` and
 * `params` let the web say it in the reader's language; `message` is English. Each import has its
 * own codes (indicator sets: IMPORT_PROBLEM_CODES, answers: ANSWER_IMPORT_PROBLEMS in libs/domain).
 */
export interface ImportProblem {
  row: number | null;
  column: string | null;
  code: string;
  params: Record<string, string | number>;
  message: string;
}

/** One record as read from a file, before any coercion. */
export interface SourceRow {
  row: number;
  raw: Record<string, unknown>;
}

/**
 * Codes used more than once, each repeat reported at its own row (`column` names the code's
 * column). Done before any schema, which would only compare codes once every row is valid.
 */
export function duplicateCodeProblems(
  rows: readonly SourceRow[],
  codes: readonly unknown[],
  column = 'code',
) {
  const firstRow = new Map<string, number>();
  const problems: (ImportProblem & { code: 'DUPLICATE_CODE' })[] = [];
  codes.forEach((code, index) => {
    if (typeof code !== 'string' || !code) return;
    const seen = firstRow.get(code);
    if (seen === undefined) firstRow.set(code, rows[index].row);
    else
      problems.push({
        row: rows[index].row,
        column,
        code: 'DUPLICATE_CODE' as const,
        params: { column, value: code, firstRow: seen },
        message: `Code ${code} is used twice (also in row ${seen})`,
      });
  });
  return problems;
}

/** File-level problems first, then by row and by `fieldOrder`; the same problem only once. */
export function sortProblems<P extends Pick<ImportProblem, 'row' | 'column' | 'message'>>(
  problems: readonly P[],
  fieldOrder: readonly string[],
): P[] {
  const rank = (column: string | null) => {
    const index = column === null ? -1 : fieldOrder.indexOf(column);
    return index === -1 && column !== null ? fieldOrder.length : index;
  };
  const seen = new Set<string>();
  return problems
    .filter((problem) => {
      const id = `${problem.row}|${problem.column}|${problem.message}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || rank(a.column) - rank(b.column));
}
