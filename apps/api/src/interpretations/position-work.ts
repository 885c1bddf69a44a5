import type { DataSource } from 'typeorm';
import { municipalityRole, municipalityWorkPairs } from '../home/municipality-work.js';
import type { WorkContext, WorkItem } from '../home/work-items.js';

/**
 * Heads and editors: per round in INTERPRETATION and municipality of mine, the open proposals my
 * municipality has not yet taken a position on. One query for all my rounds and municipalities.
 */
export function positionWork(dataSource: DataSource) {
  return async (context: WorkContext): Promise<WorkItem[]> => {
    const pairs = municipalityWorkPairs(context, 'INTERPRETATION');
    if (pairs.length === 0) return [];
    const rows: { round_id: string; municipality_id: string; count: number }[] = await dataSource.query(
      `SELECT k.round_id, k.municipality_id, count(p.id)::int AS count
         FROM unnest($1::uuid[], $2::uuid[]) AS k(round_id, municipality_id)
         JOIN interpretation_proposals p ON p.round_id = k.round_id AND p.status = 'OPEN'
        WHERE NOT EXISTS (SELECT 1 FROM interpretation_positions pos
                           WHERE pos.proposal_id = p.id AND pos.municipality_id = k.municipality_id AND pos.current)
        GROUP BY k.round_id, k.municipality_id`,
      [pairs.map((p) => p.round.id), pairs.map((p) => p.municipalityId)],
    );
    return rows.map((row) => {
      const { round } = pairs.find((p) => p.round.id === row.round_id)!;
      const deadline = round.phaseDeadlines?.INTERPRETATION;
      return {
        id: `POSITIONS_TO_TAKE:${round.id}:${row.municipality_id}`,
        kind: 'POSITIONS_TO_TAKE',
        role: municipalityRole(context.grants, round.networkId, row.municipality_id),
        networkId: round.networkId,
        round,
        municipalityId: row.municipality_id,
        phase: round.phase,
        deadline: deadline ? new Date(deadline) : null,
        count: row.count,
      };
    });
  };
}
