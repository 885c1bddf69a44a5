import { randomUUID } from 'node:crypto';
import { decodeJwt } from 'jose';
import { addMember, createNetwork, type TestMember, type TestNetwork } from '../../test/network-fixtures.js';
import { insertRound, rename } from '../../test/realtime-fixtures.js';
import {
  connectSocket,
  refusal,
  waitUntil,
  type TestSocket,
  socketsClosedAfterEach,
} from '../../test/sockets.js';
import { registerUser, startTestApp, type TestApp, type TestUser } from '../../test/test-app.js';
import { roomName, type RoomName } from './room-event.js';
import { UnitOfWork } from './unit-of-work.service.js';
import { VisibilityRules } from './visibility-rules.js';

describe('realtime gateway', () => {
  let t: TestApp;
  let network: TestNetwork;
  let editor: TestMember;
  let viewer: TestMember;
  let outsider: TestUser;
  let room: RoomName<'network'>;
  const connect = socketsClosedAfterEach(() => t.url);

  beforeAll(async () => {
    t = await startTestApp();
    network = await createNetwork(t, 'Realtidsnätverket', ['Sollentuna', 'Upplands-Bro']);
    editor = await addMember(t, network, 'EDITOR', 'Sollentuna');
    viewer = await addMember(t, network, 'VIEWER');
    outsider = await registerUser(t, 'outsider');
    room = roomName('network', network.id);
  });
  afterAll(() => t.close());

  describe('handshake', () => {
    it('refuses a connection without a token, with a forged one and with an ended session', async () => {
      expect(await refusal(t.url, undefined)).toBe('UNAUTHENTICATED');
      expect(await refusal(t.url, 'not-a-jwt')).toBe('UNAUTHENTICATED');
      const user = await registerUser(t, 'leaver');
      await t.gql('mutation { logout }', {}, user.token);
      expect(await refusal(t.url, user.token)).toBe('UNAUTHENTICATED');
    });
  });

  it('counts open sockets and delivered events on /metrics', async () => {
    const metric = async (name: string) =>
      Number(new RegExp(`^${name} (\\d+)`, 'm').exec(await (await fetch(`${t.url}/metrics`)).text())?.[1]);
    const socket = await connect(editor.token);
    expect(await metric('samrad_realtime_sockets')).toBe(1);
    const before = await metric('samrad_realtime_events_delivered_total');
    await socket.subscribe(room);
    await rename(t, network.coordinator.token, network.id, 'Mätt');
    await socket.waitFor((events) => events.some((e) => e.type === 'network.updated'));
    expect(await metric('samrad_realtime_events_delivered_total')).toBeGreaterThan(before);
    socket.close();
  });

  describe('subscribe', () => {
    it('lets members join the network room and its round rooms, acking the latest seq', async () => {
      const socket = await connect(editor.token);
      expect(await socket.subscribe(room)).toEqual({ ok: true, seq: expect.any(Number) });
      const roundId = await insertRound(t, network.id);
      expect(await socket.subscribe(`round:${roundId}`)).toEqual({ ok: true, seq: 0 });
      // the room name is case-insensitive and joining twice is harmless
      expect(await socket.subscribe(room.toUpperCase().replace('NETWORK', 'network'))).toMatchObject({
        ok: true,
      });
    });

    it('answers NOT_FOUND to non-members, unknown objects and room kinds not built yet', async () => {
      const socket = await connect(outsider.token);
      const otherRound = await insertRound(t, network.id);
      for (const target of [
        room,
        `round:${otherRound}`,
        `network:${randomUUID()}`,
        `round:${randomUUID()}`,
        `thread:${randomUUID()}`,
        `goal:${randomUUID()}`,
      ]) {
        expect(await socket.subscribe(target)).toMatchObject({ ok: false, error: 'NOT_FOUND' });
      }
      expect(await socket.emit('replay', { room, afterSeq: 0 })).toMatchObject({
        ok: false,
        error: 'NOT_FOUND',
      });
    });

    it('answers BAD_USER_INPUT to malformed rooms', async () => {
      const socket = await connect(editor.token);
      for (const body of [{ room: 'network:42' }, { room: 'lobby:1' }, { room: 7 }, {}, null, 'network']) {
        expect(await socket.emit('subscribe', body)).toMatchObject({ ok: false, error: 'BAD_USER_INPUT' });
      }
      expect(await socket.emit('replay', { room, afterSeq: -1 })).toMatchObject({
        ok: false,
        error: 'BAD_USER_INPUT',
      });
    });

    it('unsubscribes: no more events from the room', async () => {
      const witness = await connect(network.coordinator.token);
      await witness.subscribe(room);
      const socket = await connect(viewer.token);
      await socket.subscribe(room);
      expect(await socket.emit('unsubscribe', { room })).toEqual({ ok: true });
      await rename(t, network.coordinator.token, network.id, 'Efter avslut');
      // the room got the event (the witness has it); what was sent to the socket then has arrived
      await witness.waitFor(() =>
        witness.eventsOf(room, 'network.updated').some((e) => e.data.name === 'Efter avslut'),
      );
      await socket.roundTrip();
      expect(socket.eventsOf(room, 'network.updated')).toHaveLength(0);
    });
  });

  describe('delivery', () => {
    it('sends a mutation’s event to every subscribed member and nobody else', async () => {
      const [coordinatorSocket, editorSocket, idleViewer, outsiderSocket] = await Promise.all([
        connect(network.coordinator.token),
        connect(editor.token),
        connect(viewer.token),
        connect(outsider.token),
      ]);
      await coordinatorSocket.subscribe(room);
      await editorSocket.subscribe(room);
      await outsiderSocket.subscribe(room); // refused: NOT_FOUND

      await rename(t, network.coordinator.token, network.id, 'Nordvästra nätverket');

      for (const socket of [coordinatorSocket, editorSocket]) {
        await socket.waitFor((events) => events.some((e) => e.type === 'network.updated'));
        const [event] = socket.eventsOf(room, 'network.updated');
        expect(event).toEqual({
          seq: expect.any(Number),
          room,
          type: 'network.updated',
          at: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
          actorId: network.coordinator.id,
          data: expect.objectContaining({ networkId: network.id, name: 'Nordvästra nätverket' }),
        });
      }
      await Promise.all([idleViewer.roundTrip(), outsiderSocket.roundTrip()]);
      expect(idleViewer.events).toHaveLength(0);
      expect(outsiderSocket.events).toHaveLength(0);
      const [stored] = await t.dataSource.query(
        `SELECT seq FROM room_events WHERE room = $1 AND type = 'network.updated' ORDER BY seq DESC LIMIT 1`,
        [room],
      );
      expect(coordinatorSocket.eventsOf(room, 'network.updated')[0].seq).toBe(Number(stored.seq));
    });

    it('emits nothing for a rolled-back write, and its seq is handed out again', async () => {
      const socket = await connect(editor.token);
      const { seq: before } = (await socket.subscribe(room)) as { seq: number };
      // the editor's own presence change lands first
      await socket.waitFor((events) => events.some((e) => e.type === 'presence.changed'));
      const uow = t.app.get(UnitOfWork);
      const renamedTo = (name: string) => ({
        actorId: editor.id,
        events: [
          {
            room,
            type: 'network.updated' as const,
            data: { networkId: network.id, name, description: null },
          },
        ],
      });
      const named = (name: string) =>
        socket.eventsOf(room, 'network.updated').filter((e) => e.data.name === name);
      await expect(
        uow.run(async ({ record }) => {
          await record(renamedTo('Doomed'));
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      const lastSeen = Math.max(before, ...socket.eventsOf(room).map((e) => e.seq));
      // a later event of the same room is the marker: deliveries keep the room's order
      await uow.run(({ record }) => record(renamedTo('Kept')));
      await socket.waitFor(() => named('Kept').length > 0);
      expect(named('Doomed')).toHaveLength(0);
      const [{ count }] = await t.dataSource.query(
        `SELECT count(*)::int AS count FROM room_events WHERE data->>'name' = 'Doomed'`,
      );
      expect(count).toBe(0);
      expect(named('Kept')[0].seq).toBe(lastSeen + 1);
    });

    it('strips restricted fields for recipients the visibility rule does not name, live and on replay', async () => {
      const rules = t.app.get(VisibilityRules);
      rules.register('test.coordinatorsOnly', async ({ args, userIds, dataSource }) => {
        const rows: { user_id: string }[] = await dataSource.query(
          `SELECT user_id FROM memberships WHERE network_id = $1 AND role = 'COORDINATOR' AND user_id = ANY($2::uuid[])`,
          [args.networkId, userIds],
        );
        return new Set(rows.map((row) => row.user_id));
      });
      const roundRoom = roomName('round', await insertRound(t, network.id, 'Omgång med svar'));
      const coordinatorSocket = await connect(network.coordinator.token);
      const editorSocket = await connect(editor.token);
      const { seq: from } = (await coordinatorSocket.subscribe(roundRoom)) as { seq: number };
      await editorSocket.subscribe(roundRoom);

      const data = {
        answerId: randomUUID(),
        indicatorId: randomUUID(),
        municipalityId: network.municipalities.Sollentuna,
        version: 1,
        status: 'DRAFT' as const,
        value: { number: 42 },
        comment: 'Ny rutin',
      };
      const { value: _value, comment: _comment, ...withheld } = data;
      const uow = t.app.get(UnitOfWork);
      await uow.run(({ record }) =>
        record({
          actorId: editor.id,
          events: [
            {
              room: roundRoom,
              type: 'answer.saved',
              data,
              visibleTo: { rule: 'test.coordinatorsOnly', args: { networkId: network.id } },
            },
          ],
        }),
      );
      await uow.run(({ record }) =>
        record({
          actorId: editor.id,
          events: [
            {
              room: roundRoom,
              type: 'answer.saved',
              data: { ...data, value: { number: 7 } },
              visibleTo: { rule: 'no.such.rule', args: {} },
            },
          ],
        }),
      );
      for (const socket of [coordinatorSocket, editorSocket]) {
        await socket.waitFor((events) => events.filter((e) => e.type === 'answer.saved').length === 2);
      }
      const [full, unknownRule] = coordinatorSocket.eventsOf(roundRoom, 'answer.saved');
      expect(full.data).toEqual(data);
      expect(unknownRule.data).toEqual(withheld);
      const [stripped] = editorSocket.eventsOf(roundRoom, 'answer.saved');
      expect(stripped.data).toEqual(withheld);
      expect(stripped.seq).toBe(full.seq);

      const replayed = async (socket: TestSocket) => {
        const ack = await socket.replay(roundRoom, from);
        if (!ack.ok) throw new Error(JSON.stringify(ack));
        return ack.events.filter((e) => e.type === 'answer.saved').map((e) => e.data);
      };
      expect(await replayed(coordinatorSocket)).toEqual([data, withheld]);
      expect(await replayed(editorSocket)).toEqual([withheld, withheld]);
    });

    it('takes a removed member out of the network’s rooms, on every room of that network', async () => {
      const leaving = await addMember(t, network, 'VIEWER');
      const roundId = await insertRound(t, network.id, 'Omgång för borttagning');
      const witness = await connect(network.coordinator.token);
      await witness.subscribe(room);
      const socket = await connect(leaving.token);
      await socket.subscribe(room);
      await socket.subscribe(`round:${roundId}`);
      const closed: { room: string; reason: string }[] = [];
      socket.socket.on('room.closed', (message) => closed.push(message));

      const removed = await t.gql(
        `mutation($id: ID!) { removeMember(membershipId: $id) { id } }`,
        { id: leaving.membershipId },
        network.coordinator.token,
      );
      expect(removed.errors).toBeUndefined();
      await socket.waitFor((events) => events.some((e) => e.type === 'member.removed'));
      await waitUntil(() => closed.length >= 2, 10_000, 'room.closed for both rooms');
      expect(closed.map((c) => c.room).sort()).toEqual([room, `round:${roundId}`].sort());

      const seen = socket.events.length;
      await rename(t, network.coordinator.token, network.id, 'Efter borttagning');
      await witness.waitFor(() =>
        witness.eventsOf(room, 'network.updated').some((e) => e.data.name === 'Efter borttagning'),
      );
      await socket.roundTrip();
      expect(socket.events.slice(seen)).toEqual([]);
      expect(await socket.subscribe(room)).toMatchObject({ ok: false, error: 'NOT_FOUND' });
      expect(await socket.replay(room, 0)).toMatchObject({ ok: false, error: 'NOT_FOUND' });
    });
  });
});

describe('realtime gateway with short-lived access tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    // long enough that a loaded machine refreshes and hands over well before the first token ends
    t = await startTestApp({ ACCESS_TOKEN_TTL: '4' });
  });
  afterAll(() => t.close());

  const REFRESH = `mutation($token: String!) { refreshToken(token: $token) { accessToken refreshToken } }`;

  it('disconnects a socket when its access token expires, telling the client why', async () => {
    const user = await registerUser(t, 'expiring');
    const socket = await connectSocket(t.url, user.token);
    const expired = new Promise<unknown>((resolve) => socket.socket.once('auth.expired', resolve));
    const disconnected = new Promise<string>((resolve) => socket.socket.once('disconnect', resolve));
    expect(await expired).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' });
    expect(await disconnected).toBe('io server disconnect');
    expect(await refusal(t.url, user.token)).toBe('UNAUTHENTICATED');
  });

  it('keeps a socket open past the old expiry when the client hands over a refreshed token', async () => {
    const user = await registerUser(t, 'renewing');
    const socket = await connectSocket(t.url, user.token);
    try {
      const expiredAt = new Promise<number>((resolve) =>
        socket.socket.once('auth.expired', () => resolve(Date.now())),
      );
      // exp has whole seconds: refresh once the second after the first token's iat has begun, so
      // the fresh one ends at least a second after the first (the TTL leaves 3 s for the handover)
      const { iat, exp: firstExpiry } = decodeJwt(user.token) as { iat: number; exp: number };
      await waitUntil(() => Date.now() >= (iat + 1) * 1000, 5_000, 'the second after iat');
      const refreshed = await t.gql(REFRESH, { token: user.refreshToken });
      const fresh = refreshed.data!.refreshToken.accessToken as string;
      expect(decodeJwt(fresh).exp).toBeGreaterThan(firstExpiry);

      expect(await socket.emit('auth', { token: 'forged' })).toMatchObject({
        ok: false,
        error: 'UNAUTHENTICATED',
      });
      expect(await socket.emit('auth', { token: fresh })).toEqual({ ok: true });
      // The socket now ends with the fresh token, a second or more after the first one would have
      // ended it. Waiting for that end (not checking at a fixed moment) means load only delays it;
      // half a second of margin covers timers set on the event loop's cached clock.
      expect(await expiredAt).toBeGreaterThanOrEqual((firstExpiry + 0.5) * 1000);
    } finally {
      socket.close();
    }
  });

  it('refuses to renew a socket with another user’s token', async () => {
    const stranger = await registerUser(t, 'stranger');
    const user = await registerUser(t, 'owner');
    const socket = await connectSocket(t.url, user.token);
    try {
      expect(await socket.emit('auth', { token: stranger.token })).toMatchObject({
        ok: false,
        error: 'UNAUTHENTICATED',
      });
    } finally {
      socket.close();
    }
  });
});
