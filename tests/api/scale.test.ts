import { generateLargeFactory } from '../../src/scale/generate';
import { http } from '../helpers/http';
import { startApp, type TestApp } from '../helpers/strapi';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.stop();
});

describe('the large-factory generator (npm run seed:large)', () => {
  it('writes records and links Strapi reads back as its own', async () => {
    const report = await generateLargeFactory(app.strapi, { orders: 40, seed: 7 });
    expect(report.counts['api::order.order']).toBe(40);
    expect(report.counts['api::order-line.order-line']).toBe(400);
    expect(report.rows).toBeGreaterThan(2000);

    const orders = await http(app).get('/api/orders?pagination[pageSize]=100&populate[lines][fields][0]=quantity');
    expect(orders.status).toBe(200);
    expect(orders.body.meta.pagination.total).toBe(40);
    for (const order of orders.body.data as Array<{ totalQuantity: number; lines: Array<{ quantity: number }> }>) {
      expect(order.lines).toHaveLength(10);
      expect(order.lines.reduce((sum, line) => sum + line.quantity, 0)).toBe(order.totalQuantity);
    }
    // Relations by documentId resolve (ids allocated by the generator, documentIds in Strapi's shape).
    const one = orders.body.data[0] as { documentId: string };
    const found = await http(app).get(`/api/orders/${one.documentId}?populate[customer][fields][0]=code`);
    expect(found.body.data.customer.code).toMatch(/^LC7-/);

    // The dashboard reads the generated factory.
    const kpis = await app.strapi.plugin('merchandiser').service('dashboard').kpis({});
    expect(kpis.pipeline.reduce((sum: number, stage: { orders: number }) => sum + stage.orders, 0)).toBe(40);

    // A second run adds a second factory next to the first (ids continue, sequences follow on PostgreSQL).
    await generateLargeFactory(app.strapi, { orders: 5, seed: 8 });
    expect(await app.strapi.db.query('api::order.order').count()).toBe(45);
    const created = await http(app).post('/api/customers', {
      data: { code: 'AFTER-LARGE', name: 'Created after the generator', market: 'US', channel: 'regular' },
    });
    expect(created.status).toBe(201);
  });
});
