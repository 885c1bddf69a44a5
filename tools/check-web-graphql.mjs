// Run by `nx run web:lint`: fails when the web's GraphQL types are stale or its documents do not
// fit the API's schema. The schema file is named once, in apps/web/tsconfig.json (gql.tada plugin).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const tsconfig = join(root, 'apps/web/tsconfig.json');
const checkedIn = join(root, 'apps/web/src/graphql/graphql-env.d.ts');
const cli = join(root, 'node_modules/gql.tada/bin/cli.js');
const run = (...args) => execFileSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit' });

const scratch = mkdtempSync(join(tmpdir(), 'gql-tada-'));
try {
  const fresh = join(scratch, 'graphql-env.d.ts');
  run('generate-output', '--tsconfig', tsconfig, '--output', fresh);
  if (readFileSync(fresh, 'utf8') !== readFileSync(checkedIn, 'utf8')) {
    console.error(
      'apps/web/src/graphql/graphql-env.d.ts is stale: the API schema changed. Run `npm run codegen` and commit.',
    );
    process.exit(1);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
// Every graphql() document against the schema (unknown fields, wrong arguments, …).
run('check', '--tsconfig', tsconfig, '--fail-on-warn');
