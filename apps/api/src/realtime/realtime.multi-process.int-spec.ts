import { randomBytes, randomUUID } from 'node:crypto';
import type { PresenceData } from '@samrad/domain';
import { gqlAt, startApiProcess, type ApiProcess } from '../../test/api-process.js';
import { addMember, createNetwork, type TestMember, type TestNetwork } from '../../test/network-fixtures.js';
import { UPDATE_NETWORK } from '../../test/realtime-fixtures.js';
import { connectSocket, type TestSocket } from '../../test/sockets.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

const redis = process.env.REDIS_URL;
if (!redis) {
  console.warn(
    'realtime.multi-process: REDIS_URL is not set, so presence across processes is not tested ' +
      '(events across processes still are: they travel through PostgreSQL).',
  );
}

/**
 * Two real API processes on one database (and, with REDIS_URL, one Redis): this jest process
 * (A) and a child Node process (B) started from apps/api/src/main.ts.
 */
describe('realtime across two API processes', () => {
  let a: TestApp;
  let b: ApiProcess;
  let network: TestNetwork;
  let editor: TestMember;
  let viewer: TestMember;
  let room: string;
  /** A room nobody writes to, with an event left queued as a process that died after its commit leaves it. */
  let leftoverRoom: string;
  let onA: TestSocket;
  let onB: TestSocket;

  beforeAll(async () => {
    const jwtSecret = randomBytes(32).toString('hex');
    a = await startTestApp({ JWT_SECRET: jwtSecret });
    // a room nobody writes to (no socket joins it: only the log is looked at)
    const networkId = randomUUID();
    leftoverRoom = `network:${networkId}`;
    await a.dataSource.query(
      `INSERT INTO room_event_queue (room, type, data) VALUES ($1, 'network.updated', $2::jsonb)`,
      [leftoverRoom, JSON.stringify({ networkId, name: 'Efterlämnad', description: null })],
    );
    b = await startApiProcess(
      {
        DATABASE_URL: a.databaseUrl,
        JWT_SECRET: jwtSecret,
        REDIS_URL: redis ?? '',
        RATE_LIMIT_NAMESPACE: `test-${randomBytes(6).toString('hex')}`,
      },
      180_000, // an upper bound: on the shared 2-core machine under load 30 the child took over 60 s to boot
    );
    network = await createNetwork(a, 'Tvåprocessnätverket', ['Vallentuna', 'Vaxholm']);
    editor = await addMember(a, network, 'EDITOR', 'Vallentuna');
    viewer = await addMember(a, network, 'VIEWER');
    room = `network:${network.id}`;
    onA = await connectSocket(a.url, editor.token);
    onB = await connectSocket(b.url, viewer.token);
    expect(await onA.subscribe(room)).toMatchObject({ ok: true });
    expect(await onB.subscribe(room)).toMatchObject({ ok: true });
  }, 240_000);

  afterAll(async () => {
    onA?.close();
    onB?.close();
    await b?.stop();
    await a?.close();
  });

  const renameAt = async (url: string, name: string) => {
    const result = await gqlAt(
      url,
      UPDATE_NETWORK,
      { id: network.id, input: { name } },
      network.coordinator.token,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
  };

  it('sequences an event a dead process left queued without any write to its room (sweep at boot or every second)', async () => {
    const queued = async () =>
      (await a.dataSource.query(`SELECT id FROM room_event_queue WHERE room = $1`, [
        leftoverRoom,
      ])) as unknown[];
    for (let tries = 0; (await queued()).length > 0; tries++) {
      if (tries > 100) throw new Error('the leftover event is still queued');
      await new Promise((resolve) => setTimeout(resolve, 100)); // the sweep runs every second
    }
    const rows = (await a.dataSource.query(
      `SELECT seq, data->>'name' AS name FROM room_events WHERE room = $1 ORDER BY seq`,
      [leftoverRoom],
    )) as { seq: string; name: string | null }[];
    const seqs = rows.map((row) => Number(row.seq));
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    expect(rows.at(-1)?.name).toBe('Efterlämnad');
    expect(
      await a.dataSource.query(`SELECT id FROM room_event_queue WHERE room = $1`, [leftoverRoom]),
    ).toEqual([]);
  });

  it('delivers to a client on A, in order, the events of mutations served by B', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `Från B ${i + 1}`);
    for (const name of names) await renameAt(b.url, name);
    await onA.waitFor((events) => events.filter((e) => e.type === 'network.updated').length >= 30);
    expect(onA.eventsOf(room, 'network.updated').map((e) => e.data.name)).toEqual(names);
    const seqs = onA.eventsOf(room).map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it('gives clients on both processes the same events in seq order when both serve writes at once', async () => {
    const before = { a: onA.events.length, b: onB.events.length };
    await Promise.all([
      (async () => {
        for (let i = 1; i <= 10; i++) await renameAt(a.url, `Samtidigt A ${i}`);
      })(),
      (async () => {
        for (let i = 1; i <= 10; i++) await renameAt(b.url, `Samtidigt B ${i}`);
      })(),
    ]);
    const concurrent = (socket: TestSocket, from: number) =>
      socket.events
        .slice(from)
        .filter((e) => e.type === 'network.updated' && e.data.name.startsWith('Samtidigt'));
    await onA.waitFor(() => concurrent(onA, before.a).length === 20);
    await onB.waitFor(() => concurrent(onB, before.b).length === 20);
    const seqsA = concurrent(onA, before.a).map((e) => e.seq);
    expect(seqsA).toEqual([...seqsA].sort((x, y) => x - y));
    expect(concurrent(onB, before.b).map((e) => e.seq)).toEqual(seqsA);
    // and nothing missing in between: the whole stream on A is gap-free from its first event
    const all = onA.eventsOf(room).map((e) => e.seq);
    expect(all).toEqual(Array.from({ length: all.length }, (_, i) => all[0] + i));
  });

  (redis ? it : it.skip)('shows viewers connected to either process in the room’s presence', async () => {
    const users = (socket: TestSocket) =>
      ((socket.eventsOf(room, 'presence.changed').at(-1)?.data as PresenceData | undefined)?.users ?? []).map(
        (user) => user.id,
      );
    const both = [editor.id, viewer.id].sort();
    await onA.waitFor(() => users(onA).sort().join() === both.join());
    await onB.waitFor(() => users(onB).sort().join() === both.join());

    onB.close();
    await onA.waitFor(() => users(onA).join() === editor.id);
  });
});
