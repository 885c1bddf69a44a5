import { SAVE } from '../../test/answer-fixtures.js';
import {
  ADD_MEASURE,
  ADD_MILESTONE,
  COMMIT,
  CREATE_GOAL,
  GOAL_FOLLOW_UP,
  GOAL_PAGE,
  goalNetwork,
  inDays,
  REPORT,
  RECORD_MEASURE,
  SET_GOAL_STATUS,
} from '../../test/goal-fixtures.js';
import { ok } from '../../test/interpretation-fixtures.js';
import { addMember, createNetwork, municipalityIds } from '../../test/network-fixtures.js';
import { connectSocket, type TestSocket } from '../../test/sockets.js';
import { countStatements } from '../../test/sql-statements.js';
import { registerUser, startTestApp, type TestApp, type TestUser } from '../../test/test-app.js';

const ADD_MUNICIPALITY = `mutation($n: ID!, $m: ID!) { addMunicipalityToNetwork(networkId: $n, municipalityId: $m) { id } }`;

describe('goals: live events over a real socket, the goal: room, and a constant number of SQL statements', () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof goalNetwork>>;
  let sockets: TestSocket[] = [];
  const open = async (user: TestUser) => {
    const socket = await connectSocket(t.url, user.token);
    sockets.push(socket);
    return socket;
  };
  const createGoal = async () =>
    (
      await ok(
        t,
        CREATE_GOAL,
        {
          input: {
            networkId: w.net.id,
            title: 'ASI i allt missbruksarbete',
            baselineRoundId: w.r2025.roundId,
            indicatorIds: [w.r2025.mb01, w.r2025.mb04],
            dueDate: inDays(400),
          },
        },
        w.coordinator.token,
      )
    ).createGoal as { id: string };

  beforeAll(async () => {
    t = await startTestApp();
    w = await goalNetwork(t, 'Livenätverket');
  }, 120_000);
  afterEach(() => {
    sockets.forEach((s) => s.close());
    sockets = [];
  });
  afterAll(() => t.close());

  it('members follow a goal live: created, committed, progress, milestone, status and local measure events', async () => {
    const watcher = await open(w.viewer);
    const networkRoom = `network:${w.net.id}`;
    expect((await watcher.subscribe(networkRoom)).ok).toBe(true);
    const goal = await createGoal();
    await watcher.waitFor((events) => events.some((e) => e.type === 'goal.created'));
    expect(watcher.eventsOf(networkRoom, 'goal.created')[0]).toMatchObject({
      actorId: w.coordinator.id,
      data: { goalId: goal.id, status: 'PROPOSED', indicatorIds: [w.r2025.mb01, w.r2025.mb04] },
    });

    const room = `goal:${goal.id}`;
    expect((await watcher.subscribe(room)).ok).toBe(true);
    const { commitToGoal } = await ok(
      t,
      COMMIT,
      { goalId: goal.id, municipalityId: w.solna, plan: 'Utbilda alla', ownerId: w.editorSolna.id },
      w.headSolna.token,
    );
    await ok(
      t,
      REPORT,
      { input: { goalId: goal.id, municipalityId: w.solna, status: 'AT_RISK', note: 'Vakanser' } },
      w.editorSolna.token,
    );
    const { addMilestone } = await ok(
      t,
      ADD_MILESTONE,
      { input: { goalId: goal.id, title: 'Alla utbildade', dueDate: inDays(90) } },
      w.coordinator.token,
    );
    await ok(t, SET_GOAL_STATUS, { id: goal.id, status: 'ACTIVE' }, w.coordinator.token);
    const { addLocalMeasure } = await ok(
      t,
      ADD_MEASURE,
      { input: { commitmentId: commitToGoal.id, name: 'Andel utbildade', unit: '%' } },
      w.editorSolna.token,
    );
    await watcher.waitFor((events) =>
      events.some((e) => e.room === room && e.type === 'localMeasure.updated'),
    );

    const types = (r: string) =>
      watcher
        .eventsOf(r)
        .map((e) => e.type)
        .filter((type) => type !== 'presence.changed');
    expect(types(room)).toEqual([
      'goal.committed',
      'goal.progressReported',
      'milestone.updated',
      'goal.updated',
      'localMeasure.updated',
    ]);
    expect(watcher.eventsOf(room, 'goal.committed')[0].data).toMatchObject({
      commitmentId: commitToGoal.id,
      municipalityId: w.solna,
      status: 'COMMITTED',
      plan: 'Utbilda alla',
      ownerId: w.editorSolna.id,
    });
    expect(watcher.eventsOf(room, 'goal.progressReported')[0]).toMatchObject({
      actorId: w.editorSolna.id,
      data: { municipalityId: w.solna, status: 'AT_RISK', note: 'Vakanser', doneShare: 0 },
    });
    expect(watcher.eventsOf(room, 'milestone.updated')[0].data).toMatchObject({
      milestoneId: addMilestone.id,
      change: 'ADDED',
      done: false,
    });
    expect(watcher.eventsOf(room, 'goal.updated')[0].data).toMatchObject({
      status: 'ACTIVE',
      previousStatus: 'PROPOSED',
      change: 'STATUS',
    });
    expect(watcher.eventsOf(room, 'localMeasure.updated')[0].data).toMatchObject({
      measureId: addLocalMeasure.id,
      name: 'Andel utbildade',
      valueId: null,
    });
    // the network room carries the goal events too (dashboards follow the network), but not local measures
    expect(types(networkRoom)).toEqual([
      'goal.created',
      'goal.committed',
      'goal.progressReported',
      'milestone.updated',
      'goal.updated',
    ]);
  });

  it('the goal: room is its network’s: outsiders and other networks’ members get NOT_FOUND', async () => {
    const goal = await createGoal();
    const other = await createNetwork(t, 'Annat nätverk', ['Solna']);
    const otherHead = await addMember(t, other, 'HEAD', 'Solna');
    const stranger = await registerUser(t, 'stranger');
    for (const user of [stranger, other.coordinator, otherHead]) {
      const socket = await open(user);
      expect(await socket.subscribe(`goal:${goal.id}`)).toMatchObject({ ok: false, error: 'NOT_FOUND' });
      expect(await socket.emit('replay', { room: `goal:${goal.id}`, afterSeq: 0 })).toMatchObject({
        ok: false,
        error: 'NOT_FOUND',
      });
    }
    const member = await open(w.editorSundbyberg);
    expect((await member.subscribe(`goal:${goal.id}`)).ok).toBe(true);
  });

  it('a goal page with its follow-up costs the same number of SQL statements with 2 or 5 committed municipalities', async () => {
    const goal = await createGoal();
    const commitWithEverything = async (
      municipalityId: string,
      head: TestUser,
      value: number,
      answer = true,
    ) => {
      const { commitToGoal } = await ok(
        t,
        COMMIT,
        { goalId: goal.id, municipalityId, plan: 'Plan', ownerId: head.id },
        head.token,
      );
      await ok(
        t,
        REPORT,
        { input: { goalId: goal.id, municipalityId, status: 'ON_TRACK', value } },
        head.token,
      );
      const { addLocalMeasure } = await ok(
        t,
        ADD_MEASURE,
        { input: { commitmentId: commitToGoal.id, name: 'Egen mätning' } },
        head.token,
      );
      await ok(
        t,
        RECORD_MEASURE,
        { input: { measureId: addLocalMeasure.id, value, measuredOn: '2026-02-01' } },
        head.token,
      );
      if (answer)
        await ok(
          t,
          SAVE,
          {
            input: {
              roundId: w.r2026.roundId,
              indicatorId: w.r2026.mb04,
              municipalityId,
              value: { number: value },
            },
          },
          head.token,
        );
    };
    await ok(t, ADD_MILESTONE, { input: { goalId: goal.id, title: 'Steg' } }, w.coordinator.token);
    await commitWithEverything(w.solna, w.headSolna, 10, false);
    await commitWithEverything(w.taby, w.headTaby, 20);
    const measure = async () => {
      let total = 0;
      for (const query of [GOAL_PAGE, GOAL_FOLLOW_UP]) {
        // once first, uncounted: what a process keeps between requests (a round's kept values) may have been
        // forgotten by the writes before; the count is of a page in steady state, which must not grow with the
        // municipalities. The session check is left out too: it is the same for every request, and a process
        // remembers sessions only while its listener is up (not yet, early in a loaded CI run: 4 more statements)
        await t.gql(query, { id: goal.id }, w.headSolna.token);
        const { result, statements } = await countStatements(t.dataSource, () =>
          t.gql(query, { id: goal.id }, w.headSolna.token),
        );
        expect(result.errors).toBeUndefined();
        const counted = statements.filter((q) => !/FROM sessions/.test(q));
        if (process.env.SHOW_SQL) console.log(counted.map((q) => q.slice(0, 120)).join('\n'));
        total += counted.length;
      }
      const { goal: page } = await ok(t, GOAL_PAGE, { id: goal.id }, w.headSolna.token);
      return { statements: total, committed: page.commitments.length };
    };
    const small = await measure();
    expect(small.committed).toBe(2);

    const names = ['Järfälla', 'Sollentuna', 'Upplands-Bro'];
    const ids = await municipalityIds(t, w.coordinator.token, names);
    for (const [i, name] of names.entries()) {
      await ok(t, ADD_MUNICIPALITY, { n: w.net.id, m: ids[i] }, w.coordinator.token);
      w.net.municipalities[name] = ids[i];
      const head = await addMember(t, w.net, 'HEAD', name);
      await commitWithEverything(ids[i], head, 30 + i);
    }
    const large = await measure();
    expect(large.committed).toBe(5);
    // does not grow with the municipalities (a cold per-process cache may make the first count the larger one)
    expect(large.statements).toBeLessThanOrEqual(small.statements);
    expect(small.statements).toBeLessThanOrEqual(30);
  }, 120_000);
});
