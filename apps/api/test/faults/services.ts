import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { migrate } from '../../src/database/data-source.js';
import { withDatabase } from '../../src/database/database-server.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/database/embedded-postgres.js';
import { quoteIdent, withAdmin } from '../test-database.js';
import { seedMunicipalities } from '../../src/municipalities/municipalities.seed.js';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source.js';

const run = promisify(execFile);

/**
 * The servers the fault tests stop and start. `FAULTS_TARGET=system` (set by .ci/run only) means
 * this machine's PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379); the default, `private`,
 * is a PostgreSQL from the embedded binaries and a redis-server on free ports, so running the
 * fault tests on a laptop never stops anyone's database.
 */
export const target = process.env.FAULTS_TARGET === 'system' ? 'system' : 'private';

export interface Service {
  /** postgres://… (an admin connection to the `postgres` database) or redis://… */
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops whatever this test started (private) or makes sure the system service runs again. */
  dispose(): Promise<void>;
}

export async function postgresService(): Promise<Service> {
  if (target === 'system') {
    const version = readdirSync('/etc/postgresql')[0]!;
    const ctl = (action: 'start' | 'stop') =>
      run('pg_ctlcluster', [
        '--skip-systemctl-redirect',
        ...(action === 'stop' ? ['-m', 'fast'] : []),
        version,
        'main',
        action,
      ]);
    const start = async () => {
      await ctl('start').catch(async (error: unknown) => {
        // "already running" is fine (dispose() after a passing test); pg_ctlcluster prints it on stdout
        const { stdout, stderr } = error as { stdout?: string; stderr?: string };
        if (!/already running/i.test(`${stdout ?? ''} ${stderr ?? ''}`)) throw error;
      });
      await waitUntilReady(() => run('pg_isready', ['-q', '-h', '127.0.0.1', '-p', '5432']));
    };
    return {
      url: 'postgres://postgres@127.0.0.1:5432/postgres',
      stop: () => ctl('stop').then(() => {}),
      start,
      dispose: start,
    };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'samrad-faults-pg-'));
  let server: EmbeddedDatabase | undefined = await startEmbeddedPostgres({ dataDir });
  const port = server.port;
  const url = server.url;
  return {
    url,
    async stop() {
      await server?.stop();
      server = undefined;
    },
    async start() {
      server ??= await startEmbeddedPostgres({ dataDir, port });
    },
    async dispose() {
      await server?.stop();
      server = undefined;
    },
  };
}

export async function redisService(): Promise<Service> {
  if (target === 'system') {
    const start = async () => {
      const up = await run('redis-cli', ['-h', '127.0.0.1', '-p', '6379', 'ping']).then(
        () => true,
        () => false,
      );
      if (!up) {
        await run('redis-server', [
          '--daemonize',
          'yes',
          '--bind',
          '127.0.0.1',
          '-::1',
          '--port',
          '6379',
          '--save',
          '',
          '--appendonly',
          'no',
          '--dir',
          '/var/lib/redis',
          '--logfile',
          '/var/log/redis/ci.log',
        ]);
      }
      await waitUntilReady(() => run('redis-cli', ['-h', '127.0.0.1', '-p', '6379', 'ping']));
    };
    return {
      url: 'redis://127.0.0.1:6379',
      async stop() {
        // redis-cli may report the dropped connection as an error: what counts is that it is down
        await run('redis-cli', ['-h', '127.0.0.1', '-p', '6379', 'shutdown', 'nosave']).catch(() => {});
        await waitUntilReady(() =>
          run('redis-cli', ['-h', '127.0.0.1', '-p', '6379', 'ping']).then(
            () => Promise.reject(new Error('still up')),
            () => undefined,
          ),
        );
      },
      start,
      dispose: start,
    };
  }
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    if (child && child.exitCode === null && child.signalCode === null) return;
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    await waitUntilReady(() => run('redis-cli', ['-h', '127.0.0.1', '-p', String(port), 'ping']));
  };
  const stop = async () => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((done) => child!.once('exit', done));
    child.kill('SIGKILL'); // an outage, not a polite shutdown
    await exited;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, stop, start, dispose: stop };
}

/** A fresh, migrated database with the municipalities on `adminUrl`'s server. */
export async function freshDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `samrad_fault_${randomBytes(4).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
  const url = withDatabase(adminUrl, name);
  await migrate(url);
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  await seedMunicipalities(dataSource);
  await dataSource.destroy();
  return {
    url,
    drop: () =>
      withAdmin(adminUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
      ).then(() => {}),
  };
}

async function waitUntilReady(check: () => Promise<unknown>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (
      await check().then(
        () => true,
        () => false,
      )
    )
      return;
    if (Date.now() > deadline) throw new Error('service did not come up');
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}
