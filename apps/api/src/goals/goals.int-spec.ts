import { ok } from '../../test/interpretation-fixtures.js';
import { createNetwork } from '../../test/network-fixtures.js';
import {
  ADD_MEASURE,
  ADD_MILESTONE,
  COMMIT,
  CREATE_GOAL,
  DECLINE,
  DELETE_MILESTONE,
  GOAL,
  GOAL_FOLLOW_UP,
  GOAL_PAGE,
  goalNetwork,
  inDays,
  MY_COMMITMENTS,
  RECORD_MEASURE,
  REPORT,
  SET_GOAL_STATUS,
  UPDATE_GOAL,
  UPDATE_MILESTONE,
} from '../../test/goal-fixtures.js';
import {
  errorCode,
  registerUser,
  startTestApp,
  type GqlResult,
  type TestApp,
  type TestUser,
} from '../../test/test-app.js';

const problemPaths = (result: GqlResult) =>
  ((result.errors?.[0]?.extensions?.problems as { path: string }[] | undefined) ?? []).map((p) => p.path);

describe('goals: roles, phases, input, commitments, progress and the follow-up across years', () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof goalNetwork>>;
  let outsider: TestUser;
  let goalId: string;

  const newGoal = async (extra: Record<string, unknown> = {}) =>
    (
      await ok(
        t,
        CREATE_GOAL,
        {
          input: {
            networkId: w.net.id,
            title: 'Rutin för samverkan i alla kommuner',
            baselineRoundId: w.r2025.roundId,
            indicatorIds: [w.r2025.mb01, w.r2025.mb04],
            target: 'Alla har en skriftlig rutin',
            dueDate: inDays(365),
            ...extra,
          },
        },
        w.coordinator.token,
      )
    ).createGoal;

  beforeAll(async () => {
    t = await startTestApp();
    w = await goalNetwork(t, 'Målnätverket');
    outsider = await registerUser(t, 'outsider');
    goalId = (await newGoal()).id;
  }, 120_000);
  afterAll(() => t.close());

  describe('createGoal', () => {
    it('a coordinator proposes a goal from a question of the 2025 round: PROPOSED, indicators linked in order', async () => {
      const goal = await newGoal({ indicatorIds: [w.r2025.mb04, w.r2025.mb01] });
      expect(goal).toMatchObject({
        status: 'PROPOSED',
        baselineRound: { id: w.r2025.roundId },
        network: { id: w.net.id },
        indicators: [{ code: 'MB-04' }, { code: 'MB-01' }],
      });
    });

    it('is the coordinator’s: heads, editors and viewers FORBIDDEN, outsiders NOT_FOUND', async () => {
      const input = { networkId: w.net.id, title: 'Eget mål' };
      for (const member of [w.headSolna, w.editorSolna, w.viewer])
        expect(errorCode(await t.gql(CREATE_GOAL, { input }, member.token))).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(CREATE_GOAL, { input }, outsider.token))).toBe('NOT_FOUND');
    });

    it('only in DISCUSSION or GOAL_SETTING of the baseline round (PHASE_CLOSED otherwise)', async () => {
      const result = await t.gql(
        CREATE_GOAL,
        { input: { networkId: w.net.id, title: 'För tidigt', baselineRoundId: w.r2026.roundId } },
        w.coordinator.token,
      );
      expect(errorCode(result)).toBe('PHASE_CLOSED');
    });

    it("another network's coordinator cannot set a goal on this network's round (no hint it exists)", async () => {
      const other = await createNetwork(t, 'Grannätverket', ['Solna']);
      const borrow = await t.gql(
        CREATE_GOAL,
        { input: { networkId: other.id, title: 'Lånad omgång', baselineRoundId: w.r2025.roundId } },
        other.coordinator.token,
      );
      const made = await t.gql(
        CREATE_GOAL,
        {
          input: {
            networkId: other.id,
            title: 'Påhittad',
            baselineRoundId: '00000000-0000-4000-8000-000000000000',
          },
        },
        other.coordinator.token,
      );
      expect([errorCode(borrow), problemPaths(borrow)]).toEqual(['BAD_USER_INPUT', ['baselineRoundId']]);
      expect(borrow.errors?.[0]?.message).toBe(made.errors?.[0]?.message);
    });

    it('refuses bad input naming the field: past due date, empty or over-long title, foreign indicator', async () => {
      const base = { networkId: w.net.id, title: 'Mål', baselineRoundId: w.r2025.roundId };
      const cases: [Record<string, unknown>, string][] = [
        [{ dueDate: '2020-01-01T00:00:00Z' }, 'dueDate'],
        [{ title: '   ' }, 'title'],
        [{ title: 'x'.repeat(201) }, 'title'],
        [{ indicatorIds: [w.r2026.mb01] }, 'indicatorIds'],
        [{ baselineRoundId: null, indicatorIds: [w.r2025.mb01] }, 'baselineRoundId'],
        [{ networkId: 'not-an-id' }, 'networkId'],
      ];
      for (const [change, path] of cases) {
        const result = await t.gql(CREATE_GOAL, { input: { ...base, ...change } }, w.coordinator.token);
        expect({ path, code: errorCode(result), paths: problemPaths(result) }).toEqual({
          path,
          code: 'BAD_USER_INPUT',
          paths: [path],
        });
      }
    });
  });

  describe('editing and status', () => {
    it('the coordinator edits title, target, due date and indicators; others FORBIDDEN', async () => {
      const goal = await newGoal();
      const edited = await ok(
        t,
        UPDATE_GOAL,
        { id: goal.id, input: { title: 'Nytt namn', target: null, indicatorIds: [w.r2025.mb04] } },
        w.coordinator.token,
      );
      expect(edited.updateGoal).toMatchObject({
        title: 'Nytt namn',
        target: null,
        indicators: [{ code: 'MB-04' }],
      });
      expect(
        errorCode(await t.gql(UPDATE_GOAL, { id: goal.id, input: { title: 'x' } }, w.headSolna.token)),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(await t.gql(UPDATE_GOAL, { id: goal.id, input: { title: 'x' } }, outsider.token)),
      ).toBe('NOT_FOUND');
      const past = await t.gql(
        UPDATE_GOAL,
        { id: goal.id, input: { dueDate: '2021-05-01T00:00:00Z' } },
        w.coordinator.token,
      );
      expect(problemPaths(past)).toEqual(['dueDate']);
    });

    it('PROPOSED → ACTIVE → ACHIEVED with a reason, history kept; other moves CONFLICT; closed goals do not change', async () => {
      const goal = await newGoal();
      await ok(t, SET_GOAL_STATUS, { id: goal.id, status: 'ACTIVE' }, w.coordinator.token);
      const noReason = await t.gql(SET_GOAL_STATUS, { id: goal.id, status: 'ACHIEVED' }, w.coordinator.token);
      expect(problemPaths(noReason)).toEqual(['reason']);
      const back = await t.gql(SET_GOAL_STATUS, { id: goal.id, status: 'PROPOSED' }, w.coordinator.token);
      expect(errorCode(back)).toBe('CONFLICT');
      const done = await ok(
        t,
        SET_GOAL_STATUS,
        { id: goal.id, status: 'ACHIEVED', reason: 'Alla har rutinen' },
        w.coordinator.token,
      );
      expect(done.setGoalStatus.statusHistory).toEqual([
        { fromStatus: null, toStatus: 'PROPOSED', reason: null },
        { fromStatus: 'PROPOSED', toStatus: 'ACTIVE', reason: null },
        { fromStatus: 'ACTIVE', toStatus: 'ACHIEVED', reason: 'Alla har rutinen' },
      ]);
      expect(
        errorCode(await t.gql(UPDATE_GOAL, { id: goal.id, input: { title: 'x' } }, w.coordinator.token)),
      ).toBe('CONFLICT');
      const commit = await t.gql(COMMIT, { goalId: goal.id, municipalityId: w.solna }, w.headSolna.token);
      expect(commit.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'GOAL_CLOSED' });
      expect(
        errorCode(
          await t.gql(SET_GOAL_STATUS, { id: goal.id, status: 'DROPPED', reason: 'x' }, w.headSolna.token),
        ),
      ).toBe('FORBIDDEN');
    });
  });

  describe('milestones', () => {
    it('the coordinator adds, edits, marks done (by whom, when) and deletes; others FORBIDDEN', async () => {
      const goal = await newGoal();
      const { addMilestone: m } = await ok(
        t,
        ADD_MILESTONE,
        { input: { goalId: goal.id, title: 'Utbildning klar', dueDate: inDays(60) } },
        w.coordinator.token,
      );
      expect(m).toMatchObject({ title: 'Utbildning klar', done: false, doneBy: null });
      const { updateMilestone: done } = await ok(
        t,
        UPDATE_MILESTONE,
        { id: m.id, input: { done: true } },
        w.coordinator.token,
      );
      expect(done).toMatchObject({ done: true, doneBy: { id: w.coordinator.id } });
      expect(done.doneAt).toEqual(expect.any(String));
      for (const member of [w.headSolna, w.editorSolna])
        expect(
          errorCode(await t.gql(UPDATE_MILESTONE, { id: m.id, input: { done: false } }, member.token)),
        ).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(DELETE_MILESTONE, { id: m.id }, outsider.token))).toBe('NOT_FOUND');
      const past = await t.gql(
        ADD_MILESTONE,
        { input: { goalId: goal.id, title: 'x', dueDate: '2020-01-01T00:00:00Z' } },
        w.coordinator.token,
      );
      expect(problemPaths(past)).toEqual(['dueDate']);
      expect((await ok(t, DELETE_MILESTONE, { id: m.id }, w.coordinator.token)).deleteMilestone).toBe(m.id);
    });
  });

  describe('commitments and progress', () => {
    it('only the municipality’s head commits (plan, owner from the municipality) or declines (reason)', async () => {
      const commit = (as: TestUser, municipalityId: string, ownerId?: string) =>
        t.gql(COMMIT, { goalId, municipalityId, plan: 'Utbilda all personal', ownerId }, as.token);
      expect(errorCode(await commit(w.editorSolna, w.solna))).toBe('FORBIDDEN');
      expect(errorCode(await commit(w.headSolna, w.taby))).toBe('FORBIDDEN');
      expect(errorCode(await commit(w.coordinator, w.solna))).toBe('FORBIDDEN');
      expect(errorCode(await commit(w.viewer, w.solna))).toBe('FORBIDDEN');
      expect(errorCode(await commit(outsider, w.solna))).toBe('NOT_FOUND');
      const wrongOwner = await commit(w.headSolna, w.solna, w.editorSundbyberg.id);
      expect(problemPaths(wrongOwner)).toEqual(['ownerId']);

      const committed = (
        await ok(
          t,
          COMMIT,
          { goalId, municipalityId: w.solna, plan: 'Utbilda all personal', ownerId: w.editorSolna.id },
          w.headSolna.token,
        )
      ).commitToGoal;
      expect(committed).toMatchObject({
        status: 'COMMITTED',
        plan: 'Utbilda all personal',
        owner: { id: w.editorSolna.id },
        decidedBy: { id: w.headSolna.id },
      });
      expect(
        problemPaths(await t.gql(DECLINE, { goalId, municipalityId: w.taby, reason: ' ' }, w.headTaby.token)),
      ).toEqual(['reason']);
      const declined = (
        await ok(
          t,
          DECLINE,
          { goalId, municipalityId: w.taby, reason: 'Annan prioritet i år' },
          w.headTaby.token,
        )
      ).declineGoal;
      expect(declined).toMatchObject({
        status: 'DECLINED',
        declineReason: 'Annan prioritet i år',
        owner: null,
      });
    });

    it('a head or editor of a committed municipality reports progress; others FORBIDDEN; declined CONFLICT', async () => {
      const report = (as: TestUser, municipalityId: string, status = 'ON_TRACK') =>
        t.gql(
          REPORT,
          { input: { goalId, municipalityId, status, note: 'Halva personalen utbildad', value: 50 } },
          as.token,
        );
      expect((await report(w.editorSolna, w.solna)).data?.reportProgress).toMatchObject({
        status: 'ON_TRACK',
        value: 50,
        municipality: { id: w.solna },
        reportedBy: { id: w.editorSolna.id },
      });
      expect(errorCode(await report(w.editorSundbyberg, w.solna))).toBe('FORBIDDEN');
      expect(errorCode(await report(w.viewer, w.solna))).toBe('FORBIDDEN');
      expect(errorCode(await report(w.coordinator, w.solna))).toBe('FORBIDDEN');
      expect(errorCode(await report(outsider, w.solna))).toBe('NOT_FOUND');
      expect((await report(w.headTaby, w.taby)).errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'NOT_COMMITTED',
      });
      const bad = await t.gql(
        REPORT,
        { input: { goalId, municipalityId: w.solna, status: 'DONE', note: 'x'.repeat(4001) } },
        w.headSolna.token,
      );
      expect(problemPaths(bad)).toEqual(['note']);
      expect((await report(w.headSolna, w.solna, 'AT_RISK')).data?.reportProgress.status).toBe('AT_RISK');
    });

    it('a committed municipality keeps local measures with values over time (head or editor)', async () => {
      const page = await ok(t, GOAL_PAGE, { id: goalId }, w.editorSolna.token);
      const solna = page.goal.commitments.find(
        (c: { municipality: { id: string } }) => c.municipality.id === w.solna,
      );
      const input = { commitmentId: solna.id, name: 'Andel nyanställda utbildade i ASI', unit: '%' };
      expect(errorCode(await t.gql(ADD_MEASURE, { input }, w.editorSundbyberg.token))).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(ADD_MEASURE, { input }, outsider.token))).toBe('NOT_FOUND');
      const { addLocalMeasure: measure } = await ok(t, ADD_MEASURE, { input }, w.editorSolna.token);
      for (const [value, measuredOn] of [
        [20, '2025-09-01'],
        [45, '2026-01-15'],
      ] as const)
        await ok(
          t,
          RECORD_MEASURE,
          { input: { measureId: measure.id, value, measuredOn } },
          w.headSolna.token,
        );
      const bad = await t.gql(
        RECORD_MEASURE,
        { input: { measureId: measure.id, value: 1, measuredOn: 'igår' } },
        w.headSolna.token,
      );
      expect(problemPaths(bad)).toEqual(['measuredOn']);
      const after = await ok(t, GOAL_PAGE, { id: goalId }, w.viewer.token);
      expect(after.goal.commitments.find((c: { id: string }) => c.id === solna.id).localMeasures).toEqual([
        {
          id: measure.id,
          name: 'Andel nyanställda utbildade i ASI',
          unit: '%',
          values: [
            { value: 20, measuredOn: '2025-09-01', recordedBy: { displayName: expect.any(String) } },
            { value: 45, measuredOn: '2026-01-15', recordedBy: { displayName: expect.any(String) } },
          ],
        },
      ]);
    });

    it('overall progress: share of committed municipalities DONE, milestones done of all', async () => {
      const goal = await newGoal();
      await ok(t, COMMIT, { goalId: goal.id, municipalityId: w.solna }, w.headSolna.token);
      await ok(t, COMMIT, { goalId: goal.id, municipalityId: w.taby }, w.headTaby.token);
      await ok(
        t,
        REPORT,
        { input: { goalId: goal.id, municipalityId: w.solna, status: 'AT_RISK' } },
        w.editorSolna.token,
      );
      await ok(
        t,
        REPORT,
        { input: { goalId: goal.id, municipalityId: w.solna, status: 'DONE' } },
        w.editorSolna.token,
      );
      const { addMilestone: m } = await ok(
        t,
        ADD_MILESTONE,
        { input: { goalId: goal.id, title: 'Steg 1' } },
        w.coordinator.token,
      );
      await ok(t, ADD_MILESTONE, { input: { goalId: goal.id, title: 'Steg 2' } }, w.coordinator.token);
      await ok(t, UPDATE_MILESTONE, { id: m.id, input: { done: true } }, w.coordinator.token);
      const { goal: page } = await ok(t, GOAL_PAGE, { id: goal.id }, w.viewer.token);
      expect(page.overallProgress).toEqual({
        committed: 2,
        done: 1,
        doneShare: 0.5,
        onTrack: 0,
        atRisk: 0,
        offTrack: 0,
        notReported: 1,
        milestonesDone: 1,
        milestonesTotal: 2,
      });
    });

    it('myCommitments: my municipalities’ commitments across networks, with latest status and next milestone', async () => {
      const { myCommitments } = await ok(t, MY_COMMITMENTS, {}, w.headSolna.token);
      expect(myCommitments.length).toBeGreaterThanOrEqual(2);
      for (const c of myCommitments) expect(c.municipality.id).toBe(w.solna);
      const first = myCommitments.find((c: { goal: { id: string } }) => c.goal.id === goalId);
      expect(first).toMatchObject({
        status: 'COMMITTED',
        goal: { network: { id: w.net.id } },
        latestProgress: { status: 'AT_RISK' },
        daysSinceLastUpdate: 0,
      });
      expect((await ok(t, MY_COMMITMENTS, {}, outsider.token)).myCommitments).toEqual([]);
      expect((await ok(t, MY_COMMITMENTS, {}, w.coordinator.token)).myCommitments).toEqual([]);
    });
  });

  describe('follow-up across years', () => {
    let followed: string;
    beforeAll(async () => {
      followed = (await newGoal()).id;
      await ok(t, COMMIT, { goalId: followed, municipalityId: w.solna }, w.headSolna.token);
      // Sundbyberg has no head: its answer to 2026 is not submitted, so Solna's stays hidden from it
      await ok(t, COMMIT, { goalId: followed, municipalityId: w.taby }, w.headTaby.token);
    });

    const figures = async (as: TestUser) => {
      const { goal } = await ok(t, GOAL_FOLLOW_UP, { id: followed }, as.token);
      type Value = {
        year: number;
        municipality: { name: string };
        hidden: boolean;
        value: { boolean: boolean | null; number: number | null } | null;
      };
      const followUp = goal.followUp as {
        code: string;
        rounds: {
          year: number;
          baseline: boolean;
          summary: { answered: number; yesShare: number | null; mean: number | null };
        }[];
        values: Value[];
      }[];
      // each round with its values, as a page groups them
      return followUp.map((f) => ({
        ...f,
        rounds: f.rounds.map((r) => ({ ...r, values: f.values.filter((v) => v.year === r.year) })),
      }));
    };

    it('the 2025 goal shows its 2026 figures beside the baseline, per committed municipality', async () => {
      const followUp = await figures(w.coordinator);
      expect(followUp.map((f) => f.code)).toEqual(['MB-01', 'MB-04']);
      const mb04 = followUp[1];
      expect(mb04.rounds.map((r) => [r.year, r.baseline])).toEqual([
        [2025, true],
        [2026, false],
      ]);
      expect(
        mb04.rounds.map((r) => r.values.map((v) => [v.municipality.name, v.hidden, v.value?.number ?? null])),
      ).toEqual([
        [
          ['Solna', false, 40],
          ['Täby', false, 55],
        ],
        [
          ['Solna', false, 62],
          ['Täby', false, null],
        ],
      ]);
      // the network's figures count every visible answer, committed or not (Sundbyberg's 70 in 2026)
      expect(mb04.rounds.map((r) => [r.summary.answered, r.summary.mean])).toEqual([
        [2, 47.5],
        [2, 66],
      ]);
    });

    it('give-to-get holds: Täby, which has not answered 2026, sees Solna’s 2026 value hidden, its summary without it', async () => {
      const mb04 = (await figures(w.headTaby))[1];
      const y2026 = mb04.rounds.find((r) => r.year === 2026)!;
      expect(y2026.values.map((v) => [v.municipality.name, v.hidden, v.value])).toEqual([
        ['Solna', true, null],
        ['Täby', false, null],
      ]);
      expect(y2026.summary.answered).toBe(0);
      // the baseline round is past compilation: everything shows
      expect(mb04.rounds[0].values.every((v) => !v.hidden)).toBe(true);
      // Solna submitted 2026: its members see the others
      const solna = (await figures(w.editorSolna))[1].rounds.find((r) => r.year === 2026)!;
      expect(solna.summary.answered).toBe(2);
    });

    it('outsiders do not reach the goal at all', async () => {
      expect(errorCode(await t.gql(GOAL, { id: followed }, outsider.token))).toBe('NOT_FOUND');
    });
  });
});
