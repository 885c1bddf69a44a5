import { pendingSchemaChanges } from '../src/database/data-source.js';
import { startTestApp, type TestApp } from './test-app.js';

describe('checked-in migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('bring the database exactly to what the entities describe', async () => {
    // TypeORM keys a generated column's expression (comments.search_vector) by the database's name; this
    // database is a copy of the migrated template under another name, so the key follows it here
    await t.dataSource.query(`UPDATE typeorm_metadata SET database = current_database()`);
    const { up } = await pendingSchemaChanges(t.databaseUrl);
    // Non-empty means an entity changed without a migration: run `npm run db:generate -- Name`.
    expect(up).toEqual([]);
  });
});
