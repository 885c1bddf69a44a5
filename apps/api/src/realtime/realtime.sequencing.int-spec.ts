import { addMember, createNetwork, type TestMember, type TestNetwork } from '../../test/network-fixtures.js';
import { rename } from '../../test/realtime-fixtures.js';
import { type TestSocket, socketsClosedAfterEach } from '../../test/sockets.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { EventSequencer } from './event-sequencer.js';
import { UnitOfWork } from './unit-of-work.service.js';

/**
 * Group commit of the event log: writes queue their events without a seq, and a sequencer numbers
 * them after commit. What clients rely on must hold anyway: per room seqs 1, 2, 3… without gaps,
 * in the order the changes committed, delivered only once their data is committed, and events a
 * process left queued (it died between its commit and the sequencing) still delivered in order.
 */
describe('event log sequencing (group commit)', () => {
  let t: TestApp;
  let network: TestNetwork;
  let editor: TestMember;
  let room: string;
  const connect = socketsClosedAfterEach(() => t.url);
  const logged = async () =>
    (
      (await t.dataSource.query(
        `SELECT seq, type, data->>'name' AS name FROM room_events WHERE room = $1 ORDER BY seq`,
        [room],
      )) as { seq: string; type: string; name: string | null }[]
    ).map((row) => ({ seq: Number(row.seq), type: row.type, name: row.name }));
  /** Changes' events still queued (presence is logged by its own flush, in the background of the sockets here). */
  const queued = async () =>
    (
      (await t.dataSource.query(
        `SELECT count(*)::int AS n FROM room_event_queue WHERE type <> 'presence.changed'`,
      )) as { n: number }[]
    )[0].n;
  /** What a writer whose process died right after its commit leaves behind: its event, queued. */
  const leaveQueued = (name: string) =>
    t.dataSource.query(
      `INSERT INTO room_event_queue (room, type, actor_id, data) VALUES ($1, 'network.updated', $2, $3::jsonb)`,
      [room, network.coordinator.id, JSON.stringify({ networkId: network.id, name, description: null })],
    );

  beforeAll(async () => {
    t = await startTestApp();
    network = await createNetwork(t, 'Sekvensnätverket', ['Huddinge', 'Botkyrka']);
    editor = await addMember(t, network, 'EDITOR', 'Huddinge');
    room = `network:${network.id}`;
  });
  /** Every event the socket got since it joined (presence changes included): seqs joined+1, +2, … */
  const expectNoGap = (socket: TestSocket, joinedSeq: number) => {
    const seqs = socket.eventsOf(room).map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => joinedSeq + 1 + i));
  };
  afterAll(() => t.close());

  it('numbers 20 concurrent writes to one room 1…n without gaps, in commit order, delivered in seq order', async () => {
    const socket = await connect(editor.token);
    expect(await socket.subscribe(room)).toMatchObject({ ok: true });
    const names = Array.from({ length: 20 }, (_, i) => `Samtidig ${i + 1}`);
    await Promise.all(names.map((name) => rename(t, network.coordinator.token, network.id, name)));

    await socket.waitFor(
      () =>
        socket.eventsOf(room, 'network.updated').filter((e) => e.data.name.startsWith('Samtidig')).length ===
        20,
    );
    const seqs = (await logged()).map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    const delivered = socket.eventsOf(room).map((e) => e.seq);
    expect(delivered).toEqual(Array.from({ length: delivered.length }, (_, i) => delivered[0] + i));
    // the renames of one row committed one after another: the last to commit has the highest seq
    const [{ name }] = (await t.dataSource.query(`SELECT name FROM networks WHERE id = $1`, [
      network.id,
    ])) as {
      name: string;
    }[];
    expect((await logged()).filter((e) => e.type === 'network.updated').at(-1)?.name).toBe(name);
    expect(await queued()).toBe(0);
  });

  it('numbers a change that announces in several rooms in each room, beside concurrent writes to one of them', async () => {
    const other = await createNetwork(t, 'Sekvensnätverket två', ['Nacka']);
    const otherRoom = `network:${other.id}`;
    const seqsOf = async (target: string) =>
      (
        (await t.dataSource.query(`SELECT seq FROM room_events WHERE room = $1 ORDER BY seq`, [target])) as {
          seq: string;
        }[]
      ).map((row) => Number(row.seq));
    const uow = t.app.get(UnitOfWork);
    const both = (i: number) =>
      uow.run(({ record }) =>
        record({
          actorId: network.coordinator.id,
          events: [network, other].map((n) => ({
            room: `network:${n.id}`,
            type: 'network.updated' as const,
            data: { networkId: n.id, name: `Båda ${i}`, description: null },
          })),
        }),
      );
    await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => both(i)),
      ...Array.from({ length: 10 }, (_, i) => rename(t, network.coordinator.token, network.id, `En ${i}`)),
    ]);

    for (const target of [room, otherRoom]) {
      const seqs = await seqsOf(target);
      expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    }
    const names = (await logged()).map((e) => e.name);
    expect(names.filter((name) => name?.startsWith('Båda')).length).toBe(10);
    expect(names.filter((name) => name?.startsWith('En')).length).toBe(10);
    expect(await queued()).toBe(0);
  });

  it('delivers events a process left queued after its commit when a sweep runs, with the next seq, also in replay', async () => {
    const socket = await connect(editor.token);
    const joined = await socket.subscribe(room);
    if (!joined.ok) throw new Error(JSON.stringify(joined));
    await leaveQueued('Kvarlämnad');

    await t.app.get(EventSequencer).sweep(0);

    await socket.waitFor(() =>
      socket.eventsOf(room, 'network.updated').some((e) => e.data.name === 'Kvarlämnad'),
    );
    expectNoGap(socket, joined.seq);
    expect(await queued()).toBe(0);
    const ack = await (await connect(editor.token)).replay(room, joined.seq);
    if (!ack.ok) throw new Error(JSON.stringify(ack));
    expect(ack.events.map((e) => e.seq)).toEqual(
      socket
        .eventsOf(room)
        .map((e) => e.seq)
        .slice(0, ack.events.length),
    );
    expect(ack.events.filter((e) => e.type === 'network.updated').map((e) => e.data)).toEqual([
      { networkId: network.id, name: 'Kvarlämnad', description: null },
    ]);
  });

  it('sequences leftovers before the next write to the room: both delivered, the older first, no gap', async () => {
    const socket = await connect(editor.token);
    const joined = await socket.subscribe(room);
    if (!joined.ok) throw new Error(JSON.stringify(joined));
    await leaveQueued('Kvar före');
    await rename(t, network.coordinator.token, network.id, 'Skriven efter');

    // the write returned after its events (and the leftover) were sequenced
    expect(await queued()).toBe(0);
    await socket.waitFor(() =>
      socket.eventsOf(room, 'network.updated').some((e) => e.data.name === 'Skriven efter'),
    );
    expect(socket.eventsOf(room, 'network.updated').map((e) => e.data.name)).toEqual([
      'Kvar före',
      'Skriven efter',
    ]);
    expectNoGap(socket, joined.seq);
  });

  it('leaves nothing queued and no seq gap for a write that rolls back after recording its event', async () => {
    const socket = await connect(editor.token);
    const joined = await socket.subscribe(room);
    if (!joined.ok) throw new Error(JSON.stringify(joined));
    // a write whose transaction rolls back after queuing its event
    const uow = t.app.get(UnitOfWork);
    await expect(
      uow.run(async ({ record }) => {
        await record({
          actorId: network.coordinator.id,
          events: [
            {
              room: `network:${network.id}`,
              type: 'network.updated',
              data: { networkId: network.id, name: 'Återrullad', description: null },
            },
          ],
        });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await rename(t, network.coordinator.token, network.id, 'Efter återrullningen');
    await socket.waitFor(() =>
      socket.eventsOf(room, 'network.updated').some((e) => e.data.name === 'Efter återrullningen'),
    );
    expect(socket.eventsOf(room, 'network.updated').map((e) => e.data.name)).toEqual([
      'Efter återrullningen',
    ]);
    expectNoGap(socket, joined.seq);
    expect(await queued()).toBe(0);
  });
});
