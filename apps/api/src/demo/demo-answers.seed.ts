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

/** A round's demo answers: who answered, when, and what a goal or agreement decided the answer to be. */
export interface DemoAnswering {
  roundId: string;
  indicatorSetId: string;
  year: number;
  /** the municipalities that answered (the others missed the deadline) */
  answeredBy: readonly string[];
  /** answers were saved on working hours of this many days from the first (the head approved at the last save) */
  saved: { from: Date; days: number };
  /** the previous year's round: most answers stay as they were, which a real year-on-year looks like */
  previousRoundId?: string;
  /** code → municipality → value, where the demo's goals or interpretations say what it is */
  decided?: Record<string, Record<string, AnswerValue>>;
}

const yes = { boolean: true };
const no = { boolean: false };

/**
 * Answers the demo's goals and agreements decide; the rest is drawn (2025) or follows 2025 (2026).
 * 2025, the baseline: fewer than half used ASI, and the committed municipalities had neither ASI
 * training nor an introduction plan. 2026: Järfälla and Solna now use ASI and have trained their staff
 * (the ASI goal, ON_TRACK), Sundbyberg postponed its training (AT_RISK), Ekerö has used ASI since 2023
 * (why it declined the goal); Järfälla (DONE) and Sollentuna have an introduction plan, Upplands-Bro not
 * yet; Solna's ASI-based form counts as a standardised instrument (the reading of UPP-01 agreed in 2026).
 */
export const DEMO_DECIDED: Record<2025 | 2026, Record<string, Record<string, AnswerValue>>> = {
  2025: {
    'BED-01': { Ekerö: yes, Järfälla: no, Sigtuna: no, Solna: no, Sundbyberg: no },
    'KOM-02': { Järfälla: no, Solna: no, Sundbyberg: no },
    'KOM-01': { Järfälla: no, Sollentuna: no, 'Upplands-Bro': no },
  },
  2026: {
    'BED-01': { Ekerö: yes, Järfälla: yes, Solna: yes, Sundbyberg: no },
    'KOM-02': { Järfälla: yes, Solna: yes, Sundbyberg: no },
    'KOM-01': { Järfälla: yes, Sollentuna: yes },
    'UPP-01': { Solna: yes },
  },
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Share of answers that stay as they were the year before. */
const KEPT = 0.8;

/**
 * A round's demo answers: every municipality in `answeredBy` answered every question and its head
 * approved them. Values are validated like real answers, then inserted in one statement (the
 * submissions in another), so the demo boots quickly.
 */
export async function seedDemoAnswers(
  { manager, municipalities }: DemoNetwork,
  { roundId, indicatorSetId, year, answeredBy, saved, previousRoundId, decided = {} }: DemoAnswering,
): Promise<void> {
  const indicators: SeedIndicator[] = await manager.query(
    `SELECT id, code, answer_type, options, national_reference FROM indicators
      WHERE indicator_set_id = $1 ORDER BY position`,
    [indicatorSetId],
  );
  const previous = new Map<string, AnswerValue>();
  if (previousRoundId) {
    const rows: { municipality_id: string; code: string; value: AnswerValue }[] = await manager.query(
      `SELECT a.municipality_id, i.code,
              jsonb_strip_nulls(jsonb_build_object('boolean', a.value_boolean, 'number', a.value_number,
                                                   'text', a.value_text, 'choice', a.value_choice)) AS value
         FROM answers a JOIN indicators i ON i.id = a.indicator_id WHERE a.round_id = $1`,
      [previousRoundId],
    );
    for (const row of rows) previous.set(`${row.municipality_id}:${row.code}`, row.value);
  }
  const rows = municipalities
    .filter((municipality) => answeredBy.includes(municipality.name))
    .flatMap((municipality) =>
      indicators.map((indicator) => {
        // a later year draws anew (the first keeps the seeds the 2025 demo always had)
        const next = random(`${previousRoundId ? `${year}:` : ''}${municipality.name}:${indicator.code}`);
        const before = previous.get(`${municipality.id}:${indicator.code}`);
        const value = answerValueSchema(indicator.answer_type, indicator.options).parse(
          decided[indicator.code]?.[municipality.name] ??
            (before && next() < KEPT ? before : demoValue(indicator, next)),
        );
        return {
          municipalityId: municipality.id,
          indicatorId: indicator.id,
          value,
          comment: next() < 0.1 ? 'Uppgiften är hämtad ur verksamhetssystemet per 31 mars.' : null,
          updatedById: municipality.headId,
          updatedAt: new Date(
            saved.from.getTime() +
              Math.floor(next() * saved.days) * DAY +
              (8 + Math.floor(next() * 8)) * HOUR,
          ),
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
