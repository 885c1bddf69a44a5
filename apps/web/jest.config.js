import { suiteReporters, swcJestTransform } from '../../jest.preset.js';

/** Unit tests of the web's plain modules and components rendered to HTML (no DOM): error texts, locale files, fields. */
export default {
  displayName: 'web',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  // libs/domain from source, as the API's tests take it (its dist exists only after a build).
  moduleNameMapper: {
    '^@samrad/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: swcJestTransform,
  reporters: suiteReporters('web'),
};
