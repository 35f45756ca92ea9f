#!/usr/bin/env node
/**
 * `npm run seed`: loads the demo factory into the configured database on demand.
 * Idempotent — records that already exist (by code, name, style or PO number)
 * are left untouched.
 */
const { execFileSync } = require('node:child_process');
const path = require('node:path');

async function main() {
  const appDir = path.resolve(__dirname, '..');
  const distDir = path.join(appDir, 'dist');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], {
    cwd: appDir,
    stdio: 'inherit',
  });

  process.env.SEED_DEMO = 'false'; // the explicit load below reports what it did
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir, distDir }).load();
  try {
    const { loadDemoData } = require(path.join(distDir, 'src', 'seed', 'load-demo.js'));
    const started = Date.now();
    const report = await loadDemoData(strapi);
    console.log(`Gendan demo data: created ${JSON.stringify(report.created)} in ${Date.now() - started} ms`);
  } finally {
    await strapi.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
