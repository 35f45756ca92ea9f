/**
 * The security suite (tests/security): HTTP against a production build
 * (`strapi start`, NODE_ENV=production) on SQLite, and on PostgreSQL through
 * `npm run test:security` — each finding of the red-team pass as a test.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/security'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
  globalSetup: '<rootDir>/tests/security/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/tests/security/helpers/global-teardown.ts',
  testTimeout: 120000,
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.tmp/'],
};
