import { ROOM_EVENTS } from '@samrad/domain';
import { APPROVE, openAnswering, REOPEN, SAVE, SUBMIT } from '../../test/answer-fixtures.js';
import { ok } from '../../test/interpretation-fixtures.js';
import { peerNetwork, type TestMember, type TestNetwork } from '../../test/network-fixtures.js';
import { createRound } from '../../test/round-fixtures.js';
import { countStatements } from '../../test/sql-statements.js';
import { errorCode, startTestApp, type TestApp } from '../../test/test-app.js';

/**
 * An existing answer changed at the version its editor saw is one statement (save-in-one-statement.ts);
 * it must leave exactly what the full save leaves (answer, history row, queued event) and refuse nothing
 * the full save would take, nor take anything it refuses.
 */
describe('answers: a change to an existing answer in one statement', () => {
  let t: TestApp;
  let net: TestNetwork;
  let editor: TestMember;
  let head: TestMember;
  let municipalityId: string;
  let roundId: string;
  let q: Record<string, string>;

  const save = (code: string, value: Record<string, unknown>, expectedVersion?: number, comment?: string) =>
    t.gql(
      SAVE,
      { input: { roundId, indicatorId: q[code], municipalityId, value, expectedVersion, comment } },
      editor.token,
    );
  const history = (answerId: string) =>
    t.dataSource.query(
      `SELECT version, kind, old_value, new_value, old_comment, new_comment, old_status, new_status, actor_id
         FROM answer_history WHERE answer_id = $1 ORDER BY version`,
      [answerId],
    ) as Promise<Record<string, unknown>[]>;
  const savedEvents = async () =>
    (await t.dataSource.query(
      `SELECT data, restricted, actor_id FROM room_events WHERE room = $1 AND type = 'answer.saved' ORDER BY seq`,
      [`round:${roundId}`],
    )) as { data: Record<string, unknown>; restricted: unknown; actor_id: string }[];

  beforeAll(async () => {
    t = await startTestApp();
    let solna: string;
    ({ net, solna, editorSolna: editor, headSolna: head } = await peerNetwork(t, 'Ett uttryck'));
    municipalityId = solna;
    const round = await createRound(t, net.coordinator.token, net.id, 2026);
    roundId = round.roundId;
    q = Object.fromEntries(round.set.indicators.map((i: { id: string; code: string }) => [i.code, i.id]));
    await openAnswering(t, roundId, net.coordinator.token);
  });
  afterAll(() => t.close());

  it('is one statement without BEGIN or COMMIT, and leaves the full save’s history row and event', async () => {
    const created = (await save('MB-04', { number: 10 }, undefined, 'Första')).data!.saveAnswer;
    // only the answer's own fields: its municipality, question and author would be statements of their own
    const { result: changed, statements } = await countStatements(t.dataSource, async () => {
      const input = { roundId, indicatorId: q['MB-04'], municipalityId, value: { number: 12.5 } };
      const { saveAnswer } = await ok(
        t,
        `mutation($input: SaveAnswerInput!) { saveAnswer(input: $input) { id version comment value { number } } }`,
        { input: { ...input, expectedVersion: created.version, comment: 'Andra' } },
        editor.token,
      );
      return saveAnswer;
    });
    expect(changed).toMatchObject({ id: created.id, version: 2, comment: 'Andra', value: { number: 12.5 } });
    // the round and the caller's roles, then the save itself
    expect(statements).toHaveLength(2);
    expect(statements.some((sql) => /\b(BEGIN|COMMIT|START TRANSACTION)\b/i.test(sql))).toBe(false);

    const [first, second] = await history(created.id);
    expect(second).toEqual({
      version: 2,
      kind: 'SAVED',
      old_value: first.new_value,
      new_value: { boolean: null, number: 12.5, text: null, choice: null },
      old_comment: 'Första',
      new_comment: 'Andra',
      old_status: 'DRAFT',
      new_status: 'DRAFT',
      actor_id: editor.id,
    });

    const [byFullSave, byOneStatement] = await savedEvents();
    expect(byOneStatement.data).toEqual({
      answerId: created.id,
      indicatorId: q['MB-04'],
      municipalityId,
      version: 2,
      status: 'DRAFT',
      value: { boolean: null, number: 12.5, text: null, choice: null },
      comment: 'Andra',
    });
    expect(ROOM_EVENTS['answer.saved'].data.parse(byOneStatement.data)).toEqual(byOneStatement.data);
    expect(Object.keys(byOneStatement.data).sort()).toEqual(Object.keys(byFullSave.data).sort());
    expect(byOneStatement.restricted).toEqual(byFullSave.restricted);
    expect(byOneStatement.actor_id).toBe(editor.id);
  });

  it('leaves every refusal to the full save: stale, unversioned, unchanged, invalid, approved', async () => {
    const created = (await save('MB-03', { number: 1 })).data!.saveAnswer;
    const stale = await save('MB-03', { number: 2 }, created.version + 5);
    expect([errorCode(stale), stale.errors![0].extensions!.reason]).toEqual(['CONFLICT', 'STALE']);
    const blind = await save('MB-03', { number: 2 });
    expect([errorCode(blind), blind.errors![0].extensions!.reason]).toEqual(['CONFLICT', 'VERSION_REQUIRED']);
    const same = (await save('MB-03', { number: 1 }, created.version)).data!.saveAnswer;
    expect(same.version).toBe(created.version);
    const invalid = await save('MB-03', { text: 'tolv' }, created.version);
    expect([errorCode(invalid), invalid.errors![0].extensions!.indicatorCode]).toEqual([
      'BAD_USER_INPUT',
      'MB-03',
    ]);
    expect(await history(created.id)).toHaveLength(1);

    await ok(t, SUBMIT, { roundId, municipalityId, partial: true }, editor.token);
    const submitted = (await save('MB-03', { number: 3 }, created.version)).data!.saveAnswer;
    expect(submitted).toMatchObject({ version: created.version + 1, status: 'SUBMITTED' });
    await ok(t, APPROVE, { roundId, municipalityId }, head.token);
    const approved = await save('MB-03', { number: 4 }, submitted.version);
    expect([errorCode(approved), approved.errors![0].extensions!.reason]).toEqual(['CONFLICT', 'APPROVED']);
    await ok(t, REOPEN, { roundId, municipalityId, reason: 'Rättelse' }, head.token);
    const reopened = (await save('MB-03', { number: 4 }, submitted.version)).data!.saveAnswer;
    expect(reopened.version).toBe(submitted.version + 1);
    expect((await history(created.id)).at(-1)).toMatchObject({
      version: reopened.version,
      kind: 'SAVED',
      new_value: { number: 4 },
      actor_id: editor.id,
    });
  });
});
