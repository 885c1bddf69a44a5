import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { EDIT_COMMENT, HIDE_COMMENT, POST, SEARCH } from './discussion-fixtures.js';
import { createNetwork, type TestNetwork } from './network-fixtures.js';
import { createRound, IMPORT_SET, sampleSet, SET_PHASE } from './round-fixtures.js';
import { errorCode, startTestApp, type TestApp } from './test-app.js';

const NUL = '\u0000';

interface Case {
  query: string;
  variables: (nul: string) => Record<string, unknown>;
  as?: 'anonymous';
  /** Opaque tokens are looked up by hash: a malformed one is simply unknown, like any wrong token. */
  code?: 'NOT_FOUND' | 'UNAUTHENTICATED';
}

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken } }`;
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const PROFILE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`;
const CREATE_NETWORK = `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`;
const UPDATE_NETWORK = `mutation($id: ID!, $input: UpdateNetworkInput!) { updateNetwork(id: $id, input: $input) { id } }`;
const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`;
const CREATE_ROUND = `mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }`;
const UPDATE_ROUND = `mutation($id: ID!, $input: UpdateRoundInput!) { updateRound(id: $id, input: $input) { id } }`;

/**
 * Every string the API takes, each with a NUL byte (PostgreSQL cannot store one): BAD_USER_INPUT from the zod
 * edge (opaque tokens: unknown, as any wrong token), never INTERNAL_SERVER_ERROR, and nothing logged as an error.
 */
describe('a NUL byte in every string input', () => {
  let t: TestApp;
  let token: string;
  let network: TestNetwork;
  let roundId: string;
  let indicatorSetId: string;

  beforeAll(async () => {
    t = await startTestApp();
    network = await createNetwork(t, 'Kontrolltecken', ['Solna']);
    token = network.coordinator.token;
    ({ roundId, indicatorSetId } = await createRound(t, token, network.id));
  });
  afterAll(() => t.close());

  const register = (field: string, nul: string) => ({
    input: { email: 'ny@example.se', password: 'correct horse battery', displayName: 'Ny', [field]: nul },
  });
  const set = (field: string, nul: string) => ({ input: { ...sampleSet(2030, 'nul-set'), [field]: nul } });
  const indicator = (field: string, nul: string | string[]) => {
    const base = sampleSet(2031, 'nul-ind');
    return { input: { ...base, indicators: [{ ...base.indicators[1], [field]: nul }] } };
  };

  const cases: Record<string, Case> = {
    'register.email': {
      query: REGISTER,
      variables: (n) => register('email', `a${n}@example.se`),
      as: 'anonymous',
    },
    'register.password': {
      query: REGISTER,
      variables: (n) => register('password', `correct horse${n}`),
      as: 'anonymous',
    },
    'register.displayName': {
      query: REGISTER,
      variables: (n) => register('displayName', `Ny${n}`),
      as: 'anonymous',
    },
    'register.locale': { query: REGISTER, variables: (n) => register('locale', `sv${n}`), as: 'anonymous' },
    'login.email': {
      query: LOGIN,
      variables: (n) => ({ email: `a${n}@example.se`, password: 'x' }),
      as: 'anonymous',
    },
    'login.password': {
      query: LOGIN,
      variables: (n) => ({ email: 'a@example.se', password: `x${n}` }),
      as: 'anonymous',
    },
    refreshToken: {
      query: `mutation($token: String!) { refreshToken(token: $token) { accessToken } }`,
      variables: (n) => ({ token: `abcdefghijklmnop${n}` }),
      as: 'anonymous',
      code: 'UNAUTHENTICATED',
    },
    'updateProfile.displayName': {
      query: PROFILE,
      variables: (n) => ({ input: { displayName: `Jag${n}` } }),
    },
    'updateProfile.locale': { query: PROFILE, variables: (n) => ({ input: { locale: `da${n}` } }) },
    'createNetwork.name': {
      query: CREATE_NETWORK,
      variables: (n) => ({ input: { name: `Nät${n}`, municipalityIds: [network.municipalities.Solna] } }),
    },
    'createNetwork.description': {
      query: CREATE_NETWORK,
      variables: (n) => ({ input: { name: 'Nät', description: `Om${n}`, municipalityIds: [] } }),
    },
    'updateNetwork.name': {
      query: UPDATE_NETWORK,
      variables: (n) => ({ id: network.id, input: { name: `N${n}` } }),
    },
    'updateNetwork.description': {
      query: UPDATE_NETWORK,
      variables: (n) => ({ id: network.id, input: { description: `Om${n}` } }),
    },
    'inviteMember.email': {
      query: INVITE,
      variables: (n) => ({ input: { networkId: network.id, email: `b${n}@example.se`, role: 'VIEWER' } }),
    },
    invitation: {
      query: `query($token: String!) { invitation(token: $token) { networkName } }`,
      variables: (n) => ({ token: `abcdefghijklmnop${n}` }),
      code: 'NOT_FOUND',
    },
    acceptInvitation: {
      query: `mutation($token: String!) { acceptInvitation(token: $token) { id } }`,
      variables: (n) => ({ token: `abcdefghijklmnop${n}` }),
      code: 'NOT_FOUND',
    },
    'municipalities.search': {
      query: `query($search: String) { municipalities(search: $search) { id } }`,
      variables: (n) => ({ search: `Sol${n}` }),
    },
    'importIndicatorSet.key': { query: IMPORT_SET, variables: (n) => set('key', `k${n}`) },
    'importIndicatorSet.title': { query: IMPORT_SET, variables: (n) => set('title', `T${n}`) },
    'importIndicatorSet.area': { query: IMPORT_SET, variables: (n) => set('area', `A${n}`) },
    'importIndicatorSet.source': { query: IMPORT_SET, variables: (n) => set('source', `S${n}`) },
    'IndicatorInput.code': { query: IMPORT_SET, variables: (n) => indicator('code', `C${n}`) },
    'IndicatorInput.text': { query: IMPORT_SET, variables: (n) => indicator('text', `Fråga${n}`) },
    'IndicatorInput.guidance': { query: IMPORT_SET, variables: (n) => indicator('guidance', `G${n}`) },
    'IndicatorInput.section': { query: IMPORT_SET, variables: (n) => indicator('section', `S${n}`) },
    'IndicatorInput.unit': { query: IMPORT_SET, variables: (n) => indicator('unit', `U${n}`) },
    'IndicatorInput.options': {
      query: IMPORT_SET,
      variables: (n) => indicator('options', ['Ja', `Nej${n}`]),
    },
    'createRound.title': {
      query: CREATE_ROUND,
      variables: (n) => ({ input: { networkId: network.id, indicatorSetId, title: `Omgång${n}` } }),
    },
    'updateRound.title': {
      query: UPDATE_ROUND,
      variables: (n) => ({ id: roundId, input: { title: `O${n}` } }),
    },
    'setRoundPhase.reason': {
      query: SET_PHASE,
      variables: (n) => ({ id: roundId, phase: 'ANSWERING', reason: `För att${n}` }),
    },
    'postComment.body': {
      query: POST,
      variables: (n) => ({ input: { subjectType: 'NETWORK', subjectId: network.id, body: `Hej${n}` } }),
    },
    'postComment.threadTitle': {
      query: POST,
      variables: (n) => ({
        input: { subjectType: 'NETWORK', subjectId: network.id, body: 'Hej', threadTitle: `T${n}` },
      }),
    },
    'postComment.subjectId': {
      query: POST,
      variables: (n) => ({ input: { subjectType: 'NETWORK', subjectId: `${network.id}${n}`, body: 'Hej' } }),
    },
    'editComment.body': {
      query: EDIT_COMMENT,
      variables: (n) => ({ id: '00000000-0000-4000-8000-000000000000', body: `Hej${n}` }),
    },
    'hideComment.reason': {
      query: HIDE_COMMENT,
      variables: (n) => ({ id: '00000000-0000-4000-8000-000000000000', reason: `Ton${n}` }),
    },
    'searchDiscussions.query': {
      query: SEARCH,
      variables: (n) => ({ input: { networkId: network.id, query: `kommun${n}` } }),
    },
  };

  it.each(Object.entries(cases))('%s', async (_field, { query, variables, as, code }) => {
    const errors = jest.spyOn(Logger.prototype, 'error');
    try {
      const result = await t.gql(query, variables(NUL), as === 'anonymous' ? undefined : token);
      expect(errorCode(result)).toBe(code ?? 'BAD_USER_INPUT');
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });

  it('also refuses other control characters in one-line fields, and allows line breaks in multi-line ones', async () => {
    const bell = await t.gql(UPDATE_NETWORK, { id: network.id, input: { name: 'Nät\u0007' } }, token);
    expect(errorCode(bell)).toBe('BAD_USER_INPUT');
    const newline = await t.gql(UPDATE_NETWORK, { id: network.id, input: { name: 'Två\nrader' } }, token);
    expect(errorCode(newline)).toBe('BAD_USER_INPUT');
    const description = await t.gql(
      UPDATE_NETWORK,
      { id: network.id, input: { description: 'Rad ett\n\tRad två' } },
      token,
    );
    expect(description.errors).toBeUndefined();
  });
});
