import { generateLargeFactory } from '../../src/modules/demo/scale/generate';
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

describe('what is due in a generated factory', () => {
  it('the dashboard due list and the reminder run give the same items', async () => {
    // Enough orders that shipments without a completion report occur among three years of history.
    await generateLargeFactory(app.strapi, { orders: 400, seed: 9 });
    const service = app.strapi.plugin('merchandiser').service('dashboard');
    const due = (await service.due({})) as { data: Array<{ id: string; kind: string }> };
    await app.strapi.db.query('api::notification.notification').deleteMany({ where: {} });
    expect((await http(app).post('/api/reminders/run', {})).status).toBe(200);
    const keys = (await app.strapi.db.query('api::notification.notification').findMany({ select: ['key'] })) as Array<{
      key: string;
    }>;
    const chased = new Set(keys.map((row) => row.key.split(':').slice(0, 3).join(':')));
    expect(due.data.map((item) => item.kind)).toContain('completion-report-due');
    expect([...chased].sort()).toEqual(due.data.map((item) => item.id).sort());
  });
});

describe('at risk in a generated factory', () => {
  it('the dashboard, the reminder run and the workflow panel name the same orders, dates and causes', async () => {
    if ((await app.strapi.db.query('api::order.order').count()) < 400) {
      await generateLargeFactory(app.strapi, { orders: 400, seed: 9 });
    }
    const service = app.strapi.plugin('merchandiser').service('dashboard');
    const atRisk = (await service.atRisk({})) as Array<{
      documentId: string;
      projectedReady: string | null;
      exFactoryDate: string;
      risk: string;
    }>;
    expect(atRisk.length).toBeGreaterThan(0);
    const due = (await service.due({})) as {
      data: Array<{ kind: string; date: string; order: { documentId: string } }>;
    };
    const chased = due.data.filter((item) => item.kind === 'ex-factory-at-risk');
    expect(chased.map((item) => [item.order.documentId, item.date]).sort()).toEqual(
      // A stalled line has no projected date: the reminder is dated by the ex-factory date it threatens.
      atRisk.map((order) => [order.documentId, order.projectedReady ?? order.exFactoryDate]).sort()
    );
    for (const order of atRisk.slice(0, 5)) {
      const panel = (await http(app).get(`/api/orders/${order.documentId}/workflow`)).body.data;
      expect(panel.risk).toMatchObject({ atRisk: true, projectedReady: order.projectedReady, cause: order.risk });
    }
  });
});
