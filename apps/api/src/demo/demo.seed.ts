import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../identity/passwords.js';
import { User } from '../identity/user.entity.js';

export const DEMO_PASSWORD = 'samrad-demo-2026';
export const DEMO_COORDINATOR = 'samordnare@demo.samrad.se';

/**
 * Demo data for `npm start` on an empty database: runs only while the demo coordinator does not
 * exist yet, so restarts keep what people changed. Returns the credentials to print.
 */
export async function seedDemo(app: INestApplication): Promise<string[]> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const users = dataSource.getRepository(User);
  if (!(await users.existsBy({ email: DEMO_COORDINATOR }))) {
    await dataSource.transaction(async (manager) => {
      await manager.insert(User, {
        email: DEMO_COORDINATOR,
        passwordHash: await hashPassword(DEMO_PASSWORD),
        displayName: 'Demo Samordnare',
        locale: 'sv',
      });
    });
  }
  return [`  demo sign-in: ${DEMO_COORDINATOR} / ${DEMO_PASSWORD}`];
}
