import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { foldForSearch } from '@samrad/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../identity/passwords.js';
import { DEMO_DECIDED, seedDemoAnswers } from './demo-answers.seed.js';
import { daysFromNow, type DemoNetwork } from './demo-network.js';
import { DEMO_2026_PHASES, seedDemoRounds } from './demo-catalogue.seed.js';
import { DEMO_INTERPRETATIONS, seedDemoInterpretations } from './demo-interpretations.seed.js';
import { seedDemoGoals } from './demo-goals.seed.js';
import { seedDemoMeetings } from './demo-meetings.seed.js';

export const DEMO_PASSWORD = 'samrad-demo-2026';
export const DEMO_COORDINATOR = 'samordnare@demo.samrad.se';
export const DEMO_NETWORK_NAME = 'FoU Nordväst (demo)';
/** The eight municipalities of FoU Nordväst, north-west of Stockholm. */
export const DEMO_MUNICIPALITIES = [
  'Ekerö',
  'Järfälla',
  'Sigtuna',
  'Sollentuna',
  'Solna',
  'Sundbyberg',
  'Upplands-Bro',
  'Upplands Väsby',
] as const;

/** "Upplands Väsby" → "upplands-vasby": ASCII for e-mail addresses. */
const slug = (name: string) => foldForSearch(name).replace(/[^a-z0-9]+/g, '-');

/** The demo accounts of a municipality: its head (socialchef) and an editor (handläggare). */
export const demoHeadEmail = (municipality: string) => `chef.${slug(municipality)}@demo.samrad.se`;
export const demoEditorEmail = (municipality: string) => `handlaggare.${slug(municipality)}@demo.samrad.se`;

/**
 * Demo data for `npm start` on an empty database (disable with SEED_DEMO=false): runs only while
 * the demo coordinator does not exist yet, so restarts keep what people changed. One
 * transaction, the password hashed once, rows inserted in bulk. Returns the lines to print.
 */
export async function seedDemo(app: INestApplication, password = DEMO_PASSWORD): Promise<string[]> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const seeded = await dataSource.transaction(async (manager) => {
    const demo = await seedDemoNetwork(manager, password);
    if (!demo) return false;
    // Seeds of later features run here, in the same transaction.
    const { closedRoundId, closedSetId, openRoundId, openSetId } = await seedDemoRounds(demo);
    await seedDemoAnswers(demo, {
      roundId: closedRoundId,
      indicatorSetId: closedSetId,
      year: 2025,
      answeredBy: DEMO_MUNICIPALITIES,
      saved: { from: new Date(Date.UTC(2025, 3, 1)), days: 25 },
      decided: DEMO_DECIDED[2025],
    });
    await seedDemoAnswers(demo, {
      roundId: openRoundId,
      indicatorSetId: openSetId,
      year: 2026,
      // Upplands-Bro missed the deadline: the compilation shows a gap, as real ones do
      answeredBy: DEMO_MUNICIPALITIES.filter((name) => name !== 'Upplands-Bro'),
      saved: { from: daysFromNow(2 - DEMO_2026_PHASES[2][1]), days: 25 },
      previousRoundId: closedRoundId,
      decided: DEMO_DECIDED[2026],
    });
    await seedDemoInterpretations(demo, [
      {
        roundId: closedRoundId,
        setId: closedSetId,
        proposals: DEMO_INTERPRETATIONS.agreed2025,
        resolvedAt: new Date(Date.UTC(2025, 1, 26)),
      },
      {
        roundId: openRoundId,
        setId: openSetId,
        proposals: DEMO_INTERPRETATIONS.agreed2026,
        resolvedAt: daysFromNow(-DEMO_2026_PHASES[2][1] - 2),
      },
    ]);
    await seedDemoGoals(demo, closedRoundId, closedSetId);
    await seedDemoMeetings(demo, closedRoundId);
    return true;
  });
  // A generated password is shown once, when it is set; it is not stored anywhere else.
  const passwordLine =
    password === DEMO_PASSWORD || seeded
      ? `  all demo accounts use the password ${password}`
      : '  the demo accounts use the password printed when they were created';
  return [
    `  demo coordinator: ${DEMO_COORDINATOR}`,
    `  demo head:        ${demoHeadEmail('Järfälla')}`,
    `  demo editor:      ${demoEditorEmail('Järfälla')}`,
    `  (a head and an editor for each of the ${DEMO_MUNICIPALITIES.length} municipalities: chef.<kommun>@ / handlaggare.<kommun>@demo.samrad.se)`,
    passwordLine,
  ];
}

/** The demo network with its coordinator, heads and editors; null when it exists already. */
export async function seedDemoNetwork(
  manager: EntityManager,
  password = DEMO_PASSWORD,
): Promise<DemoNetwork | null> {
  // Two processes booting at once on one database: the second waits here, then finds the coordinator.
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('samrad:demo-seed'))`);
  const [existing] = await manager.query(`SELECT 1 FROM users WHERE email = $1`, [DEMO_COORDINATOR]);
  if (existing) return null;

  const municipalities: { id: string; name: string }[] = await manager.query(
    `SELECT id, name FROM municipalities WHERE country = 'SE' AND name = ANY($1::text[]) ORDER BY name`,
    [DEMO_MUNICIPALITIES],
  );
  if (municipalities.length !== DEMO_MUNICIPALITIES.length) {
    throw new Error('The demo municipalities are missing: seed the municipalities first');
  }

  const passwordHash = await hashPassword(password);
  const people = [
    { email: DEMO_COORDINATOR, displayName: 'Sara Samordnare' },
    ...municipalities.flatMap((m) => [
      { email: demoHeadEmail(m.name), displayName: `Socialchef ${m.name}` },
      { email: demoEditorEmail(m.name), displayName: `Handläggare ${m.name}` },
    ]),
  ];
  const users: { id: string; email: string }[] = await manager.query(
    `INSERT INTO users (email, password_hash, display_name, locale)
     SELECT email, $3, display_name, 'sv' FROM unnest($1::text[], $2::text[]) AS p(email, display_name)
     RETURNING id, email`,
    [people.map((p) => p.email), people.map((p) => p.displayName), passwordHash],
  );
  const idOf = new Map(users.map((u) => [u.email, u.id]));

  const [{ id: networkId }] = await manager.query(
    `INSERT INTO networks (name, description) VALUES ($1, $2) RETURNING id`,
    [
      DEMO_NETWORK_NAME,
      'Åtta kommuner nordväst om Stockholm som tolkar, jämför och sätter utvecklingsmål tillsammans.',
    ],
  );
  await manager.query(
    `INSERT INTO network_municipalities (network_id, municipality_id) SELECT $1, unnest($2::uuid[])`,
    [networkId, municipalities.map((m) => m.id)],
  );

  const coordinatorId = idOf.get(DEMO_COORDINATOR)!;
  const demoMunicipalities = municipalities.map((m) => ({
    ...m,
    headId: idOf.get(demoHeadEmail(m.name))!,
    editorId: idOf.get(demoEditorEmail(m.name))!,
  }));
  const grants = [
    { userId: coordinatorId, role: 'COORDINATOR', municipalityId: null as string | null },
    ...demoMunicipalities.flatMap((m) => [
      { userId: m.headId, role: 'HEAD', municipalityId: m.id },
      { userId: m.editorId, role: 'EDITOR', municipalityId: m.id },
    ]),
  ];
  await manager.query(
    `INSERT INTO memberships (network_id, user_id, role, municipality_id)
     SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::uuid[])`,
    [networkId, grants.map((g) => g.userId), grants.map((g) => g.role), grants.map((g) => g.municipalityId)],
  );
  return { manager, networkId, coordinatorId, municipalities: demoMunicipalities };
}
