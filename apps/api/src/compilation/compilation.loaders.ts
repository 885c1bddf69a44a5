import type { DataSource } from 'typeorm';
import { defineLoader } from '../common/loaders.js';

/** One answer value of a round, keyed by its indicator's code (how a question is matched across years); an AnswerValue itself. */
export interface CodedValue {
  code: string;
  municipalityId: string;
  boolean: boolean | null;
  number: number | null;
  text: string | null;
  choice: string | null;
}

async function readValuesByCode(dataSource: DataSource, roundIds: readonly string[]) {
  const rows: (CodedValue & { roundId: string })[] = await dataSource.query(
    `SELECT a.round_id AS "roundId", i.code, a.municipality_id AS "municipalityId",
            a.value_boolean AS boolean, a.value_number AS number, a.value_text AS text, a.value_choice AS choice
       FROM answers a JOIN indicators i ON i.id = a.indicator_id
      WHERE a.round_id = ANY($1::uuid[])`,
    [roundIds],
  );
  const groups = new Map<string, CodedValue[]>(roundIds.map((id) => [id, []]));
  for (const row of rows) groups.get(row.roundId)?.push(row);
  return groups;
}

/**
 * Each round's stamp: its room's `room_sequences.last_seq` ('0' before any event). Every write to a
 * round's answers (saves, imports, submit/approve/reopen, phase steps) records an event in the room
 * `round:<id>`, numbered right after the write commits (EventSequencer), so a moved stamp, seen from
 * any process, means the round's answers may have changed, and a stamp is never newer than the
 * values committed under it. Read before the values it stamps: a write committed in between leaves
 * newer values under an older stamp, which the next request reads again (never the reverse).
 */
export const roundStamps = defineLoader<string, string>('roundStamps', async (roundIds, dataSource) => {
  const rows: { id: string; stamp: string }[] = await dataSource.query(
    `SELECT r.id, coalesce(s.last_seq, 0)::text AS stamp
       FROM unnest($1::uuid[]) AS r(id) LEFT JOIN room_sequences s ON s.room = 'round:' || r.id`,
    [roundIds],
  );
  const stampOf = new Map(rows.map((row) => [row.id, row.stamp]));
  return roundIds.map((id) => stampOf.get(id) ?? '0');
});

/** How many rounds' previous values a process keeps (a few open compilations at a time). */
const KEPT_ROUNDS = 16;
const kept = new WeakMap<DataSource, Map<string, { stamp: string; values: CodedValue[] }>>();

/**
 * The previous round's side of the compilation, kept in the process between requests: a past
 * round's values rarely change, and reading and parsing them was a third of a national
 * compilation. Keyed `<round id>@<stamp>` (`roundStamps`): the kept values carry the stamp they
 * were read at and are read again when it moved (in any process).
 */
export const previousValuesByCodeOfRound = defineLoader<string, CodedValue[]>(
  'previousValuesByCodeOfRound',
  async (stampedIds, dataSource) => {
    let cache = kept.get(dataSource);
    if (!cache) kept.set(dataSource, (cache = new Map()));
    const keys = stampedIds.map((key) => {
      const [id, stamp] = key.split('@');
      return { id, stamp };
    });
    const stale = keys.filter(({ id, stamp }) => cache.get(id)?.stamp !== stamp);
    if (stale.length) {
      const groups = await readValuesByCode(
        dataSource,
        stale.map((k) => k.id),
      );
      for (const { id, stamp } of stale) {
        cache.delete(id);
        if (cache.size >= KEPT_ROUNDS) cache.delete(cache.keys().next().value!);
        cache.set(id, { stamp, values: groups.get(id) ?? [] });
      }
    }
    return keys.map(({ id }) => cache.get(id)?.values ?? []);
  },
);
