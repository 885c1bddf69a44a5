import { useTranslation } from 'react-i18next';

/** One bad row of an answers file, as the API reports it (code and params to word it here). */
export interface AnswerProblem {
  row: number | null;
  column: string | null;
  code?: string;
  params?: Record<string, string | number>;
  message: string;
}

/** Every bad row, by its row number as the spreadsheet shows it, in the reader's language. */
export function AnswerProblems({ problems }: { problems: AnswerProblem[] }) {
  const { t } = useTranslation('answersFile');
  return (
    <>
      <p role="alert" className="form-error">
        {t('preview.problems', { count: problems.length })}
      </p>
      <table>
        <caption className="visually-hidden">{t('preview.problemsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('preview.row')}</th>
            <th scope="col">{t('preview.column')}</th>
            <th scope="col">{t('preview.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            <tr key={index}>
              <td>{problem.row ?? '–'}</td>
              <td>
                {problem.column ? t(`column.${problem.column}`, { defaultValue: problem.column }) : '–'}
              </td>
              <td>
                {problem.code
                  ? t(`problem.${problem.code}`, { ...problem.params })
                  : t('problem.INVALID_VALUE')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
