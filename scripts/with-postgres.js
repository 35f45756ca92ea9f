#!/usr/bin/env node
/**
 * `npm run test:pg`: runs a command (the test suite) against a fresh PostgreSQL
 * database of its own, then drops it. Starts the local cluster when it is down.
 * Server settings: DATABASE_HOST/PORT/USERNAME/PASSWORD (default 127.0.0.1:5432, postgres).
 */
const { execSync, spawnSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { Client } = require('pg');

const settings = {
  host: process.env.DATABASE_HOST || '127.0.0.1',
  port: Number(process.env.DATABASE_PORT || 5432),
  user: process.env.DATABASE_USERNAME || 'postgres',
  password: process.env.DATABASE_PASSWORD || '',
};

async function admin(sql) {
  const client = new Client({ ...settings, database: 'postgres' });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function ensureServer() {
  try {
    await admin('select 1');
  } catch {
    console.log('PostgreSQL is not answering; starting the local cluster');
    execSync('pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start', {
      stdio: 'inherit',
      shell: '/bin/bash',
    });
    for (let attempt = 0; attempt < 30; attempt += 1) {
      try {
        await admin('select 1');
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
    throw new Error('PostgreSQL did not start');
  }
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new Error('usage: with-postgres.js <command> [args…]');
  await ensureServer();
  const database = `gendan_test_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE "${database}"`);
  console.log(`PostgreSQL database ${database} created`);
  let status = 1;
  try {
    const run = spawnSync(command, args, {
      stdio: 'inherit',
      shell: process.platform === 'win32',
      env: {
        ...process.env,
        DATABASE_CLIENT: 'postgres',
        DATABASE_HOST: settings.host,
        DATABASE_PORT: String(settings.port),
        DATABASE_USERNAME: settings.user,
        DATABASE_PASSWORD: settings.password,
        DATABASE_NAME: database,
        PATH: `${process.cwd()}/node_modules/.bin:${process.env.PATH}`,
      },
    });
    status = run.status ?? 1;
  } finally {
    // The test files' own databases (and the template they are cloned from) carry the run's name.
    const client = new Client({ ...settings, database: 'postgres' });
    await client.connect();
    const { rows } = await client
      .query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${database}\\_%`])
      .finally(() => client.end());
    for (const { datname } of rows) await admin(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    console.log(`PostgreSQL database ${database} dropped`);
  }
  process.exit(status);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
