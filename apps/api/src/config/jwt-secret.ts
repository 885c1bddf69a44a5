import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Env } from './config.schema.js';

/**
 * JWT_SECRET when set. Outside production a missing secret is generated once and kept in the
 * data dir, so sessions survive restarts; production must set it explicitly.
 */
export async function resolveJwtSecret(env: Env): Promise<string> {
  if (env.JWT_SECRET) return env.JWT_SECRET;
  if (env.NODE_ENV === 'production') {
    throw new Error('Invalid configuration:\n  JWT_SECRET: required in production (at least 32 characters)');
  }
  const file = join(env.DATA_DIR, 'jwt-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(48).toString('base64url');
  await mkdir(env.DATA_DIR, { recursive: true, mode: 0o755 });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
