import { ROUND_PHASES } from '@samrad/domain';
import { addMember, createNetwork } from '../../test/network-fixtures.js';
import { CREATE_ROUND, createRound, IMPORT_SET, SET_PHASE, sampleSet } from '../../test/round-fixtures.js';
import { errorCode, startTestApp, type TestApp } from '../../test/test-app.js';

const ROUND = `query($id: ID!) {
  round(id: $id) {
    id title phase version answeringDeadline
    phaseDeadlines { phase deadline }
    phaseHistory { fromPhase toPhase reason changedBy { displayName } }
    network { id name }
    indicatorSet { key year indicators { code } }
    previousRound { id title }
  }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateRoundInput!) { updateRound(id: $id, input: $input) { id title phaseDeadlines { phase deadline } } }`;

describe('rounds and the phase machine', () => {
  let t: TestApp;
  let network: Awaited<ReturnType<typeof createNetwork>>;
  beforeAll(async () => {
    t = await startTestApp();
    network = await createNetwork(t, 'Omgångsnätverket', ['Solna', 'Sundbyberg']);
  });
  afterAll(() => t.close());

  it('runs a round through every phase, stepping back once with a reason, all recorded', async () => {
    const { roundId } = await createRound(t, network.coordinator.token, network.id, 2026);
    const token = network.coordinator.token;
    const moves: [string, string | null][] = [
      ['INTERPRETATION', null],
      ['ANSWERING', null],
      ['INTERPRETATION', 'En fråga behöver tolkas om'],
      ['ANSWERING', null],
      ['COMPILATION', null],
      ['DISCUSSION', null],
      ['GOAL_SETTING', null],
      ['CLOSED', null],
    ];
    let version = 1;
    for (const [phase, reason] of moves) {
      const result = await t.gql(SET_PHASE, { id: roundId, phase, reason, v: version }, token);
      expect(result.errors).toBeUndefined();
      expect(result.data!.setRoundPhase.phase).toBe(phase);
      expect(result.data!.setRoundPhase.version).toBe(version + 1);
      version = result.data!.setRoundPhase.version;
    }
    const round = (await t.gql(ROUND, { id: roundId }, token)).data!.round;
    expect(round.phase).toBe('CLOSED');
    expect(round.phaseHistory.map((c: { toPhase: string }) => c.toPhase)).toEqual([
      'DRAFT',
      ...moves.map(([p]) => p),
    ]);
    expect(round.phaseHistory[3]).toMatchObject({
      fromPhase: 'ANSWERING',
      toPhase: 'INTERPRETATION',
      reason: 'En fråga behöver tolkas om',
    });
    const audit = await t.dataSource.query(
      `SELECT action FROM audit_entries WHERE subject_id = $1 ORDER BY at`,
      [roundId],
    );
    expect(audit.map((a: { action: string }) => a.action)).toContain('round.phaseSteppedBack');
    // Every phase change reached the round's room, in order.
    const events = await t.dataSource.query(
      `SELECT type, data FROM room_events WHERE room = $1 ORDER BY seq`,
      [`round:${roundId}`],
    );
    expect(
      events
        .filter((e: { type: string }) => e.type === 'round.phaseChanged')
        .map((e: { data: { to: string } }) => e.data.to),
    ).toEqual(moves.map(([p]) => p));
  });

  it('refuses skipping phases with PHASE_CLOSED, a step back without reason, and a stale version', async () => {
    const { roundId } = await createRound(t, network.coordinator.token, network.id, 2027);
    const token = network.coordinator.token;
    const skip = await t.gql(SET_PHASE, { id: roundId, phase: 'COMPILATION' }, token);
    expect(errorCode(skip)).toBe('PHASE_CLOSED');
    expect(skip.errors![0].message).toMatch(/DRAFT.*COMPILATION/);
    expect(errorCode(await t.gql(SET_PHASE, { id: roundId, phase: 'DRAFT' }, token))).toBe('BAD_USER_INPUT');
    await t.gql(SET_PHASE, { id: roundId, phase: 'INTERPRETATION' }, token);
    expect(errorCode(await t.gql(SET_PHASE, { id: roundId, phase: 'DRAFT' }, token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(SET_PHASE, { id: roundId, phase: 'ANSWERING', v: 1 }, token))).toBe(
      'CONFLICT',
    );
  });

  it('deadlines per phase; a CLOSED round cannot be changed (PHASE_CLOSED)', async () => {
    const set = (await t.gql(IMPORT_SET, { input: sampleSet(2028) }, network.coordinator.token)).data!
      .importIndicatorSet;
    const created = await t.gql(
      CREATE_ROUND,
      {
        input: {
          networkId: network.id,
          indicatorSetId: set.id,
          title: 'Med deadline',
          answeringDeadline: '2028-03-31T22:00:00Z',
        },
      },
      network.coordinator.token,
    );
    const roundId = created.data!.createRound.id;
    const updated = await t.gql(
      UPDATE,
      {
        id: roundId,
        input: { phaseDeadlines: [{ phase: 'INTERPRETATION', deadline: '2028-02-15T00:00:00Z' }] },
      },
      network.coordinator.token,
    );
    const deadlines = Object.fromEntries(
      updated.data!.updateRound.phaseDeadlines.map((d: { phase: string; deadline: string }) => [
        d.phase,
        d.deadline,
      ]),
    );
    expect(deadlines).toMatchObject({
      INTERPRETATION: '2028-02-15T00:00:00.000Z',
      ANSWERING: '2028-03-31T22:00:00.000Z',
      DRAFT: null,
    });

    await t.dataSource.query(`UPDATE rounds SET phase = 'CLOSED' WHERE id = $1`, [roundId]);
    const closed = await t.gql(
      UPDATE,
      { id: roundId, input: { title: 'Ny titel' } },
      network.coordinator.token,
    );
    expect(errorCode(closed)).toBe('PHASE_CLOSED');
    expect(closed.errors![0].message).toMatch(/CLOSED/);
  });

  it('validates deadlines: in phase order and not in the past, BAD_USER_INPUT naming the phase', async () => {
    const { roundId } = await createRound(t, network.coordinator.token, network.id, 2031);
    const token = network.coordinator.token;
    const save = (phaseDeadlines: { phase: string; deadline: string | null }[]) =>
      t.gql(UPDATE, { id: roundId, input: { phaseDeadlines } }, token);
    const problemsOf = (result: Awaited<ReturnType<typeof save>>) =>
      result.errors![0].extensions!.problems as Record<string, string>[];

    expect((await save([{ phase: 'ANSWERING', deadline: '2031-03-31T21:59:00Z' }])).errors).toBeUndefined();

    const inPast = await save([{ phase: 'INTERPRETATION', deadline: '2020-01-31T22:59:00Z' }]);
    expect(errorCode(inPast)).toBe('BAD_USER_INPUT');
    expect(problemsOf(inPast)).toEqual([
      expect.objectContaining({
        path: 'phaseDeadlines.0.deadline',
        rule: 'DEADLINE_PAST',
        phase: 'INTERPRETATION',
      }),
    ]);
    expect(inPast.errors![0].message).toMatch(/INTERPRETATION/);

    // Against the stored ANSWERING deadline: interpretation may not end after it, compilation not before it.
    const outOfOrder = await save([
      { phase: 'INTERPRETATION', deadline: '2031-04-15T21:59:00Z' },
      { phase: 'COMPILATION', deadline: '2031-03-01T22:59:00Z' },
    ]);
    expect(errorCode(outOfOrder)).toBe('BAD_USER_INPUT');
    expect(problemsOf(outOfOrder)).toEqual([
      expect.objectContaining({ rule: 'DEADLINE_ORDER', phase: 'INTERPRETATION', otherPhase: 'ANSWERING' }),
      expect.objectContaining({ rule: 'DEADLINE_ORDER', phase: 'COMPILATION', otherPhase: 'INTERPRETATION' }),
    ]);

    // Nothing was stored by the refused saves.
    const round = (await t.gql(ROUND, { id: roundId }, token)).data!.round;
    expect(round.phaseDeadlines.filter((d: { deadline: string | null }) => d.deadline)).toEqual([
      { phase: 'ANSWERING', deadline: '2031-03-31T21:59:00.000Z' },
    ]);

    // A deadline that has passed stays editable around: re-sending it unchanged is no problem.
    await t.dataSource.query(
      `UPDATE rounds SET phase_deadlines = phase_deadlines || '{"INTERPRETATION": "2021-01-01T00:00:00.000Z"}' WHERE id = $1`,
      [roundId],
    );
    const resent = await save([
      { phase: 'INTERPRETATION', deadline: '2021-01-01T00:00:00.000Z' },
      { phase: 'COMPILATION', deadline: '2031-05-01T21:59:00Z' },
    ]);
    expect(resent.errors).toBeUndefined();

    const created = await t.gql(
      CREATE_ROUND,
      {
        input: {
          networkId: network.id,
          indicatorSetId: (await createRound(t, token, network.id, 2032)).indicatorSetId,
          title: 'Sen omgång',
          answeringDeadline: '2020-03-31T21:59:00Z',
        },
      },
      token,
    );
    expect(errorCode(created)).toBe('BAD_USER_INPUT');
    expect(problemsOf(created)[0]).toMatchObject({ path: 'answeringDeadline', phase: 'ANSWERING' });
  });

  it('saving one deadline leaves the others exactly as stored', async () => {
    const { roundId } = await createRound(t, network.coordinator.token, network.id, 2033);
    const token = network.coordinator.token;
    // Set by someone in another time zone, at a time that is not "end of day" here.
    await t.gql(
      UPDATE,
      { id: roundId, input: { phaseDeadlines: [{ phase: 'ANSWERING', deadline: '2033-03-31T10:00:00Z' }] } },
      token,
    );
    const result = await t.gql(
      UPDATE,
      {
        id: roundId,
        input: { phaseDeadlines: [{ phase: 'COMPILATION', deadline: '2033-04-30T21:59:00Z' }] },
      },
      token,
    );
    const byPhase = Object.fromEntries(
      result.data!.updateRound.phaseDeadlines.map((d: { phase: string; deadline: string }) => [
        d.phase,
        d.deadline,
      ]),
    );
    expect(byPhase).toMatchObject({
      ANSWERING: '2033-03-31T10:00:00.000Z',
      COMPILATION: '2033-04-30T21:59:00.000Z',
    });
  });

  it('knows the previous round on the same area, and the network lists its rounds', async () => {
    const other = await createNetwork(t, 'Årsnätverket', ['Solna']);
    const r2025 = await createRound(t, other.coordinator.token, other.id, 2025);
    const r2026 = await createRound(t, other.coordinator.token, other.id, 2026);
    const round = (await t.gql(ROUND, { id: r2026.roundId }, other.coordinator.token)).data!.round;
    expect(round.previousRound).toMatchObject({ id: r2025.roundId });
    expect(round.indicatorSet.year).toBe(2026);
    const first = (await t.gql(ROUND, { id: r2025.roundId }, other.coordinator.token)).data!.round;
    expect(first.previousRound).toBeNull();

    const list = await t.gql(
      `query($id: ID!) { network(id: $id) { rounds { id phase } } }`,
      { id: other.id },
      other.coordinator.token,
    );
    expect(list.data!.network.rounds.map((r: { id: string }) => r.id)).toEqual([
      r2026.roundId,
      r2025.roundId,
    ]);
  });

  it('members read rounds; only coordinators move them', async () => {
    const { roundId } = await createRound(t, network.coordinator.token, network.id, 2029);
    const editor = await addMember(t, network, 'EDITOR', 'Solna');
    expect((await t.gql(ROUND, { id: roundId }, editor.token)).data!.round.phase).toBe('DRAFT');
    expect(errorCode(await t.gql(SET_PHASE, { id: roundId, phase: 'INTERPRETATION' }, editor.token))).toBe(
      'FORBIDDEN',
    );
    expect(ROUND_PHASES).toHaveLength(7);
  });

  it('bad input: unknown set, empty title', async () => {
    const token = network.coordinator.token;
    const unknownSet = await t.gql(
      CREATE_ROUND,
      {
        input: { networkId: network.id, indicatorSetId: '00000000-0000-4000-8000-000000000000', title: 'x' },
      },
      token,
    );
    expect(errorCode(unknownSet)).toBe('BAD_USER_INPUT');
    const set = (await t.gql(IMPORT_SET, { input: sampleSet(2030) }, token)).data!.importIndicatorSet;
    const empty = await t.gql(
      CREATE_ROUND,
      { input: { networkId: network.id, indicatorSetId: set.id, title: '  ' } },
      token,
    );
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
  });
});
