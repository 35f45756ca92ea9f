import { format } from 'date-fns';
import { loadDemoData, seedDemoOnFirstStart } from '../../src/modules/demo/load-demo';
import { http } from '../helpers/http';
import { startApp, type TestApp } from '../helpers/strapi';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.stop();
});

const query = (uid: string) => app.strapi.db.query(uid as never);

describe('demo data', () => {
  it('is not loaded when SEED_DEMO=false', async () => {
    expect(await query('api::customer.customer').count()).toBe(0);
    await seedDemoOnFirstStart(app.strapi);
    expect(await query('api::customer.customer').count()).toBe(0);
  });

  it('loads a realistic factory on an empty database', async () => {
    process.env.SEED_DEMO = 'true';
    try {
      await seedDemoOnFirstStart(app.strapi);
    } finally {
      process.env.SEED_DEMO = 'false';
    }
    const customers = (await query('api::customer.customer').findMany({ select: ['market', 'channel'] })) as Array<{
      market: string;
      channel: string;
    }>;
    expect(customers.length).toBeGreaterThanOrEqual(3);
    expect(customers.map((c) => c.market)).toEqual(expect.arrayContaining(['CA', 'US', 'JP', 'DE']));
    expect(customers.some((c) => c.channel === 'online')).toBe(true);

    const suppliers = (await query('api::supplier.supplier').findMany({ populate: { kinds: true } })) as Array<{
      kinds: Array<{ kind: string }>;
    }>;
    expect(new Set(suppliers.flatMap((s) => s.kinds.map((k) => k.kind)))).toEqual(
      new Set(['fabric', 'trims', 'packaging', 'wash', 'print', 'embroidery', 'garment-factory', 'courier'])
    );

    const orders = (await query('api::order.order').findMany({
      select: ['id', 'totalQuantity', 'exFactoryDate', 'market'],
    })) as Array<{ id: number; totalQuantity: number; exFactoryDate: string; market: string }>;
    expect(orders.length).toBeGreaterThanOrEqual(12);
    expect(new Set(orders.map((o) => o.exFactoryDate)).size).toBe(orders.length);
    for (const order of orders) {
      const lines = (await query('api::order-line.order-line').findMany({
        where: { order: { id: order.id } },
        select: ['id', 'colour', 'size', 'quantity'],
      })) as Array<{ colour: string; size: string; quantity: number }>;
      expect(lines.length).toBeGreaterThanOrEqual(4);
      expect(order.totalQuantity).toBe(lines.reduce((sum, l) => sum + l.quantity, 0));
      expect(order.totalQuantity).toBeGreaterThan(0);
    }
    // The whole demo through the document service (every guard, title and audit): a minute or more on
    // PostgreSQL when CI runs both databases' suites side by side.
  }, 240_000);

  it('puts the orders at their stages with a real, dated history', async () => {
    const { DEMO_ORDERS } = await import('../../src/modules/demo/demo-data');
    for (const demo of DEMO_ORDERS) {
      const order = (await query('api::order.order').findOne({
        where: { poNumber: demo.poNumber },
        select: ['id', 'stage', 'heldStage', 'stageDates', 'orderDate'],
      })) as {
        id: number;
        stage: string;
        heldStage: string | null;
        stageDates: Record<string, string>;
        orderDate: string;
      };
      expect([demo.poNumber, order.stage]).toEqual([demo.poNumber, demo.stage]);
      if (demo.heldIn) expect(order.heldStage).toBe(demo.heldIn);
      const history = (await query('api::order-history.order-history').findMany({
        where: { order: { id: order.id } },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
      })) as Array<{ kind: string; toStage: string | null; at: string }>;
      expect(history[0]).toMatchObject({ kind: 'created', toStage: 'received' });
      expect(format(new Date(history[0].at), 'yyyy-MM-dd')).toBe(order.orderDate);
      const moves = history.filter((row) => row.kind === 'transition');
      if (demo.stage !== 'received') expect(moves.at(-1)?.toStage).toBe(demo.stage);
      const times = history.map((row) => new Date(row.at).getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(Math.max(...times)).toBeLessThanOrEqual(Date.now());
    }
  });

  it('carries BOMs, purchasing (some late), a failed and a late-inspected receipt, and a supplement request', async () => {
    const orderId = async (poNumber: string) =>
      (
        (await query('api::order.order').findOne({ where: { poNumber }, select: ['documentId'] })) as {
          documentId: string;
        }
      ).documentId;
    const get = (url: string) => http(app).get(url);

    expect(await query('api::bom-line.bom-line').count()).toBeGreaterThanOrEqual(14 * 3);
    const completed = await get(`/api/orders/${await orderId('BRO-76990')}/materials`);
    expect(completed.body.meta.summary).toMatchObject({ inHouse: true, issued: true });

    const failed = (await query('api::material-receipt.material-receipt').findMany({
      where: { result: 'fail' },
    })) as Array<{
      findings: string[];
      rejectedQuantity: number;
      quantity: number;
    }>;
    expect(failed).toHaveLength(1);
    expect(failed[0].findings[0]).toContain('shrinkage in length -5.5%');
    expect(failed[0].rejectedQuantity).toBe(failed[0].quantity);

    const lateOrder = await get(`/api/orders/${await orderId('RWM-26-0977')}/workflow`);
    const forward = lateOrder.body.data.transitions.find((t: { type: string }) => t.type === 'forward');
    expect(forward.failures.map((f: { rule: string }) => f.rule)).toEqual(
      expect.arrayContaining(['materials-in-house', 'fabric-inspected-in-time'])
    );

    const chasing = await get('/api/purchase-orders/expediting?days=7');
    expect(chasing.body.meta.counts.overdue).toBeGreaterThanOrEqual(1);
    expect(chasing.body.meta.counts['ships-within-24h']).toBeGreaterThanOrEqual(1);

    const supplements = (await query('api::supplement-request.supplement-request').findMany({})) as Array<{
      status: string;
    }>;
    expect(supplements.map((s) => s.status)).toEqual(['issued']);
  });

  it('has orders in production with weeks of daily reports, one at risk with an open exception, a wash job out', async () => {
    const orderId = async (poNumber: string) =>
      (
        (await query('api::order.order').findOne({ where: { poNumber }, select: ['documentId'] })) as {
          documentId: string;
        }
      ).documentId;
    const progress = async (poNumber: string) =>
      (await http(app).get(`/api/orders/${await orderId(poNumber)}/progress`)).body.data;

    const atRisk = await progress('SKJ-2611-03');
    expect(atRisk).toMatchObject({ atRisk: true, runRate: 70 });
    expect(atRisk.daysLate).toBeGreaterThan(5);
    expect(atRisk.openExceptions).toEqual([
      expect.objectContaining({
        cause: 'too-few-workers',
        ownerDepartment: expect.objectContaining({ key: 'factory' }),
      }),
    ]);

    const sewingDays = (await query('api::production-report.production-report').count({
      where: { order: { documentId: await orderId('SKJ-2611-03') }, operation: 'sewing' },
    })) as number;
    expect(sewingDays).toBeGreaterThanOrEqual(12);

    const printing = await progress('BRO-77304');
    expect(printing.atRisk).toBe(false);
    expect(printing.subcontract).toEqual(
      expect.arrayContaining([expect.objectContaining({ process: 'wash', status: 'sent', out: 1200 })])
    );

    const done = await progress('BRO-76990');
    expect(done.byOperation.packing).toBe(done.ordered);
    expect(done.subcontract.every((job: { out: number }) => job.out === 0)).toBe(true);
  });

  it('has orders packing, booked with a late entry, inspected (failed then passed) and completed with a reconciliation', async () => {
    const orderId = async (poNumber: string) =>
      (
        (await query('api::order.order').findOne({ where: { poNumber }, select: ['documentId'] })) as {
          documentId: string;
        }
      ).documentId;
    const late = (await query('api::booking.booking').findMany({ where: { lateEntryRequested: true } })) as Array<{
      lateEntryReason: string;
    }>;
    expect(late).toHaveLength(1);
    const inspections = (await query('api::final-inspection.final-inspection').findMany({
      where: { order: { documentId: await orderId('BRO-77120') } },
      orderBy: { id: 'asc' },
    })) as Array<{ result: string }>;
    expect(inspections.map((i) => i.result)).toEqual(['fail', 'pass']);

    const reconciliation = (await http(app).get(`/api/orders/${await orderId('BRO-76990')}/reconciliation`)).body.data;
    expect(reconciliation).toMatchObject({ ordered: 3000, within: true, completion: { signed: true } });
    expect(reconciliation.shipped).toBeGreaterThanOrEqual(2850);
    expect(reconciliation.shortOver).toBe(reconciliation.shipped - 3000);
    expect(reconciliation.shortOver).toBeLessThan(0);
    expect(reconciliation.shortShipmentValue).toBeCloseTo((3000 - reconciliation.shipped) * 9.85, 2);
    const canada = (await http(app).get(`/api/orders/${await orderId('4500231877')}/reconciliation`)).body.data;
    expect(canada).toMatchObject({ shortOver: 0, within: true, tolerance: { underPct: 0, overPct: 0 } });
  });

  it('has samples in several states, an order with two revisions, a cancelled order, a closed complaint', async () => {
    const orderId = async (poNumber: string) =>
      (
        (await query('api::order.order').findOne({ where: { poNumber }, select: ['documentId'] })) as {
          documentId: string;
        }
      ).documentId;
    const statuses = (
      (await query('api::sample.sample').findMany({ select: ['id', 'status'] })) as Array<{ status: string }>
    ).map((s) => s.status);
    expect(new Set(statuses)).toEqual(new Set(['approved', 'commented', 'received', 'in-making', 'sent', 'requested']));
    const followUps = (await http(app).get('/api/samples/follow-ups')).body.meta.counts;
    expect(followUps['no-feedback']).toBeGreaterThanOrEqual(1);
    expect(followUps['no-receipt-confirmation']).toBeGreaterThanOrEqual(1);

    const revised = await orderId('BRO-77304');
    const revisions = (await http(app).get(`/api/orders/${revised}/revisions`)).body.data;
    expect(revisions.map((r: { changes: Array<{ field: string }> }) => r.changes[0].field)).toEqual([
      'exFactoryDate',
      'lines',
    ]);
    const blocked = (await http(app).get(`/api/orders/${revised}/workflow`)).body.data.transitions[0];
    expect(blocked.failures.map((f: { rule: string }) => f.rule)).toContain('documents-current');

    const cancelled = await orderId('4500236620');
    const documents = (await query('api::order-document.order-document').findMany({
      where: { order: { documentId: cancelled } },
    })) as Array<{
      status: string;
    }>;
    expect(documents.length).toBeGreaterThan(0);
    expect(documents.every((d) => d.status === 'recalled')).toBe(true);
    expect(
      await query('api::purchase-order-line.purchase-order-line').count({
        where: { order: { documentId: cancelled }, flaggedForReview: true },
      })
    ).toBeGreaterThan(0);

    expect(await query('api::complaint.complaint').count({ where: { status: 'closed' } })).toBe(1);
  });

  it('carries T&A calendars closed by real events, one order slipping, and a reminder run with work to chase', async () => {
    const overview = await http(app).get('/api/time-and-action/overview?pageSize=100&from=2000-01-01&to=2100-01-01');
    expect(overview.status).toBe(200);
    const timelines = overview.body.data as Array<{
      order: { poNumber: string; stage: string };
      late: boolean;
      plannedExFactory: string;
      projectedExFactory: string;
      milestones: Array<{ key: string; status: string; actualSource: string | null }>;
    }>;
    expect(timelines.length).toBeGreaterThanOrEqual(10);
    const completed = timelines.filter((timeline) => timeline.order.stage === 'completed');
    expect(completed.length).toBeGreaterThanOrEqual(2);
    for (const timeline of completed) {
      expect(timeline.milestones.every((m) => m.status === 'done' && m.actualSource === 'event')).toBe(true);
    }
    const slipping = timelines.find((timeline) => timeline.order.poNumber === 'NLR-11045')!;
    expect(slipping.late).toBe(true);
    expect(slipping.projectedExFactory > slipping.plannedExFactory).toBe(true);
    // The newest orders still chase their fit sample.
    const fresh = timelines.find((timeline) => timeline.order.poNumber === 'SKJ-2612-01')!;
    expect(fresh.milestones.find((m) => m.key === 'lab-dip-approved')!.status).toBe('done');
    expect(fresh.milestones.find((m) => m.key === 'fit-approved')!.status).toBe('overdue');

    const run = await http(app).post('/api/reminders/run', {});
    expect(run.status).toBe(200);
    expect(run.body.data.created).toBeGreaterThanOrEqual(15);
    expect(run.body.data.byType).toMatchObject({
      'milestone-overdue': expect.any(Number),
      'ex-factory-at-risk': expect.any(Number),
      'purchase-overdue': expect.any(Number),
      'completion-report-due': 1,
    });
    expect((await http(app).post('/api/reminders/run', {})).body.data.created).toBe(0);
  });

  it('is idempotent: a second load creates nothing and keeps edits', async () => {
    const order = (await query('api::order.order').findOne({ where: { poNumber: 'BRO-77120' } })) as {
      documentId: string;
    };
    await app.strapi
      .documents('api::order.order')
      .update({ documentId: order.documentId, data: { notes: 'edited by hand' } as never });
    const before = await query('api::order-line.order-line').count();

    const report = await loadDemoData(app.strapi);
    expect(report.created).toEqual({ customers: 0, suppliers: 0, sizeScales: 0, styles: 0, orders: 0, portalUsers: 0 });
    expect(await query('api::order-line.order-line').count()).toBe(before);
    expect(await query('api::order.order').findOne({ where: { documentId: order.documentId } })).toMatchObject({
      notes: 'edited by hand',
    });
  });
});
