import { defineLoader } from '../common/loaders.js';

/** One answer value of a round, keyed by its indicator's code (how a question is matched across years). */
export interface CodedValue {
  code: string;
  municipalityId: string;
  boolean: boolean | null;
  number: number | null;
  text: string | null;
  choice: string | null;
}

/** Every answer value of each round with its indicator's code: the previous round's side of the compilation. */
export const valuesByCodeOfRound = defineLoader<string, CodedValue[]>(
  'valuesByCodeOfRound',
  async (roundIds, dataSource) => {
    const rows: (CodedValue & { roundId: string })[] = await dataSource.query(
      `SELECT a.round_id AS "roundId", i.code, a.municipality_id AS "municipalityId",
              a.value_boolean AS boolean, a.value_number AS number, a.value_text AS text, a.value_choice AS choice
         FROM answers a JOIN indicators i ON i.id = a.indicator_id
        WHERE a.round_id = ANY($1::uuid[])`,
      [roundIds],
    );
    const groups = new Map<string, CodedValue[]>(roundIds.map((id) => [id, []]));
    for (const { roundId, ...value } of rows) groups.get(roundId)?.push(value);
    return roundIds.map((id) => groups.get(id) ?? []);
  },
);
