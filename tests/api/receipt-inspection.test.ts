import request from 'supertest';
import { makeOrder } from '../helpers/fixtures';
import { makeMaterial, makePurchaseOrder, makeSupplier } from '../helpers/materials';
import { adminSession, startApp, type TestApp } from '../helpers/strapi';
import { day } from '../helpers/workflow';

let app: TestApp;
let admin: { token: string; userId: number };
beforeAll(async () => {
  app = await startApp();
  admin = await adminSession(app);
});
afterAll(async () => {
  await app.stop();
});

const asAdmin = (method: 'get' | 'post', url: string, body?: object) => {
  const req = request(app.strapi.server.httpServer)[method](url).set('Authorization', `Bearer ${admin.token}`);
  return body ? req.send(body) : req;
};
const RECEIPTS = '/content-manager/collection-types/api::material-receipt.material-receipt';

async function openLine(customer: Record<string, unknown> = {}) {
  const { order } = await makeOrder(app, {}, customer);
  const supplier = await makeSupplier(app, { name: `Jiangnan Mills ${Date.now()}` });
  const material = await makeMaterial(app);
  const { po, lines } = await makePurchaseOrder(app, supplier.documentId, [
    { order: order.documentId, material: material.documentId, quantity: 1000 },
  ]);
  return { order, supplier, material, po, line: lines[0] };
}

describe('GET /merchandiser/receipts/lines — the lines a receipt is recorded against', () => {
  it('finds open lines by supplier, PO number or material, with what was received and the customer’s limits', async () => {
    const { order, supplier, material, po, line } = await openLine({ fourPointPerRoll: 28, fourPointLotAverage: 20 });
    for (const q of [supplier.name as string, po.poNumber as string, material.code as string]) {
      const res = await asAdmin('get', `/merchandiser/receipts/lines?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      expect(res.body.data.map((option: { documentId: string }) => option.documentId)).toContain(line.documentId);
    }
    const [found] = (
      await asAdmin('get', `/merchandiser/receipts/lines?q=${encodeURIComponent(po.poNumber as string)}`)
    ).body.data;
    expect(found).toMatchObject({
      title: `${String(po.poNumber)} · ${String(material.code)} · ${String(order.poNumber)}`,
      purchaseOrder: { poNumber: po.poNumber, supplier: { name: supplier.name, phone: '+86 519 8555 0101' } },
      material: { code: material.code, kind: 'fabric', construction: 'woven', widthCm: 147 },
      quantity: 1000,
      received: 0,
      // The customer's 4-point limits; shrinkage from the factory settings (source defaults ±3 % / ±5 %).
      limits: { shrinkageWovenPct: 3, shrinkageKnitPct: 5, fourPoint: { perRoll: 28, lotAverage: 20 } },
    });
  });

  it('refuses an over-long search and needs an admin session', async () => {
    expect((await asAdmin('get', `/merchandiser/receipts/lines?q=${'x'.repeat(101)}`)).status).toBe(400);
    expect((await request(app.strapi.server.httpServer).get('/merchandiser/receipts/lines')).status).toBe(401);
  });
});

describe('the screen saves through the Content Manager: the same rules, errors at the field', () => {
  it('saves a receipt of three rolls and derives the verdict the screen showed', async () => {
    const { line } = await openLine();
    // Worked by hand (ASTM D5430, yards × inches): R1 20 pts on 100 yd × 58" = 12.41; R2 tallied 3×1 + 2×2 + 1×4 = 11
    // on 100 yd × 58" = 6.83; R3 30 pts on 120 yd × 58" = 15.52. Lot: 61 × 3600 / (320 × 58) = 11.83 ≤ 40: pass.
    const res = await asAdmin('post', RECEIPTS, {
      purchaseOrderLine: { connect: [{ documentId: line.documentId }] },
      receivedAt: day(0),
      quantity: 300,
      inspectedAt: day(0),
      shrinkageLengthPct: -2,
      shrinkageWidthPct: -1,
      measuredWidthCm: 148,
      fourPoint: [
        { rollNo: 'R1', length: 100, lengthUnit: 'yd', cuttableWidth: 58, widthUnit: 'in', points: 20 },
        {
          rollNo: 'R2',
          length: 100,
          lengthUnit: 'yd',
          cuttableWidth: 58,
          widthUnit: 'in',
          points: 0,
          defectsUpTo3in: 3,
          defects3to6in: 2,
          defectsOver9in: 1,
        },
        { rollNo: 'R3', length: 120, lengthUnit: 'yd', cuttableWidth: 58, widthUnit: 'in', points: 30 },
      ],
      cuttingApproved: true,
    });
    expect(res.status).toBe(201);
    const stored = (await app.strapi.db.query('api::material-receipt.material-receipt').findOne({
      where: { documentId: res.body.data.documentId },
    })) as { result: string; fourPointLotAverage: number | string; passedQuantity: number | string; title: string };
    expect(stored.result).toBe('pass');
    expect(Number(stored.fourPointLotAverage)).toBe(11.83);
    expect(Number(stored.passedQuantity)).toBe(300);
    expect(stored.title).toMatch(new RegExp(` · ${day(0)}$`));
  });

  it('refuses cutting approval on a failed lot, naming the field, and writes nothing', async () => {
    const { line } = await openLine();
    const before = await app.strapi.db.query('api::material-receipt.material-receipt').count({});
    const res = await asAdmin('post', RECEIPTS, {
      purchaseOrderLine: { connect: [{ documentId: line.documentId }] },
      receivedAt: day(0),
      quantity: 300,
      inspectedAt: day(0),
      shrinkageLengthPct: -4,
      shrinkageWidthPct: -1,
      measuredWidthCm: 148,
      fourPoint: [{ rollNo: 'R1', length: 100, lengthUnit: 'yd', cuttableWidth: 58, widthUnit: 'in', points: 20 }],
      cuttingApproved: true,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toContain('cuttingApproved');
    expect(await app.strapi.db.query('api::material-receipt.material-receipt').count({})).toBe(before);
  });
});

describe('expediting from the admin: the chasing list and a call logged on its purchase order', () => {
  it('logs a chase with a new promised date; the list shows it as the last chase; the write is refused when wrong', async () => {
    const { po, line } = await openLine();
    // Due in 10 days (the helper's default): inside a 14-day window, so the line is listed.
    const list = await asAdmin('get', '/merchandiser/expediting?days=14');
    expect(list.status).toBe(200);
    const item = list.body.data.find(
      (row: { line: { documentId: string } }) => row.line.documentId === line.documentId
    );
    expect(item).toMatchObject({ flags: ['due-soon'], lastNote: null });
    expect(item.supplier.contact).toMatchObject({ name: 'Wang Lei', phone: '+86 519 8555 0101' });

    const url = `/merchandiser/purchase-orders/${po.documentId}/expediting-notes`;
    const promised = day(12);
    const logged = await asAdmin('post', url, {
      data: { date: day(0), contact: 'Wang Lei', note: 'Dyeing done, ships next week', promisedDate: promised },
    });
    expect(logged.status).toBe(201);
    const second = await asAdmin('post', url, { data: { note: 'Confirmed by e-mail' } });
    expect(second.status).toBe(201);
    const stored = (await app.strapi.db.query('api::purchase-order.purchase-order').findOne({
      where: { documentId: po.documentId },
      populate: { expediting: true },
    })) as { expediting: Array<{ note: string; promisedDate: string | null; contact: string | null }> };
    expect(stored.expediting.map((note) => note.note)).toEqual(['Dyeing done, ships next week', 'Confirmed by e-mail']);
    expect(stored.expediting[0]).toMatchObject({ contact: 'Wang Lei', promisedDate: promised });

    // A promise before the call, a chase dated tomorrow, an empty note: 400 naming the field; nothing added.
    const before = await asAdmin('post', url, { data: { date: day(0), note: 'x', promisedDate: day(-1) } });
    expect(before.status).toBe(400);
    expect(before.body.error.details.errors[0]).toMatchObject({
      path: ['promisedDate'],
      rule: 'promised-before-chase',
    });
    expect((await asAdmin('post', url, { data: { date: day(1), note: 'x' } })).body.error.details.errors[0].rule).toBe(
      'chase-in-future'
    );
    expect((await asAdmin('post', url, { data: { note: '' } })).status).toBe(400);
    expect((await asAdmin('post', url, { data: { note: 'x', extra: 1 } })).status).toBe(400);
    expect(
      (await asAdmin('post', '/merchandiser/purchase-orders/nope/expediting-notes', { data: { note: 'x' } })).status
    ).toBe(404);
    const after = (await app.strapi.db.query('api::purchase-order.purchase-order').findOne({
      where: { documentId: po.documentId },
      populate: { expediting: true },
    })) as { expediting: unknown[] };
    expect(after.expediting).toHaveLength(2);
  });
});
