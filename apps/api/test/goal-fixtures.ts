import { openAnswering, SAVE, SUBMIT } from './answer-fixtures.js';
import { ok } from './interpretation-fixtures.js';
import { peerNetwork } from './network-fixtures.js';
import { createRound, SET_PHASE } from './round-fixtures.js';
import type { TestApp } from './test-app.js';

/** GraphQL documents of the goals feature, shared by its specs and the cross-tenant matrix. */
export const GOAL_FIELDS = `id title description target dueDate status
  network { id } baselineRound { id } indicators { id code }`;
export const CREATE_GOAL = `mutation($input: CreateGoalInput!) { createGoal(input: $input) { ${GOAL_FIELDS} } }`;
export const UPDATE_GOAL = `mutation($id: ID!, $input: UpdateGoalInput!) { updateGoal(id: $id, input: $input) { ${GOAL_FIELDS} } }`;
export const SET_GOAL_STATUS = `mutation($id: ID!, $status: GoalStatus!, $reason: String) {
  setGoalStatus(id: $id, status: $status, reason: $reason) { id status statusHistory { fromStatus toStatus reason } }
}`;
export const COMMIT = `mutation($goalId: ID!, $municipalityId: ID!, $plan: String, $ownerId: ID) {
  commitToGoal(goalId: $goalId, municipalityId: $municipalityId, plan: $plan, ownerId: $ownerId) {
    id status plan declineReason municipality { id } owner { id } decidedBy { id }
  }
}`;
export const DECLINE = `mutation($goalId: ID!, $municipalityId: ID!, $reason: String!) {
  declineGoal(goalId: $goalId, municipalityId: $municipalityId, reason: $reason) { id status plan declineReason owner { id } }
}`;
export const REPORT = `mutation($input: ReportProgressInput!) {
  reportProgress(input: $input) { id status note value reportedAt municipality { id } reportedBy { id } }
}`;
export const ADD_MILESTONE = `mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { id title dueDate done doneAt doneBy { id } } }`;
export const UPDATE_MILESTONE = `mutation($id: ID!, $input: UpdateMilestoneInput!) {
  updateMilestone(id: $id, input: $input) { id title dueDate done doneAt doneBy { id } }
}`;
export const DELETE_MILESTONE = `mutation($id: ID!) { deleteMilestone(id: $id) }`;
export const ADD_MEASURE = `mutation($input: AddLocalMeasureInput!) { addLocalMeasure(input: $input) { id name unit } }`;
export const RECORD_MEASURE = `mutation($input: RecordLocalMeasureValueInput!) {
  recordLocalMeasureValue(input: $input) { id value measuredOn note recordedBy { id } }
}`;
export const GOAL = `query($id: ID!) { goal(id: $id) { ${GOAL_FIELDS} } }`;
export const MY_COMMITMENTS = `query { myCommitments {
  id status plan daysSinceLastUpdate municipality { id name } owner { id }
  goal { id title status network { id name } }
  latestProgress { status note reportedAt }
  nextMilestone { id title dueDate }
} }`;

/** The goal page: everything at once, for the follow-up and the statement count. */
export const GOAL_PAGE = `query($id: ID!) {
  goal(id: $id) {
    id title status dueDate target
    indicators { id code text }
    baselineRound { id title }
    overallProgress { committed done doneShare onTrack atRisk offTrack notReported milestonesDone milestonesTotal }
    commitments {
      id status plan declineReason daysSinceLastUpdate
      municipality { id name } owner { id displayName } decidedBy { id }
      latestProgress { status } nextMilestone { title }
      localMeasures { id name unit values { value measuredOn recordedBy { displayName } } }
    }
    progress { id status note value reportedAt municipality { id name } reportedBy { displayName } }
    milestones { id title dueDate done doneBy { displayName } }
    statusHistory { fromStatus toStatus reason }
  }
}`;

/** The follow-up part of the goal page (a query of its own: with the rest it exceeds the query cost limit). */
export const GOAL_FOLLOW_UP = `query($id: ID!) {
  goal(id: $id) {
    id
    followUp {
      code indicator { id code }
      rounds {
        year baseline round { id } indicator { id code }
        summary { answered expected mean yesShare }
        nationalReference
      }
      values { roundId year municipality { id name } hidden value { boolean number choice text } }
    }
  }
}`;

/** A day from now, as an ISO date-time (due dates may not be in the past). */
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/**
 * A peer network (Solna, Sundbyberg, Täby) that ran the 2025 survey through to DISCUSSION (Solna and
 * Täby answered and submitted) and has the 2026 survey in ANSWERING: Solna answered and submitted,
 * Sundbyberg answered without submitting.
 */
export async function goalNetwork(t: TestApp, name: string) {
  const peers = await peerNetwork(t, name);
  const { net } = peers;
  const coordinator = net.coordinator.token;
  const r2025 = await createRound(t, coordinator, net.id, 2025);
  await openAnswering(t, r2025.roundId, coordinator);
  const answer = async (
    roundId: string,
    set: typeof r2025.set,
    municipalityId: string,
    token: string,
    values: Record<string, unknown>,
  ) => {
    for (const [code, value] of Object.entries(values)) {
      const indicatorId = set.indicators.find((i: { code: string }) => i.code === code).id;
      await ok(t, SAVE, { input: { roundId, indicatorId, municipalityId, value } }, token);
    }
  };
  await answer(r2025.roundId, r2025.set, peers.solna, peers.editorSolna.token, {
    'MB-01': { boolean: false },
    'MB-04': { number: 40 },
  });
  await answer(r2025.roundId, r2025.set, peers.taby, peers.headTaby.token, {
    'MB-01': { boolean: true },
    'MB-04': { number: 55 },
  });
  await ok(
    t,
    SUBMIT,
    { roundId: r2025.roundId, municipalityId: peers.solna, partial: true },
    peers.editorSolna.token,
  );
  await ok(
    t,
    SUBMIT,
    { roundId: r2025.roundId, municipalityId: peers.taby, partial: true },
    peers.headTaby.token,
  );
  for (const phase of ['COMPILATION', 'DISCUSSION'])
    await ok(t, SET_PHASE, { id: r2025.roundId, phase }, coordinator);

  const r2026 = await createRound(t, coordinator, net.id, 2026);
  await openAnswering(t, r2026.roundId, coordinator);
  await answer(r2026.roundId, r2026.set, peers.solna, peers.editorSolna.token, {
    'MB-01': { boolean: true },
    'MB-04': { number: 62 },
  });
  await ok(
    t,
    SUBMIT,
    { roundId: r2026.roundId, municipalityId: peers.solna, partial: true },
    peers.editorSolna.token,
  );
  await answer(r2026.roundId, r2026.set, peers.sundbyberg, peers.editorSundbyberg.token, {
    'MB-01': { boolean: true },
    'MB-04': { number: 70 },
  });
  const code = (set: typeof r2025.set, c: string) =>
    set.indicators.find((i: { code: string }) => i.code === c).id as string;
  return {
    ...peers,
    coordinator: net.coordinator,
    r2025: { ...r2025, mb01: code(r2025.set, 'MB-01'), mb04: code(r2025.set, 'MB-04') },
    r2026: { ...r2026, mb01: code(r2026.set, 'MB-01'), mb04: code(r2026.set, 'MB-04') },
  };
}
