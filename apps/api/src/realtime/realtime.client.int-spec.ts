import { randomBytes } from 'node:crypto';
import {
  RealtimeClient,
  type ClientSocket,
  type ConnectionState,
  type RoomEventMessage,
  type RoomProblem,
} from '@samrad/domain';
import { io, type Socket } from 'socket.io-client';
import { addMember, createNetwork, type TestMember, type TestNetwork } from '../../test/network-fixtures.js';
import { rename } from '../../test/realtime-fixtures.js';
import { waitUntil } from '../../test/sockets.js';
import { registerUser, startTestApp, type TestApp, type TestUser } from '../../test/test-app.js';
import { RealtimeServer } from './realtime-server.js';

/**
 * The web app's protocol client (`RealtimeClient` from @samrad/domain) against the real server:
 * reconnects, gap detection, replay and token refresh, with real sockets.
 */
interface Harness {
  client: RealtimeClient;
  sockets: Socket[];
  received: RoomEventMessage[];
  states: ConnectionState[];
  problems: [string, RoomProblem][];
  refreshes: number;
}

function harness(t: TestApp, user: TestUser): Harness {
  let token = user.token;
  let refreshToken = user.refreshToken;
  const h: Harness = {
    sockets: [],
    received: [],
    states: [],
    problems: [],
    refreshes: 0,
  } as unknown as Harness;
  h.client = new RealtimeClient({
    createSocket: (auth) => {
      const socket = io(t.url, { auth, transports: ['websocket'], forceNew: true, reconnectionDelay: 50 });
      h.sockets.push(socket);
      return socket as unknown as ClientSocket;
    },
    auth: {
      token: () => token,
      refresh: async () => {
        h.refreshes++;
        const result = await t.gql(
          `mutation($token: String!) { refreshToken(token: $token) { accessToken refreshToken } }`,
          { token: refreshToken },
        );
        if (!result.data) return null;
        ({ accessToken: token, refreshToken } = result.data.refreshToken);
        return token;
      },
    },
    onRoomProblem: (room, problem) => h.problems.push([room, problem]),
  });
  h.client.onStateChange((state) => h.states.push(state));
  return h;
}

const names = (events: RoomEventMessage[]) =>
  events.filter((e) => e.type === 'network.updated').map((e) => e.data.name);
const gapFree = (events: RoomEventMessage[]) =>
  events.every((e, i) => i === 0 || e.seq === events[i - 1].seq + 1);

describe('the web realtime client against the real server', () => {
  let t: TestApp;
  let network: TestNetwork;
  let editor: TestMember;
  let room: string;
  const clients: RealtimeClient[] = [];
  const follow = async (user: TestUser, target = room) => {
    const h = harness(t, user);
    clients.push(h.client);
    h.client.join(target, (event) => h.received.push(event));
    h.client.start();
    await waitUntil(() => h.client.connectionState === 'online' && h.client.seqOf(target) !== undefined);
    return h;
  };

  beforeAll(async () => {
    t = await startTestApp();
    network = await createNetwork(t, 'Klientnätverket', ['Nacka']);
    editor = await addMember(t, network, 'EDITOR', 'Nacka');
    room = `network:${network.id}`;
  });
  afterEach(() => clients.splice(0).forEach((client) => client.stop()));
  afterAll(() => t.close());

  it('follows a room: every change once, in seq order', async () => {
    const h = await follow(editor);
    for (const name of ['Ett', 'Två', 'Tre']) await rename(t, network.coordinator.token, network.id, name);
    await waitUntil(() => names(h.received).length === 3);
    expect(names(h.received)).toEqual(['Ett', 'Två', 'Tre']);
    expect(gapFree(h.received)).toBe(true);
    expect(h.states).toEqual(['reconnecting', 'online']);
  });

  it('replays what it missed while the connection was down, then goes on live', async () => {
    const h = await follow(editor);
    h.sockets[0].io.engine.close(); // the network drops
    await waitUntil(() => h.client.connectionState === 'reconnecting');
    const missed = Array.from({ length: 12 }, (_, i) => `Medan nere ${i + 1}`);
    for (const name of missed) await rename(t, network.coordinator.token, network.id, name);
    await waitUntil(() => names(h.received).length === 12);
    await rename(t, network.coordinator.token, network.id, 'Live igen');
    await waitUntil(() => names(h.received).length === 13);
    expect(names(h.received)).toEqual([...missed, 'Live igen']);
    expect(gapFree(h.received)).toBe(true);
    expect(h.states).toEqual(['reconnecting', 'online', 'reconnecting', 'online']);
  });

  it('notices a seq gap and replays the missing events before the newer one', async () => {
    const h = await follow(editor);
    const server = t.app.get(RealtimeServer).io;
    // the server side drops the socket from the room without telling it: events get lost
    server.in(room).socketsLeave(room);
    for (const name of ['Tappad 1', 'Tappad 2']) await rename(t, network.coordinator.token, network.id, name);
    server.in(h.sockets[0].id!).socketsJoin(room);
    await rename(t, network.coordinator.token, network.id, 'Efter luckan');
    await waitUntil(() => names(h.received).length === 3);
    expect(names(h.received)).toEqual(['Tappad 1', 'Tappad 2', 'Efter luckan']);
    expect(gapFree(h.received)).toBe(true);
  });

  it('asks for a refetch when the log cannot cover the gap', async () => {
    const h = await follow(editor);
    // the socket misses an event that is then pruned from the log (taken out of the room on the
    // server, not disconnected: a reconnect could replay the event before the prune)
    const server = t.app.get(RealtimeServer).io;
    server.in(h.sockets[0].id!).socketsLeave(room);
    await rename(t, network.coordinator.token, network.id, 'Bortrensad');
    await t.dataSource.query(`DELETE FROM room_events WHERE room = $1`, [room]);
    server.in(h.sockets[0].id!).socketsJoin(room);
    await rename(t, network.coordinator.token, network.id, 'Efter luckan');
    await waitUntil(() => h.problems.length > 0);
    expect(h.problems).toEqual([[room, 'REFETCH']]);
    await rename(t, network.coordinator.token, network.id, 'Efter omladdning');
    await waitUntil(() => names(h.received).includes('Efter omladdning'));
    expect(names(h.received)).not.toContain('Bortrensad');
  });

  it('tells the page when it may not follow a room', async () => {
    const outsider = await registerUser(t, 'client-outsider');
    const h = harness(t, outsider);
    clients.push(h.client);
    h.client.join(room, () => undefined);
    h.client.start();
    await waitUntil(() => h.problems.length > 0);
    expect(h.problems).toEqual([[room, 'NOT_FOUND']]);
  });
});

describe('the web realtime client when its access token expires', () => {
  // The client runs against 2-second tokens; the fixtures are made through a second app on the same
  // database with ordinary tokens, so a slow machine cannot outlast a fixture's token.
  let setup: TestApp;
  let t: TestApp;
  beforeAll(async () => {
    const JWT_SECRET = randomBytes(32).toString('hex');
    setup = await startTestApp({ JWT_SECRET });
    t = await startTestApp({ JWT_SECRET, ACCESS_TOKEN_TTL: '2' }, { shareDatabaseOf: setup });
  });
  afterAll(async () => {
    await t.close();
    await setup.close();
  });

  it('refreshes the token, reconnects and replays, without the page noticing', async () => {
    const network = await createNetwork(setup, 'Utgångsnätverket', ['Tyresö']);
    const member = await addMember(setup, network, 'VIEWER');
    // the member's session continues on the short-token app
    const short = await t.gql(
      `mutation($token: String!) { refreshToken(token: $token) { accessToken refreshToken } }`,
      { token: member.refreshToken },
    );
    const { accessToken, refreshToken } = short.data!.refreshToken as Record<string, string>;
    const target = `network:${network.id}`;
    const h = harness(t, { ...member, token: accessToken, refreshToken });
    h.client.join(target, (event) => h.received.push(event));
    h.client.start();
    try {
      await waitUntil(() => h.client.connectionState === 'online');
      await waitUntil(() => h.refreshes > 0 && h.client.connectionState === 'online', 15_000);
      await rename(t, network.coordinator.token, network.id, 'Efter förnyelse');
      await waitUntil(() => names(h.received).includes('Efter förnyelse'));
      expect(h.states).toContain('reconnecting');
      expect(gapFree(h.received)).toBe(true);
    } finally {
      h.client.stop();
    }
  });
});
