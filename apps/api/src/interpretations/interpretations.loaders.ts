import { DEFAULT_CONSENSUS_RULE, type ConsensusRule } from '@samrad/domain';
import { In } from 'typeorm';
import { byId, defineLoader, groupedBy } from '../common/loaders.js';
import { Indicator } from '../catalogue/indicator.entity.js';
import { InterpretationPosition } from './interpretation-position.entity.js';
import { InterpretationProposal } from './interpretation-proposal.entity.js';
import type { RoundQuestionType } from './interpretations.types.js';

export const proposalById = byId('proposalById', InterpretationProposal);

/** Every proposal of each round (all statuses: the history), oldest first. */
export const proposalsOfRound = groupedBy('proposalsOfRound', InterpretationProposal, 'roundId', {
  createdAt: 'ASC',
});

/** Every position taken on each proposal, replaced ones included, oldest first. */
export const positionHistoryOfProposal = groupedBy(
  'positionHistoryOfProposal',
  InterpretationPosition,
  'proposalId',
  { castAt: 'ASC' },
);

export interface ConsensusContext {
  rule: ConsensusRule;
  memberMunicipalityIds: string[];
}

/** Anything that runs SQL: the data source, or a transaction's manager. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

/** What a tally of a round's proposals needs: its network's rule and member municipalities. */
export async function consensusContexts(
  db: Queryable,
  roundIds: readonly string[],
): Promise<ConsensusContext[]> {
  const rows: { round_id: string; rule: ConsensusRule; members: string[] }[] = await db.query(
    `SELECT r.id AS round_id, n.consensus_rule AS rule,
            coalesce(array_agg(nm.municipality_id) FILTER (WHERE nm.municipality_id IS NOT NULL), '{}') AS members
       FROM rounds r
       JOIN networks n ON n.id = r.network_id
       LEFT JOIN network_municipalities nm ON nm.network_id = r.network_id
      WHERE r.id = ANY($1::uuid[])
      GROUP BY r.id, n.consensus_rule`,
    [roundIds],
  );
  const byRound = new Map(rows.map((row) => [row.round_id, row]));
  return roundIds.map((id) => ({
    rule: byRound.get(id)?.rule ?? DEFAULT_CONSENSUS_RULE,
    memberMunicipalityIds: byRound.get(id)?.members ?? [],
  }));
}

export const consensusOfRound = defineLoader<string, ConsensusContext>(
  'consensusOfRound',
  (roundIds, dataSource) => consensusContexts(dataSource, roundIds),
);

/**
 * The latest interpretation agreed in an earlier round of the same network and area, per round
 * and indicator code: the reading that travels with the question across years.
 */
export async function previousAgreements(
  db: Queryable,
  roundIds: readonly string[],
): Promise<{ round_id: string; code: string; proposal_id: string }[]> {
  return (await db.query(
    `SELECT DISTINCT ON (r.id, i.code) r.id AS round_id, i.code, p.id AS proposal_id
       FROM rounds r
       JOIN indicator_sets s ON s.id = r.indicator_set_id
       JOIN rounds pr ON pr.network_id = r.network_id
       JOIN indicator_sets ps ON ps.id = pr.indicator_set_id AND ps.area = s.area AND ps.year < s.year
       JOIN interpretation_proposals p ON p.round_id = pr.id AND p.status = 'AGREED'
       JOIN indicators i ON i.id = p.indicator_id
      WHERE r.id = ANY($1::uuid[])
      ORDER BY r.id, i.code, ps.year DESC, p.resolved_at DESC`,
    [roundIds],
  )) as { round_id: string; code: string; proposal_id: string }[];
}

/**
 * The questions of each round in questionnaire order, each with its agreed interpretation in
 * this round and the one carried from an earlier year: four queries for any number of rounds
 * and questions (the proposals themselves come through `proposalById`, batched too).
 */
export const questionsOfRound = defineLoader<string, RoundQuestionType[]>(
  'questionsOfRound',
  async (roundIds, dataSource) => {
    const pairs: { round_id: string; indicator_id: string }[] = await dataSource.query(
      `SELECT r.id AS round_id, i.id AS indicator_id
         FROM rounds r JOIN indicators i ON i.indicator_set_id = r.indicator_set_id
        WHERE r.id = ANY($1::uuid[])
        ORDER BY i.position`,
      [roundIds],
    );
    const indicatorIds = [...new Set(pairs.map((pair) => pair.indicator_id))];
    const indicators = new Map(
      (indicatorIds.length
        ? await dataSource.getRepository(Indicator).findBy({ id: In(indicatorIds) })
        : []
      ).map((indicator) => [indicator.id, indicator]),
    );
    const proposals: { round_id: string; indicator_id: string; id: string; status: string }[] =
      await dataSource.query(
        `SELECT round_id, indicator_id, id, status FROM interpretation_proposals
          WHERE round_id = ANY($1::uuid[]) AND status IN ('AGREED', 'OPEN')`,
        [roundIds],
      );
    const previous = await previousAgreements(dataSource, roundIds);
    const agreed = new Map<string, string>();
    const open = new Map<string, number>();
    for (const p of proposals) {
      const key = `${p.round_id}|${p.indicator_id}`;
      if (p.status === 'AGREED') agreed.set(key, p.id);
      else open.set(key, (open.get(key) ?? 0) + 1);
    }
    const carried = new Map(previous.map((row) => [`${row.round_id}|${row.code}`, row.proposal_id]));
    const groups = new Map<string, RoundQuestionType[]>(roundIds.map((id) => [id, []]));
    for (const pair of pairs) {
      const indicator = indicators.get(pair.indicator_id)!;
      const key = `${pair.round_id}|${indicator.id}`;
      groups.get(pair.round_id)?.push({
        id: indicator.id,
        roundId: pair.round_id,
        indicatorRow: indicator,
        agreedId: agreed.get(key) ?? null,
        previousAgreedId: carried.get(`${pair.round_id}|${indicator.code}`) ?? null,
        openProposals: open.get(key) ?? 0,
      });
    }
    return roundIds.map((id) => groups.get(id) ?? []);
  },
);
