import { errorPaths, errorRules, http } from '../helpers/http';
import {
  goodInspection,
  makeBomLine,
  makeMaterial,
  makePurchaseOrder,
  makeSupplier,
  receive,
} from '../helpers/materials';
import { startApp, type TestApp } from '../helpers/strapi';
import { advance, day, makeReadyOrder, move, signoff, workflowOf } from '../helpers/workflow';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.stop();
});

const failures = (body: { error?: { details?: { failures?: Array<{ rule: string; message: string }> } } }) =>
  body.error?.details?.failures ?? [];
const count = (uid: string, where: Record<string, unknown> = {}) => app.strapi.db.query(uid as never).count({ where });

/** An order of 300 pieces with a fabric (1.2 m × 1.03 → 370.8 m) and a button (6 × 1.02 → 1836 pcs) on its BOM, both on one PO. */
async function orderWithMaterials(orderData: Record<string, unknown> = {}) {
  const { order, customer } = await makeReadyOrder(app, { orderType: 'full-package', ...orderData });
  const fabric = await makeMaterial(app);
  const button = await makeMaterial(app, {
    name: '4-hole horn button 18L',
    kind: 'trim',
    unit: 'pcs',
    construction: null,
    widthCm: null,
  });
  await makeBomLine(app, order.documentId, fabric.documentId);
  await makeBomLine(app, order.documentId, button.documentId, {
    consumptionPerPiece: 6,
    wastagePct: 2,
    stage: 'back-end',
  });
  const supplier = await makeSupplier(app);
  const { po, lines } = await makePurchaseOrder(app, supplier.documentId, [
    { order: order.documentId, material: fabric.documentId, quantity: 380, dueDate: day(10) },
    { order: order.documentId, material: button.documentId, quantity: 1850, dueDate: day(5) },
  ]);
  return { order, customer, fabric, button, supplier, po, fabricLine: lines[0], buttonLine: lines[1] };
}

/** An order at notice-issued, signed by the warehouse, whose fabric arrived 8 days ago and was inspected after 5. */
async function inspectedLate() {
  const made = await orderWithMaterials();
  const { order, fabricLine, buttonLine } = made;
  await advance(app, order.documentId);
  await signoff(app, order.documentId, 'materials-in-house', 'warehouse');
  await receive(app, {
    purchaseOrderLine: fabricLine.documentId,
    quantity: 380,
    receivedAt: day(-8),
    ...goodInspection({ inspectedAt: day(-3) }),
  });
  await receive(app, {
    purchaseOrderLine: buttonLine.documentId,
    quantity: 1850,
    receivedAt: day(-8),
    inspectedAt: day(-8),
  });
  return made;
}

const ledger = async (orderId: string) => {
  const res = await http(app).get(`/api/orders/${orderId}/materials`);
  expect(res.status).toBe(200);
  return res.body as { data: Array<Record<string, unknown>>; meta: Record<string, unknown> };
};
const entry = (body: { data: Array<Record<string, unknown>> }, code: unknown) =>
  body.data.find((e) => e.code === code)!;

describe('GET /api/orders/:documentId/materials', () => {
  it('shows requirement, ordered, received, passed, returned, issued, shortfall, status and next due date', async () => {
    const { order, fabric, button, fabricLine } = await orderWithMaterials();
    let body = await ledger(order.documentId);
    expect(entry(body, fabric.code)).toMatchObject({
      kind: 'fabric',
      unit: 'm',
      required: 370.8,
      ordered: 380,
      received: 0,
      passed: 0,
      shortfall: 370.8,
      status: 'ordered',
      nextDueDate: day(10),
    });
    expect(entry(body, button.code)).toMatchObject({
      required: 1836,
      ordered: 1850,
      toOrder: 0,
      status: 'ordered',
      nextDueDate: day(5),
    });

    const good = await receive(app, {
      purchaseOrderLine: fabricLine.documentId,
      quantity: 200,
      rolls: 2,
      ...goodInspection(),
    });
    expect(good.status).toBe(201);
    expect(good.body.data).toMatchObject({
      result: 'pass',
      passedQuantity: 200,
      fourPointLotAverage: 18.46,
      findings: [],
    });

    const bad = await receive(app, {
      purchaseOrderLine: fabricLine.documentId,
      quantity: 150,
      rejectedQuantity: 150,
      returnedAt: day(0),
      returnNote: 'returned to Huayang, shrinkage out of spec',
      ...goodInspection({ shrinkageLengthPct: -4.5 }),
    });
    expect(bad.status).toBe(201);
    expect(bad.body.data).toMatchObject({
      result: 'fail',
      passedQuantity: 0,
      findings: ['shrinkage in length -4.5% is beyond ±3% (woven)'],
    });

    body = await ledger(order.documentId);
    expect(entry(body, fabric.code)).toMatchObject({
      received: 350,
      passed: 200,
      returned: 150,
      shortfall: 170.8,
      status: 'partly-received',
    });
    expect(body.meta).toMatchObject({ summary: { materials: 2, short: 2, inHouse: false, issued: false } });
    expect(
      await app.strapi.db.query('api::purchase-order.purchase-order').findOne({
        where: {
          documentId: (await http(app).get(`/api/purchase-order-lines/${fabricLine.documentId}?populate=purchaseOrder`))
            .body.data.purchaseOrder.documentId,
        },
      })
    ).toMatchObject({ status: 'partly-received' });
  });

  it('answers 404 for an unknown order', async () => {
    expect((await http(app).get('/api/orders/nosuchorder000000000000/materials')).status).toBe(404);
  });
});

describe('receipts: quantity check, then quality check, in one transaction', () => {
  it('fills material and order from the PO line', async () => {
    const { order, fabric, fabricLine } = await orderWithMaterials();
    const res = await receive(app, { purchaseOrderLine: fabricLine.documentId, quantity: 10 });
    expect(res.status).toBe(201);
    const stored = (await app.strapi.db.query('api::material-receipt.material-receipt').findOne({
      where: { documentId: res.body.data.documentId },
      populate: { material: true, order: true },
    })) as { material: { documentId: string }; order: { documentId: string }; result: string | null };
    expect(stored.material.documentId).toBe(fabric.documentId);
    expect(stored.order.documentId).toBe(order.documentId);
    expect(stored.result).toBeNull();
  });

  it('refuses more than the PO line plus 5 % unless approved, naming the quantity', async () => {
    const { fabricLine } = await orderWithMaterials();
    expect((await receive(app, { purchaseOrderLine: fabricLine.documentId, quantity: 390 })).status).toBe(201);
    const over = await receive(app, { purchaseOrderLine: fabricLine.documentId, quantity: 10 });
    expect(over.status).toBe(400);
    expect(errorPaths(over.body)).toEqual(['quantity']);
    expect(errorRules(over.body)).toEqual(['over-receipt']);
    expect(over.body.error.message).toContain('beyond its 380 + 5%');
    expect(
      await count('api::material-receipt.material-receipt', {
        purchaseOrderLine: { documentId: fabricLine.documentId },
      })
    ).toBe(1);
    const approved = await receive(app, {
      purchaseOrderLine: fabricLine.documentId,
      quantity: 10,
      overReceiptApproved: true,
    });
    expect(approved.status).toBe(201);
  });

  it.each([
    [{ quantity: 0 }, 'quantity'],
    [{ quantity: 10, rejectedQuantity: 11 }, 'rejectedQuantity'],
    [{ quantity: 10, receivedAt: day(3) }, 'receivedAt'],
    [{ quantity: 10, receivedAt: day(-1), inspectedAt: day(-2) }, 'inspectedAt'],
    [{ quantity: 10, cuttingApproved: true }, 'cuttingApproved'],
    [{ quantity: 10, ...goodInspection({ shrinkageWidthPct: 6 }), cuttingApproved: true }, 'cuttingApproved'],
    [{ quantity: 10, tradeSignedOff: true }, 'tradeSignedOff'],
    [{ quantity: 10, result: 'pass' }, 'result'],
    [{ quantity: 10, passedQuantity: 10 }, 'passedQuantity'],
    [
      {
        quantity: 10,
        ...goodInspection({
          fourPoint: [{ length: 0, lengthUnit: 'yd', cuttableWidth: 45, widthUnit: 'in', points: 2 }],
        }),
      },
      'fourPoint.0',
    ],
  ])('refuses %j with 400 naming %s, writing nothing', async (data, path) => {
    const { fabricLine } = await orderWithMaterials();
    const before = await count('api::material-receipt.material-receipt');
    const res = await receive(app, { purchaseOrderLine: fabricLine.documentId, ...data });
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toContain(path);
    expect(await count('api::material-receipt.material-receipt')).toBe(before);
  });

  it('refuses a receipt whose material differs from its PO line, or with no order at all', async () => {
    const { fabricLine, button } = await orderWithMaterials();
    const mismatch = await receive(app, {
      purchaseOrderLine: fabricLine.documentId,
      material: button.documentId,
      quantity: 5,
    });
    expect(errorRules(mismatch.body)).toEqual(['po-line-mismatch']);
    const orphan = await receive(app, { material: button.documentId, quantity: 5 });
    expect(errorPaths(orphan.body)).toEqual(['order']);
  });

  it('accepts a lot outside the limits conditionally only with a reason', async () => {
    const { fabricLine } = await orderWithMaterials();
    const res = await receive(app, {
      purchaseOrderLine: fabricLine.documentId,
      quantity: 100,
      ...goodInspection({ measuredWidthCm: 145 }),
      conditionalAcceptance: true,
      conditionalReason: 'buyer accepts 145 cm; marker re-planned',
      cuttingApproved: true,
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      result: 'conditional',
      passedQuantity: 100,
      findings: ['width 145 cm is below the ordered 147 cm'],
    });
  });

  it("applies the customer's stricter 4-point limit and the factory settings", async () => {
    const { fabricLine, customer } = await orderWithMaterials();
    await http(app).put(`/api/customers/${customer.documentId}`, {
      data: { fourPointPerRoll: 15, fourPointLotAverage: 15 },
    });
    const strict = await receive(app, { purchaseOrderLine: fabricLine.documentId, quantity: 50, ...goodInspection() });
    expect(strict.body.data.result).toBe('fail');

    const settings = await http(app).put('/api/quality-setting', { data: { shrinkageWovenPct: 5 } });
    expect(settings.status).toBe(200);
    const other = await orderWithMaterials();
    const relaxed = await receive(app, {
      purchaseOrderLine: other.fabricLine.documentId,
      quantity: 50,
      ...goodInspection({ shrinkageLengthPct: -4 }),
    });
    expect(relaxed.body.data.result).toBe('pass');
    await http(app).put('/api/quality-setting', { data: { shrinkageWovenPct: 3 } });
  });

  it('a fabric marked inspected without its measurements is incomplete: nothing in house', async () => {
    const { fabricLine } = await orderWithMaterials();
    const bare = await receive(app, { purchaseOrderLine: fabricLine.documentId, quantity: 100, inspectedAt: day(0) });
    expect(bare.status).toBe(201);
    expect(bare.body.data).toMatchObject({ result: 'incomplete', passedQuantity: 0 });
    expect(bare.body.data.findings).toHaveLength(4);
    const stored = await app.strapi.db
      .query('api::material-receipt.material-receipt')
      .findOne({ where: { documentId: bare.body.data.documentId }, select: ['result', 'passedQuantity'] });
    expect(stored).toMatchObject({ result: 'incomplete', passedQuantity: 0 });
  });

  it('refuses to inspect a fabric whose construction is unset, instead of judging it as woven', async () => {
    const { order } = await orderWithMaterials();
    const unknown = await makeMaterial(app, { construction: null });
    const res = await receive(app, {
      order: order.documentId,
      material: unknown.documentId,
      quantity: 50,
      ...goodInspection(),
    });
    expect(res.status).toBe(400);
    expect(errorRules(res.body)).toEqual(['construction-required']);
    expect(
      await count('api::material-receipt.material-receipt', { material: { documentId: unknown.documentId } })
    ).toBe(0);
  });

  it('refuses more than 4 points a linear yard, naming the roll; converts defects tallied by length', async () => {
    const { fabricLine } = await orderWithMaterials();
    const roll = { rollNo: 'R9', length: 10, lengthUnit: 'yd', cuttableWidth: 45, widthUnit: 'in' };
    const tooMany = await receive(app, {
      purchaseOrderLine: fabricLine.documentId,
      quantity: 100,
      ...goodInspection({ fourPoint: [{ ...roll, points: 41 }] }),
    });
    expect(tooMany.status).toBe(400);
    expect(errorRules(tooMany.body)).toEqual(['roll-points-per-yard']);
    expect(errorPaths(tooMany.body)).toEqual(['fourPoint.0.points']);
    expect(tooMany.body.error.message).toMatch(/roll R9/);
    expect(
      await count('api::material-receipt.material-receipt', {
        purchaseOrderLine: { documentId: fabricLine.documentId },
      })
    ).toBe(0);
    // 7 defects over 9" (28) + 2 up to 3" (2) = 30 points on 130 yd × 45" = 18.46 /100 yd² = 22.08 /100 m²
    const tallied = await receive(app, {
      purchaseOrderLine: fabricLine.documentId,
      quantity: 100,
      ...goodInspection({
        fourPoint: [{ ...roll, length: 130, defectsOver9in: 7, defectsUpTo3in: 2 }],
      }),
    });
    expect(tallied.status).toBe(201);
    expect(tallied.body.data).toMatchObject({
      result: 'pass',
      fourPointLotAverage: 18.46,
      fourPointLotAveragePer100SqM: 22.08,
    });
  });

  it('re-judges when the inspection is completed later', async () => {
    const { fabricLine } = await orderWithMaterials();
    const counted = await receive(app, { purchaseOrderLine: fabricLine.documentId, quantity: 100 });
    expect(counted.body.data).toMatchObject({ result: null, passedQuantity: 0 });
    const inspected = await http(app).put(`/api/material-receipts/${counted.body.data.documentId}`, {
      data: goodInspection(),
    });
    expect(inspected.status).toBe(200);
    expect(inspected.body.data).toMatchObject({ result: 'pass', passedQuantity: 100 });
  });
});

describe('purchase orders', () => {
  it('derive partly-received and received from the receipts and refuse them by hand', async () => {
    const { po, fabricLine, buttonLine } = await orderWithMaterials();
    const byHand = await http(app).put(`/api/purchase-orders/${po.documentId}`, { data: { status: 'received' } });
    expect(byHand.status).toBe(400);
    expect(errorRules(byHand.body)).toEqual(['status-derived']);

    await receive(app, { purchaseOrderLine: fabricLine.documentId, quantity: 380 });
    await receive(app, { purchaseOrderLine: buttonLine.documentId, quantity: 1850 });
    const stored = (await app.strapi.db
      .query('api::purchase-order.purchase-order')
      .findOne({ where: { documentId: po.documentId } })) as {
      status: string;
    };
    expect(stored.status).toBe('received');
    const cancel = await http(app).put(`/api/purchase-orders/${po.documentId}`, { data: { status: 'cancelled' } });
    expect(errorRules(cancel.body)).toEqual(['cancel-received']);
  });

  it('refuses a PO line without an order or a positive quantity', async () => {
    const { po, fabric } = await orderWithMaterials();
    const res = await http(app).post('/api/purchase-order-lines', {
      data: { purchaseOrder: po.documentId, material: fabric.documentId, quantity: 0, dueDate: day(3) },
    });
    expect(res.status).toBe(400);
    expect(errorPaths(res.body).sort()).toEqual(['order', 'quantity']);
  });
});

describe('the purchase suggestion', () => {
  it('rounds pieces up to whole units, then to whole packs and the minimum order', async () => {
    const { order } = await makeReadyOrder(app);
    // 300 pieces (the ready order) × 1 zip × 1.015 = 304.5 → 305 pcs; packs of 100 → 400; minimum 500 → 500
    const zip = await makeMaterial(app, {
      name: 'YKK zip 18 cm',
      kind: 'trim',
      unit: 'pcs',
      construction: null,
      widthCm: null,
    });
    await makeBomLine(app, order.documentId, zip.documentId, {
      consumptionPerPiece: 1,
      wastagePct: 1.5,
      packSize: 100,
      minimumOrderQty: 500,
    });
    const body = await ledger(order.documentId);
    expect(entry(body, zip.code)).toMatchObject({ required: 305, ordered: 0, toOrder: 500 });
  });
});

describe('BOM lines', () => {
  it('refuse a zero consumption and a duplicate material × colour', async () => {
    const { order, fabric } = await orderWithMaterials();
    const zero = await http(app).post('/api/bom-lines', {
      data: { order: order.documentId, material: fabric.documentId, consumptionPerPiece: 0, colour: 'Navy' },
    });
    expect(errorRules(zero.body)).toEqual(['consumption-positive']);
    const twin = await http(app).post('/api/bom-lines', {
      data: { order: order.documentId, material: fabric.documentId, consumptionPerPiece: 1 },
    });
    expect(twin.status).toBe(400);
    expect(errorRules(twin.body)).toEqual(['unique']);
  });
});

describe('material issues and supplement requests', () => {
  it('before the permit, only an approved pre-issue; never beyond the passed stock', async () => {
    const { order, fabric, fabricLine } = await orderWithMaterials();
    await receive(app, { purchaseOrderLine: fabricLine.documentId, quantity: 100, ...goodInspection() });
    const issue = (data: Record<string, unknown>) =>
      http(app).post('/api/material-issues', {
        data: {
          order: order.documentId,
          issuedAt: day(0),
          lines: [{ material: fabric.documentId, quantity: 50 }],
          ...data,
        },
      });

    const noPermit = await issue({});
    expect(noPermit.status).toBe(400);
    expect(errorRules(noPermit.body)).toEqual(['permit-required']);
    const unapproved = await issue({ preIssue: true });
    expect(errorRules(unapproved.body)).toEqual(['pre-issue-approval']);
    const pre = await issue({
      preIssue: true,
      preIssueApprovedBy: 'Zhou Min (fabric group)',
      preIssueConfirmation: 'mail 2026-11-27 09:12',
    });
    expect(pre.status).toBe(201);

    const tooMuch = await issue({
      preIssue: true,
      preIssueApprovedBy: 'Zhou Min',
      lines: [{ material: fabric.documentId, quantity: 60 }],
    });
    expect(tooMuch.status).toBe(400);
    expect(errorRules(tooMuch.body)).toEqual(['issue-exceeds-stock']);
    expect(errorPaths(tooMuch.body)).toEqual(['lines.0.quantity']);
    expect(await count('api::material-issue.material-issue', { order: { documentId: order.documentId } })).toBe(1);

    expect(entry(await ledger(order.documentId), fabric.code)).toMatchObject({ issued: 50 });
  });

  it('a supplement request is approved by the supervisor and trade, then issued', async () => {
    const { order, fabric } = await orderWithMaterials();
    const created = await http(app).post('/api/supplement-requests', {
      data: {
        order: order.documentId,
        material: fabric.documentId,
        quantity: 12,
        reason: 'cutting loss on the Navy lot (shading)',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.data.status).toBe('requested');
    const id = created.body.data.documentId;

    const byHand = await http(app).put(`/api/supplement-requests/${id}`, { data: { status: 'approved' } });
    expect(errorRules(byHand.body)).toEqual(['derived-field']);

    const approved = await http(app).put(`/api/supplement-requests/${id}`, {
      data: { supervisorApprovedBy: 'Gu Hua (factory)', tradeConfirmedBy: 'Li Na (trade)' },
    });
    expect(approved.body.data.status).toBe('approved');

    const noReason = await http(app).post('/api/supplement-requests', {
      data: { order: order.documentId, material: fabric.documentId, quantity: 3, reason: ' ' },
    });
    // A blank reason is refused before trimming (the schema requires one), naming the field.
    expect(noReason.status).toBe(400);
    expect(errorPaths(noReason.body)).toContain('reason');
  });
});

describe('the workflow waits for the materials', () => {
  it('materials-in-house names the material and the shortfall, then passes when the numbers say so', async () => {
    const { order, fabric, button, fabricLine, buttonLine } = await orderWithMaterials();
    await advance(app, order.documentId); // notice-issued
    await signoff(app, order.documentId, 'materials-in-house', 'warehouse');

    await receive(app, { purchaseOrderLine: fabricLine.documentId, quantity: 300, ...goodInspection() });
    const blocked = await move(app, order.documentId, 'materials-in-house');
    expect(blocked.status).toBe(409);
    expect(failures(blocked.body)).toEqual([
      expect.objectContaining({
        rule: 'materials-in-house',
        message: `not in house: ${fabric.code} Navy cotton twill 3/1: short 70.8 m (required 370.8, passed 300); ${button.code} 4-hole horn button 18L: short 1836 pcs (required 1836, passed 0)`,
      }),
    ]);

    await receive(app, { purchaseOrderLine: fabricLine.documentId, quantity: 80, ...goodInspection() });
    await receive(app, { purchaseOrderLine: buttonLine.documentId, quantity: 1850, inspectedAt: day(0) });
    const moved = await move(app, order.documentId, 'materials-in-house');
    expect(moved.status).toBe(200);
  });

  it('fabric must be inspected within 3 days of arrival', async () => {
    const { order } = await inspectedLate();
    const res = await move(app, order.documentId, 'materials-in-house');
    expect(res.status).toBe(409);
    expect(failures(res.body).map((f) => f.rule)).toEqual(['fabric-inspected-in-time']);
    expect(failures(res.body)[0].message).toContain(`received ${day(-8)} inspected after 5 days`);
  });

  it('a late inspection is a past fact: QC waives it with a reason, and the lateness stays on record', async () => {
    const { order } = await inspectedLate();
    const workflow = (await http(app).get(`/api/orders/${order.documentId}/workflow`)).body.data;
    expect(workflow.waivable).toEqual([
      { to: 'materials-in-house', rule: 'fabric-inspected-in-time', department: 'qc' },
    ]);

    const waivers = () =>
      http(app).post(`/api/orders/${order.documentId}/waivers`, {
        data: { rule: 'fabric-inspected-in-time', reason: '  ' },
      });
    const blank = await waivers();
    expect(blank.status).toBe(400);
    expect(errorPaths(blank.body)).toEqual(['data.reason']);
    const notWaivable = await http(app).post(`/api/orders/${order.documentId}/waivers`, {
      data: { rule: 'materials-in-house', reason: 'in a hurry' },
    });
    expect(errorRules(notWaivable.body)).toEqual(['rule-not-waivable']);
    // only the QC department signs the waiver
    const service = app.strapi.service('api::order.order-workflow') as {
      waive: (id: string, input: object, actor: object) => Promise<unknown>;
    };
    const input = { rule: 'fabric-inspected-in-time', reason: 'Inspector ill; lot re-checked, shrinkage within spec' };
    await expect(
      service.waive(order.documentId, input, {
        type: 'admin',
        id: '7',
        name: 'Li Wei',
        roleCodes: ['gendan-dept-trade'],
      })
    ).rejects.toMatchObject({ name: 'PolicyError', message: expect.stringContaining("the qc department's role") });
    expect(await count('api::rule-waiver.rule-waiver', { order: { documentId: order.documentId } })).toBe(0);

    const waived = await http(app).post(`/api/orders/${order.documentId}/waivers`, { data: input });
    expect(waived.status).toBe(201);
    expect(waived.body.data).toMatchObject({
      rule: 'fabric-inspected-in-time',
      department: 'qc',
      reason: input.reason,
      waived: expect.stringContaining(`received ${day(-8)} inspected after 5 days`),
    });
    expect((await move(app, order.documentId, 'materials-in-house')).status).toBe(200);
    // on record: the waiver, with what it waived, and a history row; a second waiver has nothing to waive
    const stored = await app.strapi.db.query('api::rule-waiver.rule-waiver').findMany({
      where: { order: { documentId: order.documentId } },
      populate: { department: { select: ['key'] } },
    });
    expect(stored).toEqual([
      expect.objectContaining({ rule: 'fabric-inspected-in-time', department: expect.objectContaining({ key: 'qc' }) }),
    ]);
    const history = await app.strapi.db
      .query('api::order-history.order-history')
      .findMany({ where: { order: { documentId: order.documentId }, kind: 'waiver' } });
    expect(history).toHaveLength(1);
    expect(history[0].comment).toContain('fabric-inspected-in-time waived');
    const again = await http(app).post(`/api/orders/${order.documentId}/waivers`, { data: input });
    expect(errorRules(again.body)).toEqual(['nothing-to-waive']);
    // append-only: no write route, the Document Service refuses
    expect((await http(app).post('/api/rule-waivers', { data: {} })).status).toBe(405);
  });

  it('the permit waits for cutting approval; materials-issued for the issue to cover the requirement', async () => {
    const { order, fabric, button, fabricLine, buttonLine } = await orderWithMaterials();
    const fabricReceipt = await receive(app, {
      purchaseOrderLine: fabricLine.documentId,
      quantity: 380,
      ...goodInspection(),
    });
    await receive(app, { purchaseOrderLine: buttonLine.documentId, quantity: 1850, inspectedAt: day(0) });
    await advance(app, order.documentId); // notice-issued
    await advance(app, order.documentId); // materials-in-house

    const workflow = await workflowOf(app, order.documentId);
    expect(workflow.transitions[0].failures.map((f: { rule: string }) => f.rule)).toEqual([
      'cutting-approved',
      'signoffs-complete',
    ]);
    await http(app).put(`/api/material-receipts/${fabricReceipt.body.data.documentId}`, {
      data: { cuttingApproved: true, tradeSignedOff: true },
    });
    expect(await advance(app, order.documentId)).toBe('permit-granted');

    await signoff(app, order.documentId, 'materials-issued', 'warehouse');
    const issue = await http(app).post('/api/material-issues', {
      data: {
        order: order.documentId,
        issuedAt: day(0),
        lines: [
          { material: fabric.documentId, quantity: 370.8 },
          { material: button.documentId, quantity: 1000 },
        ],
      },
    });
    expect(issue.status).toBe(201);
    const blocked = await move(app, order.documentId, 'materials-issued');
    expect(failures(blocked.body).map((f) => f.message)).toEqual([
      `not issued: ${button.code} 4-hole horn button 18L: short 836 pcs (required 1836, issued 1000)`,
    ]);
    await http(app).post('/api/material-issues', {
      data: { order: order.documentId, issuedAt: day(0), lines: [{ material: button.documentId, quantity: 836 }] },
    });
    expect((await move(app, order.documentId, 'materials-issued')).status).toBe(200);
  });
});

describe('GET /api/purchase-orders/expediting', () => {
  it('lists overdue, due-soon and shipping-tomorrow lines with the contact and last note', async () => {
    const { order, fabric, button, supplier } = await orderWithMaterials();
    const { po } = await makePurchaseOrder(
      app,
      supplier.documentId,
      [
        { order: order.documentId, material: fabric.documentId, quantity: 100, dueDate: day(-4) },
        {
          order: order.documentId,
          material: button.documentId,
          quantity: 500,
          dueDate: day(30),
          supplierShipDate: day(1),
        },
      ],
      { expediting: [{ date: day(-2), contact: 'Wang Lei', note: 'promised to ship Friday', promisedDate: day(1) }] }
    );
    const res = await http(app).get('/api/purchase-orders/expediting?days=7');
    expect(res.status).toBe(200);
    const mine = res.body.data.filter(
      (item: { purchaseOrder: { documentId: string } }) => item.purchaseOrder.documentId === po.documentId
    );
    expect(mine.map((item: { flags: string[] }) => item.flags)).toEqual([
      ['overdue', 'ships-within-24h'],
      ['ships-within-24h'],
    ]);
    expect(mine[0]).toMatchObject({
      daysLate: 4,
      line: { quantity: 100, received: 0, outstanding: 100, dueDate: day(-4) },
      material: { code: fabric.code, unit: 'm' },
      order: { documentId: order.documentId },
      supplier: { code: supplier.code, contact: { name: 'Wang Lei', phone: '+86 519 8555 0101' } },
      lastNote: { note: 'promised to ship Friday', promisedDate: day(1) },
    });
    const dueDates = res.body.data.map((item: { line: { dueDate: string } }) => item.line.dueDate);
    expect(dueDates).toEqual([...dueDates].sort());
    expect(res.body.meta.counts.overdue).toBeGreaterThanOrEqual(1);
  });

  it('refuses a bad days parameter', async () => {
    const res = await http(app).get('/api/purchase-orders/expediting?days=-3');
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['days']);
  });
});
