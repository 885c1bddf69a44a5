/**
 * Page query load bench (`BENCH=pages npm run bench`, or run this file alone).
 *
 * The API runs as its own process (as `npm start` does: NODE_ENV=production, LOG_LEVEL=info, logs
 * written to a file) on the demo network, and autocannon drives it from this process with 100
 * connections: first `{__typename}` (the floor of this stack: HTTP, Express, Apollo, no resolver,
 * no database), then the web's `networks` query (home page) and its network page query (network,
 * municipalities, members with user and municipality, rounds), each signed in as the demo
 * coordinator. Every query is checked once for a full answer before it is loaded. The page runs twice: as the
 * web reads it again (answered from a kept answer after the first request, `keptResponses`) and with every
 * request executed (each with variables of its own), as a first load at a new version or by a new reader.
 * Targets: the page query at ≥ 50 % of the floor's throughput, p99 < 100 ms.
 *
 * BENCH_SECONDS (default 10) per query, BENCH_CONNECTIONS (100); BENCH_PROFILE=dir writes a
 * `--cpu-prof` profile of the API process into dir.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, open, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { HOME_QUERY, networkPageQuery } from '../../apps/api/test/web-documents.js';
import { graphqlClient, runIfMain, withBenchDatabase } from './bench-database.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const WARMUP_SECONDS = 3;
/** As `npm start` and the Dockerfile run the API (package.json, Dockerfile). */
const API_NODE_FLAGS = '--max-semi-space-size=64';
const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

export interface LoadFigures {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  /** PostgreSQL transactions (explicit or one per autocommit statement) per request */
  transactionsPerRequest: number;
  /** share of the timed requests answered from a kept answer (`keptResponses`), in % */
  keptPercent: number;
  /** share of the `{__typename}` floor's throughput */
  ofFloor: number;
  /** the floor's CPU per request (API and PostgreSQL) over this query's: the share of the floor the machine's
   * cores would give it if the CPU were all it took, steady when req/s is not (other work on the machine) */
  ofFloorByCpu: number;
  /** CPU time per request of the API process and of its PostgreSQL backends: steady when other work shares the machine */
  apiCpuMs: number;
  dbCpuMs: number;
}

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** CPU time (ms) a process has used so far, from /proc; 0 when it is not on this machine. */
export async function cpuMs(pid: number): Promise<number> {
  try {
    const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/** The PostgreSQL backends of the connections named `application` (the API's: 'samrad', and its 'samrad-…' pools). */
export async function backendPids(databaseUrl: string, application = 'samrad'): Promise<number[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT pid FROM pg_stat_activity
        WHERE datname = current_database() AND (application_name = $1 OR application_name LIKE $1 || '-%')`,
      [application],
    );
    return rows.map((row) => Number(row.pid));
  } finally {
    await client.end();
  }
}

export const sum = async (pids: number[]) => (await Promise.all(pids.map(cpuMs))).reduce((a, b) => a + b, 0);

interface ApiChild {
  url: string;
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

export async function startApi(
  databaseUrl: string,
  jwtSecret: string,
  profileDir?: string,
): Promise<ApiChild> {
  const dir = await mkdtemp(join(tmpdir(), 'samrad-bench-pages-'));
  const logFile = join(dir, 'api.log');
  const log = await open(logFile, 'w');
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
      // the young generation `npm start` and the Dockerfile give the API; BENCH_NODE_FLAGS tries others
      ...(process.env.BENCH_NODE_FLAGS ?? API_NODE_FLAGS).split(' ').filter(Boolean),
      '--conditions=@samrad/source',
      '--import',
      '@swc-node/register/esm-register',
      'apps/api/src/main.ts',
    ],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
        HOST: '127.0.0.1',
        PORT: '0',
        DATABASE_URL: databaseUrl,
        JWT_SECRET: jwtSecret,
        SEED_DEMO: 'true',
        DATA_DIR: dir,
        WEB_DIST: join(dir, 'no-web'),
        PUBLIC_URL: 'http://127.0.0.1',
        // a first request on a machine at load 30 can pass the default 10 s limit
        ...(process.env.BENCH_QUERY_TIME_LIMIT_MS
          ? { QUERY_TIME_LIMIT_MS: process.env.BENCH_QUERY_TIME_LIMIT_MS }
          : {}),
      },
      stdio: ['ignore', log.fd, log.fd],
    },
  );
  const exited = new Promise<number | null>((done) => child.once('exit', done));
  // generous: on a shared machine under load the API (compiled on the fly) can take minutes to start
  const deadline = Date.now() + 240_000;
  let url: string | undefined;
  while (!url) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`API process did not start:\n${await readFile(logFile, 'utf8')}`);
    const match = /running at http:\/\/localhost:(\d+)/.exec(await readFile(logFile, 'utf8'));
    if (match) url = `http://127.0.0.1:${match[1]}`;
    else await new Promise((done) => setTimeout(done, 100));
  }
  return {
    url,
    pid: child.pid!,
    logFile,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      await log.close();
    },
  };
}

async function transactions(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Statistics reach the shared view at most a second late; wait until two readings agree.
    let last = -1;
    for (;;) {
      await client.query('SELECT pg_stat_clear_snapshot()');
      const [row] = (
        await client.query(
          `SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()`,
        )
      ).rows;
      const n = Number(row.n);
      if (n === last) return n;
      last = n;
      await new Promise((done) => setTimeout(done, 600));
    }
  } finally {
    await client.end();
  }
}

/**
 * Autocannon stops with up to one request per connection still in flight: one more request of the
 * same query, sent after it stops, is answered after them, so CPU and counts cover whole requests.
 */
async function drain(url: string, body: string, token: string): Promise<void> {
  await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  }).then((response) => response.text());
}

/**
 * `seconds` of requests with `body`; with `everyOneNew`, each request's variables also carry a number of its own
 * (a variable the operation does not declare, so ignored by it), so no request is answered from a kept answer.
 */
function load(
  url: string,
  body: string,
  token: string,
  seconds: number,
  everyOneNew = false,
): Promise<autocannon.Result> {
  let sent = 0;
  const { query, variables } = JSON.parse(body) as { query: string; variables: object };
  const fresh = (request: object) => ({
    ...request,
    body: JSON.stringify({ query, variables: { ...variables, request: sent++ } }),
  });
  return new Promise((done, fail) => {
    autocannon(
      {
        url: `${url}/graphql`,
        method: 'POST',
        connections: CONNECTIONS,
        duration: seconds,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
        ...(everyOneNew ? { requests: [{ setupRequest: fresh }] } : {}),
      },
      (error, result) => (error ? fail(error) : done(result)),
    );
  });
}

export async function runPageQueriesBench(log: (line: string) => void = console.log): Promise<LoadFigures[]> {
  return withBenchDatabase('pages', async ({ databaseUrl, jwtSecret }) => {
    const api = await startApi(databaseUrl, jwtSecret, process.env.BENCH_PROFILE);
    try {
      const output = await readFile(api.logFile, 'utf8');
      const coordinator = /demo coordinator:\s+(\S+)/.exec(output)?.[1];
      const password = /use the password (\S+)/.exec(output)?.[1];
      if (!coordinator || !password) throw new Error(`no demo sign-in printed:\n${output}`);
      const gql = graphqlClient(api.url);
      const { login } = await gql(
        `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`,
        { email: coordinator, password },
      );
      const token: string = login.accessToken;
      const { networks } = await gql(`{ networks { id name } }`, {}, token);
      const networkId: string = networks[0].id;

      const queries = [
        { name: '{__typename}', query: '{ __typename }', variables: {} },
        { name: 'home page (myWork, networks)', query: HOME_QUERY, variables: {} },
        { name: 'network page', query: networkPageQuery(), variables: { id: networkId } },
        // the first load of a page at a new version, or by a new reader: every request executed
        {
          name: 'network page, executed',
          query: networkPageQuery(),
          variables: { id: networkId },
          everyOneNew: true,
        },
      ];
      // A query that fails fast would flatter the figures: each must answer in full first.
      const page = await gql(queries[2].query, queries[2].variables, token);
      const members = page.network.members.length;
      if (!members || !page.network.rounds.length || !page.network.municipalities.length)
        throw new Error(`the page query came back thin: ${JSON.stringify(page).slice(0, 300)}`);

      const results: LoadFigures[] = [];
      for (const { name, query, variables, everyOneNew } of queries) {
        // BENCH_ONLY=network: the floor and the page query only (for a profile of it).
        if (process.env.BENCH_ONLY && name !== queries[0].name && !name.startsWith(process.env.BENCH_ONLY))
          continue;
        const body = JSON.stringify({ query, variables });
        await load(api.url, body, token, WARMUP_SECONDS);
        const backends = await backendPids(databaseUrl);
        await drain(api.url, body, token);
        const before = await transactions(databaseUrl);
        const cpuBefore = { api: await cpuMs(api.pid), db: await sum(backends) };
        const keptBefore = await keptAnswers(api.url);
        const result = await load(api.url, body, token, SECONDS, everyOneNew);
        const keptAfter = await keptAnswers(api.url);
        await drain(api.url, body, token);
        const handled = result.requests.sent + 1;
        const cpuAfter = { api: await cpuMs(api.pid), db: await sum(backends) };
        const after = await transactions(databaseUrl);
        const perRequest = (ms: number) => Math.round((ms / Math.max(1, handled)) * 100) / 100;
        const failed = result.errors + result.timeouts + result.non2xx;
        results.push({
          name,
          requestsPerSecond: Math.round(result.requests.average),
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          errors: failed,
          transactionsPerRequest: Math.round(((after - before) / Math.max(1, handled)) * 10) / 10,
          keptPercent: Math.round(((keptAfter - keptBefore) / Math.max(1, handled)) * 100),
          ofFloor: 0,
          ofFloorByCpu: 0,
          apiCpuMs: perRequest(cpuAfter.api - cpuBefore.api),
          dbCpuMs: perRequest(Math.max(0, cpuAfter.db - cpuBefore.db)),
        });
      }
      const floor = results[0];
      const cpu = (f: LoadFigures) => f.apiCpuMs + f.dbCpuMs;
      for (const figures of results) {
        figures.ofFloor = Math.round((figures.requestsPerSecond / floor.requestsPerSecond) * 100);
        figures.ofFloorByCpu = Math.round((cpu(floor) / cpu(figures)) * 100);
      }

      log(
        `${CONNECTIONS} connections, ${SECONDS} s each after ${WARMUP_SECONDS} s warm-up; demo network (${members} members); API in its own process (production, LOG_LEVEL=info)`,
      );
      for (const f of results) {
        log(
          `  ${f.name.padEnd(22)} ${String(f.requestsPerSecond).padStart(6)} req/s  (${String(f.ofFloor).padStart(3)} % of floor; by CPU ${f.ofFloorByCpu} %)` +
            `  p50 ${f.p50Ms} ms  p99 ${f.p99Ms} ms` +
            `  CPU/request: API ${f.apiCpuMs} ms, PostgreSQL ${f.dbCpuMs} ms  ${f.transactionsPerRequest} transactions/request` +
            (f.keptPercent ? `  ${f.keptPercent} % from kept answers` : '') +
            (f.errors ? `  ${f.errors} FAILED` : ''),
        );
      }
      const pageFigures = results.find((f) => f.name === 'network page')!;
      const verdict = (met: boolean) => (met && pageFigures.errors === 0 ? 'met' : 'MISSED');
      log(`  network page target ≥ 50 % of floor: ${verdict(pageFigures.ofFloor >= 50)}`);
      // the floor's own p99 is the bound: a page cannot answer faster than a query without fields
      log(
        `  network page target p99 < 100 ms: ${verdict(pageFigures.p99Ms < 100)} (the floor's own p99: ${floor.p99Ms} ms)`,
      );
      return results;
    } finally {
      await api.stop();
    }
  });
}

/** Queries answered from a kept answer so far (the API's `/metrics`). */
async function keptAnswers(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(/^samrad_graphql_kept_answers_total\{outcome="hit"\} (\d+)/m.exec(text)?.[1] ?? 0);
}

runIfMain(import.meta.url, () => runPageQueriesBench());
