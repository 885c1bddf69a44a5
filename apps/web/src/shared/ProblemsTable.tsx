/** A problem of an uploaded file, where the spreadsheet shows it. */
export interface RowProblem {
  row: number | null;
  column: string | null;
}

/** Every problem of a rejected file, by row and column, under a sentence that counts them. */
export function ProblemsTable<P extends RowProblem>({
  problems,
  summary,
  caption,
  headers,
  column,
  describe,
}: {
  problems: readonly P[];
  summary: string;
  caption: string;
  headers: { row: string; column: string; problem: string };
  column(problem: P): string;
  describe(problem: P): string;
}) {
  return (
    <>
      <p role="alert" className="form-error">
        {summary}
      </p>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{headers.row}</th>
            <th scope="col">{headers.column}</th>
            <th scope="col">{headers.problem}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            <tr key={index}>
              <td>{problem.row ?? '–'}</td>
              <td>{problem.column ? column(problem) : '–'}</td>
              <td>{describe(problem)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
