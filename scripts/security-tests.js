#!/usr/bin/env node
/**
 * `npm run test:security`: the security suite (tests/security) against a
 * production build, on SQLite and then on PostgreSQL (a fresh database of its
 * own, through with-postgres.js). Builds the admin first when dist/ has none.
 * `--sqlite` or `--postgres` runs one database only; other arguments go to Jest.
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const only = args.find((arg) => arg === '--sqlite' || arg === '--postgres');
const jestArgs = [
  '--runInBand',
  '--forceExit',
  '--config',
  'jest.security.config.js',
  ...args.filter((arg) => arg !== only),
];
const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');

const run = (label, command, commandArgs, env) => {
  console.log(`\n--- security suite on ${label}`);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
};

let status = 0;
if (only !== '--postgres')
  status ||= run('SQLite', process.execPath, [jest, ...jestArgs], { DATABASE_CLIENT: 'sqlite' });
if (only !== '--sqlite' && status === 0) {
  status = run('PostgreSQL', process.execPath, [
    path.join(__dirname, 'with-postgres.js'),
    process.execPath,
    jest,
    ...jestArgs,
  ]);
}
process.exit(status);
