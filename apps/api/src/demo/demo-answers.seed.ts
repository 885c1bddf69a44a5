import { answerValueSchema, type AnswerType, type AnswerValue } from '@samrad/domain';
import type { DemoNetwork } from './demo-network.js';

interface SeedIndicator {
  id: string;
  code: string;
  answer_type: AnswerType;
  options: string[] | null;
  national_reference: number | null;
}

const TEXTS = [
  'Vi arbetar enligt den gemensamma rutinen och följer upp den två gånger per år.',
  'Arbetet pågår; en ny rutin beslutas av nämnden under hösten.',
  'Vi samverkar med regionen i ett gemensamt team med öppen mottagning.',
  'Inget särskilt arbete än, men frågan finns med i verksamhetsplanen.',
];

/** A small deterministic generator, so every fresh demo has the same answers. */
function random(seed: string): () => number {
  let h = 2166136261;
  for (const char of seed) h = Math.imul(h ^ char.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

/** A plausible answer around the national reference: municipalities differ, but not wildly. */
function demoValue(indicator: SeedIndicator, next: () => number): AnswerValue {
  const reference = indicator.national_reference;
  switch (indicator.answer_type) {
    case 'YES_NO':
      // The reference is the share of municipalities answering yes, in percent.
      return { boolean: next() * 100 < (reference ?? 70) };
    case 'CHOICE': {
      const options = indicator.options ?? [];
      return { choice: options[Math.floor(next() * next() * options.length)] };
    }
    case 'PERCENT': {
      const value = (reference ?? 60) + (next() - 0.5) * 40;
      return { number: Math.round(Math.min(100, Math.max(0, value)) * 10) / 10 };
    }
    case 'NUMBER':
      return { number: Math.round((reference ?? 20) * (0.5 + next())) };
    case 'TEXT':
      return { text: TEXTS[Math.floor(next() * TEXTS.length)] };
  }
}

/**
 * The closed 2025 round's answers: every municipality answered every question, its head
 * approved them in April 2025. Values are validated like real answers, then inserted in one go.
 */
export async function seedDemoAnswers(
  { manager, municipalities }: DemoNetwork,
  roundId: string,
  indicatorSetId: string,
): Promise<void> {
  const indicators: SeedIndicator[] = await manager.query(
    `SELECT id, code, answer_type, options, national_reference FROM indicators
      WHERE indicator_set_id = $1 ORDER BY position`,
    [indicatorSetId],
  );
  const rows = municipalities.flatMap((municipality) =>
    indicators.map((indicator) => {
      const next = random(`${municipality.name}:${indicator.code}`);
      const value = answerValueSchema(indicator.answer_type, indicator.options).parse(
        demoValue(indicator, next),
      );
      return {
        municipalityId: municipality.id,
        indicatorId: indicator.id,
        value,
        comment: next() < 0.1 ? 'Uppgiften är hämtad ur verksamhetssystemet per 31 mars.' : null,
        updatedById: municipality.headId,
        updatedAt: new Date(Date.UTC(2025, 3, 1 + Math.floor(next() * 25), 8 + Math.floor(next() * 8))),
      };
    }),
  );
  await manager.query(
    `INSERT INTO answers (round_id, municipality_id, indicator_id, value_boolean, value_number, value_text,
                          value_choice, comment, status, updated_by_id, updated_at, version)
     SELECT $1, m, i, b, n, t, c, cm, 'APPROVED', u, at, 3
       FROM unnest($2::uuid[], $3::uuid[], $4::boolean[], $5::float8[], $6::text[], $7::text[], $8::text[],
                   $9::uuid[], $10::timestamptz[]) AS a(m, i, b, n, t, c, cm, u, at)`,
    [
      roundId,
      rows.map((r) => r.municipalityId),
      rows.map((r) => r.indicatorId),
      rows.map((r) => r.value.boolean ?? null),
      rows.map((r) => r.value.number ?? null),
      rows.map((r) => r.value.text ?? null),
      rows.map((r) => r.value.choice ?? null),
      rows.map((r) => r.comment),
      rows.map((r) => r.updatedById),
      rows.map((r) => r.updatedAt),
    ],
  );
  // Each head approved its municipality's answers: the status per municipality says so too.
  await manager.query(
    `INSERT INTO answer_submissions (round_id, municipality_id, status, first_submitted_at, submitted_at,
                                     submitted_by_id, approved_at, approved_by_id)
     SELECT round_id, municipality_id, 'APPROVED', max(updated_at), max(updated_at), min(updated_by_id::text)::uuid,
            max(updated_at), min(updated_by_id::text)::uuid
       FROM answers WHERE round_id = $1 GROUP BY round_id, municipality_id`,
    [roundId],
  );
}
