/**
 * What every command-line script of Gendan does first: compile the TypeScript
 * app into dist/ and load Strapi in this process (no HTTP server unless the
 * script starts one; no cron jobs; quieter logs).
 */
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const appDir = path.resolve(__dirname, '..', '..');
const distDir = path.join(appDir, 'dist');

function compile() {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], {
    cwd: appDir,
    stdio: 'inherit',
  });
}

/** Compiles, then loads the app with `env` set first (defaults: no cron, warnings and errors only). */
async function loadApp(env = {}) {
  compile();
  Object.assign(process.env, { CRON_ENABLED: 'false', LOG_LEVEL: process.env.LOG_LEVEL || 'warn', ...env });
  const { createStrapi } = require('@strapi/strapi');
  return createStrapi({ appDir, distDir }).load();
}

/** A compiled module of the app, e.g. `fromDist('src/modules/demo/load-demo.js')`. */
const fromDist = (file) => require(path.join(distDir, file));

module.exports = { appDir, distDir, compile, loadApp, fromDist };
