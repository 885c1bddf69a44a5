import { readFileSync } from 'node:fs';

const swcrc = JSON.parse(readFileSync(new URL('./.swcrc', import.meta.url), 'utf8'));

/** One swc transform for every jest project: legacy decorators with metadata, as NestJS needs. */
export const swcJestTransform = {
  '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swcrc, $schema: undefined, sourceMaps: 'inline' }],
};

/** Jest's own output plus the checks that a run proves what it claims (tools/jest/suite-check-reporter.mjs). */
export const suiteReporters = (project) => [
  'default',
  [new URL('./tools/jest/suite-check-reporter.mjs', import.meta.url).pathname, { project }],
];
