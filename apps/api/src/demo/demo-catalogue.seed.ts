import { importIndicatorSetSchema, ROUND_PHASES } from '@samrad/domain';
import { storeIndicatorSet } from '../catalogue/store-indicator-set.js';
import { daysFromNow, type DemoNetwork } from './demo-network.js';
import { DEMO_AREA, DEMO_SURVEY_KEY, demoIndicators2025, demoIndicators2026 } from './demo-survey.js';

/** When (days before seeding) the 2026 round entered each phase so far. */
export const DEMO_2026_PHASES = [
  ['DRAFT', 80],
  ['INTERPRETATION', 79],
  ['ANSWERING', 49],
  ['COMPILATION', 18],
  ['DISCUSSION', 12],
] as const;

/**
 * The demo survey for 2025 and 2026 and the demo network's rounds on it: 2025 is CLOSED (it
 * went through every phase), 2026 is in DISCUSSION (answered and compiled) with deadlines ahead. Returns the 2025
 * and 2026 rounds and sets, for the answers and interpretations seeds.
 */
export async function seedDemoRounds({ manager, networkId, coordinatorId }: DemoNetwork): Promise<{
  closedRoundId: string;
  closedSetId: string;
  openRoundId: string;
  openSetId: string;
}> {
  const sets = [];
  for (const [year, indicators] of [
    [2025, demoIndicators2025],
    [2026, demoIndicators2026],
  ] as const) {
    const input = importIndicatorSetSchema.parse({
      key: DEMO_SURVEY_KEY,
      title: `Öppna jämförelser – missbruks- och beroendevården ${year} (demo)`,
      area: DEMO_AREA,
      year,
      source: 'Demo, efter Socialstyrelsens enkät till kommunerna',
      indicators,
    });
    // National (no owner network), like the real survey it imitates.
    sets.push(await storeIndicatorSet(manager, coordinatorId, null, input));
  }

  const year = (y: number, month: number, day: number) =>
    new Date(Date.UTC(y, month - 1, day, 22)).toISOString();
  const [closed] = await manager.query(
    `INSERT INTO rounds (network_id, indicator_set_id, title, phase, phase_deadlines, created_by_id, created_at, version)
     VALUES ($1, $2, $3, 'CLOSED', $4, $5, $6, $7) RETURNING id`,
    [
      networkId,
      sets[0].id,
      'Öppna jämförelser 2025',
      JSON.stringify({
        INTERPRETATION: year(2025, 2, 28),
        ANSWERING: year(2025, 3, 31),
        DISCUSSION: year(2025, 5, 15),
      }),
      coordinatorId,
      new Date(Date.UTC(2025, 0, 15)),
      ROUND_PHASES.length,
    ],
  );
  // 2026 runs relative to the day the demo is seeded: interpreted and answered in the past weeks,
  // compiled, and now discussed, with the discussion and goal-setting deadlines ahead.
  const [open] = await manager.query(
    `INSERT INTO rounds (network_id, indicator_set_id, title, phase, phase_deadlines, created_by_id, created_at, version)
     VALUES ($1, $2, $3, 'DISCUSSION', $4, $5, $6, $7) RETURNING id`,
    [
      networkId,
      sets[1].id,
      'Öppna jämförelser 2026',
      JSON.stringify({
        INTERPRETATION: daysFromNow(-50).toISOString(),
        ANSWERING: daysFromNow(-19).toISOString(),
        DISCUSSION: daysFromNow(23).toISOString(),
        GOAL_SETTING: daysFromNow(60).toISOString(),
      }),
      coordinatorId,
      daysFromNow(-81),
      DEMO_2026_PHASES.length,
    ],
  );
  // The phase history as it happened: 2025 through every phase, 2026 as far as DISCUSSION.
  const history = [
    ...ROUND_PHASES.map((to, i) => ({
      round: closed.id,
      from: i === 0 ? null : ROUND_PHASES[i - 1],
      to,
      at: new Date(Date.UTC(2025, i * 2, 15)),
    })),
    ...DEMO_2026_PHASES.map(([to, daysAgo], i) => ({
      round: open.id,
      from: i === 0 ? null : DEMO_2026_PHASES[i - 1][0],
      to,
      at: daysFromNow(-daysAgo),
    })),
  ];
  await manager.query(
    `INSERT INTO round_phase_changes (round_id, from_phase, to_phase, changed_by_id, changed_at)
     SELECT r, f, t, $5, a FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[]) AS h(r, f, t, a)`,
    [
      history.map((h) => h.round),
      history.map((h) => h.from),
      history.map((h) => h.to),
      history.map((h) => h.at),
      coordinatorId,
    ],
  );
  return { closedRoundId: closed.id, closedSetId: sets[0].id, openRoundId: open.id, openSetId: sets[1].id };
}
