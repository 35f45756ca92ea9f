#!/usr/bin/env node
/**
 * Production smoke test (used by .ci/run after `npm run build`): `npm start`
 * on a throwaway SQLite file and port must answer /_health, serve the admin
 * panel and keep the content API closed. Exits non-zero otherwise.
 */
const { spawn } = require('node:child_process');
const { rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

const port = Number(process.env.SMOKE_PORT || 13370);
const file = path.join(tmpdir(), `gendan-smoke-${process.pid}.db`);
const base = `http://127.0.0.1:${port}`;

async function waitForHealth(deadline) {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${base}/_health`);
      if (res.status === 204) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('no /_health answer within the deadline');
}

async function main() {
  const started = Date.now();
  const app = spawn('npm', ['start'], {
    cwd: path.resolve(__dirname, '..'),
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: file,
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  try {
    await waitForHealth(Date.now() + 90_000);
    const checks = [
      ['/admin', 200],
      ['/favicon.ico', 200],
      ['/api/orders', 403],
    ];
    for (const [url, expected] of checks) {
      const res = await fetch(base + url);
      if (res.status !== expected) throw new Error(`GET ${url} → ${res.status}, expected ${expected}`);
    }
    console.log(`smoke: npm start served /_health, /admin and a closed /api in ${Date.now() - started} ms`);
  } finally {
    process.kill(-app.pid, 'SIGTERM');
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  }
}

main().catch((error) => {
  console.error(`smoke: ${error.message}`);
  process.exit(1);
});
