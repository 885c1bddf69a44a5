import { ANSWERS, APPROVE, openAnswering, REOPEN, SAVE, SUBMIT } from '../../test/answer-fixtures.js';
import { ok } from '../../test/interpretation-fixtures.js';
import { addMember, createNetwork, type TestMember, type TestNetwork } from '../../test/network-fixtures.js';
import { createRound, SET_PHASE } from '../../test/round-fixtures.js';
import { connectSocket, type TestSocket } from '../../test/sockets.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

/**
 * Give-to-get on every path: a municipality that has not submitted never receives another's value
 * or comment — not in Round.answers, not in live events, not in replay — while those who may see
 * get them all.
 */
describe('answers: live events and replay keep the give-to-get rule', () => {
  let t: TestApp;
  let net: TestNetwork;
  let editorSolna: TestMember;
  let headSolna: TestMember;
  let editorSundbyberg: TestMember;
  let headTaby: TestMember;
  let viewer: TestMember;
  let round: Awaited<ReturnType<typeof createRound>>;
  let room: string;
  let sockets: TestSocket[] = [];
  const SECRET = 'Hemlig kommentar 4711';

  const connect = async (as: { token: string }) => {
    const socket = await connectSocket(t.url, as.token);
    sockets.push(socket);
    expect((await socket.subscribe(room)).ok).toBe(true);
    return socket;
  };
  const saveFor = (
    as: TestMember,
    municipality: string,
    code: string,
    value: Record<string, unknown>,
    comment?: string,
  ) =>
    ok(
      t,
      SAVE,
      {
        input: {
          roundId: round.roundId,
          indicatorId: round.set.indicators.find((i: { code: string }) => i.code === code).id,
          municipalityId: net.municipalities[municipality],
          value,
          comment,
        },
      },
      as.token,
    );

  beforeAll(async () => {
    t = await startTestApp();
    net = await createNetwork(t, 'Realtidssvar', ['Solna', 'Sundbyberg', 'Täby']);
    editorSolna = await addMember(t, net, 'EDITOR', 'Solna');
    headSolna = await addMember(t, net, 'HEAD', 'Solna');
    editorSundbyberg = await addMember(t, net, 'EDITOR', 'Sundbyberg');
    headTaby = await addMember(t, net, 'HEAD', 'Täby');
    viewer = await addMember(t, net, 'VIEWER');
    round = await createRound(t, net.coordinator.token, net.id, 2026);
    room = `round:${round.roundId}`;
    await openAnswering(t, round.roundId, net.coordinator.token);
    // Täby has given: it answered and submitted
    await saveFor(headTaby, 'Täby', 'MB-01', { boolean: false });
    await ok(
      t,
      SUBMIT,
      { roundId: round.roundId, municipalityId: net.municipalities['Täby'], partial: true },
      headTaby.token,
    );
  });
  afterEach(() => {
    sockets.forEach((s) => s.close());
    sockets = [];
  });
  afterAll(() => t.close());

  it('strips value and comment for a member that has not submitted, live and in replay; others get them', async () => {
    const sundbyberg = await connect(editorSundbyberg);
    const taby = await connect(headTaby);
    const coordinator = await connect(net.coordinator);
    const colleague = await connect(headSolna);

    const saved = (await saveFor(editorSolna, 'Solna', 'MB-03', { number: 42 }, SECRET)).saveAnswer;
    const arrived = (s: TestSocket) => s.waitFor((events) => events.some((e) => e.type === 'answer.saved'));
    await Promise.all([sundbyberg, taby, coordinator, colleague].map(arrived));

    const [hidden] = sundbyberg.eventsOf(room, 'answer.saved');
    expect(hidden.data).toEqual({
      answerId: saved.id,
      indicatorId: saved.indicator.id,
      municipalityId: net.municipalities.Solna,
      version: 1,
      status: 'DRAFT',
    });
    expect(JSON.stringify(sundbyberg.events)).not.toContain(SECRET);
    for (const allowed of [taby, coordinator, colleague])
      expect(allowed.eventsOf(room, 'answer.saved')[0].data).toMatchObject({
        value: { number: 42 },
        comment: SECRET,
      });

    // replay applies the same rule
    const replayed = await sundbyberg.replay(room, 0);
    expect(replayed.ok).toBe(true);
    const replayedSaves = replayed.ok ? replayed.events.filter((e) => e.type === 'answer.saved') : [];
    expect(replayedSaves.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(replayed)).not.toContain(SECRET);
    for (const event of replayedSaves) expect(event.data).not.toHaveProperty('value');
    const tabyReplay = await taby.replay(room, 0);
    expect(JSON.stringify(tabyReplay)).toContain(SECRET);

    // and so does Round.answers
    const seen = (await ok(t, ANSWERS, { id: round.roundId }, editorSundbyberg.token)).round.answers;
    expect(JSON.stringify(seen)).not.toContain(SECRET);
    expect(seen).toEqual([]);
  });

  it('a municipality that submits sees the others’ values from then on: in replay and in new events', async () => {
    await saveFor(editorSundbyberg, 'Sundbyberg', 'MB-01', { boolean: true });
    const sundbyberg = await connect(editorSundbyberg);
    const solna = await connect(editorSolna);
    await ok(
      t,
      SUBMIT,
      { roundId: round.roundId, municipalityId: net.municipalities.Sundbyberg, partial: true },
      editorSundbyberg.token,
    );
    await solna.waitFor((events) => events.some((e) => e.type === 'answers.submitted'));
    expect(solna.eventsOf(room, 'answers.submitted')[0].data).toEqual({
      roundId: round.roundId,
      municipalityId: net.municipalities.Sundbyberg,
      status: 'SUBMITTED',
      answered: 1,
      total: 5,
      partial: true,
    });
    const replayed = await sundbyberg.replay(room, 0);
    expect(JSON.stringify(replayed)).toContain(SECRET);

    await saveFor(editorSolna, 'Solna', 'MB-04', { number: 55 }, 'Ny siffra');
    await sundbyberg.waitFor((events) =>
      events.some((e) => e.type === 'answer.saved' && e.data.municipalityId === net.municipalities.Solna),
    );
    expect(
      sundbyberg
        .eventsOf(room, 'answer.saved')
        .find((e) => e.data.municipalityId === net.municipalities.Solna)!.data,
    ).toMatchObject({ value: { number: 55 }, comment: 'Ny siffra' });
    // Solna itself has not submitted: Sundbyberg's value stays hidden from it
    const solnaReplay = await solna.replay(room, 0);
    const ofSundbyberg = (solnaReplay.ok ? solnaReplay.events : []).filter(
      (e) => e.type === 'answer.saved' && e.data.municipalityId === net.municipalities.Sundbyberg,
    );
    expect(ofSundbyberg).toHaveLength(1);
    expect(ofSundbyberg[0].data).not.toHaveProperty('value');
  });

  it('announces approval and reopening to the round', async () => {
    const watcher = await connect(editorSundbyberg);
    await ok(
      t,
      SUBMIT,
      { roundId: round.roundId, municipalityId: net.municipalities.Solna, partial: true },
      editorSolna.token,
    );
    await ok(
      t,
      APPROVE,
      { roundId: round.roundId, municipalityId: net.municipalities.Solna },
      headSolna.token,
    );
    await ok(
      t,
      REOPEN,
      { roundId: round.roundId, municipalityId: net.municipalities.Solna, reason: 'Komplettering' },
      headSolna.token,
    );
    await watcher.waitFor((events) => events.some((e) => e.type === 'answers.reopened'));
    expect(watcher.eventsOf(room, 'answers.approved')[0].data).toMatchObject({
      municipalityId: net.municipalities.Solna,
      status: 'APPROVED',
      answered: 2,
    });
    expect(watcher.eventsOf(room, 'answers.reopened')[0]).toMatchObject({
      actorId: headSolna.id,
      data: { municipalityId: net.municipalities.Solna, status: 'DRAFT', reason: 'Komplettering' },
    });
  });

  it('a network-wide viewer gets no values until COMPILATION, then every value in replay and in Round.answers', async () => {
    const watcher = await connect(viewer);
    const before = await watcher.replay(room, 0);
    expect(before.ok).toBe(true);
    expect(JSON.stringify(before)).not.toContain(SECRET);
    expect((await ok(t, ANSWERS, { id: round.roundId }, viewer.token)).round.answers).toEqual([]);
    await ok(t, SET_PHASE, { id: round.roundId, phase: 'COMPILATION' }, net.coordinator.token);
    const after = await watcher.replay(room, 0);
    expect(JSON.stringify(after)).toContain(SECRET);
    const seen = (await ok(t, ANSWERS, { id: round.roundId }, viewer.token)).round.answers;
    expect(JSON.stringify(seen)).toContain(SECRET);
  });
});
