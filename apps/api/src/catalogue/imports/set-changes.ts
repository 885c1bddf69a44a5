import type { DataSource } from 'typeorm';

export interface QuestionText {
  code: string;
  text: string;
  answerType: string;
}

/** What a new year (or version) of a set changes compared with the one before it. */
export interface SetChanges {
  comparedWith: { id: string; key: string; year: number; version: number; title: string };
  added: QuestionText[];
  removed: QuestionText[];
  reworded: { code: string; before: string; after: string }[];
  /** Same code, another answer type: answers will not compare across years. */
  retyped: { code: string; before: string; after: string }[];
}

const sameWords = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/** Compares by code: the same code in next year's set means the same question (import-formats.md). */
export function diffQuestions(before: QuestionText[], after: QuestionText[]) {
  const old = new Map(before.map((q) => [q.code, q]));
  const next = new Map(after.map((q) => [q.code, q]));
  const kept = after.filter((q) => old.has(q.code)).map((q) => [old.get(q.code)!, q] as const);
  return {
    added: after.filter((q) => !old.has(q.code)),
    removed: before.filter((q) => !next.has(q.code)),
    reworded: kept
      .filter(([a, b]) => !sameWords(a.text, b.text))
      .map(([a, b]) => ({ code: b.code, before: a.text, after: b.text })),
    retyped: kept
      .filter(([a, b]) => a.answerType !== b.answerType)
      .map(([a, b]) => ({ code: b.code, before: a.answerType, after: b.answerType })),
  };
}

/**
 * The stored set an import of `key` and `year` follows: the latest version of the same year (a
 * re-import), else the latest version of the nearest earlier year. Null for a new key.
 */
export async function setChanges(
  dataSource: DataSource,
  candidate: { key?: unknown; year?: unknown; indicators?: unknown },
): Promise<SetChanges | null> {
  if (typeof candidate.key !== 'string' || typeof candidate.year !== 'number') return null;
  const [baseline]: { id: string; key: string; year: number; version: number; title: string }[] =
    await dataSource.query(
      `SELECT id, key, year, version, title FROM indicator_sets
        WHERE key = $1 AND year <= $2 ORDER BY year DESC, version DESC LIMIT 1`,
      [candidate.key, candidate.year],
    );
  if (!baseline) return null;
  const before: QuestionText[] = await dataSource.query(
    `SELECT code, text, answer_type AS "answerType" FROM indicators WHERE indicator_set_id = $1 ORDER BY position`,
    [baseline.id],
  );
  const after = (Array.isArray(candidate.indicators) ? candidate.indicators : [])
    .filter((q): q is QuestionText => typeof q?.code === 'string' && Boolean(q.code))
    .map((q) => ({ code: q.code, text: String(q.text ?? ''), answerType: String(q.answerType ?? '') }));
  return { comparedWith: baseline, ...diffQuestions(before, after) };
}
