/**
 * Compiles the server once per test run (Strapi boots from dist/, as in
 * production; skipped when GENDAN_DIST_COMPILED=true says the caller just did), then prepares the template database every test file copies:
 * a SQLite file, or with DATABASE_CLIENT=postgres a database that
 * `CREATE DATABASE … TEMPLATE` clones.
 */
const { execFileSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { tmpdir } = require('node:os');
const path = require('node:path');
const { Client } = require('pg');

const root = path.resolve(__dirname, '..', '..');
const secret = () => randomBytes(16).toString('base64');

async function onPostgres(sql) {
  const client = new Client({
    host: process.env.DATABASE_HOST ?? '127.0.0.1',
    port: Number(process.env.DATABASE_PORT ?? 5432),
    user: process.env.DATABASE_USERNAME ?? 'postgres',
    password: process.env.DATABASE_PASSWORD ?? '',
    database: process.env.DATABASE_NAME ?? 'postgres',
  });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

module.exports = async () => {
  // CI compiles once and runs the SQLite and PostgreSQL suites side by side: two compilers writing
  // the same dist/ while the other run boots from it would race.
  if (process.env.GENDAN_DIST_COMPILED !== 'true') {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], {
      cwd: root,
      stdio: 'inherit',
    });
  }

  const usePostgres = process.env.DATABASE_CLIENT === 'postgres';
  const id = `${process.pid}_${randomBytes(4).toString('hex')}`;
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    SEED_DEMO: 'false',
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
  };
  let template;
  if (usePostgres) {
    // Test databases are named after the run's own, so that with-postgres.js drops them all.
    const base = process.env.DATABASE_NAME ?? 'postgres';
    template = `${base}_tpl_${randomBytes(3).toString('hex')}`;
    await onPostgres(`CREATE DATABASE "${template}"`);
    Object.assign(env, { DATABASE_NAME: template, DATABASE_SCHEMA: 'public' });
  } else {
    template = path.join(tmpdir(), `gendan-template-${id}.db`);
    Object.assign(env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: template });
  }
  execFileSync(process.execPath, [path.join(__dirname, 'template-db.js')], { cwd: root, stdio: 'inherit', env });
  process.env.GENDAN_TEST_TEMPLATE = template;
};
