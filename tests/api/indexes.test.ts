/**
 * The hot paths of the dashboards and lists use Gendan's indexes, on SQLite
 * and on PostgreSQL: each query's plan is read with EXPLAIN. PostgreSQL
 * prefers a sequential scan on a test-sized table, so it is asked to plan as
 * for a large one (`enable_seqscan = off`) — the question is whether an index
 * can serve the query, not which plan wins on ten rows.
 */
import type { Knex } from 'knex';
import { linkedTo } from '../../src/platform/db/links';
import { startApp, type TestApp } from '../helpers/strapi';
import { makeReadyOrder } from '../helpers/workflow';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.stop();
});

const onPostgres = () => app.strapi.db.dialect.client === 'postgres';

/** The plan of a query as one text, in the database's own words. */
async function planOf(sql: string, bindings: readonly Knex.Value[] = []): Promise<string> {
  const knex = app.strapi.db.connection;
  if (!onPostgres()) {
    const rows = (await knex.raw(`EXPLAIN QUERY PLAN ${sql}`, bindings)) as Array<{ detail: string }>;
    return rows.map((row) => row.detail).join('\n');
  }
  return knex.transaction(async (trx) => {
    await trx.raw('SET LOCAL enable_seqscan = off');
    const result = (await trx.raw(`EXPLAIN ${sql}`, bindings)) as { rows: Array<{ 'QUERY PLAN': string }> };
    return result.rows.map((row) => row['QUERY PLAN']).join('\n');
  });
}

describe('hot-path indexes (EXPLAIN)', () => {
  it('orders filtered by stage and sorted by ex-factory date (lists, portal, content manager)', async () => {
    const plan = await planOf('SELECT id FROM orders WHERE stage = ? ORDER BY ex_factory_date LIMIT 25', [
      'in-production',
    ]);
    expect(plan).toMatch(/orders_stage_ex_factory_qty_idx/);
    expect(plan).not.toMatch(/TEMP B-TREE|Sort Key/);
  });

  it('orders and pieces by stage (dashboard pipeline) from the index alone', async () => {
    const plan = await planOf('SELECT stage, COUNT(*), SUM(total_quantity) FROM orders GROUP BY stage');
    expect(plan).toMatch(
      onPostgres()
        ? /Index Only Scan using orders_stage_ex_factory_qty_idx/
        : /COVERING INDEX orders_stage_ex_factory_qty_idx/
    );
  });

  it('a customer’s orders through the link table (portal tenant scope)', async () => {
    const plan = await planOf('SELECT order_id FROM orders_customer_lnk WHERE customer_id = ?', [1]);
    expect(plan).toMatch(/orders_customer_lnk_\w*(ifk|idx)\w*/);
  });

  it('daily reports of a date range by operation (output dashboard)', async () => {
    const plan = await planOf(
      'SELECT date, SUM(good_qty) FROM production_reports WHERE date >= ? AND operation = ? GROUP BY date',
      ['2026-01-01', 'sewing']
    );
    expect(plan).toMatch(/production_reports_date_idx/);
  });

  it('orders shipped since a date (on-time delivery rate)', async () => {
    const plan = await planOf('SELECT id FROM order_histories WHERE to_stage = ? AND at >= ?', [
      'shipped',
      '2026-01-01',
    ]);
    expect(plan).toMatch(/order_histories_to_stage_at_idx/);
  });

  it('reminders of a run date and open milestones', async () => {
    expect(await planOf('SELECT id FROM notifications WHERE run_date = ?', ['2026-11-27'])).toMatch(
      /notifications_run_date_idx/
    );
    expect(
      await planOf('SELECT id FROM order_milestones WHERE actual_date IS NULL AND planned_date <= ?', ['2026-11-27'])
    ).toMatch(/order_milestones_open_idx/);
  });
});

describe('records of an order through the link table (src/platform/db/links.ts)', () => {
  const LINE = 'api::order-line.order-line';
  const ids = (rows: Array<{ id: number }>) => rows.map((row) => row.id).sort((a, b) => a - b);

  it('finds what the relation filter finds, for one order and for several', async () => {
    const [a, b] = await Promise.all([makeReadyOrder(app), makeReadyOrder(app)]);
    const orderIds = [a.order.id, b.order.id];
    const lines = app.strapi.db.query(LINE);
    const viaRelation = await lines.findMany({ where: { order: { id: orderIds[0] } }, select: ['id'] });
    const viaLink = await lines.findMany({ where: linkedTo(app.strapi, LINE, 'order', orderIds[0]), select: ['id'] });
    expect(viaLink).toHaveLength(2);
    expect(ids(viaLink)).toEqual(ids(viaRelation));
    expect(await lines.count({ where: linkedTo(app.strapi, LINE, 'order', orderIds) })).toBe(4);
    expect(await lines.count({ where: linkedTo(app.strapi, LINE, 'order', []) })).toBe(0);
    // Through the Document Service too (the portal scope uses it there).
    const documents = await app.strapi
      .documents(LINE as never)
      .findMany({ filters: linkedTo(app.strapi, LINE, 'order', orderIds[1]) as never, fields: ['quantity'] });
    expect(documents.map((row) => (row as { quantity: number }).quantity).sort()).toEqual([100, 200]);
  });

  it('is planned on the link table’s index, not by scanning the order lines', async () => {
    const query = app.strapi.db
      .connection('order_lines')
      .select('id')
      .whereIn('id', linkedTo(app.strapi, LINE, 'order', 1).id.$in as never)
      .toSQL()
      .toNative();
    const plan = await planOf(query.sql.replace(/\$\d+/g, '?'), query.bindings as Knex.Value[]);
    expect(plan).toMatch(/order_lines_order_lnk_\w*(fk|idx)/);
  });
});
