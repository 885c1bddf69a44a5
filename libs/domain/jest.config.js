import { suiteReporters, swcJestTransform } from '../../jest.preset.js';

export default {
  displayName: 'domain',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: swcJestTransform,
  reporters: suiteReporters('domain'),
};
