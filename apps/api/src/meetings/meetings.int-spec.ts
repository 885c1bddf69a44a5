import { download, pdfText } from '../../test/export-fixtures.js';
import { post, THREADS } from '../../test/discussion-fixtures.js';
import { CREATE_GOAL, SET_GOAL_STATUS } from '../../test/goal-fixtures.js';
import { CAST, ok, PROPOSE, RESOLVE } from '../../test/interpretation-fixtures.js';
import {
  ADD_DECISION,
  AGENDA_SUGGESTIONS,
  createMeeting,
  DELETE_MEETING,
  hoursFromNow,
  MEETING,
  minutesUrl,
  NETWORK_MEETINGS,
  REMOVE_DECISION,
  SET_MINUTES,
  UPDATE_DECISION,
  UPDATE_MEETING,
} from '../../test/meeting-fixtures.js';
import { peerNetwork } from '../../test/network-fixtures.js';
import { createRound, SET_PHASE } from '../../test/round-fixtures.js';
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

describe('meetings: agenda, minutes, decisions, threads and the minutes as PDF', () => {
  let t: TestApp;
  let peers: Awaited<ReturnType<typeof peerNetwork>>;
  let other: Awaited<ReturnType<typeof peerNetwork>>;
  let outsider: TestUser;
  let coordinator: string;
  let roundId: string;
  let agreedId: string;
  let goalId: string;
  let otherGoalId: string;

  beforeAll(async () => {
    t = await startTestApp();
    peers = await peerNetwork(t, 'Mötesnätverket');
    other = await peerNetwork(t, 'Andra nätverket');
    outsider = await registerUser(t, 'meeting-outsider');
    coordinator = peers.net.coordinator.token;
    // an agreed interpretation of the round's first question: all three municipalities agree
    const round = await createRound(t, coordinator, peers.net.id, 2026);
    roundId = round.roundId;
    await ok(t, SET_PHASE, { id: roundId, phase: 'INTERPRETATION' }, coordinator);
    const { proposeInterpretation } = await ok(
      t,
      PROPOSE,
      { input: { roundId, indicatorId: round.set.indicators[0].id, text: 'Skriftlig = beslutad av nämnd' } },
      peers.editorSolna.token,
    );
    agreedId = proposeInterpretation.id;
    for (const [as, municipalityId] of [
      [peers.editorSolna, peers.solna],
      [peers.editorSundbyberg, peers.sundbyberg],
      [peers.headTaby, peers.taby],
    ] as const)
      await ok(t, CAST, { input: { proposalId: agreedId, municipalityId, stance: 'AGREE' } }, as.token);
    await ok(t, RESOLVE, { id: agreedId, status: 'AGREED', outcome: 'Skriftlig och beslutad' }, coordinator);
    const goal = await ok(
      t,
      CREATE_GOAL,
      { input: { networkId: peers.net.id, title: 'Gemensam rutin' } },
      coordinator,
    );
    goalId = goal.createGoal.id;
    await ok(t, SET_GOAL_STATUS, { id: goalId, status: 'ACTIVE' }, coordinator);
    otherGoalId = (
      await ok(
        t,
        CREATE_GOAL,
        { input: { networkId: other.net.id, title: 'Annat mål' } },
        other.net.coordinator.token,
      )
    ).createGoal.id;
  }, 180_000);
  afterAll(() => t.close());

  it('a coordinator plans a meeting with an agenda; members read it, lists split upcoming and past', async () => {
    const meeting = await createMeeting(t, coordinator, peers.net.id, {
      onlineUrl: 'https://meet.example.org/abc',
    });
    expect(meeting).toMatchObject({
      status: 'PLANNED',
      version: 1,
      minutes: '',
      onlineUrl: 'https://meet.example.org/abc',
      agenda: [
        { position: 0, title: 'Välkomna', notes: null },
        { position: 1, title: 'Resultaten' },
      ],
      createdBy: { id: peers.net.coordinator.id },
    });
    const past = await createMeeting(t, coordinator, peers.net.id, {
      title: 'Förra träffen',
      startsAt: hoursFromNow(-48),
      endsAt: hoursFromNow(-46),
    });
    const read = await ok(t, MEETING, { id: meeting.id }, peers.viewer.token);
    expect(read.meeting.title).toBe('Nätverksträff');
    const upcoming = await ok(
      t,
      NETWORK_MEETINGS,
      { id: peers.net.id, period: 'UPCOMING' },
      peers.viewer.token,
    );
    const ids = (list: { id: string }[]) => list.map((m) => m.id);
    expect(ids(upcoming.network.meetings)).toContain(meeting.id);
    expect(ids(upcoming.network.meetings)).not.toContain(past.id);
    const over = await ok(t, NETWORK_MEETINGS, { id: peers.net.id, period: 'PAST' }, peers.viewer.token);
    expect(ids(over.network.meetings)).toEqual([past.id]);
  });

  it('is the coordinator’s to plan and edit; heads write minutes and decisions; others FORBIDDEN, outsiders NOT_FOUND', async () => {
    const input = { networkId: peers.net.id, title: 'X', startsAt: hoursFromNow(5) };
    const create = (token: string) =>
      t.gql(
        `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`,
        { input },
        token,
      );
    expect(errorCode(await create(peers.headSolna.token))).toBe('FORBIDDEN');
    expect(errorCode(await create(peers.viewer.token))).toBe('FORBIDDEN');
    expect(errorCode(await create(outsider.token))).toBe('NOT_FOUND');
    expect(errorCode(await create(other.net.coordinator.token))).toBe('NOT_FOUND');

    const meeting = await createMeeting(t, coordinator, peers.net.id);
    const edit = (token: string) =>
      t.gql(UPDATE_MEETING, { id: meeting.id, input: { expectedVersion: 1, title: 'Kapad' } }, token);
    expect(errorCode(await edit(peers.headSolna.token))).toBe('FORBIDDEN');
    expect(errorCode(await edit(other.net.coordinator.token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(MEETING, { id: meeting.id }, other.net.coordinator.token))).toBe(
      'NOT_FOUND',
    );

    const minutes = (token: string, version: number) =>
      t.gql(
        SET_MINUTES,
        { id: meeting.id, minutes: '# Närvarande\n- Solna', expectedVersion: version },
        token,
      );
    expect(errorCode(await minutes(peers.editorSolna.token, 1))).toBe('FORBIDDEN');
    expect(errorCode(await minutes(peers.viewer.token, 1))).toBe('FORBIDDEN');
    expect(errorCode(await minutes(other.net.coordinator.token, 1))).toBe('NOT_FOUND');
    const written = await ok(
      t,
      SET_MINUTES,
      { id: meeting.id, minutes: '# Närvarande\n- Solna', expectedVersion: 1 },
      peers.headSolna.token,
    );
    expect(written.setMeetingMinutes).toMatchObject({ minutes: '# Närvarande\n- Solna', version: 2 });

    const decide = (token: string) =>
      t.gql(ADD_DECISION, { meetingId: meeting.id, input: { text: 'Vi beslutar' } }, token);
    expect(errorCode(await decide(peers.editorSolna.token))).toBe('FORBIDDEN');
    expect(errorCode(await decide(other.net.coordinator.token))).toBe('NOT_FOUND');
    expect(
      (
        await ok(
          t,
          ADD_DECISION,
          { meetingId: meeting.id, input: { text: 'Vi beslutar' } },
          peers.headTaby.token,
        )
      ).addMeetingDecision.version,
    ).toBe(3);
    expect(errorCode(await t.gql(DELETE_MEETING, { id: meeting.id }, peers.headSolna.token))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await t.gql(DELETE_MEETING, { id: meeting.id }, other.net.coordinator.token))).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses a stale version with CONFLICT (reason STALE) and keeps the newer text', async () => {
    const meeting = await createMeeting(t, coordinator, peers.net.id);
    await ok(t, SET_MINUTES, { id: meeting.id, minutes: 'Först', expectedVersion: 1 }, coordinator);
    const stale = await t.gql(
      SET_MINUTES,
      { id: meeting.id, minutes: 'Sen', expectedVersion: 1 },
      peers.headSolna.token,
    );
    expect([errorCode(stale), stale.errors?.[0]?.extensions?.reason]).toEqual(['CONFLICT', 'STALE']);
    const staleEdit = await t.gql(
      UPDATE_MEETING,
      { id: meeting.id, input: { expectedVersion: 1, title: 'Sen' } },
      coordinator,
    );
    expect(errorCode(staleEdit)).toBe('CONFLICT');
    const now = await ok(t, MEETING, { id: meeting.id }, coordinator);
    expect(now.meeting).toMatchObject({ minutes: 'Först', version: 2, title: 'Nätverksträff' });
    // reordering the agenda is a change of its own: the version moves on
    const reordered = await ok(
      t,
      UPDATE_MEETING,
      {
        id: meeting.id,
        input: { expectedVersion: 2, agenda: [{ title: 'Resultaten' }, { title: 'Välkomna' }] },
      },
      coordinator,
    );
    expect(reordered.updateMeeting.agenda.map((i: { title: string }) => i.title)).toEqual([
      'Resultaten',
      'Välkomna',
    ]);
    expect(reordered.updateMeeting.version).toBe(3);
  });

  it('answers bad input with BAD_USER_INPUT naming the field', async () => {
    const create = (input: Record<string, unknown>) =>
      t.gql(
        `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`,
        {
          input: { networkId: peers.net.id, title: 'Träff', startsAt: hoursFromNow(5), ...input },
        },
        coordinator,
      );
    for (const onlineUrl of ['http://meet.example.org', 'javascript:alert(1)', 'inte en länk'])
      expect([errorCode(await create({ onlineUrl })), problemPaths(await create({ onlineUrl }))]).toEqual([
        'BAD_USER_INPUT',
        ['onlineUrl'],
      ]);
    expect(problemPaths(await create({ title: '' }))).toEqual(['title']);
    expect(problemPaths(await create({ title: 'a\u0000b' }))).toEqual(['title']);
    expect(problemPaths(await create({ endsAt: hoursFromNow(1) }))).toEqual(['endsAt']);
    expect(problemPaths(await create({ agenda: [{ title: '' }] }))).toEqual(['agenda.0.title']);
    const meeting = await createMeeting(t, coordinator, peers.net.id);
    const long = await t.gql(
      SET_MINUTES,
      { id: meeting.id, minutes: 'x'.repeat(50_001), expectedVersion: 1 },
      coordinator,
    );
    expect(problemPaths(long)).toEqual(['minutes']);
    const both = await t.gql(
      ADD_DECISION,
      { meetingId: meeting.id, input: { text: 'x', goalId, interpretationId: agreedId } },
      coordinator,
    );
    expect(problemPaths(both)).toEqual(['interpretationId']);
  });

  it('links decisions to a goal or an interpretation of the same network only', async () => {
    const meeting = await createMeeting(t, coordinator, peers.net.id);
    const foreign = await t.gql(
      ADD_DECISION,
      { meetingId: meeting.id, input: { text: 'Kapa', goalId: otherGoalId } },
      coordinator,
    );
    expect([errorCode(foreign), problemPaths(foreign)]).toEqual(['BAD_USER_INPUT', ['goalId']]);
    expect(JSON.stringify(foreign)).not.toContain('Annat mål');
    const withGoal = await ok(
      t,
      ADD_DECISION,
      { meetingId: meeting.id, input: { text: 'Målet antas', goalId } },
      coordinator,
    );
    const withReading = await ok(
      t,
      ADD_DECISION,
      { meetingId: meeting.id, input: { text: 'Tolkningen gäller', interpretationId: agreedId } },
      coordinator,
    );
    const decisions = withReading.addMeetingDecision.decisions;
    expect(decisions).toMatchObject([
      { text: 'Målet antas', goal: { id: goalId, title: 'Gemensam rutin' }, interpretation: null },
      { text: 'Tolkningen gäller', goal: null, interpretation: { id: agreedId } },
    ]);
    expect(withGoal.addMeetingDecision.version).toBe(2);
    const moved = await t.gql(
      UPDATE_DECISION,
      { id: decisions[0].id, input: { text: 'Ändrad', goalId: otherGoalId } },
      coordinator,
    );
    expect(problemPaths(moved)).toEqual(['goalId']);
    const updated = await ok(
      t,
      UPDATE_DECISION,
      { id: decisions[0].id, input: { text: 'Ändrad' } },
      coordinator,
    );
    expect(updated.updateMeetingDecision.decisions[0]).toMatchObject({ text: 'Ändrad', goal: null });
    expect(
      errorCode(await t.gql(REMOVE_DECISION, { id: decisions[1].id }, other.net.coordinator.token)),
    ).toBe('NOT_FOUND');
    const removed = await ok(t, REMOVE_DECISION, { id: decisions[1].id }, coordinator);
    expect(removed.removeMeetingDecision.decisions).toHaveLength(1);
  });

  it('suggests the agreed interpretations of a round and the goals with their status for the agenda', async () => {
    const meeting = await createMeeting(t, coordinator, peers.net.id);
    const { meeting: read } = await ok(t, AGENDA_SUGGESTIONS, { id: meeting.id }, peers.viewer.token);
    expect(read.agendaSuggestions).toEqual([
      expect.objectContaining({
        kind: 'INTERPRETATION',
        text: 'Skriftlig och beslutad',
        interpretationId: agreedId,
      }),
      expect.objectContaining({ kind: 'GOAL', title: 'Gemensam rutin', goalStatus: 'ACTIVE', goalId }),
    ]);
    const named = await ok(t, AGENDA_SUGGESTIONS, { id: meeting.id, roundId }, coordinator);
    expect(named.meeting.agendaSuggestions).toHaveLength(2);
    const otherRound = await createRound(t, other.net.coordinator.token, other.net.id, 2026);
    const foreign = await t.gql(
      AGENDA_SUGGESTIONS,
      { id: meeting.id, roundId: otherRound.roundId },
      coordinator,
    );
    expect(errorCode(foreign)).toBe('NOT_FOUND');
  });

  it('is a discussion subject in its network, NOT_FOUND to others', async () => {
    const meeting = await createMeeting(t, coordinator, peers.net.id);
    const comment = await post(t, peers.viewer.token, {
      subjectType: 'MEETING',
      subjectId: meeting.id,
      body: 'Kan vi ta upp Täby?',
    });
    expect(comment.thread).toMatchObject({ id: expect.any(String) });
    const threads = await ok(t, THREADS, { type: 'MEETING', id: meeting.id }, peers.headSolna.token);
    expect(threads.threads).toMatchObject([
      { subjectType: 'MEETING', title: 'Nätverksträff', comments: [{ body: 'Kan vi ta upp Täby?' }] },
    ]);
    expect(
      errorCode(await t.gql(THREADS, { type: 'MEETING', id: meeting.id }, other.net.coordinator.token)),
    ).toBe('NOT_FOUND');
    // deleting a planned meeting takes its threads with it; a held one stays
    await ok(t, DELETE_MEETING, { id: meeting.id }, coordinator);
    expect(errorCode(await t.gql(THREADS, { type: 'MEETING', id: meeting.id }, coordinator))).toBe(
      'NOT_FOUND',
    );
    const held = await createMeeting(t, coordinator, peers.net.id);
    await ok(t, UPDATE_MEETING, { id: held.id, input: { expectedVersion: 1, status: 'HELD' } }, coordinator);
    const refused = await t.gql(DELETE_MEETING, { id: held.id }, coordinator);
    expect([errorCode(refused), refused.errors?.[0]?.extensions?.reason]).toEqual([
      'CONFLICT',
      'MEETING_HELD',
    ]);
  });

  it('exports the minutes as a PDF in the reader’s language, to members only', async () => {
    const meeting = await createMeeting(t, coordinator, peers.net.id, {
      title: 'Höstträffen',
      onlineUrl: 'https://meet.example.org/h',
    });
    await ok(
      t,
      SET_MINUTES,
      {
        id: meeting.id,
        minutes: '# Närvarande\n- Solna, Täby\n\nVi gick igenom **åtgärderna**.',
        expectedVersion: 1,
      },
      coordinator,
    );
    await ok(
      t,
      ADD_DECISION,
      { meetingId: meeting.id, input: { text: 'Målet antas för 2027', goalId } },
      coordinator,
    );
    await ok(
      t,
      ADD_DECISION,
      { meetingId: meeting.id, input: { text: 'Läsningen står fast', interpretationId: agreedId } },
      coordinator,
    );

    const sv = await download(t, minutesUrl(meeting.id, 'sv'), peers.viewer.token);
    expect(sv.status).toBe(200);
    expect(sv.headers.get('content-type')).toBe('application/pdf');
    expect(sv.headers.get('content-disposition')).toContain('attachment; filename="samrad-');
    const { text } = await pdfText(sv.body);
    for (const expected of [
      'Protokoll',
      'Höstträffen',
      'Mötesnätverket',
      'Stadshuset, Solna',
      'https://meet.example.org/h',
      'Dagordning',
      '1. Välkomna',
      '2. Resultaten',
      'Närvarande',
      '• Solna, Täby',
      'Vi gick igenom åtgärderna.',
      'Beslut',
      'Målet antas för 2027',
      'Mål: Gemensam rutin',
      'Läsningen står fast',
      'Skriftlig och beslutad',
      'Sida 1',
    ])
      expect(text).toContain(expected);
    const da = await pdfText((await download(t, minutesUrl(meeting.id, 'da'), coordinator)).body);
    expect(da.text).toContain('Referat');
    expect(da.text).toContain('Dagsorden');
    expect(da.text).toContain('Beslutninger');
    const en = await pdfText((await download(t, minutesUrl(meeting.id, 'en'), coordinator)).body);
    expect(en.text).toContain('Minutes');
    expect(en.text).toContain('Decisions');

    expect((await download(t, minutesUrl(meeting.id), other.net.coordinator.token)).status).toBe(404);
    expect((await download(t, minutesUrl(meeting.id), outsider.token)).status).toBe(404);
    expect((await download(t, minutesUrl(meeting.id))).status).toBe(401);
    expect((await download(t, minutesUrl('not-a-uuid'), coordinator)).status).toBe(404);
    expect((await download(t, `${minutesUrl(meeting.id)}&lang=fr`, coordinator)).status).toBe(400);
  });
});
