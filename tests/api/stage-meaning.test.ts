import request from 'supertest';
import { subDays } from 'date-fns';
import { errorPaths, errorRules, http } from '../helpers/http';
import { makePortalUser } from '../helpers/portal';
import { makeLine, report } from '../helpers/production';
import { cartonRows, simulate } from '../helpers/shipping';
import { adminSession, startApp, type TestApp } from '../helpers/strapi';
import { advance, day, makeReadyOrder } from '../helpers/workflow';
import { ensureWorkflowDefaults } from '../../src/modules/workflow/defaults';

/**
 * The proof that stages are configurable: an administrator adds a stage
 * (embroidery QC, on the lines), renames packing, drops washing and adds an
 * invoicing step after shipment — and every screen follows without code.
 */
let app: TestApp;
let admin: { token: string };
const STAGE = 'api::workflow-stage.workflow-stage';
const LINES = [
  { colour: 'Navy', size: 'S', quantity: 100 },
  { colour: 'Navy', size: 'M', quantity: 200 },
];

beforeAll(async () => {
  app = await startApp();
  admin = await adminSession(app);
}, 120_000);
afterAll(async () => {
  await app.stop();
});

const asAdmin = (url: string) =>
  request(app.strapi.server.httpServer).get(url).set('Authorization', `Bearer ${admin.token}`);
const stageRow = (key: string) =>
  app.strapi.db.query(STAGE).findOne({ where: { key } }) as Promise<Record<string, unknown> | null>;
const documentIdOf = async (key: string) => String((await stageRow(key))!.documentId);

/** Moves an order forward until it stands in `stage`; the stages it passed, in order. */
async function advanceTo(orderId: string, stage: string) {
  const visited: string[] = [];
  while (visited.at(-1) !== stage) {
    visited.push(await advance(app, orderId));
    if (visited.length > 20) throw new Error(`never reached ${stage}: ${visited.join(' → ')}`);
  }
  return visited;
}

describe('an administrator reshapes the workflow', () => {
  it('adds embroidery-qc after print-embroidery: on the lines because the stage before is', async () => {
    const res = await http(app).post('/api/workflow-stages', {
      data: { key: 'embroidery-qc', name: 'Embroidery QC', nameZh: '绣花检验', position: 75, phase: 'production' },
    });
    expect(res.status).toBe(201);
    expect(await stageRow('embroidery-qc')).toMatchObject({
      phase: 'production',
      onTheLines: true,
      countsAsShipped: false,
      issuesDocument: null,
    });
  });

  it('adds invoicing after shipment without a phase: it counts as shipped, as the stage before', async () => {
    const res = await http(app).post('/api/workflow-stages', {
      data: { key: 'invoiced', name: 'Invoiced', nameZh: '已开票', position: 125 },
    });
    expect(res.status).toBe(201);
    expect(await stageRow('invoiced')).toMatchObject({ phase: 'shipping', onTheLines: false, countsAsShipped: true });
  });

  it('renames packing and drops washing', async () => {
    const packing = await documentIdOf('packing');
    const renamed = await http(app).put(`/api/workflow-stages/${packing}`, {
      data: { name: 'Finishing & packing', nameZh: '后整包装' },
    });
    expect(renamed.status).toBe(200);
    expect((await http(app).delete(`/api/workflow-stages/${await documentIdOf('washing')}`)).status).toBe(204);
    expect(await stageRow('washing')).toBeNull();
    expect(await stageRow('packing')).toMatchObject({ name: 'Finishing & packing', onTheLines: true });
  });

  it.each([
    [{ key: 'qa-hold', phase: 'hold' }, 'phase', 'phase-kind'],
    [{ key: 'pre-cut', phase: 'materials', onTheLines: true }, 'onTheLines', 'on-the-lines-phase'],
    [{ key: 'pre-ship', phase: 'finishing', countsAsShipped: true }, 'countsAsShipped', 'counts-as-shipped-phase'],
    [
      { key: 'second-permit', phase: 'materials', issuesDocument: 'production-permit' },
      'issuesDocument',
      'document-issued-twice',
    ],
    [
      { key: 'after-ship', phase: 'shipping', countsAsShipped: false, position: 122 },
      'countsAsShipped',
      'shipped-stays-shipped',
    ],
  ])('refuses a stage whose meaning contradicts the workflow: %j', async (data, path, rule) => {
    const before = await app.strapi.db.query(STAGE).count();
    const res = await http(app).post('/api/workflow-stages', {
      data: { name: 'X', nameZh: '某', position: 45, ...data },
    });
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toContain(path);
    expect(errorRules(res.body)).toContain(rule);
    expect(await app.strapi.db.query(STAGE).count()).toBe(before);
  });
});

describe('every screen follows the reshaped workflow', () => {
  let onLines: { documentId: string; poNumber: string };
  let shipped: { documentId: string; poNumber: string };
  let customerCode: string;

  beforeAll(async () => {
    // On the lines: print and wash wanted, but washing is gone; it stands in the new embroidery QC.
    const a = await makeReadyOrder(app, { requiresPrintOrEmbroidery: true, requiresWashing: true });
    onLines = a.order as unknown as typeof onLines;
    customerCode = String(a.customer.code);
    expect(await advanceTo(onLines.documentId, 'embroidery-qc')).toEqual([
      'notice-issued',
      'materials-in-house',
      'permit-granted',
      'materials-issued',
      'in-production',
      'print-embroidery',
      'embroidery-qc',
    ]);
    await http(app).post('/api/bookings', {
      data: { order: onLines.documentId, bookedAt: day(0), cutoffDate: day(1), forwarder: 'Kerry Logistics' },
    });

    // Shipped, then invoiced: the completion report is still owed.
    const b = await makeReadyOrder(app, {}, { market: 'CA' });
    shipped = b.order as unknown as typeof shipped;
    expect(await advanceTo(shipped.documentId, 'packing')).toEqual([
      'notice-issued',
      'materials-in-house',
      'permit-granted',
      'materials-issued',
      'in-production',
      'embroidery-qc',
      'packing',
    ]);
    await http(app).post('/api/backend-trims', {
      data: { order: shipped.documentId, item: 'cartons', requiredQty: 14, receivedQty: 14, checked: true },
    });
    await simulate(app, shipped.documentId);
    await http(app).post('/api/bookings', {
      data: {
        order: shipped.documentId,
        bookedAt: day(0),
        cutoffDate: day(1),
        docSimulatedPackingList: true,
        docCartonData: true,
        docPurchaseOrder: true,
        docTechnicalData: true,
      },
    });
    const line = await makeLine(app);
    await report(app, { order: shipped.documentId, line: line.documentId, operation: 'packing', goodQty: 300 });
    await http(app).post('/api/packing-lists', {
      data: { order: shipped.documentId, kind: 'final', cartons: cartonRows(LINES) },
    });
    await http(app).post('/api/final-inspections', {
      data: { order: shipped.documentId, inspectedAt: day(0), majorFound: 0, minorFound: 1, inspector: 'QC Wu' },
    });
    expect(await advanceTo(shipped.documentId, 'invoiced')).toEqual([
      'booked',
      'final-inspection',
      'shipped',
      'invoiced',
    ]);
    // Shipped five days ago: the completion report (due three days after shipment) is overdue.
    const history = app.strapi.db.query('api::order-history.order-history');
    const entry = (await history.findOne({
      where: { toStage: 'shipped', order: { documentId: shipped.documentId } },
      select: ['id'],
    })) as { id: number };
    await history.update({ where: { id: entry.id }, data: { at: subDays(new Date(), 5) } });
  }, 240_000);

  it('the dashboard: pieces on the lines include embroidery QC; the pipeline shows the new stages and names', async () => {
    const { data } = (await asAdmin('/merchandiser/dashboard/kpis')).body;
    // Order A (300 pieces) stands in embroidery-qc, on the lines; order B has left.
    expect(data).toMatchObject({ ordersInProduction: 1, piecesInProduction: 300, activeOrders: 1 });
    const pipeline = data.pipeline as Array<{ stage: string; name: string; orders: number }>;
    expect(pipeline.map((p) => p.stage)).not.toContain('washing');
    expect(pipeline.find((p) => p.stage === 'embroidery-qc')).toMatchObject({ orders: 1 });
    expect(pipeline.find((p) => p.stage === 'invoiced')).toMatchObject({ orders: 1 });
    expect(pipeline.find((p) => p.stage === 'packing')).toMatchObject({ name: 'Finishing & packing' });
    const figure = (await asAdmin('/merchandiser/dashboard/figure?figure=on-the-lines')).body;
    expect(figure.data.rows.map((row: { documentId: string }) => row.documentId)).toEqual([onLines.documentId]);
    const onTime = (await asAdmin('/merchandiser/dashboard/figure?figure=on-time')).body;
    expect(onTime.data.rows.map((row: { documentId: string }) => row.documentId)).toEqual([shipped.documentId]);
  });

  it('the due list: the invoiced order owes its completion report; the order on the lines has its cut-off', async () => {
    const { data } = (await asAdmin('/merchandiser/dashboard/due')).body as {
      data: Array<{ kind: string; urgency: string; days: number; order: { documentId: string } | null }>;
    };
    expect(data).toContainEqual(
      expect.objectContaining({
        kind: 'completion-report-due',
        urgency: 'overdue',
        days: 2,
        order: expect.objectContaining({ documentId: shipped.documentId }),
      })
    );
    const cutoffs = data.filter((item) => item.kind === 'warehouse-cutoff').map((item) => item.order?.documentId);
    // The shipped order's booking is no longer chased.
    expect(cutoffs).toEqual([onLines.documentId]);
  });

  it('the reminder run chases the same two', async () => {
    const res = await http(app).post('/api/reminders/run', {});
    expect(res.status).toBe(200);
    const rows = (await app.strapi.db.query('api::notification.notification').findMany({
      where: { type: { $in: ['completion-report-due', 'warehouse-cutoff'] } },
      populate: { order: { select: ['documentId'] } },
    })) as Array<{ type: string; order: { documentId: string } | null }>;
    const chased = (type: string) => [...new Set(rows.filter((r) => r.type === type).map((r) => r.order?.documentId))];
    expect(chased('completion-report-due')).toEqual([shipped.documentId]);
    expect(chased('warehouse-cutoff')).toEqual([onLines.documentId]);
  });

  it('the T&A overview shows the order in embroidery QC, and the invoiced order shipped', async () => {
    const res = await http(app).get('/api/time-and-action/overview?pageSize=100');
    expect(res.status).toBe(200);
    const timelines = res.body.data as Array<{
      order: { documentId: string; stage: string };
      milestones: Array<{ key: string; status: string }>;
    }>;
    expect(timelines.find((t) => t.order.documentId === onLines.documentId)?.order.stage).toBe('embroidery-qc');
    const b = (await http(app).get(`/api/orders/${shipped.documentId}/time-and-action`)).body.data;
    expect(b.order.stage).toBe('invoiced');
    expect(b.milestones.find((m: { key: string }) => m.key === 'ex-factory')).toMatchObject({ status: 'done' });
  });

  it("the portal's stage view lists the workflow as the administrator left it", async () => {
    const token = await makePortalUser(app, 'customer', customerCode, 'stage-buyer');
    const res = await http(app, token).get(`/api/orders/${onLines.documentId}/workflow`);
    expect(res.status).toBe(200);
    const stages = res.body.data.stages as Array<{ key: string; name: string }>;
    expect(stages.map((s) => s.key)).toEqual([
      'received',
      'notice-issued',
      'materials-in-house',
      'permit-granted',
      'materials-issued',
      'in-production',
      'print-embroidery',
      'embroidery-qc',
      'packing',
      'booked',
      'final-inspection',
      'shipped',
      'invoiced',
      'completed',
    ]);
    expect(stages.find((s) => s.key === 'packing')?.name).toBe('Finishing & packing');
    expect(res.body.data.stage.key).toBe('embroidery-qc');
  });

  it('a stage orders passed through keeps its key: rename its name instead', async () => {
    const res = await http(app).put(`/api/workflow-stages/${await documentIdOf('print-embroidery')}`, {
      data: { key: 'decoration' },
    });
    expect(res.status).toBe(400);
    expect(errorRules(res.body)).toEqual(['stage-key-recorded']);
    expect(await stageRow('print-embroidery')).not.toBeNull();
  });
});

describe('upgrading a database whose stages predate their meaning', () => {
  it('gives default stages their default meaning and added ones the meaning of the step before', async () => {
    const before = (await app.strapi.db.query(STAGE).findMany({
      select: ['key', 'phase', 'onTheLines', 'countsAsShipped', 'issuesDocument'],
      orderBy: { position: 'asc' },
    })) as Array<Record<string, unknown>>;
    await app.strapi.db
      .connection(app.strapi.db.metadata.get(STAGE).tableName)
      .update({ phase: null, on_the_lines: null, counts_as_shipped: null, issues_document: null });
    await ensureWorkflowDefaults(app.strapi);
    const after = await app.strapi.db.query(STAGE).findMany({
      select: ['key', 'phase', 'onTheLines', 'countsAsShipped', 'issuesDocument'],
      orderBy: { position: 'asc' },
    });
    expect(after).toEqual(before);
    expect(after.find((row: { key: string }) => row.key === 'permit-granted')).toMatchObject({
      phase: 'materials',
      issuesDocument: 'production-permit',
    });
  });
});
