import type { RoleGrant } from '@samrad/domain';
import { In } from 'typeorm';
import { indicatorSetById } from '../catalogue/catalogue.loaders.js';
import { IndicatorSet } from '../catalogue/indicator-set.entity.js';
import { isUuid } from '../common/ids.js';
import { byId, defineLoader, groupedBy, joinedColumns, preparedQuery } from '../common/loaders.js';
import { addNetworkPart } from '../networks/networks.loaders.js';
import { RoundPhaseChange } from './round-phase-change.entity.js';
import { Round } from './round.entity.js';

export const roundById = byId('roundById', Round);

/** The key of `roundWithGrants`: who asks, which round. */
export const roundKey = (userId: string, roundId: string) => `${userId}|${roundId}`;

/**
 * A round with the caller's roles in its network, keyed by `roundKey`, in one prepared statement:
 * what every answer mutation checks before it writes (a save is many small requests, each paying for
 * its round trips). Primes `roundById`; `grants` is empty when the user holds no role in the round's
 * network (the access policy decides from them, see `primeGrants`).
 */
export const roundWithGrants = defineLoader<string, { round: Round; grants: RoleGrant[] } | null>(
  'roundWithGrants',
  async (keys, dataSource, loaders) => {
    const asked = keys.map((key) => key.split('|')).filter(([, roundId]) => isUuid(roundId));
    const round = joinedColumns(dataSource, Round, 'r', 'r');
    // one key (every save) as plain parameters: PostgreSQL keeps a generic plan for it, while an `unnest`
    // of arrays looks like ten keys to the generic plan and is planned anew on every execution
    const one = asked.length === 1;
    const rows = asked.length
      ? await preparedQuery<Record<string, unknown>>(
          dataSource,
          one ? 'roundWithGrantsOne' : 'roundWithGrants',
          `SELECT k.user_id AS "userId", ${round.list},
                  COALESCE(json_agg(json_build_object('role', m.role, 'municipalityId', m.municipality_id))
                    FILTER (WHERE m.id IS NOT NULL), '[]') AS grants
             FROM ${one ? '(SELECT $1::uuid AS user_id, $2::uuid AS round_id)' : 'unnest($1::uuid[], $2::uuid[])'}
                  AS k(user_id, round_id)
             JOIN rounds r ON r.id = k.round_id
             LEFT JOIN memberships m ON m.network_id = r.network_id AND m.user_id = k.user_id
            GROUP BY k.user_id, r.id`,
          one ? asked[0] : [asked.map(([userId]) => userId), asked.map(([, roundId]) => roundId)],
        )
      : [];
    const found = new Map<string, { round: Round; grants: RoleGrant[] }>();
    for (const row of rows) {
      const plain = round.read(row);
      loaders.of(roundById).prime(plain.id, plain);
      found.set(roundKey(row.userId as string, plain.id), {
        round: plain,
        grants: row.grants as RoleGrant[],
      });
    }
    return keys.map((key) => found.get(key) ?? null);
  },
);
/**
 * Each network's rounds, newest first. Their indicator sets come in the same query and prime
 * `indicatorSetById`: a rounds list with its sets is one round trip.
 */
export const roundsOfNetwork = defineLoader<string, Round[]>(
  'roundsOfNetwork',
  async (networkIds, dataSource, loaders) => {
    const round = joinedColumns(dataSource, Round, 'r', 'r');
    const set = joinedColumns(dataSource, IndicatorSet, 's', 's');
    const rows: Record<string, unknown>[] = await dataSource.query(
      `SELECT ${round.list}, ${set.list}
         FROM rounds r
         JOIN indicator_sets s ON s.id = r.indicator_set_id
        WHERE r.network_id = ANY($1::uuid[])
        ORDER BY r.created_at DESC`,
      [networkIds],
    );
    const sets = loaders.of(indicatorSetById);
    const groups = new Map<string, Round[]>(networkIds.map((id) => [id, []]));
    for (const row of rows) {
      const r = round.read(row);
      const s = set.read(row);
      sets.prime(s.id, s);
      groups.get(r.networkId)?.push(r);
    }
    return networkIds.map((id) => groups.get(id) ?? []);
  },
);
/** The network page's rounds list, read along with the network when asked (see `NetworkPart`). */
addNetworkPart({
  field: 'rounds',
  tables: ['rounds', 'indicator_sets'],
  resolvers: ['Network.rounds', 'Round.indicatorSet', 'Round.answeringDeadline'],
  json: (
    dataSource,
  ) => `(SELECT COALESCE(json_agg(json_build_object('round', ${joinedColumns(dataSource, Round, 'r', 'r').json},
                                                                   'set', ${joinedColumns(dataSource, IndicatorSet, 's', 's').json})
                                          ORDER BY r.created_at DESC), '[]')
                            FROM rounds r JOIN indicator_sets s ON s.id = r.indicator_set_id
                           WHERE r.network_id = n.id)`,
  prime(loaders, networkId, value, dataSource) {
    const round = joinedColumns(dataSource, Round, 'r', 'r');
    const set = joinedColumns(dataSource, IndicatorSet, 's', 's');
    const sets = loaders.of(indicatorSetById);
    const rounds = (value as { round: Record<string, unknown>; set: Record<string, unknown> }[]).map(
      (row) => {
        const s = set.readJson(row.set);
        sets.prime(s.id, s);
        return round.readJson(row.round);
      },
    );
    loaders.of(roundsOfNetwork).prime(networkId, rounds);
  },
});

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
