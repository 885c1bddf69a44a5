import { swcJestTransform } from '../../jest.preset.js';

/**
 * Fault tests (`npm run test:faults`): they stop and start PostgreSQL and Redis under load. By
 * default on private servers they start themselves; `.ci/run` sets FAULTS_TARGET=system to run
 * them against the machine's real servers. Never part of `npm test`.
 */
export default {
  displayName: 'api-faults',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/faults/**/*.faults-spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^@samrad/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: swcJestTransform,
  testTimeout: 120_000,
  // one at a time: they stop shared servers
  maxWorkers: 1,
};
