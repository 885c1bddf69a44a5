import { readFileSync } from 'node:fs';

const swcrc = JSON.parse(readFileSync(new URL('./.swcrc', import.meta.url), 'utf8'));

/** One swc transform for every jest project: legacy decorators with metadata, as NestJS needs. */
export const swcJestTransform = {
  '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swcrc, $schema: undefined, sourceMaps: 'inline' }],
};
