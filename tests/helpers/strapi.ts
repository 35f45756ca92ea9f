import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createStrapi, type Core } from '@strapi/strapi';
import { Client } from 'pg';

const appDir = path.resolve(__dirname, '..', '..');
const distDir = path.join(appDir, 'dist');

export interface TestApp {
  strapi: Core.Strapi;
  /** Full-access API token, as an integrator would use. */
  token: string;
  stop: () => Promise<void>;
}

const secret = () => randomBytes(16).toString('base64');

/**
 * The template database the Jest global setup prepared (a SQLite file or a
 * PostgreSQL database): each test file boots on a copy of it.
 */
const template = () => process.env.GENDAN_TEST_TEMPLATE;

/** The run's PostgreSQL database (with-postgres.js), remembered before a test file points DATABASE_NAME at its own. */
const runDatabase = () => (process.env.GENDAN_TEST_RUN_DATABASE ??= process.env.DATABASE_NAME ?? 'postgres');

/** PostgreSQL server settings for tests. */
const pgSettings = () => ({
  host: process.env.DATABASE_HOST ?? '127.0.0.1',
  port: Number(process.env.DATABASE_PORT ?? 5432),
  user: process.env.DATABASE_USERNAME ?? 'postgres',
  password: process.env.DATABASE_PASSWORD ?? '',
  database: runDatabase(),
});

async function onPostgres<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client(pgSettings());
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

interface PoolStats {
  numUsed(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

/**
 * Waits (up to 5 s) until the database pool is idle: Strapi emits entry events
 * whose listeners (webhooks) query the database after the response is sent,
 * and destroying the pool under them aborts their queries.
 */
async function settle(strapi: Core.Strapi) {
  const pool = (strapi.db.connection.client as { pool?: PoolStats }).pool;
  const busy = () => !!pool && pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() > 0;
  for (let waited = 0; waited < 5000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (!busy()) return;
  }
}

/**
 * Boots Gendan in-process on a database of its own: a copy of the template
 * (a temporary SQLite file, or with DATABASE_CLIENT=postgres a database cloned
 * from the template database), or without a template a fresh file or schema.
 * Needs `dist/` (the Jest global setup compiles it and prepares the template).
 */
export async function startApp(): Promise<TestApp> {
  const id = `${process.pid}_${randomBytes(4).toString('hex')}`;
  const usePostgres = process.env.DATABASE_CLIENT === 'postgres';
  const sqliteFile = path.join(tmpdir(), `gendan-test-${id}.db`);
  const schema = `gendan_test_${id}`;
  const database = `${runDatabase()}_${id}`;
  const from = template();

  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
    SEED_DEMO: 'false',
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
  });
  if (usePostgres) {
    const pg = pgSettings();
    await onPostgres((client) =>
      client.query(from ? `CREATE DATABASE "${database}" TEMPLATE "${from}"` : `CREATE SCHEMA "${schema}"`)
    );
    Object.assign(process.env, {
      DATABASE_HOST: pg.host,
      DATABASE_PORT: String(pg.port),
      DATABASE_NAME: from ? database : pg.database,
      DATABASE_USERNAME: pg.user,
      DATABASE_PASSWORD: pg.password,
      DATABASE_SCHEMA: from ? 'public' : schema,
    });
  } else {
    if (from && existsSync(from)) copyFileSync(from, sqliteFile);
    process.env.DATABASE_CLIENT = 'sqlite';
    process.env.DATABASE_FILENAME = sqliteFile;
  }

  const strapi = await createStrapi({ appDir, distDir }).load();
  strapi.server.mount();

  const token = (await strapi
    .service('admin::api-token')
    .create({ name: `tests-${id}`, type: 'full-access', lifespan: null })) as { accessKey: string };

  return {
    strapi,
    token: token.accessKey,
    stop: async () => {
      await settle(strapi);
      await strapi.destroy();
      if (usePostgres) {
        await onPostgres((client) =>
          client.query(from ? `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)` : `DROP SCHEMA "${schema}" CASCADE`)
        );
      } else {
        for (const suffix of ['', '-wal', '-shm', '-journal']) {
          if (existsSync(sqliteFile + suffix)) rmSync(sqliteFile + suffix);
        }
      }
    },
  };
}

/** Creates a super admin and logs in through the admin API, as the admin panel does. */
export async function adminSession(app: TestApp): Promise<{ token: string; userId: number }> {
  const email = `admin-${randomBytes(3).toString('hex')}@gendan.test`;
  const password = 'Gendan-Test-2026';
  const superAdmin = (await app.strapi.service('admin::role').getSuperAdmin()) as { id: number };
  const user = (await app.strapi.service('admin::user').create({
    email,
    firstname: 'Test',
    lastname: 'Admin',
    password,
    isActive: true,
    roles: [superAdmin.id],
  })) as { id: number };
  const supertest = (await import('supertest')).default;
  const res = await supertest(app.strapi.server.httpServer).post('/admin/login').send({ email, password });
  if (res.status !== 200) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { token: res.body.data.token, userId: user.id };
}
