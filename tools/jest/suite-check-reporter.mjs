import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Fails a jest run that passes on less than it claims (docs/architecture.md, "Tests"):
 * - a test file that ran no test (every test skipped, or none left);
 * - with TEST_NO_SKIPS=1 (CI's run with every service), any skipped or todo test, e.g. a test
 *   that skips itself because REDIS_URL got lost;
 * - on a full run (no file or name filter): a spec file on disk that jest did not run (a dropped
 *   testMatch), or fewer tests in the project than its floor in tools/jest/test-floors.json.
 * Adding tests needs no bookkeeping; `npm run test:floors` raises the floors to the current counts.
 * TEST_SUMMARY_DIR=<dir> writes <dir>/<project>.json with the counts, for .ci/run's summary.
 */
const FLOORS = new URL('./test-floors.json', import.meta.url);
const SPEC_FILE = /\.(spec|int-spec|e2e-spec)\.(ts|tsx|js|mjs)$/;
const NOT_SOURCES = new Set(['node_modules', 'dist', '.nx', '.data']);

export default class SuiteCheckReporter {
  #error;

  constructor(globalConfig, options = {}) {
    this.globalConfig = globalConfig;
    this.project = options.project;
    if (!this.project) throw new Error('suite-check-reporter needs { project }');
  }

  getLastError() {
    return this.#error;
  }

  onRunComplete(testContexts, results) {
    const rootDir = [...testContexts][0]?.config.rootDir ?? this.globalConfig.rootDir;
    const problems = [];
    const files = results.testResults.map((file) => {
      const tests = file.testResults.map((test) => ({ name: test.fullName, status: test.status }));
      const count = (status) => tests.filter((test) => test.status === status).length;
      return {
        path: relative(process.cwd(), file.testFilePath),
        ran: count('passed') + count('failed'),
        declared: tests.length,
        skipped: tests.filter((test) => test.status === 'pending' || test.status === 'skipped'),
        todo: tests.filter((test) => test.status === 'todo'),
        crashed: Boolean(file.testExecError),
      };
    });
    const full = !this.#filtered();

    for (const file of files) {
      if (!this.globalConfig.testNamePattern && file.ran === 0 && !file.crashed) {
        problems.push(`${file.path} ran no test`);
      }
    }
    const skipped = files.flatMap((file) =>
      [...file.skipped, ...file.todo].map((t) => `${file.path}: ${t.name}`),
    );
    if (skipped.length > 0) {
      const list = skipped.map((line) => `  - ${line}`).join('\n');
      if (process.env.TEST_NO_SKIPS === '1') problems.push(`skipped tests (TEST_NO_SKIPS=1):\n${list}`);
      else
        console.log(`\n[${this.project}] skipped here (CI's run with every service runs them):\n${list}\n`);
    }

    const declared = files.reduce((sum, file) => sum + file.declared, 0);
    if (full) {
      const ranFiles = new Set(results.testResults.map((file) => file.testFilePath));
      for (const path of specFiles(rootDir)) {
        if (!ranFiles.has(path))
          problems.push(`${relative(process.cwd(), path)} did not run (check testMatch)`);
      }
      const floors = JSON.parse(readFileSync(FLOORS, 'utf8'));
      if (process.env.TEST_FLOORS_WRITE === '1' && problems.length === 0 && results.numFailedTests === 0) {
        floors[this.project] = declared;
        writeFileSync(FLOORS, JSON.stringify(sortKeys(floors), null, 2) + '\n');
        console.log(`[${this.project}] test floor set to ${declared}`);
      } else if (declared < (floors[this.project] ?? 0)) {
        problems.push(
          `${declared} tests, fewer than the floor of ${floors[this.project]} in tools/jest/test-floors.json ` +
            '(tests were lost; if on purpose, run `npm run test:floors`)',
        );
      }
    }

    if (process.env.TEST_SUMMARY_DIR) {
      mkdirSync(process.env.TEST_SUMMARY_DIR, { recursive: true });
      const summary = {
        project: this.project,
        full,
        files: files.length,
        tests: declared,
        passed: results.numPassedTests,
        failed: results.numFailedTests,
        skipped: results.numPendingTests,
        todo: results.numTodoTests,
        brokenFiles: results.numRuntimeErrorTestSuites,
        problems,
      };
      writeFileSync(
        join(process.env.TEST_SUMMARY_DIR, `${this.project}.json`),
        JSON.stringify(summary) + '\n',
      );
    }
    if (problems.length > 0) {
      this.#error = new Error(
        `[${this.project}] the run proves less than it claims:\n- ${problems.join('\n- ')}`,
      );
      console.error(`\n${this.#error.message}\n`);
    }
  }

  /** A run narrowed to some files or test names (a developer's run) is not checked as a whole. */
  #filtered() {
    const c = this.globalConfig;
    return Boolean(
      c.testPathPatterns?.isSet?.() ||
      c.testNamePattern ||
      c.onlyChanged ||
      c.onlyFailures ||
      c.findRelatedTests ||
      c.changedSince ||
      c.lastCommit ||
      (c.shard && c.shard.shardCount > 1),
    );
  }
}

function specFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (NOT_SOURCES.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return specFiles(path);
    return SPEC_FILE.test(entry.name) ? [path] : [];
  });
}

function sortKeys(object) {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));
}
