import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { io } from 'socket.io-client';
import type { RoomEventMessage } from '@samrad/domain';
import { startApiProcess, type ApiProcess } from '../api-process.js';
import { createNetwork, type TestNetwork } from '../network-fixtures.js';
import { UPDATE_NETWORK } from '../realtime-fixtures.js';
import { freePort, freshDatabase, postgresService, redisService, target, type Service } from './services.js';
import { remote, renameLoad, report, waitFor } from './load.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');

/**
 * The production topology of deploy/haproxy.cfg: HAProxy in front of two API processes on one
 * PostgreSQL and one Redis. The config is the checked-in one with loopback ports put in.
 */
describe(`deploy/haproxy.cfg in front of two replicas (${target})`, () => {
  let postgres: Service;
  let redis: Service;
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let api1: ApiProcess;
  let api2: ApiProcess;
  let haproxy: ChildProcess;
  let workDir: string;
  let lb: string;
  let statsSocket: string;

  /** Server name → HAProxy's status for it (UP, DOWN, …), from the stats socket. */
  const serverStates = () =>
    new Promise<Record<string, string>>((done, fail) => {
      const connection = createConnection(statsSocket);
      let csv = '';
      connection.on('connect', () => connection.write('show stat\n'));
      connection.on('data', (chunk) => (csv += chunk.toString()));
      connection.on('end', () => {
        const states: Record<string, string> = {};
        for (const line of csv.split('\n')) {
          const [proxy, server, ...rest] = line.split(',');
          if (proxy === 'api' && server?.startsWith('api')) states[server] = rest[15]!;
        }
        done(states);
      });
      connection.on('error', fail);
    });

  beforeAll(async () => {
    postgres = await postgresService();
    redis = await redisService();
    database = await freshDatabase(postgres.url);
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      RATE_LIMIT_NAMESPACE: `faults-${randomBytes(4).toString('hex')}`,
    };
    [api1, api2] = await Promise.all([startApiProcess(env), startApiProcess(env)]);
    workDir = await mkdtemp(join(tmpdir(), 'samrad-haproxy-'));
    statsSocket = join(workDir, 'stats.sock');
    const port = await freePort();
    lb = `http://127.0.0.1:${port}`;
    const checkedIn = await readFile(join(ROOT, 'deploy/haproxy.cfg'), 'utf8');
    const config = checkedIn
      .replace(/^(global\n)/m, `$1  stats socket ${statsSocket} mode 600 level admin\n`)
      // HAProxy needs ~2 file descriptors per connection: fit this machine's open-file limit
      .replace(/maxconn \d+/, 'maxconn 2000')
      .replace(/bind :8080/, `bind 127.0.0.1:${port}`)
      .replace(/api1:3000/, new URL(api1.url).host)
      .replace(/api2:3000/, new URL(api2.url).host);
    expect(config).not.toMatch(/api[12]:3000|bind :8080/);
    await writeFile(join(workDir, 'haproxy.cfg'), config);
    haproxy = spawn('haproxy', ['-db', '-f', join(workDir, 'haproxy.cfg')], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let haproxyErrors = '';
    haproxy.stderr!.on('data', (chunk: Buffer) => (haproxyErrors += chunk.toString()));
    haproxy.once('exit', (code) => {
      if (code !== null) console.error(`haproxy exited (${code}): ${haproxyErrors}`);
    });
    await waitFor(
      async () => {
        const states = await serverStates().catch(() => ({}) as Record<string, string>);
        return states.api1 === 'UP' && states.api2 === 'UP';
      },
      20_000,
      'HAProxy sees both replicas up',
    );
  }, 180_000);

  afterAll(async () => {
    haproxy?.kill('SIGTERM');
    await Promise.all([api1?.stop(), api2?.stop()]);
    await database?.drop().catch(() => {});
    await redis?.dispose();
    await postgres?.dispose();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  /** GraphQL through HAProxy, pinned to a replica by its SRV cookie. */
  const gqlVia = async (
    replica: 'api1' | 'api2',
    query: string,
    variables: Record<string, unknown>,
    token?: string,
  ) => {
    const response = await fetch(`${lb}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: `SRV=${replica}`,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  };

  it('signs in on one replica, delivers a write to a socket on the other, and stops a replica without a failed request', async () => {
    const network: TestNetwork = await createNetwork(remote(lb), 'Lastbalanserat nätverk', ['Vallentuna']);
    const signIn = await gqlVia(
      'api1',
      `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`,
      { email: network.coordinator.email, password: 'correct horse battery' },
    );
    const token = signIn.data?.login.accessToken as string;
    expect(token).toEqual(expect.any(String));

    const events: RoomEventMessage[] = [];
    const socket = io(lb, {
      auth: { token },
      transports: ['websocket'],
      extraHeaders: { cookie: 'SRV=api2' },
      reconnection: false,
      forceNew: true,
    });
    socket.on('event', (event: RoomEventMessage) => events.push(event));
    await new Promise<void>((done, fail) => {
      socket.once('connect', done);
      socket.once('connect_error', fail);
    });
    const room = `network:${network.id}`;
    expect(await socket.timeout(10_000).emitWithAck('subscribe', { room })).toMatchObject({ ok: true });
    // the socket is pinned to api2 by its cookie, the write goes to api1: PostgreSQL carries it across
    const write = await gqlVia(
      'api1',
      UPDATE_NETWORK,
      { id: network.id, input: { name: 'Via api1' } },
      token,
    );
    expect(write.errors).toBeUndefined();
    const deliveryMs = await waitFor(
      () =>
        events.some((e) => e.type === 'network.updated' && (e.data as { name?: string }).name === 'Via api1'),
      5000,
      'the event on the socket behind api2',
    );

    // writes spread over both replicas while api1 is stopped gracefully
    const load = renameLoad(lb, token, network, 4, 5);
    await waitFor(() => load.tally.acknowledged.length >= 20, 30_000, 'writes through HAProxy');
    const stopping = Date.now();
    api1.child.kill('SIGTERM');
    const exitCode = await api1.exited;
    const stopMs = Date.now() - stopping;
    const ackedAtStop = load.tally.acknowledged.length;
    await waitFor(() => load.tally.acknowledged.length >= ackedAtStop + 20, 30_000, 'writes after the stop');
    const tally = await load.stop();
    socket.close();

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query<{ name: string }>(
      `SELECT after->>'name' AS name FROM audit_entries WHERE action = 'network.updated' AND network_id = $1`,
      [network.id],
    );
    await client.end();
    const found = new Set(rows.map((row) => row.name));
    const lost = tally.acknowledged.filter((name) => !found.has(name));
    report('haproxy', {
      target,
      deliveryAcrossReplicasMs: deliveryMs,
      acknowledged: tally.acknowledged.length,
      found: tally.acknowledged.length - lost.length,
      failedRequests: tally.broken.length + Object.values(tally.refused).reduce((sum, n) => sum + n, 0),
      slowestMs: tally.slowestMs,
      replicaExitCode: exitCode,
      replicaStopMs: stopMs,
    });
    expect(exitCode).toBe(0);
    expect(tally.broken).toEqual([]);
    expect(tally.refused).toEqual({});
    expect(lost).toEqual([]);
  });
});
