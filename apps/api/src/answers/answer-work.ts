import type { DataSource } from 'typeorm';
import { municipalityRole, municipalityWorkPairs } from '../home/municipality-work.js';
import type { WorkContext, WorkItem } from '../home/work-items.js';

/**
 * Heads and editors: per round in ANSWERING and municipality of mine that has not submitted (never,
 * or reopened), how many questions are answered out of how many. One query for all my rounds.
 */
export function answerWork(dataSource: DataSource) {
  return async (context: WorkContext): Promise<WorkItem[]> => {
    const pairs = municipalityWorkPairs(context, 'ANSWERING');
    if (pairs.length === 0) return [];
    const rows: { round_id: string; municipality_id: string; answered: number; total: number }[] =
      await dataSource.query(
        `SELECT k.round_id, k.municipality_id,
                (SELECT count(*) FROM answers a
                  WHERE a.round_id = k.round_id AND a.municipality_id = k.municipality_id)::int AS answered,
                (SELECT count(*) FROM indicators i WHERE i.indicator_set_id = r.indicator_set_id)::int AS total
           FROM unnest($1::uuid[], $2::uuid[]) AS k(round_id, municipality_id)
           JOIN rounds r ON r.id = k.round_id
           LEFT JOIN answer_submissions s ON s.round_id = k.round_id AND s.municipality_id = k.municipality_id
          WHERE coalesce(s.status, 'DRAFT') = 'DRAFT'`,
        [pairs.map((p) => p.round.id), pairs.map((p) => p.municipalityId)],
      );
    return rows.map((row) => {
      const { round } = pairs.find((p) => p.round.id === row.round_id)!;
      const role = municipalityRole(context.grants, round.networkId, row.municipality_id);
      const deadline = round.phaseDeadlines?.ANSWERING;
      return {
        id: `ANSWERS_TO_SUBMIT:${round.id}:${row.municipality_id}`,
        kind: 'ANSWERS_TO_SUBMIT',
        role,
        networkId: round.networkId,
        round,
        municipalityId: row.municipality_id,
        phase: round.phase,
        deadline: deadline ? new Date(deadline) : null,
        count: row.answered,
        total: row.total,
      };
    });
  };
}
