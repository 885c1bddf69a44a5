import { pendingSchemaChanges } from '../src/database/data-source.js';
import { startTestApp, type TestApp } from './test-app.js';

describe('checked-in migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('bring the database exactly to what the entities describe', async () => {
    const { up } = await pendingSchemaChanges(t.databaseUrl);
    // Non-empty means an entity changed without a migration: run `npm run db:generate -- Name`.
    expect(up).toEqual([]);
  });
});
