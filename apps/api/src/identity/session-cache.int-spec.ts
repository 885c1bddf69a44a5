import { randomBytes } from 'node:crypto';
import { startTestApp, type TestApp } from '../../test/test-app.js';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken } }`;
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const ME = `{ me { id displayName locale } }`;
const PASSWORD = 'correct horse battery';

/**
 * Each API process remembers the sessions it has checked (SessionCache), so a page query costs no statement
 * for the session. Two processes on one database, over the real API: what one of them changes, the other stops
 * answering from memory once its listener has heard it; the process that made the change, at once.
 */
describe('remembered sessions across processes', () => {
  let a: TestApp;
  let b: TestApp;
  let email: string;

  beforeAll(async () => {
    // two processes of one installation: one database, one signing secret
    const secret = { JWT_SECRET: randomBytes(32).toString('hex') };
    a = await startTestApp(secret);
    b = await startTestApp(secret, { shareDatabaseOf: a });
    email = `cache-${Date.now()}@test.samrad.se`;
    const registered = await a.gql(REGISTER, {
      input: { email, password: PASSWORD, displayName: 'Cache Person', locale: 'sv' },
    });
    expect(registered.errors).toBeUndefined();
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const signIn = async () =>
    (await a.gql(LOGIN, { email, password: PASSWORD })).data!.login.accessToken as string;

  /** Statements about sessions that `app` sends while `run` runs. */
  async function sessionStatements(app: TestApp, run: () => Promise<unknown>): Promise<number> {
    const logger = app.dataSource.logger;
    const original = logger.logQuery;
    let count = 0;
    logger.logQuery = (query, parameters, runner) => {
      if (/FROM sessions/.test(query)) count++;
      return original.call(logger, query, parameters, runner);
    };
    try {
      await run();
    } finally {
      logger.logQuery = original;
    }
    return count;
  }

  it('checks a session once per process, then answers from memory', async () => {
    const token = await signIn();
    expect(await sessionStatements(b, () => b.gql(ME, {}, token))).toBe(1);
    expect(await sessionStatements(b, () => b.gql(ME, {}, token))).toBe(0);
    expect((await b.gql(ME, {}, token)).data!.me.displayName).toBe('Cache Person');
  });

  it('a session ended in one process is refused there at once, and by the other when it hears the NOTIFY', async () => {
    const refused = async (app: TestApp, token: string) =>
      (await app.gql(ME, {}, token)).errors?.[0].extensions?.code === 'UNAUTHENTICATED';
    for (let i = 0; i < 3; i++) {
      const token = await signIn();
      // both processes remember it
      for (const app of [a, b]) expect((await app.gql(ME, {}, token)).data?.me).toBeTruthy();
      expect((await a.gql('mutation { logout }', {}, token)).data).toEqual({ logout: true });
      expect(await refused(a, token)).toBe(true);
      // logout waited until a heard its NOTIFY, sent to b at the same commit: normally b has it too, but a
      // starved machine can delay b's listener (see docs/decisions.md)
      await waitFor(() => refused(b, token));
    }
  });

  it('a profile changed in one process is what the other answers', async () => {
    const token = await signIn();
    expect((await b.gql(ME, {}, token)).data!.me.locale).toBe('sv');
    const changed = await a.gql(
      `mutation { updateProfile(input: { displayName: "Renamed Person", locale: "da" }) { locale } }`,
      {},
      token,
    );
    expect(changed.errors).toBeUndefined();
    // the notification may reach the other process a moment after the mutation answered
    await waitFor(async () => (await b.gql(ME, {}, token)).data!.me.locale === 'da');
    expect((await b.gql(ME, {}, token)).data!.me.displayName).toBe('Renamed Person');
    expect((await a.gql(ME, {}, token)).data!.me).toMatchObject({
      displayName: 'Renamed Person',
      locale: 'da',
    });
  });

  it('a process that lost its listener forgets what it remembered (a notification may have been missed)', async () => {
    const token = await signIn();
    expect((await b.gql(ME, {}, token)).data?.me).toBeTruthy();
    const listeners = `SELECT array_agg(pid ORDER BY pid) AS pids FROM pg_stat_activity
                        WHERE application_name = 'samrad-room-events' AND datname = current_database()`;
    const [{ pids: before }] = await a.dataSource.query(listeners);
    await a.dataSource.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid = ANY($1)`, [
      before,
    ]);
    // both processes listen again, on new connections: each noticed the loss before reconnecting
    await waitFor(async () => {
      const [{ pids }] = await a.dataSource.query(listeners);
      return pids?.length === before.length && !pids.some((pid: number) => before.includes(pid));
    });
    // ended behind every process's back: no notification at all
    await a.dataSource.query(
      `UPDATE sessions SET revoked_at = now()
        WHERE id = (SELECT id FROM sessions ORDER BY created_at DESC, id LIMIT 1)`,
    );
    const refused = await b.gql(ME, {}, token);
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((done) => setTimeout(done, 20));
  }
}
