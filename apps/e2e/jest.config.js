import { suiteReporters, swcJestTransform } from '../../jest.preset.js';

/** Browser tests: the built server (API + web) driven through Debian's Chromium. */
export default {
  displayName: 'e2e',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: swcJestTransform,
  reporters: suiteReporters('e2e'),
  globalSetup: '<rootDir>/src/global-setup.mjs',
  globalTeardown: '<rootDir>/src/global-teardown.mjs',
  testTimeout: 60_000,
  maxWorkers: 1,
  forceExit: true,
};
