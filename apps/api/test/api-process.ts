import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { leftovers } from './leftovers.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process has exited. */
  exited: Promise<number | string>;
  stop(): Promise<void>;
}

/**
 * Starts the real API (`apps/api/src/main.ts`) as a separate Node process on a free port, on an
 * existing database, for tests that need two processes (shared rooms through Redis, events
 * heard by every process). Resolves once it listens.
 */
export async function startApiProcess(
  env: Record<string, string>,
  // a loaded machine may set API_START_TIMEOUT_MS (the API has taken ~40 s to start at load 30 on 2 cores)
  timeoutMs = Number(process.env.API_START_TIMEOUT_MS ?? 60_000),
): Promise<ApiProcess> {
  const child = spawn(
    process.execPath,
    ['--conditions=@samrad/source', '--import', '@swc-node/register/esm-register', 'apps/api/src/main.ts'],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: '0',
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        DATA_DIR: await mkdtemp(join(tmpdir(), 'samrad-proc-')),
        WEB_DIST: join(tmpdir(), 'samrad-no-web'),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const stopLeftover = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await gone;
  };
  leftovers.add(stopLeftover);
  child.once('exit', () => leftovers.delete(stopLeftover));
  let output = '';
  const exited = new Promise<number | string>((done) =>
    child.once('exit', (code, signal) => done(code ?? signal ?? 'unknown')),
  );
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => {
      // not left running behind the failed test (a process still loading dies without its handler, and
      // may leave an embedded PostgreSQL that the next start in that DATA_DIR stops)
      child.kill('SIGTERM');
      reject(new Error(`API process did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(`http://127.0.0.1:${match[1]}`);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`API process exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    child,
    output: () => output,
    exited,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A GraphQL call against any API url. */
export async function gqlAt(url: string, query: string, variables: Record<string, unknown>, token: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
}
