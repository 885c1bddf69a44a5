import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, migrate } from '../src/database/data-source.js';
import { openDatabaseServer, withDatabase } from '../src/database/database-server.js';
import { seedMunicipalities } from '../src/municipalities/municipalities.seed.js';
import { quoteIdent, TEST_ENV, withAdmin } from './test-database.js';

declare global {
  var __samradDatabaseStop: (() => Promise<void>) | undefined;
}

/**
 * One PostgreSQL per test run: the server at DATABASE_URL, or an embedded one in a temp dir.
 * A template database is migrated and seeded once; each test file clones it (milliseconds).
 */
export default async function globalSetup(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'samrad-test-'));
  const server = await openDatabaseServer({
    DATABASE_URL: process.env.DATABASE_URL || undefined,
    DATA_DIR: dataDir,
  });
  globalThis.__samradDatabaseStop = server.stop;

  const runId = `${Date.now().toString(36)}_${process.pid}`;
  const template = `samrad_tpl_${runId}`;
  await withAdmin(server.url, (client) => client.query(`CREATE DATABASE ${quoteIdent(template)}`));
  const templateUrl = withDatabase(server.url, template);
  await migrate(templateUrl);
  const dataSource = await new DataSource(dataSourceOptions(templateUrl)).initialize();
  await seedMunicipalities(dataSource);
  await dataSource.destroy();

  process.env[TEST_ENV.adminUrl] = server.url;
  process.env[TEST_ENV.template] = template;
  process.env[TEST_ENV.runId] = runId;
}
