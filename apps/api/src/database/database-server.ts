import { join } from 'node:path';
import type { Env } from '../config/config.schema.js';

export interface DatabaseServer {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** `DATABASE_URL` when set; otherwise a real PostgreSQL started from the embedded binaries under `DATA_DIR`. */
export async function openDatabaseServer(
  env: Pick<Env, 'DATABASE_URL' | 'DATA_DIR'>,
  log?: (message: string) => void,
): Promise<DatabaseServer> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  // loaded only when used: with DATABASE_URL nothing of the embedded server is in the process
  const { startEmbeddedPostgres } = await import('./embedded-postgres.js');
  const embedded = await startEmbeddedPostgres({ dataDir: env.DATA_DIR, log });
  return { url: embedded.url, embedded: true, stop: embedded.stop };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export const defaultDataDir = (cwd = process.cwd()) => join(cwd, '.data');
