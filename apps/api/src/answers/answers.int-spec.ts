import {
  ANSWERS,
  APPROVE,
  GRANT_LATE,
  openAnswering,
  REOPEN,
  SAMPLE_VALUES,
  SAVE,
  SUBMIT,
} from '../../test/answer-fixtures.js';
import { ok } from '../../test/interpretation-fixtures.js';
import { addMember, type TestMember, type TestNetwork, peerNetwork } from '../../test/network-fixtures.js';
import { createRound, SET_PHASE } from '../../test/round-fixtures.js';
import { countStatements } from '../../test/sql-statements.js';
import { errorCode, startTestApp, type GqlResult, type TestApp } from '../../test/test-app.js';

const ext = (result: GqlResult) => result.errors?.[0]?.extensions ?? {};

describe('answers: entry, optimistic locking, submission, approval, give-to-get, history', () => {
  let t: TestApp;
  let net: TestNetwork;
  let headSolna: TestMember;
  let editorSolna: TestMember;
  let editorSolna2: TestMember;
  let editorSundbyberg: TestMember;
  let headTaby: TestMember;
  let viewer: TestMember;
  let round: Awaited<ReturnType<typeof createRound>>;
  let q: Record<string, string>;
  let solna: string;
  let sundbyberg: string;
  let taby: string;

  const save = (
    as: { token: string },
    municipalityId: string,
    code: string,
    value: Record<string, unknown>,
    expectedVersion?: number | null,
    comment?: string,
  ) =>
    t.gql(
      SAVE,
      {
        input: {
          roundId: round.roundId,
          indicatorId: q[code],
          municipalityId,
          value,
          expectedVersion,
          comment,
        },
      },
      as.token,
    );
  const answersSeenBy = async (as: { token: string }, municipalityId?: string) =>
    (await ok(t, ANSWERS, { id: round.roundId, municipalityId }, as.token)).round.answers as {
      id: string;
      municipality: { id: string };
      indicator: { code: string };
      value: Record<string, unknown>;
      history: Record<string, any>[];
      status: string;
      version: number;
    }[];
  const answerAll = async (as: TestMember, municipalityId: string) => {
    for (const [code, value] of Object.entries(SAMPLE_VALUES)) {
      const seen = (await answersSeenBy(as, municipalityId)).find((a) => a.indicator.code === code);
      await ok(
        t,
        SAVE,
        {
          input: {
            roundId: round.roundId,
            indicatorId: q[code],
            municipalityId,
            value,
            expectedVersion: seen?.version,
          },
        },
        as.token,
      );
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
    ({ net, solna, sundbyberg, taby, headSolna, editorSolna, editorSundbyberg, headTaby, viewer } =
      await peerNetwork(t, 'Svarsnätverket'));
    editorSolna2 = await addMember(t, net, 'EDITOR', 'Solna');
    round = await createRound(t, net.coordinator.token, net.id, 2026);
    q = Object.fromEntries(round.set.indicators.map((i: { id: string; code: string }) => [i.code, i.id]));
  });
  afterAll(() => t.close());

  it('takes answers only in ANSWERING, from the municipality’s head and editors', async () => {
    expect(errorCode(await save(editorSolna, solna, 'MB-01', { boolean: true }))).toBe('PHASE_CLOSED');
    await openAnswering(t, round.roundId, net.coordinator.token);
    expect(errorCode(await save(viewer, solna, 'MB-01', { boolean: true }))).toBe('FORBIDDEN');
    expect(errorCode(await save(editorSundbyberg, solna, 'MB-01', { boolean: true }))).toBe('FORBIDDEN');
    expect(errorCode(await save(net.coordinator, solna, 'MB-01', { boolean: true }))).toBe('FORBIDDEN');
    const made = await save(editorSolna, solna, 'MB-01', { boolean: true }, null, '  Enligt rutin 2026  ');
    expect(made.data!.saveAnswer).toMatchObject({
      version: 1,
      status: 'DRAFT',
      comment: 'Enligt rutin 2026',
      value: { boolean: true, number: null, text: null, choice: null },
      municipality: { id: solna },
      updatedBy: { id: editorSolna.id },
    });
  });

  it('refuses a value that does not fit the question, naming its code and rule', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['MB-01', { number: 1 }],
      ['MB-01', { boolean: true, number: 1 }],
      ['MB-02', { choice: 'Ibland' }],
      ['MB-03', { text: '12' }],
      ['MB-04', { number: 100.5 }],
      ['MB-04', { number: -1 }],
      ['MB-05', { text: '   ' }],
      ['MB-05', { text: 'x'.repeat(5001) }],
    ];
    for (const [code, value] of cases) {
      const result = await save(editorSundbyberg, sundbyberg, code, value);
      expect([
        errorCode(result),
        ext(result).indicatorCode,
        result.errors?.[0]?.message.startsWith(code),
      ]).toEqual(['BAD_USER_INPUT', code, true]);
      expect(ext(result).rule).toEqual(expect.any(String));
    }
    const foreign = await t.gql(
      SAVE,
      {
        input: {
          roundId: round.roundId,
          indicatorId: round.roundId,
          municipalityId: sundbyberg,
          value: { boolean: true },
        },
      },
      editorSundbyberg.token,
    );
    expect(errorCode(foreign)).toBe('BAD_USER_INPUT');
    const notUuid = await t.gql(
      SAVE,
      { input: { roundId: 'x', indicatorId: q['MB-01'], municipalityId: sundbyberg, value: {} } },
      editorSundbyberg.token,
    );
    expect(errorCode(notUuid)).toBe('BAD_USER_INPUT');
  });

  it('never overwrites blindly: a missing or stale expectedVersion is CONFLICT carrying the current answer', async () => {
    const blind = await save(editorSolna2, solna, 'MB-01', { boolean: false });
    expect([errorCode(blind), ext(blind).reason]).toEqual(['CONFLICT', 'VERSION_REQUIRED']);
    const first = await save(editorSolna, solna, 'MB-01', { boolean: false }, 1, 'Rättat');
    expect(first.data!.saveAnswer.version).toBe(2);
    const stale = await save(editorSolna2, solna, 'MB-01', { boolean: true }, 1);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(ext(stale)).toMatchObject({
      reason: 'STALE',
      current: {
        value: { boolean: false, number: null, text: null, choice: null },
        comment: 'Rättat',
        version: 2,
        status: 'DRAFT',
        updatedBy: { id: editorSolna.id, displayName: expect.any(String) },
        updatedAt: expect.any(String),
      },
    });
    // the same value again is no change: no new version, no history row
    const again = await save(editorSolna, solna, 'MB-01', { boolean: false }, 2, 'Rättat');
    expect(again.data!.saveAnswer.version).toBe(2);
    const [answer] = await answersSeenBy(editorSolna, solna);
    expect(
      answer.history.map((h) => [h.kind, h.version, h.oldValue?.boolean ?? null, h.newValue.boolean]),
    ).toEqual([
      ['SAVED', 1, null, true],
      ['SAVED', 2, true, false],
    ]);
    expect(answer.history[1]).toMatchObject({
      oldComment: 'Enligt rutin 2026',
      newComment: 'Rättat',
      actor: { id: editorSolna.id },
    });
  });

  it('of 20 concurrent saves on the same version exactly one wins; 19 get CONFLICT; one history row', async () => {
    const created = await save(editorSundbyberg, sundbyberg, 'MB-03', { number: 10 }, null, 'Första');
    const answerId = created.data!.saveAnswer.id;
    const historyRows = async () =>
      (
        await t.dataSource.query(`SELECT count(*)::int AS n FROM answer_history WHERE answer_id = $1`, [
          answerId,
        ])
      )[0].n;
    expect(await historyRows()).toBe(1);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        save(editorSundbyberg, sundbyberg, 'MB-03', { number: 100 + i }, 1, `Räknat ${i}`),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.map(errorCode).filter((c) => c === 'CONFLICT')).toHaveLength(19);
    expect(await historyRows()).toBe(2);
    const winner = winners[0].data!.saveAnswer;
    expect(winner.version).toBe(2);
    // every loser was told the winner's answer: value, comment, version, who and when
    for (const loser of results.filter((r) => r.errors))
      expect(ext(loser)).toMatchObject({
        reason: 'STALE',
        current: {
          version: 2,
          value: { number: winner.value.number },
          comment: winner.comment,
          updatedBy: { id: editorSundbyberg.id },
          updatedAt: new Date(winner.updatedAt).toISOString(),
        },
      });
  });

  it('submits all answers at once; unanswered questions are listed unless partial', async () => {
    const refused = await t.gql(SUBMIT, { roundId: round.roundId, municipalityId: solna }, editorSolna.token);
    expect([errorCode(refused), ext(refused).reason]).toEqual(['CONFLICT', 'UNANSWERED']);
    expect((ext(refused).unanswered as { code: string }[]).map((u) => u.code)).toEqual([
      'MB-02',
      'MB-03',
      'MB-04',
      'MB-05',
    ]);
    const nothing = await t.gql(
      SUBMIT,
      { roundId: round.roundId, municipalityId: taby, partial: true },
      headTaby.token,
    );
    expect(ext(nothing).reason).toBe('NOTHING_ANSWERED');
    const partial = await ok(
      t,
      SUBMIT,
      { roundId: round.roundId, municipalityId: solna, partial: true },
      editorSolna.token,
    );
    expect(partial.submitAnswers.map((a: { status: string }) => a.status)).toEqual(['SUBMITTED']);
    const twice = await t.gql(SUBMIT, { roundId: round.roundId, municipalityId: solna }, editorSolna.token);
    expect([errorCode(twice), ext(twice).reason]).toEqual(['CONFLICT', 'SUBMITTED']);
    // a submitted municipality may still complete its answers: new ones are SUBMITTED too
    await answerAll(editorSolna, solna);
    expect((await answersSeenBy(editorSolna, solna)).map((a) => a.status)).toEqual(
      Array(5).fill('SUBMITTED'),
    );
  });

  it('asks heads and editors on the home page for the answers their municipality has not submitted', async () => {
    const work = async (as: { token: string }) =>
      (
        await ok(
          t,
          `{ myWork { id kind role count total deadline round { id } municipality { id } } }`,
          {},
          as.token,
        )
      ).myWork.filter((item: { kind: string }) => item.kind === 'ANSWERS_TO_SUBMIT');
    expect(await work(editorSundbyberg)).toEqual([
      {
        id: `ANSWERS_TO_SUBMIT:${round.roundId}:${sundbyberg}`,
        kind: 'ANSWERS_TO_SUBMIT',
        role: 'EDITOR',
        count: 1,
        total: 5,
        deadline: null,
        round: { id: round.roundId },
        municipality: { id: sundbyberg },
      },
    ]);
    // Täby has answered nothing yet: its head is asked too, as HEAD
    expect((await work(headTaby)).map((i: { role: string; count: number }) => [i.role, i.count])).toEqual([
      ['HEAD', 0],
    ]);
    // Solna has submitted; viewers and coordinators answer nothing
    for (const none of [headSolna, editorSolna, viewer, net.coordinator])
      expect(await work(none)).toEqual([]);
    // one statement more for the answers source: the home page stays within its statements
    const { statements } = await countStatements(t.dataSource, () => work(editorSundbyberg));
    expect(statements.length).toBeLessThanOrEqual(10);
  });

  it('hides the others’ answers until a municipality has submitted (give-to-get); coordinators see all', async () => {
    const municipalitiesSeen = async (as: { token: string }) =>
      [...new Set((await answersSeenBy(as)).map((a) => a.municipality.id))].sort();
    // Sundbyberg has not submitted: only its own
    expect(await municipalitiesSeen(editorSundbyberg)).toEqual([sundbyberg]);
    expect(await answersSeenBy(editorSundbyberg, solna)).toEqual([]);
    // a network-wide viewer belongs to no municipality: nothing until COMPILATION
    expect(await municipalitiesSeen(viewer)).toEqual([]);
    // Solna has submitted: sees Sundbyberg's
    expect(await municipalitiesSeen(headSolna)).toEqual([solna, sundbyberg].sort());
    expect(await municipalitiesSeen(net.coordinator)).toEqual([solna, sundbyberg].sort());
    // the status list says who has submitted, without values
    const { answerSubmissions } = (await ok(t, ANSWERS, { id: round.roundId }, editorSundbyberg.token)).round;
    expect(answerSubmissions).toEqual(
      expect.arrayContaining([{ status: 'SUBMITTED', answered: 5, municipality: { id: solna } }]),
    );
  });

  it('approves by the head only; approved answers refuse saves; the head reopens with a reason', async () => {
    expect(
      errorCode(await t.gql(APPROVE, { roundId: round.roundId, municipalityId: solna }, editorSolna.token)),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(await t.gql(APPROVE, { roundId: round.roundId, municipalityId: solna }, headTaby.token)),
    ).toBe('FORBIDDEN');
    const byCoordinator = await t.gql(
      APPROVE,
      { roundId: round.roundId, municipalityId: solna },
      net.coordinator.token,
    );
    expect(errorCode(byCoordinator)).toBe('FORBIDDEN');
    const approved = await ok(t, APPROVE, { roundId: round.roundId, municipalityId: solna }, headSolna.token);
    expect(approved.approveAnswers.map((a: { status: string }) => a.status)).toEqual(
      Array(5).fill('APPROVED'),
    );
    const [mb01] = (await answersSeenBy(editorSolna, solna)).filter((a) => a.indicator.code === 'MB-01');
    const locked = await save(editorSolna, solna, 'MB-01', { boolean: true }, mb01.version);
    expect([errorCode(locked), ext(locked).reason]).toEqual(['CONFLICT', 'APPROVED']);

    expect(
      errorCode(
        await t.gql(
          REOPEN,
          { roundId: round.roundId, municipalityId: solna, reason: 'Fel' },
          editorSolna.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    const noReason = await t.gql(
      REOPEN,
      { roundId: round.roundId, municipalityId: solna, reason: '  ' },
      headSolna.token,
    );
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    const reopened = await ok(
      t,
      REOPEN,
      { roundId: round.roundId, municipalityId: solna, reason: 'Fel antal i MB-03' },
      headSolna.token,
    );
    expect(reopened.reopenAnswers.map((a: { status: string }) => a.status)).toEqual(Array(5).fill('DRAFT'));
    expect(
      (await save(editorSolna, solna, 'MB-01', { boolean: false }, mb01.version)).data!.saveAnswer.status,
    ).toBe('DRAFT');
    const [history] = (await answersSeenBy(headSolna, solna)).filter((a) => a.indicator.code === 'MB-01');
    expect(history.history.map((h) => [h.kind, h.oldStatus, h.newStatus, h.reason])).toEqual([
      ['SAVED', null, 'DRAFT', null],
      ['SAVED', 'DRAFT', 'DRAFT', null],
      ['SUBMITTED', 'DRAFT', 'SUBMITTED', null],
      ['SAVED', 'SUBMITTED', 'SUBMITTED', null],
      ['APPROVED', 'SUBMITTED', 'APPROVED', null],
      ['REOPENED', 'APPROVED', 'DRAFT', 'Fel antal i MB-03'],
      ['SAVED', 'DRAFT', 'DRAFT', null],
    ]);
    // reopening does not take back what Solna has been shown: it gave once
    expect((await answersSeenBy(headSolna, sundbyberg)).length).toBeGreaterThan(0);
    const audit = await t.dataSource.query(
      `SELECT action FROM audit_entries WHERE subject_id = $1 AND action LIKE 'answers.%' ORDER BY at`,
      [round.roundId],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'answers.submitted',
      'answers.approved',
      'answers.reopened',
    ]);
  });

  it('a round’s answers cost the same number of SQL statements for 1 or 3 municipalities (no N+1)', async () => {
    const measure = async () => {
      const { result, statements } = await countStatements(t.dataSource, () =>
        t.gql(ANSWERS, { id: round.roundId }, net.coordinator.token),
      );
      expect(result.errors).toBeUndefined();
      return { statements: statements.length, answers: result.data!.round.answers.length };
    };
    const before = await measure();
    await answerAll(headTaby, taby);
    const after = await measure();
    expect(after.answers).toBeGreaterThan(before.answers);
    expect(after.statements).toBe(before.statements);
  });

  it('after ANSWERING everyone sees every answer, saves are PHASE_CLOSED but for a late window', async () => {
    await ok(t, SET_PHASE, { id: round.roundId, phase: 'COMPILATION' }, net.coordinator.token);
    const seen = new Set((await answersSeenBy(viewer)).map((a) => a.municipality.id));
    expect([...seen].sort()).toEqual([solna, sundbyberg, taby].sort());
    const [mb03] = (await answersSeenBy(editorSundbyberg, sundbyberg)).filter(
      (a) => a.indicator.code === 'MB-03',
    );
    expect(errorCode(await save(editorSundbyberg, sundbyberg, 'MB-03', { number: 7 }, mb03.version))).toBe(
      'PHASE_CLOSED',
    );
    const until = new Date(Date.now() + 86_400_000).toISOString();
    const vars = { roundId: round.roundId, municipalityId: sundbyberg, until };
    expect(errorCode(await t.gql(GRANT_LATE, vars, headSolna.token))).toBe('FORBIDDEN');
    const past = await t.gql(GRANT_LATE, { ...vars, until: '2020-01-01T00:00:00Z' }, net.coordinator.token);
    expect(errorCode(past)).toBe('BAD_USER_INPUT');
    await ok(t, GRANT_LATE, vars, net.coordinator.token);
    expect(
      (await save(editorSundbyberg, sundbyberg, 'MB-03', { number: 7 }, mb03.version)).data!.saveAnswer
        .version,
    ).toBe(mb03.version + 1);
    // only Sundbyberg got the window
    const [solnaMb03] = (await answersSeenBy(editorSolna, solna)).filter((a) => a.indicator.code === 'MB-03');
    expect(errorCode(await save(editorSolna, solna, 'MB-03', { number: 7 }, solnaMb03.version))).toBe(
      'PHASE_CLOSED',
    );
  });
});
