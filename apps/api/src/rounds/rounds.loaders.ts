import { In } from 'typeorm';
import { byId, defineLoader, groupedBy } from '../common/loaders.js';
import { RoundPhaseChange } from './round-phase-change.entity.js';
import { Round } from './round.entity.js';

export const roundById = byId('roundById', Round);
/** Each network's rounds, newest first. */
export const roundsOfNetwork = groupedBy('roundsOfNetwork', Round, 'networkId', { createdAt: 'DESC' });
export const phaseHistoryOfRound = groupedBy('phaseHistoryOfRound', RoundPhaseChange, 'roundId', {
  changedAt: 'ASC',
});

/**
 * The network's previous round on the same area: the latest round whose set is of an earlier
 * year. It carries last year's answers, so later features can show change by indicator code.
 */
export const previousRoundOf = defineLoader<string, Round | null>(
  'previousRoundOf',
  async (roundIds, dataSource) => {
    const rows: { round_id: string; previous_id: string }[] = await dataSource.query(
      `SELECT r.id AS round_id, prev.id AS previous_id
       FROM rounds r
       JOIN indicator_sets s ON s.id = r.indicator_set_id
       CROSS JOIN LATERAL (
         SELECT p.id FROM rounds p JOIN indicator_sets ps ON ps.id = p.indicator_set_id
          WHERE p.network_id = r.network_id AND ps.area = s.area AND ps.year < s.year
          ORDER BY ps.year DESC, p.created_at DESC LIMIT 1
       ) prev
      WHERE r.id = ANY($1::uuid[])`,
      [roundIds],
    );
    const previousIds = rows.map((row) => row.previous_id);
    const rounds = previousIds.length
      ? await dataSource.getRepository(Round).findBy({ id: In(previousIds) })
      : [];
    const byIdMap = new Map(rounds.map((round) => [round.id, round]));
    const previous = new Map(rows.map((row) => [row.round_id, byIdMap.get(row.previous_id) ?? null]));
    return roundIds.map((id) => previous.get(id) ?? null);
  },
);
