import { useTranslation } from 'react-i18next';
import { ProblemsTable } from '../../shared/ProblemsTable';

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
    <ProblemsTable
      problems={problems}
      summary={t('preview.problems', { count: problems.length })}
      caption={t('preview.problemsCaption')}
      headers={{ row: t('preview.row'), column: t('preview.column'), problem: t('preview.problem') }}
      column={(problem) => t(`column.${problem.column}`, { defaultValue: problem.column ?? '' })}
      describe={(problem) =>
        problem.code ? t(`problem.${problem.code}`, { ...problem.params }) : t('problem.INVALID_VALUE')
      }
    />
  );
}
