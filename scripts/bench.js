#!/usr/bin/env node
/**
 * `npm run bench [-- --requests 30] [-- --smoke] [-- --out docs/performance.md]`:
 * boots Gendan on the configured database (load it first with
 * `npm run seed:large`), serves it on loopback and measures, in one run:
 * each dashboard aggregate against the raw-SQL floor (the same queries sent
 * straight to the driver) and against a naive Document Service version; list
 * routes (stock core controller, portal, admin) with and without Gendan's
 * indexes; production reports ingested per second with every rule on; boot
 * time; documents, the orders export, a PO sheet and a 20,000-row daily output import; peak RSS. Prints one table and writes it to docs/performance.md
 * (unless --smoke).
 */
const { execFileSync } = require('node:child_process');
const os = require('node:os');
const path = require('node:path');
const { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const autocannon = require('autocannon');
const { appDir, distDir, loadApp } = require('./lib/app');
const { writeStockApp } = require('./lib/stock-strapi');

const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = process.argv[index + 1];
  return value === undefined || value.startsWith('--') ? true : value;
};
const SMOKE = arg('smoke', false) === true;
const REQUESTS = Number(arg('requests', SMOKE ? 3 : 30));
const OUT = arg('out', SMOKE ? null : path.join('docs', 'performance.md'));
if (!Number.isInteger(REQUESTS) || REQUESTS < 1) {
  console.error('--requests must be a positive whole number');
  process.exit(2);
}

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 100);
sampler.unref();

/** Mean latency (ms) of `amount` requests, one at a time, on loopback, after two warm-up requests; fails on any non-2xx. */
async function measure(url, headers, method = 'GET', body) {
  // Warm-up: the first request after boot pays for cold pages, JIT and the admin permission cache.
  // (A keep-alive socket the server closed while a slow naive run went on is reset once: retry.)
  for (let i = 0; i < 2; i += 1) {
    const warm = () => fetch(url, { method, headers, body: body ? JSON.stringify(body) : undefined });
    await warm().catch(warm);
  }
  const result = await autocannon({
    url,
    method,
    headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
    amount: REQUESTS,
    connections: 1,
    timeout: 120,
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) throw new Error(`${method} ${url}: ${failed} failed of ${REQUESTS}`);
  return result.latency.average;
}

/** Boot time (ms to /_health, fresh process) of an app: one warm-up, then the median of `runs`. */
async function bootMedian(dir, dist, runs) {
  const once = () => {
    const out = execFileSync(
      process.execPath,
      [path.join(__dirname, 'lib', 'boot-once.js'), dir, dist, String(Number(process.env.BENCH_PORT || 13380) + 1)],
      { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }
    );
    return JSON.parse(out.trim().split('\n').pop()).bootMs;
  };
  once();
  const times = Array.from({ length: runs }, once).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const secretsFromEnv = () => ({
  appKeys: (process.env.APP_KEYS ?? 'a,b').split(','),
  adminJwt: process.env.ADMIN_JWT_SECRET,
  apiTokenSalt: process.env.API_TOKEN_SALT,
  transferSalt: process.env.TRANSFER_TOKEN_SALT,
  encryptionKey: process.env.ENCRYPTION_KEY,
  jwt: process.env.JWT_SECRET,
});

/** Runs `work` with the connection settings of a throw-away copy of the database, then drops the copy. */
async function withDatabaseCopy(database, work) {
  const connection = database.connection;
  if (connection.client === 'sqlite') {
    const file = connection.connection.filename;
    const copy = `${file}.stock-copy`;
    copyFileSync(file, copy);
    try {
      return await work({
        ...database,
        connection: { ...connection, connection: { ...connection.connection, filename: copy } },
      });
    } finally {
      for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
    }
  }
  const { Client } = require('pg');
  const source = connection.connection;
  const name = `${source.database}_stock_copy`;
  const admin = new Client({ ...source, connectionString: undefined, database: 'postgres' });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${source.database}"`);
    try {
      return await work({
        ...database,
        connection: { ...connection, connection: { ...source, connectionString: undefined, database: name } },
      });
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
    }
  } finally {
    await admin.end();
  }
}

async function time(work, runs = Math.max(1, Math.min(REQUESTS, 5))) {
  const started = process.hrtime.bigint();
  for (let i = 0; i < runs; i += 1) await work();
  return Number(process.hrtime.bigint() - started) / 1e6 / runs;
}

async function main() {
  const port = Number(process.env.BENCH_PORT || 13380);
  const base = `http://127.0.0.1:${port}`;

  const strapi = await loadApp({ LOG_LEVEL: process.env.LOG_LEVEL || 'error', SEED_DEMO: 'false' });
  await new Promise((resolve) => strapi.server.listen(port, '127.0.0.1', resolve));
  while ((await fetch(`${base}/_health`)).status !== 204) await new Promise((r) => setTimeout(r, 50));
  let databaseConfig;
  let client;
  let facts;

  const rows = [];
  const row = (what, value, goal, note = '') => {
    rows.push({ what, value, goal, note });
    console.log(`${what.padEnd(58)} ${String(value).padStart(12)}  ${goal.padEnd(10)} ${note}`);
  };
  try {
    const knex = strapi.db.connection;
    client = strapi.db.dialect.client;
    const count = async (table) => Number((await knex(table).count({ c: 'id' }).first()).c);
    const orders = await count('orders');
    if (orders === 0) throw new Error('no orders: run `npm run seed:large` first');
    facts = {
      orders,
      lines: await count('order_lines'),
      reports: await count('production_reports'),
    };

    // Accounts: a full-access API token (the stock path), a super admin (admin routes), a customer portal user.
    const token = (
      await strapi
        .service('admin::api-token')
        .create({ name: `bench-${Date.now()}`, type: 'full-access', lifespan: null })
    ).accessKey;
    const api = { Authorization: `Bearer ${token}` };
    const email = `bench-${Date.now()}@gendan.test`;
    const superAdmin = await strapi.service('admin::role').getSuperAdmin();
    await strapi.service('admin::user').create({
      email,
      firstname: 'Bench',
      lastname: 'Admin',
      password: 'Bench-2026-gendan',
      isActive: true,
      roles: [superAdmin.id],
    });
    const login = await fetch(`${base}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'Bench-2026-gendan' }),
    });
    const admin = { Authorization: `Bearer ${(await login.json()).data.token}` };
    const customer = await strapi.db
      .query('api::customer.customer')
      .findOne({ select: ['id'], orderBy: { id: 'asc' } });
    const role = await strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'customer-portal' } });
    const portalName = `bench-${Date.now()}`;
    await strapi
      .plugin('users-permissions')
      .service('user')
      .add({
        username: portalName,
        email: `${portalName}@portal.test`,
        password: 'Bench-2026-portal',
        provider: 'local',
        confirmed: true,
        blocked: false,
        role: role.id,
        customer: customer.id,
      });
    const portalLogin = await fetch(`${base}/api/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: `${portalName}@portal.test`, password: 'Bench-2026-portal' }),
    });
    const portal = { Authorization: `Bearer ${(await portalLogin.json()).jwt}` };

    console.log(
      `\nGendan bench — ${client}, ${facts.orders} orders, ${facts.lines} lines, ${facts.reports} daily reports; ` +
        `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}; ${REQUESTS} requests each\n`
    );

    // 1. Dashboard aggregates: endpoint ÷ raw-SQL floor, ÷ naive Document Service.
    const floorOf = async (url) => {
      const captured = [];
      const listener = (query) => {
        if (!/\b(admin_|strapi_|up_)/.test(query.sql)) captured.push(query);
      };
      knex.on('query', listener);
      await fetch(url, { headers: admin });
      knex.off('query', listener);
      // Straight to the driver, on one connection: no query builder, no pool per query.
      const connection = await knex.client.acquireConnection();
      try {
        return await time(async () => {
          for (const query of captured) {
            if (client === 'postgres') {
              await connection.query(
                knex.client.positionBindings(query.sql),
                knex.client.prepBindings(query.bindings ?? [])
              );
            } else {
              const statement = connection.prepare(query.sql);
              const bindings = knex.client._formatBindings(query.bindings ?? []);
              if (statement.reader) statement.all(bindings);
              else statement.run(bindings);
            }
          }
        });
      } finally {
        await knex.client.releaseConnection(connection);
      }
    };
    // The naive way: page through the Document Service with populate, reduce in JavaScript.
    const everything = async (uid, params) => {
      const all = [];
      for (let start = 0; ; start += 1000) {
        const page = await strapi.documents(uid).findMany({ ...params, start, limit: 1000 });
        all.push(...page);
        if (page.length < 1000) return all;
      }
    };
    const naive = {
      kpis: async () => {
        const all = await everything('api::order.order', {
          fields: ['stage', 'totalQuantity'],
          populate: { lines: { fields: ['quantity'] } },
        });
        const byStage = {};
        for (const order of all)
          byStage[order.stage] =
            (byStage[order.stage] ?? 0) + order.lines.reduce((sum, line) => sum + line.quantity, 0);
        return byStage;
      },
      output: async () => {
        const since = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
        const reports = await everything('api::production-report.production-report', {
          filters: { date: { $gte: since } },
          populate: { order: { fields: ['poNumber'] }, line: { fields: ['name'] } },
        });
        const byDay = {};
        for (const report of reports) byDay[report.date] = (byDay[report.date] ?? 0) + report.goodQty;
        return byDay;
      },
    };
    // What every admin request pays around its handler: Strapi's session check, the user's
    // permission ability (CASL, over every content type's fields), the policy, JSON — measured on
    // the cheapest merchandiser route (one COUNT on an empty table).
    const adminAuth = await measure(`${base}/merchandiser/notifications/unread`, admin);
    for (const [name, url, naiveWork] of [
      ['kpis', '/merchandiser/dashboard/kpis', naive.kpis],
      ['at-risk', '/merchandiser/dashboard/at-risk'],
      ['due', '/merchandiser/dashboard/due'],
      ['output', '/merchandiser/dashboard/output', naive.output],
      ['line-load', '/merchandiser/dashboard/line-load'],
    ]) {
      const endpoint = await measure(`${base}${url}`, admin);
      const floor = await floorOf(`${base}${url}`);
      row(
        `dashboard ${name}: endpoint ÷ raw-SQL floor`,
        (endpoint / floor).toFixed(2),
        '≤ 1.5×',
        `${endpoint.toFixed(1)} ms ÷ ${floor.toFixed(1)} ms; ${(Math.max(0, endpoint - adminAuth) / floor).toFixed(2)}× beyond the admin request baseline`
      );
      if (naiveWork) {
        const slow = await time(naiveWork, 1);
        row(
          `dashboard ${name}: endpoint ÷ naive Document Service`,
          (endpoint / slow).toFixed(3),
          '≤ 0.05',
          `${endpoint.toFixed(1)} ms ÷ ${slow.toFixed(0)} ms`
        );
      }
    }

    row(
      'admin request baseline (ms)',
      adminAuth.toFixed(1),
      '—',
      'GET /merchandiser/notifications/unread: admin auth, permission ability, one COUNT'
    );

    // 2. Lists: Gendan's routes ÷ the stock core controller, with and without Gendan's indexes.
    const plain = '/api/orders?pagination[pageSize]=25';
    const filtered = '/api/orders?pagination[pageSize]=25&filters[stage][$eq]=in-production&sort=exFactoryDate:asc';
    // The stock route asked for what a portal page shows (style and lines), so both do the same work.
    const shown =
      '&populate[style][fields][0]=styleNo&populate[style][fields][1]=description' +
      '&populate[lines][fields][0]=colour&populate[lines][fields][1]=size&populate[lines][fields][2]=quantity';
    const adminList =
      '/content-manager/collection-types/api::order.order?page=1&pageSize=25&sort=exFactoryDate:ASC&filters[$and][0][stage][$eq]=in-production';
    const stockPlain = await measure(`${base}${plain}${shown}`, api);
    const stockFiltered = await measure(`${base}${filtered}${shown}`, api);
    const portalPlain = await measure(`${base}${plain}`, portal);
    const portalFiltered = await measure(`${base}${filtered}`, portal);
    const adminFiltered = await measure(`${base}${adminList}`, admin);
    // The same routes on the same data without Gendan's indexes (a stock schema).
    const indexes = Object.values(strapi.db.metadata.get('api::order.order').indexes ?? {}).filter(
      (i) => /_idx$/.test(i.name) && !/documents_idx/.test(i.name)
    );
    for (const index of indexes) await knex.schema.alterTable('orders', (t) => t.dropIndex(index.columns, index.name));
    const bareFiltered = await measure(`${base}${filtered}${shown}`, api);
    const bareAdmin = await measure(`${base}${adminList}`, admin);
    for (const index of indexes) await knex.schema.alterTable('orders', (t) => t.index(index.columns, index.name));
    // Throughput ratios: the slower route's latency ÷ the faster one's.
    const throughput = (what, goal, gendan, stock) =>
      row(what, (stock / gendan).toFixed(2), goal, `${gendan.toFixed(1)} ms vs ${stock.toFixed(1)} ms`);
    throughput('list: portal plain ÷ stock core controller (throughput)', '≥ 0.9×', portalPlain, stockPlain);
    throughput('list: filtered + sorted, indexed ÷ stock schema (throughput)', '≥ 3×', stockFiltered, bareFiltered);
    throughput('list: portal filtered + sorted ÷ stock schema (throughput)', '≥ 3×', portalFiltered, bareFiltered);
    throughput('list: admin filtered + sorted ÷ stock schema (throughput)', '≥ 3×', adminFiltered, bareAdmin);

    // 3. Daily reports ingested per second, every rule on (a sewing line on an order in production).
    // Orders with no report dated today (an earlier run's), so none of this run's is a duplicate.
    const today = new Date().toISOString().slice(0, 10);
    const reportedToday = (
      await strapi.db
        .query('api::production-report.production-report')
        .findMany({ where: { date: today }, select: ['id'], populate: { order: { select: ['id'] } } })
    )
      .map((report) => report.order?.id)
      .filter(Boolean);
    const candidates = await strapi.db
      .query('api::order.order')
      .count({ where: { stage: 'in-production', id: { $notIn: reportedToday } } });
    const target = await strapi.db.query('api::order.order').findOne({
      where: { stage: 'in-production', id: { $notIn: reportedToday } },
      select: ['documentId'],
      orderBy: { id: 'asc' },
      offset: Math.floor(Math.random() * Math.max(1, candidates)),
    });
    const lines = await strapi.db
      .query('api::production-line.production-line')
      .findMany({ select: ['documentId'], orderBy: { id: 'asc' }, limit: 60 });
    if (target && lines.length > 0) {
      let refused = false;
      const started = Date.now();
      const n = SMOKE ? 3 : 50;
      let ok = 0;
      for (let i = 0; i < n; i += 1) {
        const res = await fetch(`${base}/api/production-reports`, {
          method: 'POST',
          headers: { ...api, 'content-type': 'application/json' },
          body: JSON.stringify({
            data: {
              order: target.documentId,
              line: lines[i % lines.length].documentId,
              date: today,
              operation: 'sewing',
              goodQty: 1,
              workers: 20,
            },
          }),
        });
        if (res.status < 300) ok += 1;
        else if (!refused) {
          refused = true;
          console.log(`report refused: ${res.status} ${(await res.text()).slice(0, 300)}`);
        }
      }
      row(
        'daily reports ingested per second (all rules on)',
        ((ok * 1000) / (Date.now() - started)).toFixed(1),
        '—',
        `${ok}/${n} accepted`
      );
    }

    // 4. Stage transitions per second, every rule on: orders in production put on hold and resumed.
    const movable = await strapi.db.query('api::order.order').findMany({
      where: { stage: 'in-production', documentId: { $ne: target?.documentId ?? '' } },
      select: ['documentId'],
      orderBy: { id: 'desc' },
      limit: SMOKE ? 2 : 25,
    });
    if (movable.length > 0) {
      let moved = 0;
      let refused = false;
      const started = Date.now();
      for (const order of movable) {
        for (const to of ['on-hold', 'in-production']) {
          const res = await fetch(`${base}/api/orders/${order.documentId}/transitions`, {
            method: 'POST',
            headers: { ...api, 'content-type': 'application/json' },
            body: JSON.stringify({ data: { to } }),
          });
          if (res.status < 300) moved += 1;
          else if (!refused) {
            refused = true;
            console.log(`transition refused: ${res.status} ${(await res.text()).slice(0, 300)}`);
          }
        }
      }
      row(
        'stage transitions per second (all rules on)',
        ((moved * 1000) / (Date.now() - started)).toFixed(1),
        '—',
        `${moved}/${movable.length * 2} accepted (hold, resume)`
      );
    }
    // 5. Documents: a packing list of 500 cartons as a PDF, and its carton labels (4×6 in, GS1-128 SSCC), in-process.
    {
      const documents = (file) => require(path.join(distDir, 'src', 'modules', 'documents', file));
      const { packingListDocument } = documents('domain/packing-list-document.js');
      const { shippingMarks } = documents('domain/shipping-marks.js');
      const { renderPdf } = documents('render/pdf.js');
      const { renderLabels } = documents('render/labels.js');
      const n = SMOKE ? 40 : 500;
      const cartons = Array.from({ length: n }, (_, i) => ({
        fromCarton: i + 1,
        toCarton: i + 1,
        colour: ['Navy', 'Khaki', 'Stone'][i % 3],
        sizes: { S: 6, M: 12, L: 6 },
        lengthCm: 60,
        widthCm: 40,
        heightCm: 32,
        netKg: 7.68,
        grossKg: 8.9,
      }));
      const order = { poNumber: 'BENCH-500', styleNo: 'B-1', customer: 'Bench Buyer', destination: 'Germany · sea' };
      const facts = { order, kind: 'final', version: 1, issuedOn: '2026-11-30', sizes: ['S', 'M', 'L'], cartons };
      const pages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
      let started = Date.now();
      const list = await renderPdf(packingListDocument(facts));
      let ms = Date.now() - started;
      row(
        `packing list PDF, ${n} cartons (ms)`,
        ms,
        n === 500 ? '< 3000' : '—',
        `${pages(list)} pages, ${((pages(list) * 1000) / ms).toFixed(1)} pages/s, ${Math.round(list.length / 1024)} KB`
      );
      started = Date.now();
      const labels = await renderLabels(
        shippingMarks({
          ...facts,
          listKind: 'final',
          numbering: { kind: 'sscc', extension: 0, companyPrefix: '0614141', firstSerial: 1 },
        })
      );
      ms = Date.now() - started;
      row(
        `shipping marks 4×6 in, ${n} cartons (ms)`,
        ms,
        n === 500 ? '< 10000' : '—',
        `${pages(labels)} labels, ${((pages(labels) * 1000) / ms).toFixed(1)} pages/s`
      );
    }

    // 6. Every order as a workbook (GET /api/orders?format=xlsx), streamed: time, rows per second, memory.
    {
      const mib = () => Math.round(process.memoryUsage().rss / 2 ** 20);
      const rssBefore = mib();
      const started = Date.now();
      const res = await fetch(`${base}/api/orders?format=xlsx`, { headers: api });
      if (res.status !== 200) throw new Error(`orders export: ${res.status}`);
      let bytes = 0;
      for await (const chunk of res.body) bytes += chunk.length;
      const ms = Date.now() - started;
      row(
        `orders exported to Excel, all ${orders} (s)`,
        (ms / 1000).toFixed(1),
        '—',
        `${Math.round((orders * 1000) / ms)} rows/s, ${(bytes / 2 ** 20).toFixed(1)} MiB file, RSS ${rssBefore} → ${mib()} MiB`
      );
    }

    // 7. A buyer's PO sheet of 40 colours × 12 sizes imported over HTTP: the dry run, then the commit
    //    (a new order and its 480 lines through the order rules, in one transaction).
    {
      const ExcelJS = require('exceljs');
      const sizes = ['XXS', 'XS', 'S', 'M', 'L', 'XL', 'XXL', '3XL', '4XL', '5XL', '6XL', '7XL'];
      const stamp = Date.now().toString(36);
      const scale = await strapi
        .documents('api::size-scale.size-scale')
        .create({ data: { name: `Bench 12 sizes ${stamp}`, sizes: sizes.map((code) => ({ code })) } });
      const customer = await strapi.db.query('api::customer.customer').findOne({ select: ['documentId'] });
      const styleNo = `BENCH-${stamp}`;
      await strapi
        .documents('api::style.style')
        .create({ data: { styleNo, customer: customer.documentId, sizeScale: scale.documentId } });
      const colours = SMOKE ? 5 : 40;
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('PO');
      sheet.addRow(['PO No.:', `BENCH-PO-${stamp}`, 'Style', styleNo, 'Ex-Factory', '2030-06-01', 'FOB', 'USD 6.40']);
      sheet.addRow(['Colour', ...sizes]);
      for (let c = 0; c < colours; c += 1)
        sheet.addRow([`Colour ${c + 1}`, ...sizes.map((_, s) => 12 + ((c + s) % 9) * 6)]);
      const file = Buffer.from(await book.xlsx.writeBuffer());
      const form = new FormData();
      form.append('kind', 'purchase-orders');
      form.append('customer', customer.documentId);
      form.append('file', new Blob([file]), 'bench-po.xlsx');
      const started = Date.now();
      const checked = await fetch(`${base}/api/imports`, { method: 'POST', headers: api, body: form });
      const view = await checked.json();
      if (checked.status !== 201 || view.data.status !== 'checked') throw new Error(`import check: ${checked.status}`);
      const dry = Date.now() - started;
      const committed = await fetch(`${base}/api/imports/${view.data.documentId}/commit`, {
        method: 'POST',
        headers: { ...api, 'Content-Type': 'application/json' },
        body: '{}',
      });
      if (committed.status !== 200) throw new Error(`import commit: ${committed.status}`);
      const ms = Date.now() - started;
      const lines = view.data.summary.lines;
      row(
        `PO sheet imported, ${colours} colours × 12 sizes (ms)`,
        ms,
        colours === 40 ? '< 2000' : '—',
        `dry run ${dry} ms, commit ${ms - dry} ms; ${Math.round((lines * 1000) / ms)} cells/s`
      );
    }

    // 8. A month of line supervisors' daily output as one sheet: 20,000 rows (line × day × PO, sewing)
    //    over HTTP — dry run with every report rule, then the commit (in the background: polled to its end).
    {
      const ExcelJS = require('exceljs');
      const stamp = Date.now().toString(36);
      const rowsWanted = SMOKE ? 500 : 20_000;
      const lineCount = 20;
      const days = 10;
      const orderCount = Math.ceil(rowsWanted / (lineCount * days));
      const customer = await strapi.db.query('api::customer.customer').findOne({ select: ['documentId'] });
      const scale = await strapi
        .documents('api::size-scale.size-scale')
        .create({ data: { name: `Bench daily ${stamp}`, sizes: [{ code: 'M' }] } });
      const style = await strapi.documents('api::style.style').create({
        data: { styleNo: `BENCH-D-${stamp}`, customer: customer.documentId, sizeScale: scale.documentId },
      });
      const dayOf = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
      const pos = [];
      for (let o = 0; o < orderCount; o += 1) {
        const order = await strapi.documents('api::order.order').create({
          data: {
            poNumber: `BENCH-D-${stamp}-${o}`,
            customer: customer.documentId,
            style: style.documentId,
            orderDate: dayOf(-60),
            exFactoryDate: dayOf(60),
            fobPrice: 5.2,
          },
        });
        await strapi
          .service('api::order.order-lines')
          .replace(order.documentId, [{ colour: 'Navy', size: 'M', quantity: 100_000 }]);
        pos.push(order.poNumber);
      }
      const lines = [];
      for (let l = 0; l < lineCount; l += 1) {
        const line = await strapi
          .documents('api::production-line.production-line')
          .create({ data: { name: `Bench ${stamp} line ${l + 1}`, dailyCapacity: 800 } });
        lines.push(line.name);
      }
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('Daily output');
      sheet.addRow(['Date', 'Line', 'PO No.', 'Operation', 'Good', 'Defects', 'Workers']);
      let written = 0;
      for (let d = 0; d < days && written < rowsWanted; d += 1)
        for (const line of lines)
          for (const po of pos) {
            if (written >= rowsWanted) break;
            sheet.addRow([dayOf(-1 - d), line, po, 'sewing', 40 + (written % 7), written % 3, 30]);
            written += 1;
          }
      const file = Buffer.from(await book.xlsx.writeBuffer());
      const form = new FormData();
      form.append('kind', 'production-reports');
      form.append('file', new Blob([file]), 'bench-daily.xlsx');
      const started = Date.now();
      const checked = await fetch(`${base}/api/imports`, { method: 'POST', headers: api, body: form });
      const view = await checked.json();
      if (checked.status !== 201 || view.data.status !== 'checked')
        throw new Error(
          `daily import check: ${checked.status} ${JSON.stringify(view.data?.findings?.slice(0, 3) ?? view)}`
        );
      const dry = Date.now() - started;
      const committed = await fetch(`${base}/api/imports/${view.data.documentId}/commit`, {
        method: 'POST',
        headers: { ...api, 'Content-Type': 'application/json' },
        body: '{}',
      });
      if (committed.status !== 200 && committed.status !== 202)
        throw new Error(`daily import commit: ${committed.status}`);
      for (;;) {
        const state = await (await fetch(`${base}/api/imports/${view.data.documentId}`, { headers: api })).json();
        if (state.data.status === 'committed') break;
        if (state.data.error) throw new Error(`daily import failed: ${state.data.error.message}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const ms = Date.now() - started;
      row(
        `daily output sheet imported, ${written.toLocaleString('en')} rows (s)`,
        (ms / 1000).toFixed(1),
        written === 20_000 ? '< 30' : '—',
        `dry run ${(dry / 1000).toFixed(1)} s, commit ${((ms - dry) / 1000).toFixed(1)} s; ${Math.round((written * 1000) / ms)} rows/s`
      );
    }

    row('peak RSS under load (MiB)', Math.round(peakRss / 2 ** 20), '—');
    databaseConfig = strapi.config.get('database');
  } finally {
    await strapi.destroy();
  }

  // 5. Boot to /_health, each in a fresh process: Gendan on its database ÷ a stock Strapi of the
  // same version with the same schema on a copy of it (the copy keeps the stock app's own
  // permission clean-up away from Gendan's data). One warm-up each, then the median of three.
  const boots = SMOKE ? 1 : 3;
  const gendanBoot = await bootMedian(appDir, distDir, boots);
  const stockBoot = await withDatabaseCopy(databaseConfig, async (copy) => {
    const stockDir = writeStockApp(appDir, path.join(appDir, '.tmp', 'stock-strapi'), copy, secretsFromEnv());
    return bootMedian(stockDir, stockDir, boots);
  });
  row(
    'boot to /_health: Gendan ÷ stock Strapi 5.54, same schema and data',
    (gendanBoot / stockBoot).toFixed(2),
    '≤ 1.3×',
    `${gendanBoot} ms ÷ ${stockBoot} ms (median of ${boots}, fresh process each)`
  );

  if (OUT) {
    const table = [
      `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores / ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${client}, node ${process.version}: ${facts.orders} orders, ${facts.lines} order lines, ${facts.reports} daily reports; ${REQUESTS} sequential requests per route on loopback (autocannon).`,
      '',
      '| Measure | Value | Goal | Detail |',
      '| --- | --- | --- | --- |',
      ...rows.map((r) => `| ${r.what} | ${r.value} | ${r.goal} | ${r.note} |`),
    ].join('\n');
    const file = path.resolve(appDir, OUT);
    const marker = `<!-- bench:${client} -->`;
    const end = `<!-- /bench:${client} -->`;
    const block = `${marker}\n${table}\n${end}`;
    let text = existsSync(file) ? readFileSync(file, 'utf8') : '# Performance\n';
    text = text.includes(marker)
      ? text.replace(new RegExp(`${marker}[\\s\\S]*?${end}`), block)
      : `${text.trimEnd()}\n\n${block}\n`;
    writeFileSync(file, text);
    console.log(`\nwritten to ${OUT}`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
