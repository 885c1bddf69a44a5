import type { DemoMunicipality, DemoNetwork } from './demo-network.js';

const DAY = 86_400_000;
const day = (y: number, month: number, d: number) => new Date(Date.UTC(y, month - 1, d, 9));

interface DemoCommitment {
  municipality: string;
  plan?: string;
  declined?: string;
  updates: {
    status: 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'DONE';
    note: string;
    value?: number;
    daysAgo: number;
  }[];
  measure?: { name: string; unit: string; values: [string, number][] };
}

interface DemoGoal {
  title: string;
  description: string;
  target: string;
  codes: string[];
  milestones: { title: string; due: Date; done?: Date }[];
  commitments: DemoCommitment[];
}

/**
 * Two of the goals FoU Nordväst really chose (training for newly recruited staff; ASI in substance-abuse
 * work), set from the 2025 round's results and followed up into 2026: ACTIVE, with commitments (one
 * municipality declined), plans, owners (each municipality's editor), milestones, progress (one AT_RISK)
 * and a local measure. Open milestones fall due after the day the demo is seeded.
 */
export const DEMO_GOALS: DemoGoal[] = [
  {
    title: 'ASI i alla utredningar av vuxna med missbruk',
    description:
      'Resultaten 2025 visade att ASI används i mindre än hälften av kommunernas utredningar. ' +
      'Nätverket vill att bedömningen görs på samma sätt överallt, så att insatser kan följas upp.',
    target: 'Alla kommuner använder ASI vid utredning och har utbildad personal senast 2027.',
    codes: ['BED-01', 'KOM-02'],
    milestones: [
      { title: 'Gemensam utbildningsdag i ASI', due: day(2025, 10, 15), done: day(2025, 10, 15) },
      { title: 'Alla handläggare utbildade i ASI', due: new Date(Date.now() + 45 * DAY) },
      { title: 'Uppföljning i nätverket: ASI i utredningarna', due: new Date(Date.now() + 200 * DAY) },
    ],
    commitments: [
      {
        municipality: 'Järfälla',
        plan: 'Två ASI-utbildare internt; alla nyanställda utbildas under introduktionen.',
        updates: [
          { status: 'ON_TRACK', note: 'Utbildarna är certifierade.', value: 35, daysAgo: 150 },
          { status: 'ON_TRACK', note: '60 % av handläggarna utbildade.', value: 60, daysAgo: 20 },
        ],
        measure: {
          name: 'Andel nyanställda handläggare utbildade i ASI',
          unit: '%',
          values: [
            ['2025-09-01', 35],
            ['2026-03-01', 60],
            ['2026-09-01', 78],
          ],
        },
      },
      {
        municipality: 'Solna',
        plan: 'ASI införs i utredningsmallen i verksamhetssystemet.',
        updates: [{ status: 'ON_TRACK', note: 'Mallen är ändrad, utbildning bokad.', daysAgo: 40 }],
      },
      {
        municipality: 'Sundbyberg',
        plan: 'Utbildning för hela vuxengruppen under våren.',
        updates: [
          { status: 'ON_TRACK', note: 'Utbildning planerad.', daysAgo: 120 },
          { status: 'AT_RISK', note: 'Två vakanser: utbildningen skjuts upp till hösten.', daysAgo: 12 },
        ],
      },
      {
        municipality: 'Sigtuna',
        plan: 'Samarbete med Upplands Väsby om gemensam utbildare.',
        updates: [],
      },
      {
        municipality: 'Ekerö',
        declined: 'Vi införde ASI 2023 och följer upp det i egen regi.',
        updates: [],
      },
    ],
  },
  {
    title: 'Introduktion för nyanställda i missbruksarbetet',
    description:
      'Många nyanställda handläggare saknar en dokumenterad introduktion. Nätverket tar fram en gemensam ' +
      'introduktionsplan som varje kommun anpassar.',
    target: 'Varje nyanställd handläggare har en dokumenterad introduktionsplan.',
    codes: ['KOM-01'],
    milestones: [
      {
        title: 'Gemensam introduktionsplan beslutad i nätverket',
        due: day(2025, 12, 10),
        done: day(2025, 12, 9),
      },
      { title: 'Planen används i alla kommuner', due: new Date(Date.now() + 120 * DAY) },
    ],
    commitments: [
      {
        municipality: 'Järfälla',
        plan: 'Planen används från januari; mentor för varje nyanställd.',
        updates: [{ status: 'DONE', note: 'Alla nyanställda 2026 har en plan.', daysAgo: 30 }],
      },
      {
        municipality: 'Sollentuna',
        plan: 'Introduktionen samordnas med barn- och ungdomsenheten.',
        updates: [{ status: 'ON_TRACK', note: 'Planen är anpassad och beslutad.', daysAgo: 60 }],
      },
      {
        municipality: 'Upplands-Bro',
        plan: 'Egen introduktionsvecka två gånger om året.',
        updates: [{ status: 'OFF_TRACK', note: 'Ingen nyanställd ännu; planen väntar.', daysAgo: 100 }],
      },
    ],
  },
];

/**
 * The demo goals, set in the 2025 round's GOAL_SETTING (before it closed): rows inserted directly,
 * in the demo's one transaction, as the other demo seeds do.
 */
export async function seedDemoGoals(demo: DemoNetwork, baselineRoundId: string, baselineSetId: string) {
  const { manager, networkId, coordinatorId } = demo;
  const byName = new Map<string, DemoMunicipality>(demo.municipalities.map((m) => [m.name, m]));
  const indicators: { id: string; code: string }[] = await manager.query(
    'SELECT id, code FROM indicators WHERE indicator_set_id = $1',
    [baselineSetId],
  );
  const indicatorOf = new Map(indicators.map((i) => [i.code, i.id]));
  const proposedAt = day(2025, 5, 20);
  const activeAt = day(2025, 6, 10);
  for (const goal of DEMO_GOALS) {
    const [{ id: goalId }] = await manager.query(
      `INSERT INTO goals (network_id, baseline_round_id, title, description, target, due_date, status, created_by_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'ACTIVE', $7, $8) RETURNING id`,
      [
        networkId,
        baselineRoundId,
        goal.title,
        goal.description,
        goal.target,
        day(2027, 12, 31),
        coordinatorId,
        proposedAt,
      ],
    );
    await manager.query(
      `INSERT INTO goal_indicators (goal_id, indicator_id, position)
       SELECT $1, id, position - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS i(id, position)`,
      [goalId, goal.codes.map((code) => indicatorOf.get(code)!)],
    );
    await manager.query(
      `INSERT INTO goal_status_changes (goal_id, from_status, to_status, reason, changed_by_id, changed_at)
       VALUES ($1, NULL, 'PROPOSED', NULL, $2, $3), ($1, 'PROPOSED', 'ACTIVE', $4, $2, $5)`,
      [goalId, coordinatorId, proposedAt, 'Beslutat vid nätverksmötet i juni.', activeAt],
    );
    await manager.query(
      `INSERT INTO goal_milestones (goal_id, title, due_date, done_at, done_by_id)
       SELECT $1, * FROM unnest($2::text[], $3::timestamptz[], $4::timestamptz[], $5::uuid[])`,
      [
        goalId,
        goal.milestones.map((m) => m.title),
        goal.milestones.map((m) => m.due),
        goal.milestones.map((m) => m.done ?? null),
        goal.milestones.map((m) => (m.done ? coordinatorId : null)),
      ],
    );
    for (const c of goal.commitments) {
      const municipality = byName.get(c.municipality)!;
      const [{ id: commitmentId }] = await manager.query(
        `INSERT INTO goal_commitments (goal_id, municipality_id, status, plan, owner_id, decline_reason, decided_by_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
        [
          goalId,
          municipality.id,
          c.declined ? 'DECLINED' : 'COMMITTED',
          c.plan ?? null,
          c.declined ? null : municipality.editorId,
          c.declined ?? null,
          municipality.headId,
          day(2025, 6, 20),
        ],
      );
      if (c.updates.length)
        await manager.query(
          `INSERT INTO goal_progress_updates (goal_id, municipality_id, status, note, value, reported_by_id, reported_at)
           SELECT $1, $2, * FROM unnest($3::text[], $4::text[], $5::float8[], $6::uuid[], $7::timestamptz[])`,
          [
            goalId,
            municipality.id,
            c.updates.map((u) => u.status),
            c.updates.map((u) => u.note),
            c.updates.map((u) => u.value ?? null),
            c.updates.map(() => municipality.editorId),
            c.updates.map((u) => new Date(Date.now() - u.daysAgo * DAY)),
          ],
        );
      if (c.measure) {
        const [{ id: measureId }] = await manager.query(
          `INSERT INTO goal_local_measures (commitment_id, name, unit, created_by_id) VALUES ($1, $2, $3, $4) RETURNING id`,
          [commitmentId, c.measure.name, c.measure.unit, municipality.editorId],
        );
        await manager.query(
          `INSERT INTO goal_local_measure_values (measure_id, measured_on, value, recorded_by_id)
           SELECT $1, * FROM unnest($2::date[], $3::float8[], $4::uuid[])`,
          [
            measureId,
            c.measure.values.map(([on]) => on),
            c.measure.values.map(([, value]) => value),
            c.measure.values.map(() => municipality.editorId),
          ],
        );
      }
    }
  }
}
