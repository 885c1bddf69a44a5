import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import { createApp } from '../../apps/api/src/bootstrap.js';
import { parseEnv, type Env } from '../../apps/api/src/config/config.schema.js';
import { DataSource } from 'typeorm';
import { dataSourceOptions, migrate } from '../../apps/api/src/database/data-source.js';
import { openDatabaseServer, withDatabase } from '../../apps/api/src/database/database-server.js';
import { seedMunicipalities } from '../../apps/api/src/municipalities/municipalities.seed.js';

export interface BenchDatabase {
  databaseUrl: string;
  jwtSecret: string;
  /** The API's configuration for a bench process (no demo data, quiet logs). */
  envFor(redisUrl: string): Env;
}

/**
 * Runs a bench against a fresh, migrated database with the municipalities (embedded PostgreSQL, or a new database on the
 * server at DATABASE_URL) and drops it afterwards, whatever happens.
 */
export async function withBenchDatabase<T>(name: string, run: (db: BenchDatabase) => Promise<T>): Promise<T> {
  const dataDir = await mkdtemp(join(tmpdir(), 'samrad-bench-'));
  const server = await openDatabaseServer({
    DATABASE_URL: process.env.DATABASE_URL || undefined,
    DATA_DIR: dataDir,
  });
  const database = `samrad_bench_${name}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const databaseUrl = withDatabase(server.url, database);
  const jwtSecret = randomBytes(32).toString('hex');
  try {
    await migrate(databaseUrl);
    // the municipality register, as the test template has it (networks are made of them)
    const dataSource = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
    await seedMunicipalities(dataSource);
    await dataSource.destroy();
    return await run({
      databaseUrl,
      jwtSecret,
      envFor: (redisUrl) =>
        parseEnv({
          NODE_ENV: 'development',
          LOG_LEVEL: 'warn',
          DATA_DIR: dataDir,
          JWT_SECRET: jwtSecret,
          SEED_DEMO: 'false',
          REDIS_URL: redisUrl,
          RATE_LIMIT_NAMESPACE: `bench-${randomBytes(4).toString('hex')}`,
        }),
    });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
    await server.stop();
  }
}

/** Boots the API in this process on a free loopback port. */
export async function listen(
  env: Env,
  databaseUrl: string,
): Promise<{ app: NestExpressApplication; url: string }> {
  const app = await createApp({ env, databaseUrl });
  await app.listen(0, '127.0.0.1');
  return { app, url: `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}` };
}

/** Runs a bench when its file is started on its own (`node … tools/bench/x.ts`). */
export function runIfMain(moduleUrl: string, bench: () => Promise<unknown>): void {
  if (process.argv[1] !== fileURLToPath(moduleUrl)) return;
  bench().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

/** A GraphQL client for one API, as a bench user would call it. */
export function graphqlClient(url: string) {
  return async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
}
