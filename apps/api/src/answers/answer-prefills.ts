import { answerValueProblem, type AnswerType, type AnswerValue, type PrefillSource } from '@samrad/domain';
import { defineLoader } from '../common/loaders.js';

export interface AnswerPrefill {
  indicatorId: string;
  value: AnswerValue;
  source: PrefillSource;
  fromYear: number | null;
}

interface Row {
  key: string;
  indicator_id: string;
  answer_type: AnswerType;
  options: string[] | null;
  source: PrefillSource;
  from_year: number | null;
  value_boolean: boolean | null;
  value_number: number | null;
  value_text: string | null;
  value_choice: string | null;
}

/**
 * Suggestions for a municipality's unanswered questions in a round (key `roundId|municipalityId`):
 * its answer in the network's previous round on the area where the indicator code matches, and its
 * Kolada figure (`indicator_reference_values`, which only Kolada imports fill). One statement for
 * all keys; a value that no longer fits the question (an option dropped, a share above 100) is left out.
 * Questions already answered get none: a prefill is not an answer until someone saves it.
 */
export const prefillsOf = defineLoader<string, AnswerPrefill[]>(
  'answerPrefills',
  async (keys, dataSource) => {
    const pairs = keys.map((key) => key.split('|'));
    const rows: Row[] = await dataSource.query(
      `WITH k AS (
       SELECT k.round_id, k.municipality_id, k.round_id || '|' || k.municipality_id AS key,
              r.network_id, r.indicator_set_id, s.area, s.year
         FROM unnest($1::uuid[], $2::uuid[]) AS k(round_id, municipality_id)
         JOIN rounds r ON r.id = k.round_id
         JOIN indicator_sets s ON s.id = r.indicator_set_id
         JOIN network_municipalities nm ON nm.network_id = r.network_id AND nm.municipality_id = k.municipality_id
     ), open AS (
       SELECT k.*, i.id AS indicator_id, i.code, i.position, i.answer_type, i.options
         FROM k JOIN indicators i ON i.indicator_set_id = k.indicator_set_id
        WHERE NOT EXISTS (SELECT 1 FROM answers a WHERE a.round_id = k.round_id
                             AND a.municipality_id = k.municipality_id AND a.indicator_id = i.id)
     )
     SELECT o.key, o.indicator_id, o.answer_type, o.options, 'PREVIOUS_ROUND' AS source, prev.year AS from_year,
            pa.value_boolean, pa.value_number, pa.value_text, pa.value_choice, o.position, 0 AS rank
       FROM open o
       CROSS JOIN LATERAL (
         SELECT p.id, ps.year FROM rounds p JOIN indicator_sets ps ON ps.id = p.indicator_set_id
          WHERE p.network_id = o.network_id AND ps.area = o.area AND ps.year < o.year
          ORDER BY ps.year DESC, p.created_at DESC LIMIT 1
       ) prev
       JOIN answers pa ON pa.round_id = prev.id AND pa.municipality_id = o.municipality_id
       JOIN indicators pi ON pi.id = pa.indicator_id AND pi.code = o.code
     UNION ALL
     SELECT o.key, o.indicator_id, o.answer_type, o.options, 'KOLADA', o.year,
            NULL, rv.value, NULL, NULL, o.position, 1
       FROM open o
       JOIN indicator_reference_values rv ON rv.indicator_id = o.indicator_id AND rv.municipality_id = o.municipality_id
      ORDER BY position, rank`,
      [pairs.map(([roundId]) => roundId), pairs.map(([, municipalityId]) => municipalityId)],
    );
    const byKey = new Map<string, AnswerPrefill[]>(keys.map((key) => [key, []]));
    for (const row of rows) {
      const value: AnswerValue = {
        boolean: row.value_boolean,
        number: row.value_number,
        text: row.value_text,
        choice: row.value_choice,
      };
      if (answerValueProblem(row.answer_type, row.options, value)) continue;
      byKey.get(row.key)?.push({
        indicatorId: row.indicator_id,
        value,
        source: row.source,
        fromYear: row.from_year,
      });
    }
    return keys.map((key) => byKey.get(key)!);
  },
);
