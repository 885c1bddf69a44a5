import { compileRow } from '@samrad/domain';
import { SAVE } from '../../test/answer-fixtures.js';
import { COMPILATION, type CompiledRow } from '../../test/compilation-fixtures.js';
import { ok } from '../../test/interpretation-fixtures.js';
import { loadNationalDataset, type NationalDataset } from '../../test/national-dataset.js';
import { connectSocket, type TestSocket } from '../../test/sockets.js';
import { registerUser, startTestApp, type TestApp, type TestUser } from '../../test/test-app.js';

/**
 * An open compilation stays current from the round's events alone: `answer.saved` names the row
 * (indicatorId) and the cell (municipalityId) and carries the value to those who may see it, and
 * the row's figures recomputed with libs/domain's compileRow over the patched cells equal a refetch.
 * Those who may not see it get no value and keep a hidden cell (docs/realtime.md).
 */
describe('compilation: patched live from answer events', () => {
  let t: TestApp;
  let data: NationalDataset;
  let coordinator: TestUser;
  let editor: TestUser;
  let headLate: TestUser;
  let room: string;
  const sockets: TestSocket[] = [];

  const member = async (role: string, municipalityId: string) => {
    const user = await registerUser(t, role.toLowerCase());
    await t.dataSource.query(
      `INSERT INTO memberships (network_id, user_id, role, municipality_id) VALUES ($1, $2, $3, $4)`,
      [data.networkId, user.id, role, municipalityId],
    );
    return user;
  };
  const rows = async (as: TestUser): Promise<CompiledRow[]> => {
    const result = await t.gql(COMPILATION, { id: data.rounds[1].id }, as.token);
    expect(result.errors).toBeUndefined();
    return result.data!.round.compilation.rows;
  };
  const figuresOf = (row: CompiledRow) =>
    compileRow({
      answerType: row.indicator.answerType,
      polarity: row.indicator.polarity,
      options: null,
      cells: row.cells.map((c) => ({
        municipalityId: c.municipality.id,
        value: c.answer?.value ?? null,
        previous: c.previousValue,
      })),
    });

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await registerUser(t, 'live-coordinator');
    data = await loadNationalDataset(t.dataSource, {
      seed: 21,
      coordinatorId: coordinator.id,
      municipalities: 6,
      questions: 20,
      phase: 'ANSWERING',
    });
    const late = data.municipalities[5].id;
    await t.dataSource.query(
      `UPDATE answer_submissions SET status = 'DRAFT', first_submitted_at = NULL, submitted_at = NULL
        WHERE round_id = $1 AND municipality_id = $2`,
      [data.rounds[1].id, late],
    );
    editor = await member('EDITOR', data.municipalities[0].id);
    headLate = await member('HEAD', late);
    room = `round:${data.rounds[1].id}`;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await t.close();
  });

  it('a saved answer patches one cell, and the recomputed row equals a refetch; hidden stays hidden', async () => {
    const watchers = await Promise.all([coordinator, headLate].map((as) => connectSocket(t.url, as.token)));
    sockets.push(...watchers);
    for (const socket of watchers) expect((await socket.subscribe(room)).ok).toBe(true);
    const [seesAll, seesOwn] = watchers;

    const before = await rows(coordinator);
    const beforeLate = await rows(headLate);
    const indicator = data.rounds[1].indicators.find(
      (i) => i.answerType === 'PERCENT' && i.polarity !== 'NEUTRAL',
    )!;
    const municipalityId = data.municipalities[0].id;
    const [existing] = await t.dataSource.query(
      `SELECT version FROM answers WHERE round_id = $1 AND indicator_id = $2 AND municipality_id = $3`,
      [data.rounds[1].id, indicator.id, municipalityId],
    );
    await ok(
      t,
      SAVE,
      {
        input: {
          roundId: data.rounds[1].id,
          indicatorId: indicator.id,
          municipalityId,
          value: { number: 100 },
          expectedVersion: existing?.version ?? null,
        },
      },
      editor.token,
    );
    await seesAll.waitFor((events) => events.some((e) => e.type === 'answer.saved'));
    await seesOwn.roundTrip();
    const [event] = seesAll.eventsOf(room, 'answer.saved');

    // what a client does with the event: find the row and the cell, set the value, recompute the row
    const row = before.find((r) => r.indicator.id === event.data.indicatorId)!;
    const cell = row.cells.find((c) => c.municipality.id === event.data.municipalityId)!;
    expect(event.data.value).toBeDefined();
    cell.answer = {
      ...cell.answer!,
      value: { boolean: null, number: null, text: null, choice: null, ...event.data.value },
    };
    const patched = figuresOf(row);

    const after = (await rows(coordinator)).find((r) => r.indicator.id === indicator.id)!;
    expect(after.cells.find((c) => c.municipality.id === municipalityId)!.answer!.value.number).toBe(100);
    const { distribution: _d, ...summary } = patched.summary;
    expect(after.summary).toMatchObject({ ...summary, mean: expect.closeTo(summary.mean!, 9) });
    expect(after.leaders.map((l) => l.id).sort()).toEqual([...patched.leaders].sort());
    // 100 % is the best a PERCENT can be: it leads when higher is better, and not when lower is
    if (indicator.polarity === 'HIGHER_IS_BETTER') expect(patched.leaders).toContain(municipalityId);
    else expect(patched.leaders).not.toContain(municipalityId);
    expect(after.cells.map((c) => c.change)).toEqual(patched.changes);

    // the municipality that has not submitted gets the event without the value, and its matrix is unchanged
    const [lateEvent] = seesOwn.eventsOf(room, 'answer.saved');
    expect(lateEvent.data.indicatorId).toBe(indicator.id);
    expect(lateEvent.data).not.toHaveProperty('value');
    const lateRow = (await rows(headLate)).find((r) => r.indicator.id === indicator.id)!;
    expect(lateRow).toEqual(beforeLate.find((r) => r.indicator.id === indicator.id));
    expect(lateRow.cells.find((c) => c.municipality.id === municipalityId)).toMatchObject({
      hidden: true,
      answer: null,
    });
  });
});
