/**
 * Real-time fan-out bench (`npm run bench`, or run this file alone).
 *
 * 1,000 sockets (a client process of their own) join one round room. For each trial a write is
 * committed through the API's UnitOfWork, exactly as a mutation does (from the client process,
 * whose idle event loop timestamps the commit exactly), and we time commit → receipt on every
 * socket; then the same payload is sent with a bare `io.to(room).emit` from the API process (no
 * database, no log, no per-recipient filtering) as the floor. Two set-ups: one API process, and two API processes
 * (this one and a child) sharing PostgreSQL and Redis with the sockets split between them.
 * Loopback only; bounded to well under two minutes.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RealtimeServer } from '../../apps/api/src/realtime/realtime-server.js';
import {
  roomName,
  type RoomEvent,
  type RoomEventData,
  type RoomName,
} from '../../apps/api/src/realtime/room-event.js';
import { startApiProcess, type ApiProcess } from '../../apps/api/test/api-process.js';
import { graphqlClient, listen, runIfMain, withBenchDatabase, type BenchDatabase } from './bench-database.js';
import type { ClientCommand, ClientReport } from './realtime-clients.js';

const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 1000);
const TRIALS = Number(process.env.BENCH_TRIALS ?? 60);
const WARMUP = 5;
const USERS = 20;

const now = () => performance.timeOrigin + performance.now();

export interface LatencyFigures {
  p50: number;
  p99: number;
  max: number;
  samples: number;
}

export interface SetupResult {
  setup: string;
  sockets: number;
  joinMs: number;
  /** commit (UnitOfWork.run resolved) → receipt, over all sockets and trials */
  eventLog: LatencyFigures;
  /** bare io.to(room).emit → receipt */
  bareBroadcast: LatencyFigures;
  /** how long the write transaction itself took (begin → commit acknowledged), p50 */
  writeP50: number;
  ratioP50: number;
  ratioP99: number;
}

function figures(samples: number[]): LatencyFigures {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { p50: round(at(0.5)), p99: round(at(0.99)), max: round(sorted.at(-1)!), samples: sorted.length };
}

class Clients {
  private readonly child: ChildProcess;
  private readonly waiters = new Map<number, (at: number[]) => void>();
  private readonly commits = new Map<number, (times: { begin: number; at: number }) => void>();
  private opened?: { resolve: (ms: number) => void; reject: (error: Error) => void };
  private failed?: Error;

  constructor() {
    this.child = fork(fileURLToPath(new URL('./realtime-clients.ts', import.meta.url)), {
      execArgv: ['--conditions=@samrad/source', '--import', '@swc-node/register/esm-register'],
    });
    this.child.on('message', (report: ClientReport) => {
      if (report.kind === 'opened') this.opened?.resolve(report.ms);
      else if (report.kind === 'error') {
        this.failed = new Error(report.message);
        this.opened?.reject(this.failed);
      } else if (report.kind === 'committed') this.commits.get(report.trial)?.(report);
      else this.waiters.get(report.trial)?.(report.at);
    });
  }

  open(targets: { url: string; token: string }[], room: string, databaseUrl: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.opened = { resolve, reject };
      this.send({ cmd: 'open', targets, room, databaseUrl });
    });
  }

  /** Commits the event in the client process; resolves with begin and commit-acknowledged times. */
  write(trial: number, actorId: string, event: RoomEvent): Promise<{ begin: number; at: number }> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve) => {
      this.commits.set(trial, (times) => {
        this.commits.delete(trial);
        resolve(times);
      });
      this.send({ cmd: 'write', trial, actorId, event });
    });
  }

  /** Resolves with every socket's receipt time of `trial` (fails after 20 s). */
  receipts(trial: number): Promise<number[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`trial ${trial}: not every socket received it`)),
        20_000,
      );
      this.waiters.set(trial, (at) => {
        clearTimeout(timer);
        this.waiters.delete(trial);
        resolve(at);
      });
    });
  }

  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.send({ cmd: 'close' });
    await exited;
  }

  private send(command: ClientCommand) {
    this.child.send(command);
  }
}

interface Fixture {
  room: RoomName<'round'>;
  roundId: string;
  tokens: string[];
  actorId: string;
}

/** Users, a network they all belong to and a round of it, through the API and SQL. */
async function fixture(app: NestExpressApplication, url: string): Promise<Fixture> {
  const gql = graphqlClient(url);
  const users: { id: string; token: string }[] = [];
  for (let i = 0; i < USERS; i++) {
    const { register } = await gql(
      `mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`,
      {
        input: {
          email: `bench-${i}-${randomBytes(3).toString('hex')}@bench.samrad.se`,
          password: 'correct horse battery',
          displayName: `Bench user ${i}`,
        },
      },
    );
    users.push({ id: register.user.id, token: register.accessToken });
  }
  const { createNetwork } = await gql(
    `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`,
    { input: { name: 'Bench network' } },
    users[0].token,
  );
  const dataSource = app.get<DataSource>(getDataSourceToken());
  await dataSource.query(
    `INSERT INTO memberships (network_id, user_id, role) SELECT $1, unnest($2::uuid[]), 'VIEWER'`,
    [createNetwork.id, users.slice(1).map((user) => user.id)],
  );
  const [set] = await dataSource.query(
    `INSERT INTO indicator_sets (key, year, title, area) VALUES ('bench', 2025, 'Bench', 'EB') RETURNING id`,
  );
  const [round] = await dataSource.query(
    `INSERT INTO rounds (network_id, indicator_set_id, title, version) VALUES ($1, $2, 'Bench round', 1) RETURNING id`,
    [createNetwork.id, set.id],
  );
  return {
    room: roomName('round', round.id),
    roundId: round.id,
    tokens: users.map((u) => u.token),
    actorId: users[0].id,
  };
}

/**
 * An answer.saved-sized payload as an unrestricted event (`round.updated`: answer events carry a
 * visibility rule, which is not what this measures); `version` numbers the trial.
 */
const payload = (fx: Fixture, trial: number): RoomEventData<'round.updated'> => ({
  roundId: fx.roundId,
  title: `Bench ${randomUUID()} ${randomUUID()}: rutinen är under revidering och beslutas i nämnden i maj.`,
  phase: 'ANSWERING',
  version: trial,
  phaseDeadlines: { ANSWERING: new Date().toISOString() },
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function measure(
  setup: string,
  app: NestExpressApplication,
  urls: string[],
  databaseUrl: string,
  fx: Fixture,
  log: (line: string) => void,
): Promise<SetupResult> {
  const clients = new Clients();
  try {
    const targets = Array.from({ length: SOCKETS }, (_, i) => ({
      url: urls[i % urls.length],
      token: fx.tokens[i % fx.tokens.length],
    }));
    const joinMs = await clients.open(targets, fx.room, databaseUrl);
    await pause(1500); // let the joins' presence changes settle
    const io = app.get(RealtimeServer).io;
    let trial = Math.floor(Math.random() * 1e6);
    const viaLog: number[] = [];
    const bare: number[] = [];
    const writes: number[] = [];
    const viaEventLog = async () => {
      const logTrial = ++trial;
      const arrived = clients.receipts(logTrial);
      const { begin, at: committed } = await clients.write(logTrial, fx.actorId, {
        room: fx.room,
        type: 'round.updated',
        data: payload(fx, logTrial),
      });
      return { write: committed - begin, latencies: (await arrived).map((at) => at - committed) };
    };
    const viaBareEmit = async () => {
      const bareTrial = ++trial;
      const arrived = clients.receipts(bareTrial);
      const sent = now();
      io.to(fx.room).emit('bench', {
        seq: 0,
        room: fx.room,
        type: 'round.updated',
        at: new Date().toISOString(),
        actorId: fx.actorId,
        data: payload(fx, bareTrial),
      });
      return (await arrived).map((at) => at - sent);
    };
    for (let i = 0; i < WARMUP + TRIALS; i++) {
      // alternate which goes first and let both processes go idle in between, so neither path
      // inherits the other's leftovers (GC, IPC, socket buffers)
      const logFirst = i % 2 === 0;
      let logged: { write: number; latencies: number[] } | undefined;
      let bareLatencies: number[] = [];
      for (const path of logFirst ? ['log', 'bare'] : ['bare', 'log']) {
        await pause(15);
        if (path === 'log') logged = await viaEventLog();
        else bareLatencies = await viaBareEmit();
      }
      if (i < WARMUP) continue;
      writes.push(logged!.write);
      viaLog.push(...logged!.latencies);
      bare.push(...bareLatencies);
    }
    const eventLog = figures(viaLog);
    const bareBroadcast = figures(bare);
    const result: SetupResult = {
      setup,
      sockets: SOCKETS,
      joinMs: Math.round(joinMs),
      eventLog,
      bareBroadcast,
      writeP50: figures(writes).p50,
      ratioP50: Math.round((eventLog.p50 / bareBroadcast.p50) * 100) / 100,
      ratioP99: Math.round((eventLog.p99 / bareBroadcast.p99) * 100) / 100,
    };
    log(
      `${setup}: ${SOCKETS} sockets (joined in ${result.joinMs} ms), ${TRIALS} trials\n` +
        `  event log  commit→receipt  p50 ${eventLog.p50} ms  p99 ${eventLog.p99} ms  max ${eventLog.max} ms` +
        `  (write transaction p50 ${result.writeP50} ms)\n` +
        `  bare emit  emit→receipt    p50 ${bareBroadcast.p50} ms  p99 ${bareBroadcast.p99} ms  max ${bareBroadcast.max} ms\n` +
        `  ratio      p50 ×${result.ratioP50}  p99 ×${result.ratioP99}`,
    );
    return result;
  } finally {
    await clients.close();
  }
}

export async function runRealtimeBench(log: (line: string) => void = console.log): Promise<SetupResult[]> {
  return withBenchDatabase('realtime', (db) => measureSetups(db, log));
}

async function measureSetups(
  { databaseUrl, jwtSecret, envFor }: BenchDatabase,
  log: (line: string) => void,
): Promise<SetupResult[]> {
  const redisUrl = process.env.REDIS_URL || '';
  const results: SetupResult[] = [];
  const started = Date.now();
  let second: ApiProcess | undefined;
  let app: NestExpressApplication | undefined;
  try {
    let url: string;
    ({ app, url } = await listen(envFor(''), databaseUrl));
    const fx = await fixture(app, url);
    results.push(await measure('one API process', app, [url], databaseUrl, fx, log));
    await app.close();
    app = undefined;

    if (!redisUrl) {
      log('two API processes over Redis: skipped (set REDIS_URL to run it)');
    } else {
      let urlA: string;
      ({ app, url: urlA } = await listen(envFor(redisUrl), databaseUrl));
      second = await startApiProcess({
        DATABASE_URL: databaseUrl,
        JWT_SECRET: jwtSecret,
        REDIS_URL: redisUrl,
        NODE_ENV: 'development',
      });
      results.push(
        await measure('two API processes over Redis', app, [urlA, second.url], databaseUrl, fx, log),
      );
    }
    log(`realtime bench done in ${Math.round((Date.now() - started) / 1000)} s`);
    return results;
  } finally {
    await second?.stop();
    await app?.close();
  }
}

runIfMain(import.meta.url, () => runRealtimeBench());
