import type { PresenceData, RoomEventMessage } from '@samrad/domain';
import { addMember, createNetwork, type TestMember, type TestNetwork } from '../../test/network-fixtures.js';
import { connectSocket, settle, type TestSocket } from '../../test/sockets.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { PRESENCE_DEBOUNCE_MS } from './presence.service.js';

const presence = (event: RoomEventMessage | undefined) => event?.data as unknown as PresenceData | undefined;
const viewers = (event: RoomEventMessage | undefined) =>
  presence(event)?.users.map((user) => user.displayName);

describe('realtime presence', () => {
  let t: TestApp;
  let network: TestNetwork;
  let editor: TestMember;
  let room: string;
  const sockets: TestSocket[] = [];
  const connect = async (token: string) => {
    const socket = await connectSocket(t.url, token);
    sockets.push(socket);
    return socket;
  };
  const lastPresence = (socket: TestSocket) => socket.eventsOf(room, 'presence.changed').at(-1);

  beforeAll(async () => {
    t = await startTestApp();
    network = await createNetwork(t, 'Närvaronätverket', ['Täby']);
    editor = await addMember(t, network, 'EDITOR', 'Täby');
    room = `network:${network.id}`;
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.close());
    await t.close();
  });

  it('tells the room who is viewing it, one entry per person, as people come and go', async () => {
    const coordinator = await connect(network.coordinator.token);
    await coordinator.subscribe(room);
    await coordinator.waitFor((events) => viewers(events.at(-1))?.length === 1);
    expect(lastPresence(coordinator)).toMatchObject({
      type: 'presence.changed',
      actorId: network.coordinator.id,
      data: { users: [{ id: network.coordinator.id, displayName: expect.any(String) }], total: 1 },
    });

    const editorTab1 = await connect(editor.token);
    const editorTab2 = await connect(editor.token);
    await editorTab1.subscribe(room);
    await editorTab2.subscribe(room);
    await coordinator.waitFor(() => presence(lastPresence(coordinator))?.total === 2);
    const both = lastPresence(coordinator)!;
    expect(
      presence(both)!
        .users.map((user) => user.id)
        .sort(),
    ).toEqual([network.coordinator.id, editor.id].sort());
    // the newcomers get it too, with the same seq: it is an event of the room's log
    await editorTab1.waitFor((events) => events.some((e) => e.seq === both.seq));

    // closing one of two tabs changes nothing: no event
    const count = coordinator.eventsOf(room, 'presence.changed').length;
    editorTab2.close();
    await settle(PRESENCE_DEBOUNCE_MS * 3);
    expect(coordinator.eventsOf(room, 'presence.changed')).toHaveLength(count);

    expect(await editorTab1.emit('unsubscribe', { room })).toEqual({ ok: true });
    await coordinator.waitFor(() => presence(lastPresence(coordinator))?.total === 1);
    expect(lastPresence(coordinator)).toMatchObject({ actorId: editor.id });

    const [stored] = await t.dataSource.query(`SELECT data FROM room_events WHERE room = $1 AND seq = $2`, [
      room,
      lastPresence(coordinator)!.seq,
    ]);
    expect(stored.data.users).toEqual([{ id: network.coordinator.id, displayName: expect.any(String) }]);
  });

  it('debounces a burst of joins into few logged changes', async () => {
    const before = await presenceRows();
    const burst = await Promise.all(Array.from({ length: 10 }, () => connect(editor.token)));
    await Promise.all(burst.map((socket) => socket.subscribe(room)));
    burst.forEach((socket) => socket.close());
    await settle(PRESENCE_DEBOUNCE_MS * 4);
    // ten tabs opened and closed: at most a join and a leave, never twenty changes
    expect((await presenceRows()) - before).toBeLessThanOrEqual(2);
  });

  const presenceRows = async () =>
    (
      await t.dataSource.query(
        `SELECT count(*)::int AS count FROM room_events WHERE room = $1 AND type = 'presence.changed'`,
        [room],
      )
    )[0].count as number;
});
