import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap.js';
import { parseEnv } from '../src/config/config.schema.js';
import { withDatabase } from '../src/database/database-server.js';
import type { Clock } from '../src/jobs/clock.js';
import { leftovers } from './leftovers.js';
import { quoteIdent, TEST_ENV, withAdmin } from './test-database.js';

export interface GqlError {
  message: string;
  path?: string[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: GqlError[];
}

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  databaseUrl: string;
  dataSource: DataSource;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

/**
 * Boots the real application on a free port against a fresh clone of the migrated template
 * database: every test file starts from clean, real PostgreSQL. `shareDatabaseOf` runs a second
 * app on another app's database instead (e.g. the same data under other settings); `clock` is
 * the time its jobs decide by (a `ManualClock` moves only when the test moves it).
 */
export function startTestApp(
  envOverrides: Record<string, string> = {},
  options: { shareDatabaseOf?: TestApp; webDist?: string; clock?: Clock } = {},
): Promise<TestApp> {
  const started = bootTestApp(envOverrides, options);
  const closeLeftover = () => started.then((t) => t.close());
  leftovers.add(closeLeftover);
  return started.then((t) => {
    const close = t.close;
    t.close = async () => {
      leftovers.delete(closeLeftover);
      await close();
    };
    return t;
  });
}

async function bootTestApp(
  envOverrides: Record<string, string>,
  options: { shareDatabaseOf?: TestApp; webDist?: string; clock?: Clock },
): Promise<TestApp> {
  const adminUrl = process.env[TEST_ENV.adminUrl];
  const template = process.env[TEST_ENV.template];
  if (!adminUrl || !template) throw new Error('The jest global setup did not run');
  const database = `samrad_t_${process.env[TEST_ENV.runId]}_${randomBytes(4).toString('hex')}`;
  const shared = options.shareDatabaseOf?.databaseUrl;
  if (!shared) {
    await withAdmin(adminUrl, (client) =>
      client.query(`CREATE DATABASE ${quoteIdent(database)} TEMPLATE ${quoteIdent(template)}`),
    );
  }
  const databaseUrl = shared ?? withDatabase(adminUrl, database);
  const env = parseEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: tmpdir(),
    JWT_SECRET: randomBytes(32).toString('hex'),
    SEED_DEMO: 'false',
    RATE_LIMIT_NAMESPACE: `test-${randomBytes(6).toString('hex')}`,
    // every test user registers from 127.0.0.1; the limit itself is tested with a low value
    REGISTER_PER_IP_PER_HOUR: '100000',
    REDIS_URL: process.env.REDIS_URL ?? '',
    ...envOverrides,
  });
  const app = await createApp({ env, databaseUrl, webDist: options.webDist, clock: options.clock });
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  return {
    app,
    url,
    databaseUrl,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    async gql(query, variables, token) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async close() {
      await app.close();
      if (shared) return;
      await withAdmin(adminUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`),
      );
    },
  };
}

/** The `extensions.code` of the first error, for terse assertions. */
export const errorCode = (result: GqlResult) => result.errors?.[0]?.extensions?.code;

let userCounter = 0;

export interface TestUser {
  id: string;
  email: string;
  token: string;
  refreshToken: string;
}

/** Registers a fresh user through the API and returns their tokens. */
export async function registerUser(t: TestApp, name = 'user'): Promise<TestUser> {
  const email = `${name}-${++userCounter}-${randomBytes(3).toString('hex')}@test.samrad.se`;
  const result = await t.gql(
    `mutation($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id email } } }`,
    { input: { email, password: 'correct horse battery', displayName: name } },
  );
  if (!result.data) throw new Error(`register failed: ${JSON.stringify(result.errors)}`);
  const { accessToken, refreshToken, user } = result.data.register;
  return { id: user.id, email, token: accessToken, refreshToken };
}
