import type { PresenceData, RoomEventMessage } from '@samrad/domain';
import { addMember, createNetwork, type TestMember, type TestNetwork } from '../../test/network-fixtures.js';
import { insertRound } from '../../test/realtime-fixtures.js';
import { connectSocket, waitUntil, type TestSocket } from '../../test/sockets.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { RealtimeServer } from './realtime-server.js';

const presence = (event: RoomEventMessage | undefined) => event?.data as unknown as PresenceData | undefined;
const viewers = (event: RoomEventMessage | undefined) =>
  presence(event)?.users.map((user) => user.displayName);

describe('realtime presence', () => {
  let t: TestApp;
  let network: TestNetwork;
  let editor: TestMember;
  let guest: TestMember;
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
    guest = await addMember(t, network, 'VIEWER');
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

    // closing one of two tabs changes nothing. Once the server has taken the tab out of the room
    // (its leave is then scheduled), a guest joins as a marker: the next change logged must be the
    // guest's, still listing the editor, with nothing before it.
    const count = coordinator.eventsOf(room, 'presence.changed').length;
    editorTab2.close();
    const server = t.app.get(RealtimeServer);
    await waitUntil(
      () => server.localSocketIds(room)?.size === 2,
      10_000,
      'the closed tab to leave the room',
    );
    const guestSocket = await connect(guest.token);
    await guestSocket.subscribe(room);
    await coordinator.waitFor(() => presence(lastPresence(coordinator))?.total === 3);
    const afterClose = coordinator.eventsOf(room, 'presence.changed').slice(count);
    expect(
      afterClose.map((event) =>
        presence(event)!
          .users.map((user) => user.id)
          .sort(),
      ),
    ).toEqual([[network.coordinator.id, editor.id, guest.id].sort()]);

    expect(await guestSocket.emit('unsubscribe', { room })).toEqual({ ok: true });
    await coordinator.waitFor(() => presence(lastPresence(coordinator))?.total === 2);
    expect(await editorTab1.emit('unsubscribe', { room })).toEqual({ ok: true });
    await coordinator.waitFor(() => presence(lastPresence(coordinator))?.total === 1);
    // Usually the editor's leave; with Redis a repair of an earlier partial snapshot may write the same list
    // first, carrying the actor of the change it repairs (the guest's leave). The list is what must be right.
    expect([editor.id, guest.id]).toContain(lastPresence(coordinator)!.actorId);

    const [stored] = await t.dataSource.query(`SELECT data FROM room_events WHERE room = $1 AND seq = $2`, [
      room,
      lastPresence(coordinator)!.seq,
    ]);
    expect(stored.data.users).toEqual([{ id: network.coordinator.id, displayName: expect.any(String) }]);
  });

  it('debounces joins: one change for a burst, logged no sooner than the debounce window', async () => {
    const burstSize = 4;
    const members = [];
    for (let i = 0; i < burstSize; i++) members.push(await addMember(t, network, 'VIEWER'));
    const round = `round:${await insertRound(t, network.id, 'Närvaroomgång')}`;
    const watcher = await connect(network.coordinator.token);
    await watcher.subscribe(round);
    // the watcher's own join is logged first; after it no flush of the room is pending
    await watcher.waitFor((events) => events.some((e) => e.room === round && e.type === 'presence.changed'));
    const quiet = watcher.eventsOf(round, 'presence.changed').length;
    const burst = await Promise.all(members.map((member) => connect(member.token)));

    // distinct people join one after another: without a debounce each join is a change of its own
    const start = Date.now();
    const ackedAt: number[] = [];
    for (const socket of burst) {
      await socket.subscribe(round);
      ackedAt.push(Date.now());
    }
    let firstArrival = 0;
    await watcher.waitFor((events) => {
      if (
        !firstArrival &&
        events.filter((e) => e.room === round && e.type === 'presence.changed').length > quiet
      )
        firstArrival = Date.now();
      return presence(watcher.eventsOf(round, 'presence.changed').at(-1))?.total === burstSize + 1;
    });
    const changes = watcher.eventsOf(round, 'presence.changed').slice(quiet);

    // The first join starts the window (PRESENCE_DEBOUNCE_MS, 250 ms: tabs opening together, page
    // switches). Timers run on the event loop's cached clock and may fire a little early, hence 200;
    // a loaded machine only makes the change later.
    const window = 200;
    expect(firstArrival - start).toBeGreaterThanOrEqual(window);
    // everyone whose join was acknowledged inside the window is in the first change logged
    const joinedInWindow = members.filter((_, i) => ackedAt[i] - start < window).map((member) => member.id);
    expect(presence(changes[0])!.users.map((user) => user.id)).toEqual(
      expect.arrayContaining(joinedInWindow),
    );
    // so the burst is one change, plus at most one per join that came after the window
    expect(changes.length).toBeLessThanOrEqual(1 + burstSize - joinedInWindow.length);
  });
});
