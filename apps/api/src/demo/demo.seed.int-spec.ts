import { answerValueSchema, type AnswerType, type AnswerValue } from '@samrad/domain';
import { countRows } from '../../test/network-fixtures.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { parseEnv } from '../config/config.schema.js';
import { seedOnBoot } from '../database/seed.js';
import {
  DEMO_COORDINATOR,
  DEMO_MUNICIPALITIES,
  DEMO_NETWORK_NAME,
  DEMO_PASSWORD,
  demoEditorEmail,
  demoHeadEmail,
  seedDemo,
} from './demo.seed.js';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const NETWORKS = `{ networks { name myRoles myMemberships { municipality { name } }
  municipalities { name } members { role user { email } municipality { name } } } }`;

describe('the demo network', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is seeded once, with a coordinator and a head and editor per municipality', async () => {
    const lines = await seedDemo(t.app);
    expect(lines.join('\n')).toContain(DEMO_COORDINATOR);
    expect(lines.join('\n')).toContain('chef.jarfalla@demo.samrad.se');
    expect(lines.join('\n')).toContain('handlaggare.jarfalla@demo.samrad.se');
    expect(lines.join('\n')).toContain(DEMO_PASSWORD);

    const login = async (email: string) => {
      const result = await t.gql(LOGIN, { email, password: DEMO_PASSWORD });
      expect(result.errors).toBeUndefined();
      return result.data!.login.accessToken as string;
    };
    const asCoordinator = await t.gql(NETWORKS, {}, await login(DEMO_COORDINATOR));
    const [network] = asCoordinator.data!.networks;
    expect(network.name).toBe(DEMO_NETWORK_NAME);
    expect(network.myRoles).toEqual(['COORDINATOR']);
    expect(network.municipalities.map((m: { name: string }) => m.name).sort()).toEqual(
      [...DEMO_MUNICIPALITIES].sort(),
    );
    expect(network.members).toHaveLength(1 + 2 * DEMO_MUNICIPALITIES.length);
    expect(network.members).toContainEqual({
      role: 'HEAD',
      user: { email: 'chef.upplands-vasby@demo.samrad.se' },
      municipality: { name: 'Upplands Väsby' },
    });

    const asEditor = await t.gql(NETWORKS, {}, await login(demoEditorEmail('Ekerö')));
    expect(asEditor.data!.networks[0]).toMatchObject({
      myRoles: ['EDITOR'],
      myMemberships: [{ municipality: { name: 'Ekerö' } }],
    });
    expect(demoHeadEmail('Upplands-Bro')).toBe('chef.upplands-bro@demo.samrad.se');

    // Again (a restart, or two replicas at once): nothing new.
    const tables = ['users', 'networks', 'network_municipalities', 'memberships', 'rounds', 'answers'];
    const before = await countRows(t, tables);
    await Promise.all([seedDemo(t.app), seedDemo(t.app)]);
    expect(await countRows(t, tables)).toEqual(before);
  });

  it('in production gets a generated password, printed once, and never the README’s', async () => {
    const prod = await startTestApp();
    try {
      const env = { ...parseEnv({ NODE_ENV: 'production', SEED_DEMO: 'true' }) };
      const lines = (await seedOnBoot(prod.app, env)).join('\n');
      const password = /use the password (\S+)/.exec(lines)?.[1];
      expect(password).toMatch(/^[\w-]{16}$/);
      expect(lines).not.toContain(DEMO_PASSWORD);
      const withReadme = await prod.gql(LOGIN, { email: DEMO_COORDINATOR, password: DEMO_PASSWORD });
      expect(withReadme.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const withPrinted = await prod.gql(LOGIN, { email: DEMO_COORDINATOR, password });
      expect(withPrinted.errors).toBeUndefined();
      // a restart does not print a password that no longer means anything
      expect((await seedOnBoot(prod.app, env)).join('\n')).not.toMatch(/use the password \S+$/m);
    } finally {
      await prod.close();
    }
  });

  it('has the demo survey for 2025 and 2026, a CLOSED 2025 round and a 2026 round in DISCUSSION', async () => {
    await seedDemo(t.app);
    const token = (await t.gql(LOGIN, { email: DEMO_COORDINATOR, password: DEMO_PASSWORD })).data!.login
      .accessToken;
    const result = await t.gql(
      `{ networks { rounds { title phase previousRound { title } indicatorSet { year indicators { code answerType section } } } } }`,
      {},
      token,
    );
    const rounds = result.data!.networks[0].rounds;
    expect(rounds.map((r: { title: string; phase: string }) => [r.title, r.phase])).toEqual([
      ['Öppna jämförelser 2026', 'DISCUSSION'],
      ['Öppna jämförelser 2025', 'CLOSED'],
    ]);
    expect(rounds[0].previousRound.title).toBe('Öppna jämförelser 2025');
    const indicators = rounds[0].indicatorSet.indicators;
    expect(indicators.length).toBeGreaterThanOrEqual(40);
    expect(new Set(indicators.map((i: { answerType: string }) => i.answerType))).toEqual(
      new Set(['YES_NO', 'CHOICE', 'NUMBER', 'PERCENT', 'TEXT']),
    );
    expect(new Set(indicators.map((i: { section: string }) => i.section)).size).toBeGreaterThanOrEqual(6);
  });

  const answersOf = async (title: string) => {
    const answers: {
      municipality: string;
      code: string;
      answer_type: AnswerType;
      options: string[] | null;
      value: AnswerValue;
      status: string;
    }[] = await t.dataSource.query(
      `SELECT m.name AS municipality, i.code, i.answer_type, i.options, a.status,
              json_build_object('boolean', a.value_boolean, 'number', a.value_number,
                                'text', a.value_text, 'choice', a.value_choice) AS value
         FROM answers a JOIN rounds r ON r.id = a.round_id JOIN indicators i ON i.id = a.indicator_id
         JOIN municipalities m ON m.id = a.municipality_id
        WHERE r.title = $1`,
      [title],
    );
    const [{ questions }] = await t.dataSource.query(
      `SELECT count(*)::int AS questions FROM indicators i JOIN rounds r ON r.indicator_set_id = i.indicator_set_id
        WHERE r.title = $1`,
      [title],
    );
    for (const answer of answers) {
      expect(answer.status).toBe('APPROVED');
      expect(answerValueSchema(answer.answer_type, answer.options).safeParse(answer.value).success).toBe(
        true,
      );
    }
    return { answers, questions: questions as number };
  };

  it('the CLOSED 2025 round has an approved answer from every municipality to every question', async () => {
    const { answers, questions } = await answersOf('Öppna jämförelser 2025');
    expect(answers).toHaveLength(questions * DEMO_MUNICIPALITIES.length);
    const yesNo = answers.filter((a) => a.answer_type === 'YES_NO').map((a) => a.value.boolean);
    expect(new Set(yesNo)).toEqual(new Set([true, false]));
    // Municipalities differ: the compilation has something to show.
    expect(new Set(answers.map((a) => JSON.stringify(a.value))).size).toBeGreaterThan(questions);
  });

  it('the 2026 round has approved answers from seven of eight, mostly as in 2025, as the goals say', async () => {
    const { answers, questions } = await answersOf('Öppna jämförelser 2026');
    expect(answers).toHaveLength(questions * (DEMO_MUNICIPALITIES.length - 1));
    expect(answers.some((a) => a.municipality === 'Upplands-Bro')).toBe(false);
    const { answers: before } = await answersOf('Öppna jämförelser 2025');
    const lastYear = new Map(before.map((a) => [`${a.municipality}:${a.code}`, JSON.stringify(a.value)]));
    const same = answers.filter(
      (a) => lastYear.get(`${a.municipality}:${a.code}`) === JSON.stringify(a.value),
    );
    expect(same.length / answers.length).toBeGreaterThan(0.6);
    expect(same.length).toBeLessThan(answers.length);
    const valueOf = (code: string, municipality: string) =>
      answers.find((a) => a.code === code && a.municipality === municipality)?.value.boolean;
    expect(valueOf('BED-01', 'Järfälla')).toBe(true);
    expect(valueOf('BED-01', 'Sundbyberg')).toBe(false);
    expect(valueOf('KOM-01', 'Järfälla')).toBe(true);
  });

  it('carries the 2025 agreed interpretations into 2026, which agreed three of its own', async () => {
    const token = (await t.gql(LOGIN, { email: DEMO_COORDINATOR, password: DEMO_PASSWORD })).data!.login
      .accessToken;
    const ids = (await t.gql(`{ networks { rounds { id } } }`, {}, token)).data!.networks[0].rounds;
    const roundPage = async (id: string) => {
      const result = await t.gql(
        `query($id: ID!) { round(id: $id) { title interpretationProgress { agreed total }
          questions { indicator { code } agreedInterpretation { id } previousAgreement { reviewBy round { indicatorSet { year } } } }
          interpretations { status indicator { code } tally { agree disagree block notResponded consensus } } } }`,
        { id },
        token,
      );
      expect(result.errors).toBeUndefined();
      return result.data!.round;
    };
    const [current, closed] = [await roundPage(ids[0].id), await roundPage(ids[1].id)];
    expect(closed.interpretationProgress.agreed).toBe(3);
    const carried = current.questions.filter((q: { previousAgreement: unknown }) => q.previousAgreement);
    expect(carried.map((q: { indicator: { code: string } }) => q.indicator.code)).toEqual([
      'SAM-01',
      'SAM-02',
      'BED-01',
    ]);
    expect(carried[0].previousAgreement).toEqual({
      reviewBy: '2026-09-30',
      round: { indicatorSet: { year: 2025 } },
    });
    expect(current.interpretationProgress).toEqual({ agreed: 3, total: current.questions.length });
    const tallies = Object.fromEntries(
      current.interpretations.map((p: { indicator: { code: string }; status: string; tally: unknown }) => [
        p.indicator.code,
        { status: p.status, ...(p.tally as object) },
      ]),
    );
    expect(tallies['SAM-03']).toEqual({
      status: 'AGREED',
      agree: 7,
      disagree: 1,
      block: 0,
      notResponded: 0,
      consensus: true,
    });
    expect(tallies['UPP-01']).toMatchObject({ status: 'AGREED', block: 0, consensus: true });
  });

  it('has a past meeting with minutes and decisions and an upcoming one', async () => {
    const token = (await t.gql(LOGIN, { email: demoHeadEmail('Järfälla'), password: DEMO_PASSWORD })).data!
      .login.accessToken;
    const ids = await t.gql(`{ networks { id } }`, {}, token);
    const result = await t.gql(
      `query($id: ID!) { network(id: $id) {
         past: meetings(period: PAST) { status minutes agenda { title } decisions { goal { id } interpretation { status } } }
         upcoming: meetings(period: UPCOMING) { status onlineUrl agenda { title } } } }`,
      { id: ids.data!.networks[0].id },
      token,
    );
    expect(result.errors).toBeUndefined();
    const network = result.data!.network;
    expect(network.past).toHaveLength(1);
    expect(network.past[0]).toMatchObject({
      status: 'HELD',
      minutes: expect.stringContaining('# Närvarande'),
    });
    expect(network.past[0].decisions).toEqual([
      { goal: { id: expect.any(String) }, interpretation: null },
      { goal: null, interpretation: { status: 'AGREED' } },
    ]);
    expect(network.upcoming).toEqual([
      expect.objectContaining({ status: 'PLANNED', onlineUrl: expect.stringMatching(/^https:/) }),
    ]);
  });

  it('has two goals from the 2025 round with commitments, progress (one AT_RISK) and their 2026 figures', async () => {
    const token = (await t.gql(LOGIN, { email: demoHeadEmail('Järfälla'), password: DEMO_PASSWORD })).data!
      .login.accessToken;
    const ids = await t.gql(`{ networks { goals { id } } }`, {}, token);
    expect(ids.errors).toBeUndefined();
    const goals = [];
    for (const { id } of ids.data!.networks[0].goals) {
      const result = await t.gql(
        `query($id: ID!) { goal(id: $id) { id title status baselineRound { indicatorSet { year } } indicators { code }
          commitments { status plan owner { email } municipality { name } latestProgress { status } }
          milestones { done } overallProgress { committed atRisk milestonesDone milestonesTotal } } }`,
        { id },
        token,
      );
      expect(result.errors).toBeUndefined();
      goals.push(result.data!.goal);
    }
    expect(goals).toHaveLength(2);
    for (const goal of goals) {
      expect(goal).toMatchObject({ status: 'ACTIVE', baselineRound: { indicatorSet: { year: 2025 } } });
      expect(goal.commitments.length).toBeGreaterThanOrEqual(3);
      expect(goal.milestones.some((m: { done: boolean }) => m.done)).toBe(true);
    }
    const asi = goals.find((g: { indicators: { code: string }[] }) => g.indicators[0].code === 'BED-01');
    expect(asi.overallProgress).toMatchObject({
      committed: 4,
      atRisk: 1,
      milestonesDone: 1,
      milestonesTotal: 3,
    });
    expect(asi.commitments).toContainEqual(
      expect.objectContaining({ municipality: { name: 'Ekerö' }, status: 'DECLINED' }),
    );
    expect(asi.commitments).toContainEqual(
      expect.objectContaining({
        municipality: { name: 'Järfälla' },
        owner: { email: demoEditorEmail('Järfälla') },
        latestProgress: { status: 'ON_TRACK' },
      }),
    );

    const followUp = await t.gql(
      `query($id: ID!) { goal(id: $id) { followUp { code rounds { year baseline nationalReference summary { answered expected } }
        values { year municipality { name } hidden value { boolean } } } } }`,
      { id: asi.id },
      token,
    );
    expect(followUp.errors).toBeUndefined();
    const [bed01] = followUp.data!.goal.followUp;
    expect(bed01.code).toBe('BED-01');
    expect(bed01.rounds.map((r: { year: number; baseline: boolean }) => [r.year, r.baseline])).toEqual([
      [2025, true],
      [2026, false],
    ]);
    expect(bed01.rounds[0].summary).toEqual({ answered: 8, expected: 8 });
    expect(bed01.rounds[1].nationalReference).toEqual(expect.any(Number));
    expect(bed01.rounds[1].summary).toEqual({ answered: 7, expected: 8 });
    // one value per committed municipality and round, both years answered (approved)
    expect(bed01.values).toHaveLength(2 * 4);
    expect(bed01.values.filter((v: { value: unknown }) => v.value)).toHaveLength(2 * 4);
    expect(
      bed01.values.find(
        (v: { year: number; municipality: { name: string } }) =>
          v.year === 2026 && v.municipality.name === 'Järfälla',
      ).value,
    ).toEqual({ boolean: true });
  });
});
