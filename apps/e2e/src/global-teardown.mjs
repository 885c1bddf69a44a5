import pg from 'pg';

export default async function globalTeardown() {
  const server = globalThis.__e2eServer;
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  }
  const db = globalThis.__e2eDatabase;
  if (db) {
    const client = new pg.Client({ connectionString: db.admin });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${db.database} WITH (FORCE)`);
    await client.end();
  }
}
