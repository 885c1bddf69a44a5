import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { createApp } from './bootstrap.js';
import { ConfigError, parseEnv } from './config/config.schema.js';
import { openDatabaseServer } from './database/database-server.js';
import { seedOnBoot } from './database/seed.js';
import { shutdown } from './shutdown.js';

/** `npm start`: database (embedded unless DATABASE_URL), migrations, seed data, API and web on one port. */
async function main() {
  const env = parseEnv();
  const started = Date.now();
  const database = await openDatabaseServer(env, env.LOG_LEVEL === 'debug' ? console.log : undefined);
  const webDist = env.WEB_DIST ?? fileURLToPath(new URL('../web', import.meta.url));
  const app = await createApp({ env, databaseUrl: database.url, webDist });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: shutting down (in-flight work may take up to ${env.SHUTDOWN_GRACE_MS} ms)…`);
    try {
      await shutdown(app, database, env.SHUTDOWN_GRACE_MS, console.log);
      process.exit(0);
    } catch (error) {
      console.error(error);
      await database.stop().catch(() => {});
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  await app.init();
  const demo = await seedOnBoot(app, env);
  await app.listen(env.PORT, env.HOST);
  const url = `http://localhost:${(app.getHttpServer().address() as { port: number }).port}`;
  console.log(
    [
      '',
      `Samråd is running at ${url}  (ready in ${Date.now() - started} ms)`,
      `  database: ${database.embedded ? `embedded PostgreSQL in ${env.DATA_DIR}` : 'DATABASE_URL'}`,
      ...demo,
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
