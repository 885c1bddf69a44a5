import type { RoomEventMessage } from '@samrad/domain';
import { addMember, createNetwork, type TestMember, type TestNetwork } from '../../test/network-fixtures.js';
import { rename } from '../../test/realtime-fixtures.js';
import { socketsClosedAfterEach } from '../../test/sockets.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { EventPruner, PRUNE_LOCK } from './event-pruner.js';
import { roomName } from './room-event.js';
import { UnitOfWork } from './unit-of-work.service.js';

describe('realtime event log and replay', () => {
  let t: TestApp;
  let network: TestNetwork;
  let editor: TestMember;
  let room: string;
  const connect = socketsClosedAfterEach(() => t.url);
  const seqsOf = async (target: string): Promise<number[]> =>
    (
      (await t.dataSource.query(`SELECT seq FROM room_events WHERE room = $1 ORDER BY seq`, [target])) as {
        seq: string;
      }[]
    ).map((row) => Number(row.seq));
  const consecutive = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

  beforeAll(async () => {
    t = await startTestApp();
    network = await createNetwork(t, 'Återspelningsnätverket', ['Järfälla', 'Sundbyberg']);
    editor = await addMember(t, network, 'EDITOR', 'Järfälla');
    room = `network:${network.id}`;
  });
  afterAll(() => t.close());

  it('replays exactly the 50 changes a disconnected client missed, in seq order', async () => {
    const first = await connect(editor.token);
    await first.subscribe(room);
    await rename(t, network.coordinator.token, network.id, 'Före avbrottet');
    await first.waitFor((events) => events.some((e) => e.type === 'network.updated'));
    // its own arrival in the room's presence is logged too: seen before it leaves, so the only
    // presence change it misses is its own departure
    await first.waitFor((events) =>
      events.some(
        (e) =>
          e.type === 'presence.changed' &&
          (e.data as { users: { id: string }[] }).users.some((u) => u.id === editor.id),
      ),
    );
    const lastSeen = Math.max(...first.eventsOf(room).map((e) => e.seq));
    first.close();

    const names = Array.from({ length: 50 }, (_, i) => `Ändring ${i + 1}`);
    for (const name of names) await rename(t, network.coordinator.token, network.id, name);

    const again = await connect(editor.token);
    const ack = await again.replay(room, lastSeen);
    if (!ack.ok) throw new Error(JSON.stringify(ack));
    expect(ack.hasMore).toBe(false);
    const seqs = ack.events.map((e) => e.seq);
    expect(seqs).toEqual(consecutive(lastSeen + 1, seqs.length));
    // the 50 renames, in order, and the presence change of the client's own departure
    const changes = ack.events.filter((e) => e.type === 'network.updated');
    expect(changes.map((e) => e.data.name)).toEqual(names);
    expect(ack.events.filter((e) => e.type !== 'network.updated').map((e) => e.type)).toEqual([
      'presence.changed',
    ]);
    expect(ack.seq).toBe(seqs.at(-1));
  });

  it('pages long replays and says when more follow', async () => {
    const socket = await connect(network.coordinator.token);
    const page1 = await socket.replay(room, 0, 20);
    if (!page1.ok) throw new Error(JSON.stringify(page1));
    expect(page1.events.map((e) => e.seq)).toEqual(consecutive(1, 20));
    expect(page1.hasMore).toBe(true);
    const collected: RoomEventMessage[] = [...page1.events];
    for (let more = true; more;) {
      const page = await socket.replay(room, collected.at(-1)!.seq, 20);
      if (!page.ok) throw new Error(JSON.stringify(page));
      collected.push(...page.events);
      more = page.hasMore;
    }
    expect(collected.map((e) => e.seq)).toEqual(await seqsOf(room));
  });

  it('gives 20 concurrent writers to one room the seqs 1..N with no gap or duplicate, delivered in order', async () => {
    const fresh = await createNetwork(t, 'Samtidighetsnätverket', ['Solna'], network.coordinator);
    const target = roomName('network', fresh.id);
    const listener = await connect(network.coordinator.token);
    await listener.subscribe(target);
    await listener.waitFor((events) => events.some((e) => e.type === 'presence.changed'));

    const uow = t.app.get(UnitOfWork);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        uow.run(async ({ manager, record }) => {
          // interleave the transactions: each waits a little while holding nothing yet
          await manager.query(`SELECT pg_sleep($1)`, [Math.random() * 0.05]);
          await record({
            actorId: network.coordinator.id,
            events: [
              {
                room: target,
                type: 'network.updated',
                data: { networkId: fresh.id, name: `Skribent ${i}`, description: null },
              },
            ],
          });
        }),
      ),
    );
    const seqs = await seqsOf(target);
    expect(seqs).toEqual(consecutive(1, seqs.length));
    const written = (await t.dataSource.query(
      `SELECT seq, data->>'name' AS writer FROM room_events WHERE room = $1 AND type = 'network.updated'`,
      [target],
    )) as { writer: string }[];
    expect(new Set(written.map((row) => row.writer)).size).toBe(20);

    await listener.waitFor((events) => events.filter((e) => e.type === 'network.updated').length === 20);
    const delivered = listener.eventsOf(target).map((e) => e.seq);
    expect(delivered).toEqual(consecutive(delivered[0], delivered.length));
    expect(delivered.at(-1)).toBe(seqs.at(-1));
  });

  it('catches up on events committed while the process’s listener connection was down', async () => {
    const socket = await connect(editor.token);
    await socket.subscribe(room);
    await socket.waitFor((events) => events.some((e) => e.type === 'presence.changed'));
    await t.dataSource.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'samrad-room-events' AND datname = current_database()`,
    );
    const names = ['Under avbrottet 1', 'Under avbrottet 2', 'Under avbrottet 3'];
    for (const name of names) await rename(t, network.coordinator.token, network.id, name);
    await socket.waitFor((events) => events.filter((e) => e.type === 'network.updated').length === 3);
    expect(socket.eventsOf(room, 'network.updated').map((e) => e.data.name)).toEqual(names);
    const seqs = socket.eventsOf(room).map((e) => e.seq);
    expect(seqs).toEqual(consecutive(seqs[0], seqs.length));
  });

  it('refuses to replay past the retention window or a pruned log, and tells the client to refetch', async () => {
    const target = await createNetwork(t, 'Gamla nätverket', ['Ekerö'], network.coordinator);
    const oldRoom = `network:${target.id}`;
    for (const name of ['Gammal 1', 'Gammal 2', 'Gammal 3']) {
      await rename(t, network.coordinator.token, target.id, name);
    }
    const socket = await connect(network.coordinator.token);
    expect(await socket.replay(oldRoom, 0)).toMatchObject({ ok: true, seq: 3 });
    await t.dataSource.query(
      `UPDATE room_events SET at = now() - interval '31 days' WHERE room = $1 AND seq <= 2`,
      [oldRoom],
    );
    expect(await socket.replay(oldRoom, 0)).toMatchObject({ ok: false, error: 'REPLAY_TOO_OLD', seq: 3 });
    expect(await socket.replay(oldRoom, 2)).toMatchObject({ ok: true, events: [{ seq: 3 }] });

    // a client far ahead of the log (e.g. the database was restored): refetch too
    expect(await socket.replay(oldRoom, 99)).toMatchObject({ ok: false, error: 'REPLAY_TOO_OLD', seq: 3 });

    const deleted = await t.app.get(EventPruner).prune();
    expect(deleted).toBeGreaterThanOrEqual(2);
    expect(await seqsOf(oldRoom)).toEqual([3]);
    expect(await socket.replay(oldRoom, 0)).toMatchObject({ ok: false, error: 'REPLAY_TOO_OLD', seq: 3 });
    expect(await socket.replay(oldRoom, 3)).toEqual({ ok: true, events: [], hasMore: false, seq: 3 });
    // seqs go on after pruning
    await rename(t, network.coordinator.token, target.id, 'Ny igen');
    expect(await seqsOf(oldRoom)).toEqual([3, 4]);
  });

  it('lets only one replica prune at a time', async () => {
    const pruner = t.app.get(EventPruner);
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`SELECT pg_advisory_lock($1)`, [PRUNE_LOCK]);
      expect(await pruner.prune()).toBeNull();
      await runner.query(`SELECT pg_advisory_unlock($1)`, [PRUNE_LOCK]);
      expect(await pruner.prune()).toEqual(expect.any(Number));
    } finally {
      await runner.release();
    }
  });
});
