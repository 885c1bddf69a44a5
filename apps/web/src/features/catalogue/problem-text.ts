import type { TFunction } from 'i18next';

/** A problem of an imported file as the API reports it (see IMPORT_PROBLEM_CODES in libs/domain). */
export interface Problem {
  row: number | null;
  column: string | null;
  /** Absent only from a server older than the codes: then its English message is shown. */
  code?: string;
  params?: Record<string, string | number>;
  message: string;
}

/**
 * The problem in the reader's language (`catalogue:problem.<CODE>`), with the value the file had
 * where it helps to find it. An unknown code falls back to the server's message.
 */
export function problemText(t: TFunction, problem: Problem): string {
  if (!problem.code) return problem.message;
  const params = problem.params ?? {};
  const answerType =
    params.answerType === undefined
      ? undefined
      : t(`indicators:answerTypes.${params.answerType}`, { defaultValue: String(params.answerType) });
  const text = t(`catalogue:problem.${problem.code}`, {
    ...params,
    answerType,
    defaultValue: problem.message,
  });
  if (params.value === undefined || params.value === '') return text;
  return `${text} ${t('catalogue:import.found', { value: params.value })}`;
}
