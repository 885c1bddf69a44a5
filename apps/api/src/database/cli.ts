/**
 * Database commands: `npm run db:migrate`, `npm run db:reset`, `npm run db:generate -- Name`.
 * They work on DATABASE_URL, or on the embedded PostgreSQL under DATA_DIR like `npm start`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { parseEnv } from '../config/config.schema.js';
import { migrate, pendingSchemaChanges } from './data-source.js';
import { openDatabaseServer } from './database-server.js';
import { seedMunicipalities } from '../municipalities/municipalities.seed.js';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source.js';

const [command, name] = process.argv.slice(2);
const env = parseEnv();

async function main() {
  switch (command) {
    case 'migrate': {
      const server = await openDatabaseServer(env);
      try {
        await migrate(server.url);
        console.log('Migrations are up to date.');
      } finally {
        await server.stop();
      }
      return;
    }
    case 'reset': {
      const server = await openDatabaseServer(env);
      try {
        const client = new pg.Client({ connectionString: server.url });
        await client.connect();
        await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
        await client.end();
        await migrate(server.url);
        const dataSource = await new DataSource(dataSourceOptions(server.url)).initialize();
        await seedMunicipalities(dataSource);
        await dataSource.destroy();
        console.log('Database reset: schema recreated and migrated; demo data is seeded at the next start.');
      } finally {
        await server.stop();
      }
      return;
    }
    case 'generate': {
      if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name))
        throw new Error('Usage: npm run db:generate -- MigrationName');
      // Diff the entities against a scratch database that has every checked-in migration.
      const dataDir = await mkdtemp(join(tmpdir(), 'samrad-generate-'));
      const server = await openDatabaseServer({ DATABASE_URL: undefined, DATA_DIR: dataDir });
      try {
        await migrate(server.url);
        const { up, down } = await pendingSchemaChanges(server.url);
        if (up.length === 0) return console.log('Entities and migrations agree: nothing to generate.');
        const timestamp = Date.now();
        const className = `${name}${timestamp}`;
        const file = join(import.meta.dirname, 'migrations', `${timestamp}-${name}.ts`);
        const lines = (queries: string[]) =>
          queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
        await writeFile(
          file,
          `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down.reverse())}
  }
}
`,
        );
        console.log(`Wrote ${file}: review it and add ${className} to migrations/index.ts.`);
      } finally {
        await server.stop();
        await rm(dataDir, { recursive: true, force: true });
      }
      return;
    }
    default:
      throw new Error(`Unknown command "${command}": use migrate, reset or generate.`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
