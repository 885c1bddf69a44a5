import { suiteReporters, swcJestTransform } from '../../jest.preset.js';

/** Unit specs (*.spec.ts) and integration specs (*.int-spec.ts) against a real PostgreSQL. */
export default {
  displayName: 'api',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: [
    '<rootDir>/src/**/*.spec.ts',
    '<rootDir>/src/**/*.int-spec.ts',
    '<rootDir>/test/**/*.int-spec.ts',
  ],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^@samrad/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: swcJestTransform,
  reporters: suiteReporters('api'),
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  // closes apps and API processes whose start outlived a timed-out beforeAll (they kept workers alive)
  setupFilesAfterEnv: ['<rootDir>/test/close-leftovers.ts'],
  // an upper bound only: a test that hangs fails after it; 30 s was hit on a loaded 2-core machine
  testTimeout: 90_000,
  maxWorkers: 2,
};
