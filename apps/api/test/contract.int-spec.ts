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
const pendingFile = join(repoRoot, 'docs', 'contract-pending.txt');

describe('the public GraphQL contract', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is a compatible superset of the contract, except the parts listed as pending', () => {
    const generated = lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema);
    writeFileSync(join(repoRoot, 'docs', 'schema.graphql'), printSchema(generated) + '\n');

    const contract = buildSchema(readFileSync(contractFile, 'utf8'));
    const breaking = findBreakingChanges(contract, generated).map((change) => change.description);
    const pending = readFileSync(pendingFile, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));

    // Every gap must be listed, and every listed line must still be a real gap: the list only shrinks.
    expect(breaking.filter((line) => !pending.includes(line))).toEqual([]);
    expect(pending.filter((line) => !breaking.includes(line))).toEqual([]);
  });
});
