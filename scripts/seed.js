#!/usr/bin/env node
/**
 * `npm run seed`: loads the demo factory into the configured database on demand.
 * Idempotent — records that already exist (by code, name, style or PO number)
 * are left untouched.
 */
const { fromDist, loadApp } = require('./lib/app');

async function main() {
  // SEED_DEMO off: the explicit load below reports what it did.
  const strapi = await loadApp({ SEED_DEMO: 'false' });
  try {
    const { loadDemoData } = fromDist('src/modules/demo/load-demo.js');
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
