#!/usr/bin/env node
/**
 * `npm run seed:large [-- --orders 100000] [-- --seed N]`: loads a generated
 * factory (default 2,000 orders; ~10 lines each, stage histories, purchasing,
 * ~20 daily reports per order in production, samples) into the configured
 * database (SQLite by default, PostgreSQL with DATABASE_CLIENT=postgres),
 * with a progress bar and the elapsed time. For benchmarks: it writes
 * Strapi's tables directly, in batches, without the business rules.
 */
const { SingleBar, Presets } = require('cli-progress');
const { fromDist, loadApp } = require('./lib/app');

const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};

async function main() {
  const orders = option('orders', 2000);
  const seed = option('seed', 1);
  if (!Number.isInteger(orders) || orders < 1) throw new Error('--orders must be a positive whole number');
  const strapi = await loadApp();
  const bar = new SingleBar(
    {
      format: 'orders {bar} {value}/{total} · {percentage}% · {duration_formatted}',
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 10_000,
    },
    Presets.shades_classic
  );
  try {
    const { generateLargeFactory } = fromDist('src/modules/demo/scale/generate.js');
    const started = Date.now();
    bar.start(orders, 0);
    const report = await generateLargeFactory(strapi, { orders, seed, onProgress: (done) => bar.update(done) });
    bar.stop();
    // Fresh statistics and visibility map, as autovacuum would leave them after a day's work.
    if (strapi.db.dialect.client === 'postgres') await strapi.db.connection.raw('VACUUM ANALYZE');
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `seed:large (${strapi.db.dialect.client}): ${report.orders} orders, ${report.rows} rows written in ${seconds.toFixed(1)} s`
    );
    for (const [uid, count] of Object.entries(report.counts)) console.log(`  ${uid}: ${count}`);
  } finally {
    bar.stop();
    await strapi.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
