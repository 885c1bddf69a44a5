import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildSchema, findBreakingChanges, lexicographicSortSchema, printSchema } from 'graphql';
import { startTestApp, type TestApp } from './test-app.js';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const sharedContract = join(repoRoot, '..', 'shared', 'contract', 'schema.graphql');
// CI clones the repo with shared/ beside it; the copy in docs/contract keeps the test runnable alone.
const contractFile = existsSync(sharedContract)
  ? sharedContract
  : join(repoRoot, 'docs', 'contract', 'schema.graphql');
// What this server serves, for readers and the web's typed queries; not the contract. Tests only
// compare it: `npm run schema:write` (SCHEMA_WRITE=1) rewrites it.
const generatedFile = join(repoRoot, 'docs', 'schema.generated.graphql');

describe('the public GraphQL contract', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is a compatible superset of the contract: every type, field, argument and value of it, nothing removed', () => {
    const generated = lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema);
    const contract = buildSchema(readFileSync(contractFile, 'utf8'));
    // Strict since the whole contract is built (the list of pending parts is gone with its last line).
    expect(findBreakingChanges(contract, generated).map((change) => change.description)).toEqual([]);
  });

  it('matches the checked-in docs/schema.generated.graphql', () => {
    const printed = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env.SCHEMA_WRITE === '1') writeFileSync(generatedFile, printed);
    const stale = readFileSync(generatedFile, 'utf8') !== printed;
    if (stale) throw new Error('docs/schema.generated.graphql is stale: run `npm run schema:write`');
  });
});
