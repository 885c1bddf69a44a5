import { runMigrations } from 'graphile-worker';
import { workerLogger } from './job-log.js';

/** graphile-worker's own schema: its tables and SQL functions live there, apart from ours. */
export const JOB_SCHEMA = 'graphile_worker';

/**
 * Brings the job queue's schema up to the installed graphile-worker version. The library owns
 * these migrations (forward-only, serialised by its own lock); we run them right after ours in
 * `migrate()` (`npm run db:migrate`, the test template) and every worker runs them again at start,
 * a no-op once applied. Our TypeORM migrations never touch this schema.
 */
export async function migrateJobSchema(connectionString: string): Promise<void> {
  await runMigrations({
    connectionString,
    schema: JOB_SCHEMA,
    logger: workerLogger({ quiet: true }),
    maxPoolSize: 1,
  });
}
