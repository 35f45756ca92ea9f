/** Browser tests: Playwright (playwright-core) driving Debian's Chromium against the built admin. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
  testTimeout: 180000,
};
