import { jest } from '@jest/globals';
import { errorCode, registerUser, startTestApp, type GqlResult, type TestApp } from '../../test/test-app.js';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken } }`;
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const PASSWORD = 'correct horse battery';

let counter = 0;
const newAccount = () => ({
  email: `limit-${++counter}-${Date.now()}@example.se`,
  password: PASSWORD,
  displayName: 'Ny',
});

/** A GraphQL request as if from `forwardedFor` (an X-Forwarded-For header, believed only from trusted proxies). */
async function post(t: TestApp, body: unknown, forwardedFor?: string): Promise<GqlResult> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

// Every sign-up and sign-in runs argon2: slow when the machine is busy.
jest.setTimeout(120_000);

describe('sign-up and sign-in limits', () => {
  describe('without a trusted proxy', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ REGISTER_PER_IP_PER_HOUR: '3', LOGIN_MAX_ATTEMPTS: '3' });
    });
    afterAll(() => t.close());

    it('limits registrations per address, whatever X-Forwarded-For says', async () => {
      for (let i = 0; i < 3; i++) {
        const ok = await post(t, { query: REGISTER, variables: { input: newAccount() } }, `198.51.100.${i}`);
        expect(ok.errors).toBeUndefined();
      }
      const refused = await post(t, { query: REGISTER, variables: { input: newAccount() } }, '198.51.100.99');
      expect(errorCode(refused)).toBe('TOO_MANY_REQUESTS');
      expect(refused.errors![0].extensions!.retryAfter).toBeGreaterThan(0);
    });

    it('runs one auth mutation per operation: aliases and mixed operations are refused before any hashing', async () => {
      const twoRegisters = await post(t, {
        query: `mutation($a: RegisterInput!, $b: RegisterInput!) { a: register(input: $a) { accessToken } b: register(input: $b) { accessToken } }`,
        variables: { a: newAccount(), b: newAccount() },
      });
      expect(errorCode(twoRegisters)).toBe('GRAPHQL_VALIDATION_FAILED');
      const viaFragment = await post(t, {
        query: `mutation { ...Guesses } fragment Guesses on Mutation {
          a: login(email: "x@example.se", password: "guess one!") { accessToken }
          b: login(email: "x@example.se", password: "guess two!") { accessToken } }`,
      });
      expect(errorCode(viaFragment)).toBe('GRAPHQL_VALIDATION_FAILED');
      const loginAndLogout = await post(t, {
        query: `mutation { login(email: "x@example.se", password: "guess one!") { accessToken } logout }`,
      });
      expect(errorCode(loginAndLogout)).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('refuses batched requests', async () => {
      const batch = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
      });
      expect(batch.status).toBe(400);
    });
  });

  describe('behind a trusted proxy', () => {
    let t: TestApp;
    beforeAll(async () => {
      // the test client connects over loopback, as a proxy on the same host would
      t = await startTestApp({
        TRUST_PROXY: 'loopback',
        LOGIN_MAX_ATTEMPTS: '2',
        REGISTER_PER_IP_PER_HOUR: '2',
      });
    });
    afterAll(() => t.close());

    it('counts registrations per forwarded client address', async () => {
      for (const ip of ['203.0.113.1', '203.0.113.1', '203.0.113.2', '203.0.113.2'])
        expect(
          (await post(t, { query: REGISTER, variables: { input: newAccount() } }, ip)).errors,
        ).toBeUndefined();
      const third = await post(t, { query: REGISTER, variables: { input: newAccount() } }, '203.0.113.1');
      expect(errorCode(third)).toBe('TOO_MANY_REQUESTS');
    });

    it('slows down a guesser at one address without locking the owner out elsewhere', async () => {
      const owner = await registerUser(t, 'owner');
      const attacker = '192.0.2.66';
      for (let i = 0; i < 2; i++) {
        const wrong = await post(
          t,
          { query: LOGIN, variables: { email: owner.email, password: `guess ${i}!!!!!` } },
          attacker,
        );
        expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
      }
      // the next try from that address must wait, even with the right password
      const waiting = await post(
        t,
        { query: LOGIN, variables: { email: owner.email, password: PASSWORD } },
        attacker,
      );
      expect(errorCode(waiting)).toBe('TOO_MANY_REQUESTS');
      expect(waiting.errors![0].extensions!.retryAfter).toBeGreaterThan(0);
      expect(waiting.errors![0].extensions!.retryAfter).toBeLessThanOrEqual(15);
      // the owner, at the office, signs in
      const office = await post(
        t,
        { query: LOGIN, variables: { email: owner.email, password: PASSWORD } },
        '192.0.2.10',
      );
      expect(office.errors).toBeUndefined();
    });

    it('does not count successful sign-ins against an address', async () => {
      const staff = await registerUser(t, 'staff');
      const office = '192.0.2.20';
      // more than the address's failure budget (2 × 5 = 10)
      for (let i = 0; i < 12; i++) {
        const ok = await post(
          t,
          { query: LOGIN, variables: { email: staff.email, password: PASSWORD } },
          office,
        );
        expect(ok.errors).toBeUndefined();
      }
    });

    it('limits failures per address across e-mails (credential stuffing)', async () => {
      const stuffer = '192.0.2.30';
      for (let i = 0; i < 10; i++) {
        const wrong = await post(
          t,
          { query: LOGIN, variables: { email: `nobody-${i}@example.se`, password: 'guess!!!!!' } },
          stuffer,
        );
        expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
      }
      const refused = await post(
        t,
        { query: LOGIN, variables: { email: 'nobody-99@example.se', password: 'guess!!!!!' } },
        stuffer,
      );
      expect(errorCode(refused)).toBe('TOO_MANY_REQUESTS');
    });
  });
});
