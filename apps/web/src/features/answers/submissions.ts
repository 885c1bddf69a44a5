import type { ResultOf } from '../../graphql/graphql';
import type { ANSWER_OVERVIEW } from './answers.graphql';

type Submission = NonNullable<ResultOf<typeof ANSWER_OVERVIEW>['round']>['answerSubmissions'][number];

/**
 * One row per municipality of the network, in name order: the API lists only municipalities
 * that have begun (a status row exists once something is saved or granted); the others are a
 * draft with nothing answered.
 */
export function submissionRows(
  municipalities: readonly { id: string; name: string }[],
  submissions: readonly Submission[],
  locale: string,
): Submission[] {
  const byId = new Map(submissions.map((s) => [s.municipality.id, s]));
  return [...municipalities]
    .sort((a, b) => a.name.localeCompare(b.name, locale))
    .map(
      (m) =>
        byId.get(m.id) ?? {
          municipality: m,
          status: 'DRAFT',
          answered: 0,
          submittedAt: null,
          approvedAt: null,
          lateUntil: null,
        },
    );
}
