import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Env } from '../config/config.schema.js';
import { seedDemo } from '../demo/demo.seed.js';
import { seedMunicipalities } from '../municipalities/municipalities.seed.js';

/**
 * Reference data always; the demo network on an empty database when SEED_DEMO (default off in production).
 * In production the demo accounts get a generated password, printed once: the README's password would let anyone
 * in. Returns lines to print.
 */
export async function seedOnBoot(app: INestApplication, env: Env): Promise<string[]> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  await seedMunicipalities(dataSource);
  if (!env.SEED_DEMO) return [];
  return seedDemo(app, env.NODE_ENV === 'production' ? randomBytes(12).toString('base64url') : undefined);
}
