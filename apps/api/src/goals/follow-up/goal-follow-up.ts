import type { RoleGrant } from '@samrad/domain';
import { answerScope, inScope } from '../../answers/answer-scope.js';
import { indicatorSetById } from '../../catalogue/catalogue.loaders.js';
import type { Loaders } from '../../common/loaders.js';
import { indicatorHistory } from '../../comparisons/indicator-history.js';
import { municipalityById, type MunicipalityRow } from '../../networks/networks.loaders.js';
import { roundsOfNetwork } from '../../rounds/rounds.loaders.js';
import { commitmentsOfGoal, indicatorsOfGoal } from '../goals.loaders.js';
import type { GoalFollowUpValueType, GoalIndicatorFollowUpType, GoalType } from '../goals.types.js';

/**
 * A goal's linked indicators across the years: for each, the baseline round and every later round of
 * the network on the same area that asked the same code, with the network's summary and each committed
 * municipality's value. Values go through the same give-to-get as the compilation (`answerScope`), and
 * every read is a request-wide loader, so any number of goals, indicators, rounds and municipalities
 * costs a fixed set of queries.
 */
export async function goalFollowUp(
  loaders: Loaders,
  goal: GoalType,
  grants: readonly RoleGrant[],
): Promise<GoalIndicatorFollowUpType[]> {
  if (!goal.baselineRoundId) return [];
  const [indicators, rounds, commitments] = await Promise.all([
    loaders.of(indicatorsOfGoal).load(goal.id),
    loaders.of(roundsOfNetwork).load(goal.networkId),
    loaders.of(commitmentsOfGoal).load(goal.id),
  ]);
  const baseline = rounds.find((round) => round.id === goal.baselineRoundId);
  if (!baseline || indicators.length === 0) return [];
  const sets = loaders.of(indicatorSetById);
  const baselineSet = await sets.load(baseline.indicatorSetId);
  if (!baselineSet) return [];
  const committed = (
    await loaders
      .of(municipalityById)
      .loadMany(commitments.filter((c) => c.status === 'COMMITTED').map((c) => c.municipalityId))
  )
    .filter((m): m is MunicipalityRow => Boolean(m) && !(m instanceof Error))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));

  return Promise.all(
    indicators.map(async (indicator) => {
      const history = await indicatorHistory(loaders, goal.networkId, indicator.code, grants);
      const followed = [];
      const values: GoalFollowUpValueType[] = [];
      for (const point of history) {
        const set = await sets.load(point.round.indicatorSetId);
        const isBaseline = point.round.id === baseline.id;
        if (!set || set.area !== baselineSet.area || (!isBaseline && set.year <= baselineSet.year)) continue;
        const scope = await answerScope(loaders, point.round, grants);
        followed.push({
          round: point.round,
          year: point.year,
          baseline: isBaseline,
          indicator: point.indicator,
          summary: point.summary,
          nationalReference: point.nationalReference,
        });
        for (const municipality of committed) {
          const hidden = !inScope(scope, municipality.id);
          const answer = hidden ? undefined : point.values.find((v) => v.municipality.id === municipality.id);
          values.push({
            roundId: point.round.id,
            year: point.year,
            municipality,
            hidden,
            value: answer?.value ?? null,
          });
        }
      }
      return { code: indicator.code, indicator, rounds: followed, values };
    }),
  );
}
