import type { CaseTable } from './world.js';

const NETWORK = `query($id: ID!) { network(id: $id) { id name members { id user { email } } invitations { id } } }`;
const NETWORK_READ = `query($id: ID!) { network(id: $id) { id name members { id user { email } } } }`;
const UPDATE = `mutation($id: ID!) { updateNetwork(id: $id, input: { description: "taken over" }) { id description } }`;
const ADD = `mutation($n: ID!, $m: ID!) { addMunicipalityToNetwork(networkId: $n, municipalityId: $m) { id } }`;
const REMOVE = `mutation($n: ID!, $m: ID!) { removeMunicipalityFromNetwork(networkId: $n, municipalityId: $m) { id } }`;
const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id token } }`;
const ACCEPT = `mutation($token: String!) { acceptInvitation(token: $token) { id role } }`;
const PREVIEW = `query($token: String!) { invitation(token: $token) { networkName email } }`;
const DECLINE = `mutation($token: String!) { declineInvitation(token: $token) { status } }`;
const REVOKE = `mutation($id: ID!) { revokeInvitation(id: $id) { id status } }`;
const RESEND = `mutation($id: ID!) { resendInvitation(id: $id) { id token } }`;
const CHANGE = `mutation($id: ID!, $role: NetworkRole!, $m: ID) { changeMemberRole(membershipId: $id, role: $role, municipalityId: $m) { id role } }`;
const REMOVE_MEMBER = `mutation($id: ID!) { removeMember(membershipId: $id) { id } }`;
const LEAVE = `mutation($id: ID!) { leaveNetwork(networkId: $id) }`;
const AUDIT = `query($id: ID!) { network(id: $id) { auditLog { action } } }`;

/** Issue 3: networks, members, invitations. */
export const networkCases: CaseTable = {
  'Query.network': ({ A, B, stranger }) => [
    {
      label: "B's coordinator reads A",
      as: B.coordinator,
      query: NETWORK_READ,
      variables: { id: A.id },
      control: A.coordinator,
    },
    {
      label: "B's head of Solna reads A",
      as: B.headSolna,
      query: NETWORK_READ,
      variables: { id: A.id },
      control: A.headX,
    },
    { label: 'a stranger reads A', as: stranger, query: NETWORK_READ, variables: { id: A.id } },
    {
      label: "A's editor reads A's invitations",
      as: A.editorX,
      query: NETWORK,
      variables: { id: A.id },
      expect: ['FORBIDDEN'],
      control: A.coordinator,
    },
    {
      label: "A's head reads A's audit log",
      as: A.headX,
      query: AUDIT,
      variables: { id: A.id },
      expect: ['FORBIDDEN'],
      control: A.coordinator,
    },
  ],
  'Mutation.updateNetwork': ({ A, B }) => [
    { label: "B's coordinator edits A", as: B.coordinator, query: UPDATE, variables: { id: A.id } },
    { label: "A's head edits A", as: A.headX, query: UPDATE, variables: { id: A.id }, expect: ['FORBIDDEN'] },
  ],
  'Mutation.addMunicipalityToNetwork': ({ A, B }) => [
    {
      label: "B's coordinator adds Täby to A",
      as: B.coordinator,
      query: ADD,
      variables: { n: A.id, m: B.taby },
    },
    {
      label: "A's editor of X adds Täby to A",
      as: A.editorX,
      query: ADD,
      variables: { n: A.id, m: B.taby },
      expect: ['FORBIDDEN'],
    },
  ],
  'Mutation.removeMunicipalityFromNetwork': ({ A, B }) => [
    {
      label: "B's coordinator removes Y from A",
      as: B.coordinator,
      query: REMOVE,
      variables: { n: A.id, m: A.Y },
    },
    {
      label: "B's head of Solna removes Solna from A",
      as: B.headSolna,
      query: REMOVE,
      variables: { n: A.id, m: A.X },
    },
    {
      label: "A's editor of X removes Y",
      as: A.editorX,
      query: REMOVE,
      variables: { n: A.id, m: A.Y },
      expect: ['FORBIDDEN'],
    },
  ],
  'Mutation.inviteMember': ({ A, B }) => [
    {
      label: "B's coordinator invites into A",
      as: B.coordinator,
      query: INVITE,
      variables: { input: { networkId: A.id, email: 'spy@example.se', role: 'COORDINATOR' } },
    },
    {
      label: "A's editor of X invites an editor for Y",
      as: A.editorX,
      query: INVITE,
      variables: { input: { networkId: A.id, email: 'spy@example.se', role: 'EDITOR', municipalityId: A.Y } },
      expect: ['FORBIDDEN'],
    },
    {
      label: "A's head of X invites an editor for X",
      as: A.headX,
      query: INVITE,
      variables: { input: { networkId: A.id, email: 'spy@example.se', role: 'EDITOR', municipalityId: A.X } },
      expect: ['FORBIDDEN'],
    },
  ],
  // WRONG_EMAIL names the invited address to whoever holds the token (docs/decisions.md, Networks).
  'Mutation.acceptInvitation': ({ A, B }) => [
    {
      label: "B's coordinator accepts A's invitation sent to someone else",
      as: B.coordinator,
      query: ACCEPT,
      variables: { token: A.invitationToken },
      expect: ['FORBIDDEN'],
      discloses: [A.invitee.email],
    },
    {
      label: "A's editor of X accepts the invitation for Y sent to someone else",
      as: A.editorX,
      query: ACCEPT,
      variables: { token: A.invitationToken },
      expect: ['FORBIDDEN'],
      discloses: [A.invitee.email],
    },
  ],
  'Query.invitation': ({ A, B }) => [
    {
      label: "B's coordinator previews A's invitation",
      as: B.coordinator,
      query: PREVIEW,
      variables: { token: A.invitationToken },
      expect: ['FORBIDDEN'],
      control: A.invitee,
      discloses: [A.invitee.email],
    },
  ],
  'Mutation.declineInvitation': ({ A, B }) => [
    {
      label: "B's coordinator declines A's invitation sent to someone else",
      as: B.coordinator,
      query: DECLINE,
      variables: { token: A.invitationToken },
      expect: ['FORBIDDEN'],
      discloses: [A.invitee.email],
    },
  ],
  'Mutation.revokeInvitation': ({ A, B }) => [
    {
      label: "B's coordinator revokes A's invitation",
      as: B.coordinator,
      query: REVOKE,
      variables: { id: A.invitationId },
    },
    {
      label: "A's editor of X revokes A's invitation for Y",
      as: A.editorX,
      query: REVOKE,
      variables: { id: A.invitationId },
      expect: ['FORBIDDEN'],
    },
  ],
  'Mutation.resendInvitation': ({ A, B }) => [
    {
      label: "B's coordinator re-sends A's invitation",
      as: B.coordinator,
      query: RESEND,
      variables: { id: A.invitationId },
    },
    {
      label: "A's viewer re-sends A's invitation",
      as: A.viewer,
      query: RESEND,
      variables: { id: A.invitationId },
      expect: ['FORBIDDEN'],
    },
  ],
  'Mutation.changeMemberRole': ({ A, B }) => [
    {
      label: "B's coordinator promotes A's editor",
      as: B.coordinator,
      query: CHANGE,
      variables: { id: A.editorY.membershipId, role: 'COORDINATOR', m: null },
    },
    {
      label: "A's editor of X moves A's editor of Y to X",
      as: A.editorX,
      query: CHANGE,
      variables: { id: A.editorY.membershipId, role: 'EDITOR', m: A.X },
      expect: ['FORBIDDEN'],
    },
    {
      label: "A's head of X promotes themself",
      as: A.headX,
      query: CHANGE,
      variables: { id: A.headX.membershipId, role: 'COORDINATOR', m: null },
      expect: ['FORBIDDEN'],
    },
  ],
  'Mutation.removeMember': ({ A, B }) => [
    {
      label: "B's coordinator removes A's editor",
      as: B.coordinator,
      query: REMOVE_MEMBER,
      variables: { id: A.editorY.membershipId },
    },
    {
      label: "A's editor of X removes A's editor of Y",
      as: A.editorX,
      query: REMOVE_MEMBER,
      variables: { id: A.editorY.membershipId },
      expect: ['FORBIDDEN'],
    },
  ],
  'Mutation.leaveNetwork': ({ A, B, stranger }) => [
    { label: "B's coordinator leaves A", as: B.coordinator, query: LEAVE, variables: { id: A.id } },
    { label: 'a stranger leaves A', as: stranger, query: LEAVE, variables: { id: A.id } },
  ],
};
