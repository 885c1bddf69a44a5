import { addMember, createNetwork, INVITE, type TestMember, type TestNetwork } from '../network-fixtures.js';
import { openAnswering, SAVE } from '../answer-fixtures.js';
import { CREATE_GROUP } from '../compilation-fixtures.js';
import { CAST, ok, PROPOSE } from '../interpretation-fixtures.js';
import { CREATE_ROUND, createRound, IMPORT_SET, sampleSet, SET_PHASE } from '../round-fixtures.js';
import {
  ADD_MEASURE,
  ADD_MILESTONE,
  COMMIT,
  CREATE_GOAL,
  inDays,
  RECORD_MEASURE,
  REPORT,
  SET_GOAL_STATUS,
  UPDATE_MILESTONE,
} from '../goal-fixtures.js';
import { mentionToken, questionSubjectId } from '@samrad/domain';
import { EDIT_COMMENT, HIDE_COMMENT, post } from '../discussion-fixtures.js';
import {
  ADD_DECISION,
  createMeeting,
  hoursFromNow,
  SET_MINUTES,
  UPDATE_MEETING,
} from '../meeting-fixtures.js';
import { registerUser, type TestApp, type TestUser } from '../test-app.js';
import { AppConfig } from '../../src/config/app-config.js';
import { unsubscribeToken } from '../../src/notifications/unsubscribe/unsubscribe-token.js';

/**
 * Two tenants, built through the API: network A (Solna = X, Sundbyberg = Y) and network B
 * (Täby and Solna — a municipality can be in both). Each has people in every role, and A has an
 * open invitation. Cases attack A's objects as B's people (and as A's people lacking the role).
 */
export interface World {
  t: TestApp;
  /** An unsubscribe token naming A's viewer, signed as B's coordinator's own (a forgery). */
  forgedUnsubscribe: string;
  A: TestNetwork & {
    X: string;
    Y: string;
    headX: TestMember;
    editorX: TestMember;
    editorY: TestMember;
    viewer: TestMember;
    /** An open invitation of A (EDITOR for Y) and its token, addressed to `invitee`. */
    invitationId: string;
    invitationToken: string;
    invitee: TestUser;
    /** A round of A (in DRAFT) on A's own indicator set (imported by A's coordinator). */
    roundId: string;
    indicatorSetId: string;
    /** The earlier round (in INTERPRETATION) with an open proposal by editorX on `questionId`. */
    interpretation: { roundId: string; questionId: string; proposalId: string };
    /** A third round of A (2024 set), in ANSWERING, where editorX answered `questionId` for X (version 1). */
    answering: { roundId: string; questionId: string };
    /** An earlier round of A (last year's set, moved on once): A's round's previous round, with a phase history. */
    olderRoundId: string;
    /** A saved group of A's municipalities (X and Y), for comparisons. */
    groupId: string;
    /**
     * An ACTIVE goal of A from a round in DISCUSSION (another area, where X answered MB-01 and MB-04), with
     * X's commitment (owner editorX), a progress update, a done and an open milestone, and a local measure with a value.
     */
    goal: { id: string; roundId: string; commitmentId: string; milestoneId: string; measureId: string };
    /**
     * A thread on the interpretation round's question: editorX's comment mentioning the viewer (edited
     * once), the viewer's reply, and headX's comment hidden by the coordinator.
     */
    discussion: {
      subjectId: string;
      threadId: string;
      commentId: string;
      replyId: string;
      hiddenId: string;
      /** The viewer's notification of the mention. */
      notificationId: string;
    };
    /**
     * A held meeting of A with an agenda, minutes and two decisions: one on A's goal (`decisionId`), one on
     * the interpretation round's proposal.
     */
    meeting: { id: string; decisionId: string };
  };
  B: TestNetwork & {
    solna: string;
    taby: string;
    /** B's head of Solna: the same municipality as A's X, in another network. */
    headSolna: TestMember;
    editorTaby: TestMember;
    /** A meeting of B (planned): B's own, to try A's ids inside. */
    meetingId: string;
  };
  /** Someone in no network at all. */
  stranger: TestUser;
}

export async function buildWorld(t: TestApp): Promise<World> {
  const a = await createNetwork(t, 'Nätverk A', ['Solna', 'Sundbyberg']);
  const b = await createNetwork(t, 'Nätverk B', ['Täby', 'Solna']);
  const invitee = await registerUser(t, 'invitee-a');
  const invited = await t.gql(
    INVITE,
    {
      input: {
        networkId: a.id,
        email: invitee.email,
        role: 'EDITOR',
        municipalityId: a.municipalities.Sundbyberg,
      },
    },
    a.coordinator.token,
  );
  if (!invited.data) throw new Error(`invite failed: ${JSON.stringify(invited.errors)}`);
  const older = await createRound(t, a.coordinator.token, a.id, 2025);
  const moved = await t.gql(SET_PHASE, { id: older.roundId, phase: 'INTERPRETATION' }, a.coordinator.token);
  if (!moved.data) throw new Error(`setRoundPhase failed: ${JSON.stringify(moved.errors)}`);
  const { roundId, indicatorSetId } = await createRound(t, a.coordinator.token, a.id);
  const editorX = await addMember(t, a, 'EDITOR', 'Solna');
  const interpretation = await openProposal(t, older, editorX, a.municipalities.Solna);
  const answering = await openAnsweringRound(t, a, editorX);
  const headX = await addMember(t, a, 'HEAD', 'Solna');
  const goal = await goalOf(t, a, headX, editorX);
  const group = await ok(
    t,
    CREATE_GROUP,
    { input: { networkId: a.id, name: 'Grannar', municipalityIds: Object.values(a.municipalities) } },
    a.coordinator.token,
  );
  const viewer = await addMember(t, a, 'VIEWER');
  const discussion = await openDiscussion(t, a, interpretation, editorX, viewer, headX);
  // B's coordinator's own genuine unsubscribe signature, put on A's viewer's id
  const ownToken = unsubscribeToken(t.app.get(AppConfig).jwtSecret, b.coordinator.id, 'MENTION');
  const forgedUnsubscribe = `${viewer.id}.MENTION.${ownToken.split('.')[2]}`;
  const meeting = await meetingOf(t, a, goal.id, interpretation.proposalId);
  const bMeeting = await createMeeting(t, b.coordinator.token, b.id, { title: 'Träff i B' });
  return {
    t,
    forgedUnsubscribe,
    A: {
      ...a,
      X: a.municipalities.Solna,
      Y: a.municipalities.Sundbyberg,
      headX,
      editorX,
      editorY: await addMember(t, a, 'EDITOR', 'Sundbyberg'),
      viewer,
      invitationId: invited.data.inviteMember.id,
      invitationToken: invited.data.inviteMember.token,
      invitee,
      roundId,
      indicatorSetId,
      interpretation,
      answering,
      olderRoundId: older.roundId,
      groupId: group.createMunicipalityGroup.id as string,
      goal,
      discussion,
      meeting,
    },
    B: {
      ...b,
      solna: b.municipalities.Solna,
      taby: b.municipalities['Täby'],
      headSolna: await addMember(t, b, 'HEAD', 'Solna'),
      editorTaby: await addMember(t, b, 'EDITOR', 'Täby'),
      meetingId: bMeeting.id as string,
    },
    stranger: await registerUser(t, 'stranger'),
  };
}

/** BAD_USER_INPUT: an id of A inside B's own request (a reply target, a thread) is no object of B's subject. */
export type DeniedCode = 'NOT_FOUND' | 'FORBIDDEN' | 'BAD_USER_INPUT';

/** One forbidden try: who, what, and which denial is acceptable. */
export interface Attempt {
  label: string;
  as: TestUser;
  query: string;
  variables?: Record<string, unknown>;
  /** Default: NOT_FOUND for outsiders; list FORBIDDEN for members lacking the role. */
  expect?: DeniedCode[];
  /**
   * The same query by someone allowed, run after the denied try: proves the denial came from the
   * policy and not from a typo in the case. Only for reads and harmless writes.
   */
  control?: TestUser;
  /** Values of A the refusal may name on purpose (say why next to it); anything else of A is a leak. */
  discloses?: string[];
}

/** Cases per operation or field (`Query.x`, `Mutation.y`, `Type.field`): a list of attempts. */
export type CaseTable = Record<string, (w: World) => Attempt[]>;

/** An open proposal by `author` on the round's first question, with the author's municipality's position. */
async function openProposal(
  t: TestApp,
  round: { roundId: string; set: { indicators: { id: string }[] } },
  author: TestMember,
  municipalityId: string,
) {
  const questionId = round.set.indicators[0].id;
  const { proposeInterpretation } = await ok(
    t,
    PROPOSE,
    { input: { roundId: round.roundId, indicatorId: questionId, text: 'Skriftlig = beslutad av nämnd' } },
    author.token,
  );
  const proposalId = proposeInterpretation.id as string;
  await ok(
    t,
    CAST,
    { input: { proposalId, municipalityId, stance: 'DISAGREE', reason: 'Vi läser den snävare' } },
    author.token,
  );
  return { roundId: round.roundId, questionId, proposalId };
}

/** A round of the network in ANSWERING (on another year's set) with one answer for Solna by `editor`. */
async function openAnsweringRound(t: TestApp, network: TestNetwork, editor: TestMember) {
  const { roundId, set } = await createRound(t, network.coordinator.token, network.id, 2024);
  await openAnswering(t, roundId, network.coordinator.token);
  const questionId = set.indicators[0].id as string;
  await ok(
    t,
    SAVE,
    {
      input: {
        roundId,
        indicatorId: questionId,
        municipalityId: network.municipalities.Solna,
        value: { boolean: true },
        comment: 'Räknat enligt rutinen',
      },
    },
    editor.token,
  );
  return { roundId, questionId };
}

/**
 * A's goal: a round on another area (so A's other rounds keep their previous rounds) moved to
 * DISCUSSION with X's answers, a goal from it linking MB-01 and MB-04, and everything that hangs off it.
 */
async function goalOf(t: TestApp, network: TestNetwork, headX: TestMember, editorX: TestMember) {
  const coordinator = network.coordinator.token;
  const X = network.municipalities.Solna;
  const { importIndicatorSet: set } = await ok(
    t,
    IMPORT_SET,
    { input: { ...sampleSet(2023, 'eb-mal'), area: 'Ekonomiskt bistånd', networkId: network.id } },
    coordinator,
  );
  const { createRound: round } = await ok(
    t,
    CREATE_ROUND,
    { input: { networkId: network.id, indicatorSetId: set.id, title: 'Målomgång' } },
    coordinator,
  );
  await openAnswering(t, round.id, coordinator);
  const code = (c: string) => set.indicators.find((i: { code: string }) => i.code === c).id as string;
  for (const [indicatorId, value] of [
    [code('MB-01'), { boolean: true }],
    [code('MB-04'), { number: 64.5 }],
  ] as const)
    await ok(t, SAVE, { input: { roundId: round.id, indicatorId, municipalityId: X, value } }, editorX.token);
  for (const phase of ['COMPILATION', 'DISCUSSION'])
    await ok(t, SET_PHASE, { id: round.id, phase }, coordinator);
  const { createGoal } = await ok(
    t,
    CREATE_GOAL,
    {
      input: {
        networkId: network.id,
        title: 'Hemligt mål i A',
        description: 'Beskrivning som bara A ser',
        target: 'Mål som bara A ser',
        dueDate: inDays(300),
        baselineRoundId: round.id,
        indicatorIds: [code('MB-01'), code('MB-04')],
      },
    },
    coordinator,
  );
  const goalId = createGoal.id as string;
  await ok(t, SET_GOAL_STATUS, { id: goalId, status: 'ACTIVE', reason: 'Beslutat i A' }, coordinator);
  const { commitToGoal } = await ok(
    t,
    COMMIT,
    { goalId, municipalityId: X, plan: 'Plan som bara A ser', ownerId: editorX.id },
    headX.token,
  );
  await ok(
    t,
    REPORT,
    { input: { goalId, municipalityId: X, status: 'AT_RISK', note: 'Lägesrapport i A', value: 12.5 } },
    editorX.token,
  );
  const { addMilestone: done } = await ok(
    t,
    ADD_MILESTONE,
    { input: { goalId, title: 'Delmål klart i A', dueDate: inDays(30) } },
    coordinator,
  );
  await ok(t, UPDATE_MILESTONE, { id: done.id, input: { done: true } }, coordinator);
  const { addMilestone: open } = await ok(
    t,
    ADD_MILESTONE,
    { input: { goalId, title: 'Delmål kvar i A', dueDate: inDays(90) } },
    coordinator,
  );
  const { addLocalMeasure: measure } = await ok(
    t,
    ADD_MEASURE,
    { input: { commitmentId: commitToGoal.id, name: 'Lokalt mått i A', unit: 'st' } },
    editorX.token,
  );
  await ok(
    t,
    RECORD_MEASURE,
    { input: { measureId: measure.id, value: 7, measuredOn: '2026-03-01', note: 'Mätt i A' } },
    editorX.token,
  );
  return {
    id: goalId,
    roundId: round.id as string,
    commitmentId: commitToGoal.id as string,
    milestoneId: open.id as string,
    measureId: measure.id as string,
  };
}

/** A's thread on a question, with every kind of comment (see World.A.discussion). */
async function openDiscussion(
  t: TestApp,
  network: TestNetwork,
  on: { roundId: string; questionId: string },
  author: TestMember,
  viewer: TestMember,
  head: TestMember,
) {
  const subject = { subjectType: 'INDICATOR', subjectId: questionSubjectId(on.roundId, on.questionId) };
  const first = await post(t, author.token, {
    ...subject,
    body: `Vad menas? ${mentionToken('V', viewer.id)}`,
  });
  await ok(
    t,
    EDIT_COMMENT,
    { id: first.id, body: `Vad menas här? ${mentionToken('V', viewer.id)}` },
    author.token,
  );
  const reply = await post(t, viewer.token, { ...subject, body: 'Beslutad av nämnd', replyToId: first.id });
  const hidden = await post(t, head.token, { ...subject, body: 'Olämpligt' });
  await ok(t, HIDE_COMMENT, { id: hidden.id, reason: 'Ton' }, network.coordinator.token);
  const [mention] = (await t.dataSource.query(
    `SELECT id FROM notifications WHERE recipient_id = $1 AND kind = 'MENTION' AND subject_id = $2`,
    [viewer.id, first.id],
  )) as { id: string }[];
  return {
    notificationId: mention.id,
    subjectId: subject.subjectId,
    threadId: first.thread.id as string,
    commentId: first.id as string,
    replyId: reply.id as string,
    hiddenId: hidden.id as string,
  };
}

/** A's held meeting (see World.A.meeting), everything on it filled in. */
async function meetingOf(t: TestApp, network: TestNetwork, goalId: string, proposalId: string) {
  const token = network.coordinator.token;
  const meeting = await createMeeting(t, token, network.id, {
    title: 'Hemlig träff i A',
    startsAt: hoursFromNow(-30),
    endsAt: hoursFromNow(-28),
    place: 'Rum som bara A känner',
    onlineUrl: 'https://meet.example.org/a-hemlig',
    agenda: [{ title: 'Punkt som bara A ser', notes: 'Anteckning som bara A ser' }],
  });
  await ok(
    t,
    SET_MINUTES,
    { id: meeting.id, minutes: 'Protokoll som bara A ser', expectedVersion: 1 },
    token,
  );
  await ok(t, UPDATE_MEETING, { id: meeting.id, input: { expectedVersion: 2, status: 'HELD' } }, token);
  const { addMeetingDecision } = await ok(
    t,
    ADD_DECISION,
    { meetingId: meeting.id, input: { text: 'Beslut som bara A ser', goalId } },
    token,
  );
  await ok(
    t,
    ADD_DECISION,
    { meetingId: meeting.id, input: { text: 'Tolkningsbeslut i A', interpretationId: proposalId } },
    token,
  );
  return { id: meeting.id as string, decisionId: addMeetingDecision.decisions[0].id as string };
}
