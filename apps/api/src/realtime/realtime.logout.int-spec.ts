import { decodeJwt } from 'jose';
import type { AuthExpiredMessage } from '@samrad/domain';
import { addMember, createNetwork, type TestMember, type TestNetwork } from '../../test/network-fixtures.js';
import { type TestSocket, socketsClosedAfterEach } from '../../test/sockets.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;

/** A socket must not outlive its sign-in: over real sockets, through the real logout. */
describe('realtime after the session ends', () => {
  let t: TestApp;
  let network: TestNetwork;
  let member: TestMember;
  let room: string;
  const connect = socketsClosedAfterEach(() => t.url);
  const signIn = async () =>
    (await t.gql(LOGIN, { email: member.email, password: 'correct horse battery' })).data!.login
      .accessToken as string;
  /** Resolves with what the server said before it closed the socket. */
  const closing = (socket: TestSocket) =>
    new Promise<{ message: AuthExpiredMessage; reason: string }>((resolve) => {
      let message: AuthExpiredMessage;
      socket.socket.once('auth.expired', (m: AuthExpiredMessage) => (message = m));
      socket.socket.once('disconnect', (reason) => resolve({ message, reason }));
    });

  beforeAll(async () => {
    t = await startTestApp();
    network = await createNetwork(t, 'Utloggningsnätet', ['Solna']);
    member = await addMember(t, network, 'VIEWER');
    room = `network:${network.id}`;
  });
  afterAll(() => t.close());

  it('logout closes that session’s open sockets, and only those', async () => {
    const laptop = await signIn();
    const phone = await signIn();
    const [a, b] = [await connect(laptop), await connect(laptop)];
    const other = await connect(phone);
    for (const socket of [a, b, other]) expect(await socket.subscribe(room)).toMatchObject({ ok: true });

    const closed = [closing(a), closing(b)];
    expect((await t.gql('mutation { logout }', {}, laptop)).data).toEqual({ logout: true });
    for (const { message, reason } of await Promise.all(closed)) {
      expect(message).toEqual({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
      expect(reason).toBe('io server disconnect');
    }
    // the phone's session goes on
    expect(other.socket.connected).toBe(true);
    expect(await other.replay(room, 0)).toMatchObject({ ok: true });
  });

  it('re-checks the session on subscribe and on replay, in case the notice was missed', async () => {
    for (const action of ['subscribe', 'replay'] as const) {
      const token = await signIn();
      const socket = await connect(token);
      // ended behind the server's back: no NOTIFY, as when the listener was reconnecting
      await t.dataSource.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1`, [
        decodeJwt(token).sid,
      ]);
      const closed = closing(socket);
      const ack = action === 'subscribe' ? await socket.subscribe(room) : await socket.replay(room, 0);
      expect(ack).toMatchObject({ ok: false, error: 'UNAUTHENTICATED' });
      expect((await closed).message).toEqual({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    }
  });
});
