/** Removes the template database the global setup prepared. */
const { existsSync, rmSync } = require('node:fs');
const { Client } = require('pg');

module.exports = async () => {
  const template = process.env.GENDAN_TEST_TEMPLATE;
  if (!template) return;
  if (process.env.DATABASE_CLIENT === 'postgres') {
    const client = new Client({
      host: process.env.DATABASE_HOST ?? '127.0.0.1',
      port: Number(process.env.DATABASE_PORT ?? 5432),
      user: process.env.DATABASE_USERNAME ?? 'postgres',
      password: process.env.DATABASE_PASSWORD ?? '',
      database: 'postgres',
    });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
  } else {
    for (const suffix of ['', '-wal', '-shm', '-journal']) {
      if (existsSync(template + suffix)) rmSync(template + suffix);
    }
  }
};
