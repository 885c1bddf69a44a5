import { quoteIdent, TEST_ENV, withAdmin } from './test-database.js';

export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env[TEST_ENV.adminUrl];
  const runId = process.env[TEST_ENV.runId];
  if (adminUrl && runId) {
    await withAdmin(adminUrl, async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE $1`,
        [`samrad_%${runId}%`],
      );
      // Test databases first, the template last (it cannot be dropped while clones are being made).
      rows.sort(
        (a, b) => Number(a.datname.startsWith('samrad_tpl_')) - Number(b.datname.startsWith('samrad_tpl_')),
      );
      for (const { datname } of rows)
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
    }).catch((error: unknown) => console.warn('Could not drop test databases:', error));
  }
  await globalThis.__samradDatabaseStop?.();
}
