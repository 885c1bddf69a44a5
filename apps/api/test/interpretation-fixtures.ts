import type { TestApp } from './test-app.js';

export const PROPOSE = `mutation($input: ProposeInterpretationInput!) {
  proposeInterpretation(input: $input) { id text status author { id } indicator { id code } createdAt }
}`;
export const EDIT = `mutation($id: ID!, $text: String!) { updateInterpretation(proposalId: $id, text: $text) { id text status } }`;
export const WITHDRAW = `mutation($id: ID!) { withdrawInterpretation(proposalId: $id) { id status } }`;
export const CAST = `mutation($input: CastPositionInput!) {
  castPosition(input: $input) { id stance reason current municipality { id } user { id } }
}`;
export const RESOLVE = `mutation($id: ID!, $status: ProposalStatus!, $outcome: String, $reviewBy: String) {
  resolveInterpretation(proposalId: $id, status: $status, outcome: $outcome, reviewBy: $reviewBy) {
    id status outcome reviewBy resolvedAt resolvedBy { id }
  }
}`;
export const RECONFIRM = `mutation($input: ReconfirmInterpretationInput!) {
  reconfirmInterpretation(input: $input) { id status outcome reviewBy confirms { id } }
}`;
export const SET_RULE = `mutation($id: ID!, $rule: ConsensusRule!) { setConsensusRule(networkId: $id, rule: $rule) { id consensusRule } }`;

/** Runs a query that must succeed and returns its data. */
export async function ok(t: TestApp, query: string, variables: Record<string, unknown>, token: string) {
  const result = await t.gql(query, variables, token);
  if (!result.data || result.errors)
    throw new Error(`${query.slice(0, 60)} failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}
