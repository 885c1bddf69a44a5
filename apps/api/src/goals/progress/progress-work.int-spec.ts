import { jest } from '@jest/globals';
import { COMMIT, CREATE_GOAL, REPORT, SET_GOAL_STATUS } from '../../../test/goal-fixtures.js';
import { ok } from '../../../test/interpretation-fixtures.js';
import { peerNetwork } from '../../../test/network-fixtures.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

const MY_WORK = `{ myWork { id kind role deadline network { id } municipality { id } goal { id title status } } }`;
const UPDATE_NETWORK = `mutation($id: ID!, $input: UpdateNetworkInput!) { updateNetwork(id: $id, input: $input) { id followUpIntervalDays } }`;
const DAY = 86_400_000;

interface Item {
  id: string;
  kind: string;
  role: string;
  deadline: string | null;
  municipality: { id: string } | null;
  goal: { id: string; title: string; status: string } | null;
}

describe('myWork: progress to report on the goals my municipality committed to', () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof peerNetwork>>;
  let goalId: string;
  const progressItems = async (token: string) => {
    const result = await t.gql<{ myWork: Item[] }>(MY_WORK, {}, token);
    expect(result.errors).toBeUndefined();
    return result.data!.myWork.filter((item) => item.kind === 'PROGRESS_TO_REPORT');
  };

  beforeAll(async () => {
    t = await startTestApp();
    w = await peerNetwork(t, 'Uppföljningsnätverket');
    const coordinator = w.net.coordinator.token;
    const created = await ok(
      t,
      CREATE_GOAL,
      { input: { networkId: w.net.id, title: 'Fler i arbete' } },
      coordinator,
    );
    goalId = (created as { createGoal: { id: string } }).createGoal.id;
    await ok(t, COMMIT, { goalId, municipalityId: w.solna }, w.headSolna.token);
  });
  afterAll(() => t.close());

  it('the head and the editor of a committed municipality see it before any report; a viewer and other municipalities do not', async () => {
    for (const [member, role] of [
      [w.headSolna, 'HEAD'],
      [w.editorSolna, 'EDITOR'],
    ] as const) {
      const items = await progressItems(member.token);
      expect(items).toEqual([
        expect.objectContaining({
          role,
          municipality: { id: w.solna },
          goal: { id: goalId, title: 'Fler i arbete', status: 'PROPOSED' },
        }),
      ]);
      expect(new Date(items[0]!.deadline!).getTime()).toBeGreaterThan(Date.now());
    }
    expect(await progressItems(w.viewer.token)).toEqual([]);
    expect(await progressItems(w.editorSundbyberg.token)).toEqual([]);
    expect(await progressItems(w.net.coordinator.token)).toEqual([]);
  });

  it('disappears after a progress report and comes back once the report is older than the interval', async () => {
    await ok(
      t,
      REPORT,
      { input: { goalId, municipalityId: w.solna, status: 'ON_TRACK' } },
      w.editorSolna.token,
    );
    expect(await progressItems(w.headSolna.token)).toEqual([]);
    expect(await progressItems(w.editorSolna.token)).toEqual([]);

    await ok(
      t,
      UPDATE_NETWORK,
      { id: w.net.id, input: { followUpIntervalDays: 7 } },
      w.net.coordinator.token,
    );
    // the report, eight days back (a fixture: no clock reaches the home yet)
    await t.dataSource.query(
      `UPDATE goal_progress_updates SET reported_at = now() - interval '8 days' WHERE goal_id = $1`,
      [goalId],
    );
    const [item] = await progressItems(w.headSolna.token);
    expect(item).toMatchObject({ goal: { id: goalId } });
    // due one day ago: the report plus the seven days of the interval
    expect(Math.round((Date.now() - new Date(item!.deadline!).getTime()) / DAY)).toBe(1);
  });

  it('asks nothing of a goal that is no longer open', async () => {
    await ok(
      t,
      SET_GOAL_STATUS,
      { id: goalId, status: 'DROPPED', reason: 'Ny inriktning' },
      w.net.coordinator.token,
    );
    expect(await progressItems(w.headSolna.token)).toEqual([]);
  });

  it('reads in a fixed number of statements, however many goals', async () => {
    const count = async () => {
      const spy = jest.spyOn(t.dataSource.logger, 'logQuery');
      await progressItems(w.headSolna.token);
      const n = spy.mock.calls.length;
      spy.mockRestore();
      return n;
    };
    const commitTo = async (title: string) => {
      const created = await ok(
        t,
        CREATE_GOAL,
        { input: { networkId: w.net.id, title } },
        w.net.coordinator.token,
      );
      const id = (created as { createGoal: { id: string } }).createGoal.id;
      await ok(t, COMMIT, { goalId: id, municipalityId: w.solna }, w.headSolna.token);
    };
    await commitTo('Mål två');
    const one = await count();
    for (const title of ['Mål tre', 'Mål fyra']) await commitTo(title);
    expect(await progressItems(w.headSolna.token)).toHaveLength(3);
    expect(await count()).toBe(one);
  });
});
