// Starts the BUILT product (node dist/apps/api/main.js serving dist/apps/web) on a fresh database:
// an embedded PostgreSQL in a temp dir, or a new database on the server at DATABASE_URL.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

export default async function globalSetup() {
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
  };
  env.DATA_DIR = mkdtempSync(join(tmpdir(), 'samrad-e2e-'));
  if (process.env.DATABASE_URL) {
    const database = `samrad_e2e_${Date.now().toString(36)}`;
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(`CREATE DATABASE ${database}`);
    await client.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${database}`;
    env.DATABASE_URL = url.toString();
    globalThis.__e2eDatabase = { admin: process.env.DATABASE_URL, database };
  }
  delete env.REDIS_URL;
  const server = spawn(process.execPath, ['dist/apps/api/main.js'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  globalThis.__e2eServer = server;
  const url = `http://127.0.0.1:${port}`;
  // A loaded machine (several engineers' test runs on 2 cores) can take over a minute to migrate and seed:
  // wait up to 3 minutes, and fail here rather than let every spec meet a refused connection.
  let healthy = false;
  for (let i = 0; i < 900 && !healthy; i++) {
    if (server.exitCode !== null) throw new Error(`The server exited:\n${output}`);
    healthy = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (!healthy) await new Promise((r) => setTimeout(r, 200));
  }
  if (!healthy) throw new Error(`The server did not become healthy within 3 minutes:\n${output}`);
  process.env.E2E_BASE_URL = url;
}
