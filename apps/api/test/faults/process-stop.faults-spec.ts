import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { startApiProcess, type ApiProcess } from '../api-process.js';
import { connectSocket } from '../sockets.js';
import { networkWithCoordinator, renameLoad, report, waitFor } from './load.js';

/**
 * The API on its embedded database (no DATABASE_URL), stopped while it writes: gracefully
 * (SIGTERM) and not (kill -9). These touch no shared server.
 */
describe('stopping the API during writes (embedded database)', () => {
  let dataDir: string;
  const env = () => ({
    DATA_DIR: dataDir,
    JWT_SECRET: 'fault-tests-secret-0123456789abcdef0123456789',
    RATE_LIMIT_NAMESPACE: `faults-${randomBytes(4).toString('hex')}`,
    SHUTDOWN_GRACE_MS: '10000',
    // not what these tests are about: on a loaded machine a write waiting behind the socket's
    // replays can pass the 10 s operation limit and be refused (QUERY_TIMEOUT), which is no cut
    QUERY_TIME_LIMIT_MS: '60000',
  });
  let api: ApiProcess | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'samrad-faults-stop-'));
  });
  afterAll(async () => {
    await api?.stop();
    // a postmaster orphaned by a failed kill -9 assertion must not outlive the test
    const pidFile = join(dataDir, 'pg', 'postmaster.pid');
    if (existsSync(pidFile)) process.kill(Number((await readFile(pidFile, 'utf8')).split('\n')[0]), 'SIGINT');
    await rm(dataDir, { recursive: true, force: true });
  });

  /** The names the embedded database holds, read with the server stopped by the API. */
  async function namesInDatabase(networkId: string): Promise<Set<string>> {
    const server = await startEmbeddedPostgres({ dataDir });
    try {
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      const { rows } = await client.query<{ name: string }>(
        `SELECT after->>'name' AS name FROM audit_entries WHERE action = 'network.updated' AND network_id = $1`,
        [networkId],
      );
      await client.end();
      return new Set(rows.map((row) => row.name));
    } finally {
      await server.stop();
    }
  }

  it('SIGTERM: answers every request in flight, exits 0, leaves no PostgreSQL running', async () => {
    api = await startApiProcess(env());
    const network = await networkWithCoordinator(api.url);
    const load = renameLoad(api.url, network.coordinator.token, network, 6, 0);
    // a socket in the network's room, asking for acks as the signal arrives
    const socket = await connectSocket(api.url, network.coordinator.token);
    const room = `network:${network.id}`;
    expect(await socket.subscribe(room)).toMatchObject({ ok: true });
    const disconnected = new Promise<string>((done) => socket.socket.once('disconnect', done));
    await waitFor(() => load.tally.acknowledged.length >= 30, 30_000, 'writes before the signal');
    const signalledAt = Date.now();
    const ackedAtSignal = load.tally.acknowledged.length;
    const acks = Promise.allSettled(Array.from({ length: 20 }, () => socket.replay(room, 0, 50)));
    api.child.kill('SIGTERM');
    const exitCode = await api.exited;
    const tally = await load.stop();
    const answered = (await acks).filter((ack) => ack.status === 'fulfilled').length;
    const disconnectReason = await disconnected;
    socket.close();
    api = undefined;

    const found = await namesInDatabase(network.id);
    const lost = tally.acknowledged.filter((name) => !found.has(name));
    // after the listener closed, new connections are refused: those requests never started
    const cut = tally.broken.filter((failure) => !/ECONNREFUSED/.test(failure));
    report('sigterm', {
      acknowledged: tally.acknowledged.length,
      acknowledgedAfterSignal: tally.acknowledged.length - ackedAtSignal,
      found: tally.acknowledged.length - lost.length,
      refusedConnections: tally.broken.length - cut.length,
      cutRequests: cut.length,
      refused: tally.refused,
      socketAcksAnswered: `${answered}/20`,
      socketDisconnect: disconnectReason,
      exitCode,
      stopMs: Date.now() - signalledAt,
      postmasterLeft: existsSync(join(dataDir, 'pg', 'postmaster.pid')),
    });
    expect(exitCode).toBe(0);
    // every socket ack in flight at the signal was answered, then the connection closed as a
    // transport close, which socket.io clients answer by reconnecting (to another replica)
    expect(answered).toBe(20);
    expect(disconnectReason).toBe('transport close');
    expect(cut).toEqual([]);
    expect(tally.refused).toEqual({});
    expect(lost).toEqual([]);
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  });

  it('kill -9, then a restart: starts clean (stale server stopped) with every acknowledged write', async () => {
    api = await startApiProcess(env());
    const network = await networkWithCoordinator(api.url);
    const load = renameLoad(api.url, network.coordinator.token, network, 6, 0);
    await waitFor(() => load.tally.acknowledged.length >= 30, 30_000, 'writes before the kill');
    api.child.kill('SIGKILL');
    await api.exited;
    const tally = await load.stop();
    // the orphaned postmaster keeps running: the next start must stop it first
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(true);

    const restartedAt = Date.now();
    api = await startApiProcess(env());
    const restartMs = Date.now() - restartedAt;
    await api.stop();
    expect(await api.exited).toBe(0);
    api = undefined;

    const found = await namesInDatabase(network.id);
    const lost = tally.acknowledged.filter((name) => !found.has(name));
    report('kill-9', {
      acknowledged: tally.acknowledged.length,
      found: tally.acknowledged.length - lost.length,
      unanswered: tally.broken.length,
      restartMs,
    });
    expect(lost).toEqual([]);
  });

  it('a stale postmaster.pid naming an unrelated process: that process is left alone, the API starts', async () => {
    const sleeper = spawn('sleep', ['60'], { stdio: 'ignore' });
    try {
      await writeFile(join(dataDir, 'pg', 'postmaster.pid'), `${sleeper.pid}\n${join(dataDir, 'pg')}\n`);
      api = await startApiProcess(env());
      expect(sleeper.exitCode).toBeNull();
      expect(sleeper.signalCode).toBeNull();
      await api.stop();
      expect(await api.exited).toBe(0);
      api = undefined;
      report('stale-pid', {
        unrelatedProcessSurvived: sleeper.exitCode === null && sleeper.signalCode === null,
      });
    } finally {
      sleeper.kill('SIGKILL');
    }
  });
});
