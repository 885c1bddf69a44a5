import { openAnswering, PREFILLS, SAVE, SUBMIT } from '../../test/answer-fixtures.js';
import { ok } from '../../test/interpretation-fixtures.js';
import { addMember, createNetwork, type TestMember, type TestNetwork } from '../../test/network-fixtures.js';
import { createRound } from '../../test/round-fixtures.js';
import { countStatements } from '../../test/sql-statements.js';
import { errorCode, startTestApp, type TestApp } from '../../test/test-app.js';

interface Prefill {
  indicator: { code: string };
  value: Record<string, unknown>;
  source: string;
  fromYear: number | null;
}

/**
 * Prefill: last round's answer where the code matches, the Kolada figure where there is one, only
 * for what is not answered yet, and never an answer until someone saves it.
 */
describe('answer prefills: previous round and Kolada', () => {
  let t: TestApp;
  let net: TestNetwork;
  let editorSolna: TestMember;
  let editorSundbyberg: TestMember;
  let viewer: TestMember;
  let solna: string;
  let current: Awaited<ReturnType<typeof createRound>>;
  let codeOf: Map<string, string>;

  const prefills = async (as: { token: string }, municipalityId = solna) =>
    (await ok(t, PREFILLS, { id: current.roundId, municipalityId }, as.token)).round
      .answerPrefills as Prefill[];
  const brief = (list: Prefill[]) =>
    list.map((p) => [p.indicator.code, p.source, p.fromYear, Object.values(p.value).find((v) => v !== null)]);

  beforeAll(async () => {
    t = await startTestApp();
    net = await createNetwork(t, 'Förifyllt', ['Solna', 'Sundbyberg']);
    solna = net.municipalities.Solna;
    editorSolna = await addMember(t, net, 'EDITOR', 'Solna');
    editorSundbyberg = await addMember(t, net, 'EDITOR', 'Sundbyberg');
    viewer = await addMember(t, net, 'VIEWER');
    // last year's round on the same area: Solna answered three questions and submitted
    const last = await createRound(t, net.coordinator.token, net.id, 2025);
    await openAnswering(t, last.roundId, net.coordinator.token);
    const lastId = new Map(last.set.indicators.map((i: { id: string; code: string }) => [i.code, i.id]));
    for (const [code, value] of [
      ['MB-01', { boolean: true }],
      ['MB-02', { choice: 'Ofta' }],
      ['MB-04', { number: 61.5 }],
    ] as const)
      await ok(
        t,
        SAVE,
        { input: { roundId: last.roundId, indicatorId: lastId.get(code), municipalityId: solna, value } },
        editorSolna.token,
      );
    await ok(t, SUBMIT, { roundId: last.roundId, municipalityId: solna, partial: true }, editorSolna.token);

    current = await createRound(t, net.coordinator.token, net.id, 2026);
    await openAnswering(t, current.roundId, net.coordinator.token);
    codeOf = new Map(current.set.indicators.map((i: { id: string; code: string }) => [i.id, i.code]));
    const idOf = (code: string) => [...codeOf].find(([, c]) => c === code)![0];
    // Kolada figures as a Kolada import stores them; 130 is no percentage, so it is never suggested
    await t.dataSource.query(
      `INSERT INTO indicator_reference_values (indicator_id, municipality_id, value)
       VALUES ($1, $3, 412), ($2, $3, 130), ($2, $4, 40)`,
      [idOf('MB-03'), idOf('MB-04'), solna, net.municipalities.Sundbyberg],
    );
  });
  afterAll(() => t.close());

  it("suggests last round's answers by code and the Kolada figures, in question order", async () => {
    expect(brief(await prefills(editorSolna))).toEqual([
      ['MB-01', 'PREVIOUS_ROUND', 2025, true],
      ['MB-02', 'PREVIOUS_ROUND', 2025, 'Ofta'],
      ['MB-03', 'KOLADA', 2026, 412],
      ['MB-04', 'PREVIOUS_ROUND', 2025, 61.5],
    ]);
    // Sundbyberg answered nothing last year: its Kolada figure only
    expect(brief(await prefills(editorSundbyberg, net.municipalities.Sundbyberg))).toEqual([
      ['MB-04', 'KOLADA', 2026, 40],
    ]);
  });

  it('is no answer: nothing is stored, and a saved question is no longer suggested', async () => {
    const stored = async () =>
      (
        await t.dataSource.query(`SELECT count(*)::int AS n FROM answers WHERE round_id = $1`, [
          current.roundId,
        ])
      )[0].n;
    expect(await stored()).toBe(0);
    const mb01 = [...codeOf].find(([, c]) => c === 'MB-01')![0];
    await ok(
      t,
      SAVE,
      {
        input: {
          roundId: current.roundId,
          indicatorId: mb01,
          municipalityId: solna,
          value: { boolean: true },
        },
      },
      editorSolna.token,
    );
    expect((await prefills(editorSolna)).map((p) => p.indicator.code)).toEqual(['MB-02', 'MB-03', 'MB-04']);
  });

  it("is the municipality's own and the coordinators': others are refused", async () => {
    expect((await prefills(net.coordinator)).length).toBe(3);
    for (const other of [editorSundbyberg, viewer])
      expect(
        errorCode(await t.gql(PREFILLS, { id: current.roundId, municipalityId: solna }, other.token)),
      ).toBe('FORBIDDEN');
    expect(
      errorCode(await t.gql(PREFILLS, { id: current.roundId, municipalityId: 'x' }, editorSolna.token)),
    ).toBe('BAD_USER_INPUT');
  });

  it('costs one statement for all suggestions, however many there are', async () => {
    const { result, statements } = await countStatements(t.dataSource, () =>
      t.gql(PREFILLS, { id: current.roundId, municipalityId: solna }, editorSolna.token),
    );
    expect(result.errors).toBeUndefined();
    expect(statements.filter((sql) => sql.includes('indicator_reference_values'))).toHaveLength(1);
    // the round, the caller's roles, the prefills and the questions they name
    expect(statements.length).toBeLessThanOrEqual(5);
  });
});
