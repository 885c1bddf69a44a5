import { summarize, type AnswerValue, type RoleGrant } from '@samrad/domain';
import { answerScope, inScope } from '../answers/answer-scope.js';
import { joinedColumns, defineLoader, type Loaders } from '../common/loaders.js';
import { Indicator } from '../catalogue/indicator.entity.js';
import { municipalitiesOfNetwork, type MunicipalityRow } from '../networks/networks.loaders.js';
import { roundsOfNetwork } from '../rounds/rounds.loaders.js';
import type { IndicatorHistoryPointType } from './comparisons.types.js';

interface CodeInRound {
  roundId: string;
  year: number;
  indicator: Indicator;
  values: { municipality: MunicipalityRow; value: AnswerValue }[];
}

/**
 * Every round of a network that asked an indicator code, with that year's question and every
 * answer to it (keyed `networkId|code`): two set-based queries whatever the number of rounds.
 */
const codeAcrossRounds = defineLoader<string, CodeInRound[]>('codeAcrossRounds', async (keys, dataSource) => {
  const pairs = keys.map((key) => key.split('|') as [string, string]);
  const indicator = joinedColumns(dataSource, Indicator, 'i', 'i');
  const asked: Record<string, unknown>[] = await dataSource.query(
    `SELECT r.network_id AS "networkId", r.id AS "roundId", s.year, ${indicator.list}
       FROM unnest($1::uuid[], $2::text[]) AS k(network_id, code)
       JOIN rounds r ON r.network_id = k.network_id
       JOIN indicator_sets s ON s.id = r.indicator_set_id
       JOIN indicators i ON i.indicator_set_id = s.id AND i.code = k.code
      ORDER BY s.year, r.created_at`,
    [pairs.map(([n]) => n), pairs.map(([, c]) => c)],
  );
  const points = asked.map((row) => ({
    key: `${row.networkId as string}|${(row['i.code'] as string) ?? ''}`,
    roundId: row.roundId as string,
    year: row.year as number,
    indicator: indicator.read(row),
    values: [] as CodeInRound['values'],
  }));
  const byIndicator = new Map(points.map((p) => [`${p.roundId}|${p.indicator.id}`, p]));
  const answers: (MunicipalityRow & {
    roundId: string;
    indicatorId: string;
    boolean: boolean | null;
    number: number | null;
    text: string | null;
    choice: string | null;
  })[] = points.length
    ? await dataSource.query(
        `SELECT a.round_id AS "roundId", a.indicator_id AS "indicatorId", m.id, m.code, m.name, m.country,
                a.value_boolean AS boolean, a.value_number AS number, a.value_text AS text, a.value_choice AS choice
           FROM answers a JOIN municipalities m ON m.id = a.municipality_id
          WHERE (a.round_id, a.indicator_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))
          ORDER BY m.search_name`,
        [points.map((p) => p.roundId), points.map((p) => p.indicator.id)],
      )
    : [];
  for (const { roundId, indicatorId, id, code, name, country, ...value } of answers)
    byIndicator
      .get(`${roundId}|${indicatorId}`)
      ?.values.push({ municipality: { id, code, name, country }, value });
  const grouped = new Map<string, CodeInRound[]>(keys.map((key) => [key, []]));
  for (const { key, ...point } of points) grouped.get(key)?.push(point);
  return keys.map((key) => grouped.get(key) ?? []);
});

/**
 * An indicator code across the network's rounds, oldest year first: per round the values the caller
 * may see (the same `answerScope` as Round.answers and the compilation), their summary over the
 * network's member count, and that year's national reference.
 */
export async function indicatorHistory(
  loaders: Loaders,
  networkId: string,
  code: string,
  grants: readonly RoleGrant[],
): Promise<IndicatorHistoryPointType[]> {
  const [asked, rounds, members] = await Promise.all([
    loaders.of(codeAcrossRounds).load(`${networkId}|${code}`),
    loaders.of(roundsOfNetwork).load(networkId),
    loaders.of(municipalitiesOfNetwork).load(networkId),
  ]);
  const roundOf = new Map(rounds.map((r) => [r.id, r]));
  return Promise.all(
    asked.map(async (point) => {
      const round = roundOf.get(point.roundId)!;
      const scope = await answerScope(loaders, round, grants);
      const values = point.values.filter((v) => inScope(scope, v.municipality.id));
      return {
        round,
        year: point.year,
        indicator: point.indicator,
        values,
        summary: summarize(
          point.indicator.answerType,
          values.map((v) => v.value),
          members.length,
          point.indicator.options,
        ),
        nationalReference: point.indicator.nationalReference,
      };
    }),
  );
}
