import type { AnswerType, AnswerValue, Polarity, RoundPhase } from '@samrad/domain';

/**
 * The national-scale data set (issue 15) for tests and benchmarks: a network of every Swedish
 * municipality (the register the API seeds at boot: 290), an indicator set of `questions`
 * questions for each of two years (every answer type, every polarity, six sections; the later year
 * drops a few codes and adds new ones, so some cells have no previous value), a round per year with
 * answers from (almost) every municipality, all submitted, and agreed interpretations for about
 * two questions in three. Deterministic: the same seed gives the same figures. Loaded with a
 * handful of bulk statements (`unnest` of arrays), not a row at a time.
 *
 * It lives beside the tests (apps/api/test) because jest and tools/bench both import it from here.
 */

/** `DataSource.query` (rows) or `pg.Client.query` (a result with rows): both do. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export interface NationalDatasetOptions {
  seed?: number;
  questions?: number;
  /** Limit to the first n municipalities by code (default: all of Sweden). */
  municipalities?: number;
  /** The earlier and the later year. */
  years?: [number, number];
  /** Phase of the later round (the earlier one is CLOSED). */
  phase?: RoundPhase;
  /** An existing user to coordinate the network (else one is made, who cannot sign in). */
  coordinatorId?: string;
  name?: string;
}

export interface DatasetIndicator {
  id: string;
  code: string;
  section: string;
  answerType: AnswerType;
  polarity: Polarity;
  options: string[] | null;
  nationalReference: number | null;
}

export interface DatasetRound {
  id: string;
  year: number;
  indicatorSetId: string;
  phase: RoundPhase;
  indicators: DatasetIndicator[];
  /** Every answer given, by `${indicatorId}|${municipalityId}`. */
  answers: Map<string, AnswerValue>;
  /** The agreed proposal per indicator id. */
  agreed: Map<string, string>;
}

export interface NationalDataset {
  networkId: string;
  coordinatorId: string;
  municipalities: { id: string; code: string; name: string }[];
  /** The earlier round first. */
  rounds: [DatasetRound, DatasetRound];
}

export const SECTIONS = [
  'Ekonomiskt bistånd',
  'Barn och unga',
  'Missbruk och beroende',
  'Äldreomsorg',
  'Funktionsnedsättning',
  'Socialtjänsten övergripande',
];
const CHOICES = ['Alltid', 'Ofta', 'Ibland', 'Sällan', 'Aldrig'];
/** Codes of the earlier year missing from the later one (and as many new codes replace them). */
const DROPPED_CODES = 3;

/** mulberry32: a small, fast, seeded generator (the data set must be the same on every run). */
export function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

/** The answer type and polarity of question i: every type and polarity occurs, in fixed proportions. */
function shapeOf(i: number): { answerType: AnswerType; polarity: Polarity } {
  const slot = i % 20;
  const answerType: AnswerType =
    slot < 8 ? 'YES_NO' : slot < 13 ? 'PERCENT' : slot < 16 ? 'NUMBER' : slot < 18 ? 'CHOICE' : 'TEXT';
  const numeric = answerType === 'YES_NO' || answerType === 'PERCENT' || answerType === 'NUMBER';
  const polarities: Polarity[] = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL'];
  return { answerType, polarity: numeric ? polarities[i % 3] : 'NEUTRAL' };
}

const one = (n: number) => Math.round(n * 10) / 10;

export async function loadNationalDataset(
  db: Queryable,
  options: NationalDatasetOptions = {},
): Promise<NationalDataset> {
  const random = seeded(options.seed ?? 2026);
  const questions = options.questions ?? 150;
  const [earlier, later] = options.years ?? [2025, 2026];
  const q = async <T>(sql: string, params: unknown[] = []) => rowsOf<T>(await db.query(sql, params));

  const municipalities = await q<{ id: string; code: string; name: string }>(
    `SELECT id, code, name FROM municipalities WHERE country = 'SE' ORDER BY code LIMIT $1`,
    [options.municipalities ?? 10_000],
  );
  const coordinatorId =
    options.coordinatorId ??
    (
      await q<{ id: string }>(
        `INSERT INTO users (email, password_hash, display_name)
         VALUES ('national-' || gen_random_uuid() || '@dataset.samrad.se', '!', 'Nationell samordnare') RETURNING id`,
      )
    )[0].id;
  const [{ id: networkId }] = await q<{ id: string }>(
    `INSERT INTO networks (name, description) VALUES ($1, 'Alla Sveriges kommuner (genererat)') RETURNING id`,
    [options.name ?? `Riket ${options.seed ?? 2026}`],
  );
  await q(`INSERT INTO network_municipalities (network_id, municipality_id) SELECT $1, unnest($2::uuid[])`, [
    networkId,
    municipalities.map((m) => m.id),
  ]);
  await q(`INSERT INTO memberships (network_id, user_id, role) VALUES ($1, $2, 'COORDINATOR')`, [
    networkId,
    coordinatorId,
  ]);

  // Each municipality leans a little above or below the nation, the same way both years.
  const lean = new Map(municipalities.map((m) => [m.id, random() * 2 - 1]));
  // Each question's national level and spread, shared by both years (the later drifts a little).
  const level = Array.from({ length: questions + DROPPED_CODES }, () => ({
    p: 0.2 + random() * 0.7,
    base: 10 + random() * 80,
    spread: 5 + random() * 15,
    scale: 1 + Math.floor(random() * 500),
    weights: CHOICES.map(() => random()),
  }));

  const rounds: DatasetRound[] = [];
  for (const [index, year] of [earlier, later].entries()) {
    const numbers = Array.from({ length: questions }, (_, i) =>
      index === 0 ? i : i < questions - DROPPED_CODES ? i : i + DROPPED_CODES,
    );
    const [{ id: setId }] = await q<{ id: string }>(
      `INSERT INTO indicator_sets (key, year, title, area, source, owner_network_id, created_by_id)
       VALUES ('nationell-oj', $1, $2, 'Socialtjänsten', 'Genererad', $3, $4) RETURNING id`,
      [year, `Öppna jämförelser ${year} (genererad)`, networkId, coordinatorId],
    );
    const shapes = numbers.map((n) => ({ n, ...shapeOf(n), code: `NAT-${String(n + 1).padStart(3, '0')}` }));
    const reference = shapes.map(({ n, answerType }) => {
      const l = level[n];
      if (answerType === 'YES_NO') return one(l.p * 100);
      if (answerType === 'PERCENT') return one(l.base);
      if (answerType === 'NUMBER') return l.scale;
      return null;
    });
    const inserted = await q<{ id: string; position: number }>(
      `INSERT INTO indicators (indicator_set_id, position, code, text, section, answer_type, options, unit, polarity, national_reference)
       SELECT $1, p, c, t, s, a, CASE WHEN a = 'CHOICE' THEN $8::text[] END, u, pol, r
         FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $9::text[], $10::float8[])
           AS x(p, c, t, s, a, u, pol, r)
       RETURNING id, position`,
      [
        setId,
        shapes.map((_, i) => i + 1),
        shapes.map((s) => s.code),
        shapes.map((s) => `Fråga ${s.code}: har kommunen en rutin, och hur ofta följs den upp?`),
        shapes.map((s) => SECTIONS[s.n % SECTIONS.length]),
        shapes.map((s) => s.answerType),
        shapes.map((s) => (s.answerType === 'PERCENT' ? '%' : s.answerType === 'NUMBER' ? 'antal' : null)),
        CHOICES,
        shapes.map((s) => s.polarity),
        reference,
      ],
    );
    const idAt = new Map(inserted.map((row) => [row.position, row.id]));
    const indicators: DatasetIndicator[] = shapes.map((s, i) => ({
      id: idAt.get(i + 1)!,
      code: s.code,
      section: SECTIONS[s.n % SECTIONS.length],
      answerType: s.answerType,
      polarity: s.polarity,
      options: s.answerType === 'CHOICE' ? CHOICES : null,
      nationalReference: reference[i],
    }));
    const phase: RoundPhase = index === 0 ? 'CLOSED' : (options.phase ?? 'COMPILATION');
    const [{ id: roundId }] = await q<{ id: string }>(
      `INSERT INTO rounds (network_id, indicator_set_id, title, phase, created_by_id, version, created_at)
       VALUES ($1, $2, $3, $4, $5, 1, now() - make_interval(days => $6)) RETURNING id`,
      [networkId, setId, `Öppna jämförelser ${year}`, phase, coordinatorId, index === 0 ? 365 : 0],
    );

    const answers = new Map<string, AnswerValue>();
    const rows = { indicator: [] as string[], municipality: [] as string[] };
    const cols = {
      boolean: [] as (boolean | null)[],
      number: [] as (number | null)[],
      text: [] as (string | null)[],
      choice: [] as (string | null)[],
    };
    for (const [i, indicator] of indicators.entries()) {
      const l = level[shapes[i].n];
      const drift = index === 0 ? 0 : 3;
      for (const m of municipalities) {
        if (random() < 0.04) continue; // a few questions stay unanswered
        const tilt = lean.get(m.id)! + (random() - 0.5);
        let value: AnswerValue;
        switch (indicator.answerType) {
          case 'YES_NO':
            value = { boolean: random() < l.p + tilt * 0.1 };
            break;
          case 'PERCENT':
            value = { number: Math.min(100, Math.max(0, one(l.base + drift + tilt * l.spread))) };
            break;
          case 'NUMBER':
            value = { number: Math.max(0, Math.round(l.scale * (1 + tilt * 0.4))) };
            break;
          case 'CHOICE': {
            const total = l.weights.reduce((a, b) => a + b, 0);
            let pick = random() * total;
            const at = l.weights.findIndex((w) => (pick -= w) <= 0);
            value = { choice: CHOICES[at < 0 ? CHOICES.length - 1 : at] };
            break;
          }
          default:
            value = { text: `Så gör ${m.name} (${indicator.code})` };
        }
        answers.set(`${indicator.id}|${m.id}`, value);
        rows.indicator.push(indicator.id);
        rows.municipality.push(m.id);
        cols.boolean.push(value.boolean ?? null);
        cols.number.push(value.number ?? null);
        cols.text.push(value.text ?? null);
        cols.choice.push(value.choice ?? null);
      }
    }
    await q(
      `INSERT INTO answers (round_id, indicator_id, municipality_id, value_boolean, value_number, value_text,
                            value_choice, status, updated_by_id, version)
       SELECT $1, i, m, b, n, t, c, 'SUBMITTED', $8, 1
         FROM unnest($2::uuid[], $3::uuid[], $4::boolean[], $5::float8[], $6::text[], $7::text[]) AS x(i, m, b, n, t, c)`,
      [
        roundId,
        rows.indicator,
        rows.municipality,
        cols.boolean,
        cols.number,
        cols.text,
        cols.choice,
        coordinatorId,
      ],
    );
    await q(
      `INSERT INTO answer_submissions (round_id, municipality_id, status, first_submitted_at, submitted_at)
       SELECT $1, unnest($2::uuid[]), 'SUBMITTED', now(), now()`,
      [roundId, municipalities.map((m) => m.id)],
    );
    const agreedIndicators = indicators.filter(() => random() < 0.67);
    const proposals = await q<{ id: string; indicator_id: string }>(
      `INSERT INTO interpretation_proposals (round_id, indicator_id, text, author_id, status, outcome, resolved_at, resolved_by_id)
       SELECT $1, i, 'Räkna enligt Socialstyrelsens anvisning för ' || c, $4, 'AGREED', 'Antagen av nätverket', now(), $4
         FROM unnest($2::uuid[], $3::text[]) AS x(i, c)
       RETURNING id, indicator_id`,
      [roundId, agreedIndicators.map((i) => i.id), agreedIndicators.map((i) => i.code), coordinatorId],
    );
    rounds.push({
      id: roundId,
      year,
      indicatorSetId: setId,
      phase,
      indicators,
      answers,
      agreed: new Map(proposals.map((p) => [p.indicator_id, p.id])),
    });
  }
  return { networkId, coordinatorId, municipalities, rounds: rounds as [DatasetRound, DatasetRound] };
}
