import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

/**
 * A Gendan production server for the security suite: `strapi start` from the
 * built `dist/` with NODE_ENV=production, on a fresh database of its own
 * (a SQLite file, or a schema in the PostgreSQL database `npm run
 * test:security` creates), behind a TLS-terminating proxy on loopback
 * (IS_PROXIED, PROXY_TRUSTED_IPS=127.0.0.1) — plain HTTP when a request
 * sends no X-Forwarded-Proto.
 */
export const root = path.resolve(__dirname, '..', '..', '..');

export interface DatabaseConfig {
  client: 'sqlite' | 'postgres';
  filename?: string;
  host?: string;
  port?: number;
  user?: string;
  password?: string;
  database?: string;
  schema?: string;
}

export interface ProductionServer {
  base: string;
  port: number;
  database: DatabaseConfig;
  env: Record<string, string>;
  stop(): Promise<void>;
}

const secret = () => randomBytes(16).toString('base64');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const pg = () => ({
  host: process.env.DATABASE_HOST ?? '127.0.0.1',
  port: Number(process.env.DATABASE_PORT ?? 5432),
  user: process.env.DATABASE_USERNAME ?? 'postgres',
  password: process.env.DATABASE_PASSWORD ?? '',
  database: process.env.DATABASE_NAME ?? 'postgres',
});

async function onPostgres(sql: string) {
  const client = new Client(pg());
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export const usesPostgres = () => process.env.DATABASE_CLIENT === 'postgres';

async function freshDatabase(
  label: string
): Promise<{ config: DatabaseConfig; env: Record<string, string>; drop(): Promise<void> }> {
  const id = `${label}_${process.pid}_${randomBytes(3).toString('hex')}`;
  if (usesPostgres()) {
    const settings = pg();
    const schema = `gendan_sec_${id}`;
    await onPostgres(`CREATE SCHEMA "${schema}"`);
    return {
      config: { client: 'postgres', ...settings, schema },
      env: {
        DATABASE_CLIENT: 'postgres',
        DATABASE_HOST: settings.host,
        DATABASE_PORT: String(settings.port),
        DATABASE_USERNAME: settings.user,
        DATABASE_PASSWORD: settings.password,
        DATABASE_NAME: settings.database,
        DATABASE_SCHEMA: schema,
      },
      drop: () => onPostgres(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`),
    };
  }
  const filename = path.join(tmpdir(), `gendan-security-${id}.db`);
  return {
    config: { client: 'sqlite', filename },
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
    drop: async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(filename + suffix, { force: true });
    },
  };
}

async function waitForHealth(base: string, child: ChildProcess, deadline: number) {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the production server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/_health`)).status === 204) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the production server did not answer /_health');
}

/** Starts `strapi start` in production mode on a fresh database; `env` adds or overrides settings. */
export async function startProductionServer(
  label: string,
  env: Record<string, string> = {}
): Promise<ProductionServer> {
  const database = await freshDatabase(label);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const fullEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: base,
    SEED_DEMO: 'false',
    CRON_ENABLED: 'false',
    LOG_LEVEL: process.env.SECURITY_LOG_LEVEL ?? 'error',
    IS_PROXIED: 'true',
    PROXY_TRUSTED_IPS: '127.0.0.1',
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    ...database.env,
    ...env,
  };
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'],
    {
      cwd: root,
      env: fullEnv,
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    }
  );
  try {
    await waitForHealth(base, child, Date.now() + 120_000);
  } catch (error) {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    await database.drop();
    throw error;
  }
  return {
    base,
    port,
    database: database.config,
    env: fullEnv,
    stop: async () => {
      if (child.pid && child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        process.kill(-child.pid, 'SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
      }
      await database.drop();
    },
  };
}
