import { errorCode, registerUser, startTestApp, type TestApp } from '../../test/test-app.js';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id email displayName locale } } }`;
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken refreshToken user { id } } }`;
const REFRESH = `mutation($token: String!) { refreshToken(token: $token) { accessToken refreshToken user { id } } }`;
const ME = `{ me { id email displayName locale } }`;

describe('identity (GraphQL over HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_ATTEMPTS: '5' });
  });
  afterAll(() => t.close());

  it('register → login → me → refresh → reuse revoked → logout', async () => {
    const registered = await t.gql(REGISTER, {
      input: {
        email: '  Anna.Berg@Example.SE ',
        password: 'a long enough secret',
        displayName: 'Anna Berg',
        locale: 'da',
      },
    });
    expect(registered.errors).toBeUndefined();
    expect(registered.data!.register.user).toMatchObject({ email: 'anna.berg@example.se', locale: 'da' });

    const login = await t.gql(LOGIN, { email: 'ANNA.BERG@example.se', password: 'a long enough secret' });
    expect(login.errors).toBeUndefined();
    const { accessToken, refreshToken } = login.data!.login;

    const me = await t.gql(ME, {}, accessToken);
    expect(me.data!.me).toMatchObject({ email: 'anna.berg@example.se', displayName: 'Anna Berg' });

    const refreshed = await t.gql(REFRESH, { token: refreshToken });
    expect(refreshed.errors).toBeUndefined();
    const second = refreshed.data!.refreshToken;
    expect(second.refreshToken).not.toBe(refreshToken);
    expect((await t.gql(ME, {}, second.accessToken)).data!.me.email).toBe('anna.berg@example.se');

    // Presenting the used token again revokes the whole family, including the newest pair.
    expect(errorCode(await t.gql(REFRESH, { token: refreshToken }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(REFRESH, { token: second.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(ME, {}, second.accessToken))).toBe('UNAUTHENTICATED');

    // Logout ends the session's access and refresh tokens.
    const fresh = (await t.gql(LOGIN, { email: 'anna.berg@example.se', password: 'a long enough secret' }))
      .data!.login;
    expect((await t.gql(`mutation { logout }`, {}, fresh.accessToken)).data).toEqual({ logout: true });
    expect(errorCode(await t.gql(ME, {}, fresh.accessToken))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(REFRESH, { token: fresh.refreshToken }))).toBe('UNAUTHENTICATED');
  });

  it('refuses bad input with the contract codes', async () => {
    const user = await registerUser(t, 'dup');
    const duplicate = await t.gql(REGISTER, {
      input: { email: user.email.toUpperCase(), password: 'another long secret', displayName: 'Dup' },
    });
    expect(errorCode(duplicate)).toBe('CONFLICT');

    const weak = await t.gql(REGISTER, {
      input: { email: 'weak@example.se', password: 'short', displayName: 'W' },
    });
    expect(errorCode(weak)).toBe('BAD_USER_INPUT');
    expect(weak.errors![0].message).toMatch(/at least 10 characters/);

    const badEmail = await t.gql(REGISTER, {
      input: { email: 'nope', password: 'long enough pass', displayName: 'N' },
    });
    expect(errorCode(badEmail)).toBe('BAD_USER_INPUT');

    expect(errorCode(await t.gql(LOGIN, { email: user.email, password: 'wrong password!' }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await t.gql(REFRESH, { token: 'not-a-token' }))).toBe('UNAUTHENTICATED');
  });

  it('requires a valid token for everything but register/login/refresh', async () => {
    expect(errorCode(await t.gql(ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(ME, {}, 'garbage.token.value'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(`mutation { logout }`))).toBe('UNAUTHENTICATED');
  });

  it('never answers a malformed request with INTERNAL_SERVER_ERROR', async () => {
    const user = await registerUser(t, 'malformed');
    const cases = [
      await t.gql(`{ me { id `, {}, user.token),
      await t.gql(`{ me { nope } }`, {}, user.token),
      await t.gql(LOGIN, { email: 42, password: true }),
      await t.gql(`mutation { login(email: 1, password: 2) { accessToken } }`),
    ];
    for (const result of cases) {
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(errorCode(result)).not.toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    }
  });

  it('rate-limits failed sign-in attempts per e-mail and address', async () => {
    const user = await registerUser(t, 'limited');
    for (let i = 0; i < 5; i++) await t.gql(LOGIN, { email: user.email, password: 'wrong password!' });
    const blocked = await t.gql(LOGIN, { email: user.email, password: 'correct horse battery' });
    expect(errorCode(blocked)).toBe('TOO_MANY_REQUESTS');
    // Another account from the same address is not locked out by it.
    const other = await registerUser(t, 'other');
    expect(
      (await t.gql(LOGIN, { email: other.email, password: 'correct horse battery' })).errors,
    ).toBeUndefined();
  });
});
