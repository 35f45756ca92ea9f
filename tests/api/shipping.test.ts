import { errorPaths, errorRules, http } from '../helpers/http';
import { makeCustomer, makeOrder, makeSizeScale, makeStyle } from '../helpers/fixtures';
import { makeLine, report } from '../helpers/production';
import { cartonRows, simulate } from '../helpers/shipping';
import { adminSession, startApp, type TestApp } from '../helpers/strapi';
import { ensureDecimalPrecision } from '../../src/platform/db/decimal-precision';
import ExcelJS from 'exceljs';
import { pdfText } from '../helpers/pdf-text';
import request from 'supertest';
import { advance, day, makeReadyOrder, move, signoff } from '../helpers/workflow';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.stop();
});

const lines1000 = [
  { colour: 'Navy', size: 'S', quantity: 250 },
  { colour: 'Navy', size: 'M', quantity: 500 },
  { colour: 'Navy', size: 'L', quantity: 250 },
];

/** An order of 1000 pieces for a customer of the given market/channel. */
async function order(customer: Record<string, unknown> = {}, data: Record<string, unknown> = {}) {
  const made = await makeOrder(app, { fobPrice: 6.5, ...data }, customer);
  await http(app).put(`/api/orders/${made.order.documentId}/lines`, { data: lines1000 });
  return made;
}
const tolerance = async (orderId: string, query = '') =>
  (await http(app).get(`/api/orders/${orderId}/tolerance${query}`)).body;
const finalList = (orderId: string, lines: typeof lines1000, extra: Record<string, unknown> = {}) =>
  http(app).post('/api/packing-lists', {
    data: { order: orderId, kind: 'final', cartons: cartonRows(lines), ...extra },
  });

describe('GET /api/orders/:documentId/tolerance', () => {
  it('US: ±5 % from the rule; allowedMin/Max in whole pieces', async () => {
    const { order: o } = await order({ market: 'US' });
    // a total alone (no per-colour figures) is judged on the order
    expect((await tolerance(o.documentId, '?shipped=951')).data).toEqual({
      ordered: 1000,
      shipped: 951,
      underPct: 5,
      overPct: 5,
      allowedMin: 950,
      allowedMax: 1050,
      within: true,
      scope: 'order',
      cells: [],
      outside: [],
      source: { level: 'rule', name: 'US and Japan: ±5 %' },
    });
    expect((await tolerance(o.documentId, '?shipped=1051')).data.within).toBe(false);
  });

  it('Canada and online orders ship exactly; an unknown market too', async () => {
    const ca = await order({ market: 'CA' });
    expect((await tolerance(ca.order.documentId, '?shipped=999')).data).toMatchObject({
      underPct: 0,
      overPct: 0,
      within: false,
      source: { name: 'Canada: ship exactly' },
    });
    const online = await order({ market: 'DE', channel: 'online' });
    expect((await tolerance(online.order.documentId)).data).toMatchObject({
      underPct: 0,
      source: { name: 'Online orders: ship exactly' },
      shipped: null,
      within: null,
    });
    const au = await order({ market: 'AU' });
    expect((await tolerance(au.order.documentId)).data.source.level).toBe('default');
    // the UK, Norway and Switzerland have a rule of their own (±5 %, as the EU)
    const gb = await order({ market: 'GB' });
    expect((await tolerance(gb.order.documentId, '?shipped=1050')).data).toMatchObject({
      overPct: 5,
      within: true,
      source: { name: 'UK, Norway, Switzerland: ±5 %' },
    });
  });

  it('judges each colour on its own: Navy 1000 + Red 1000 packed 1100/900 is not within (US ±5 %)', async () => {
    const { order: o } = await order({ market: 'US' });
    const twoColours = [
      { colour: 'Navy', size: 'M', quantity: 1000 },
      { colour: 'Red', size: 'M', quantity: 1000 },
    ];
    await http(app).put(`/api/orders/${o.documentId}/lines`, { data: twoColours });
    const list = await finalList(o.documentId, [
      { colour: 'navy ', size: 'm', quantity: 1100 },
      { colour: 'Red', size: 'M', quantity: 900 },
    ]);
    expect(list.status).toBe(201);
    // the total 2000 is within 1900–2100; each colour is 10 % out of 950–1050
    expect(list.body.data).toMatchObject({ totalPieces: 2000, withinTolerance: false });
    expect(
      list.body.data.outsideTolerance.map((c: { colour: string; shipped: number }) => [c.colour, c.shipped])
    ).toEqual([
      ['Navy', 1100],
      ['Red', 900],
    ]);
    // the comparison matches the list's "navy " / "m" to the order's Navy / M
    expect(list.body.data.comparison).toEqual(
      expect.arrayContaining([{ colour: 'Navy', size: 'M', quantity: 1000, packed: 1100, difference: 100 }])
    );
    const judged = (await tolerance(o.documentId)).data;
    expect(judged).toMatchObject({ scope: 'colour', allowedMin: 1900, allowedMax: 2100, within: false });
    expect(
      (
        await app.strapi.db
          .query('api::packing-list.packing-list')
          .findOne({ where: { documentId: list.body.data.documentId }, select: ['withinTolerance'] })
      ).withinTolerance
    ).toBe(false);
  });

  it('an override with one side only is refused, naming the missing field', async () => {
    const { order: o } = await order({ market: 'US' });
    const half = await http(app).put(`/api/orders/${o.documentId}`, { data: { toleranceUnderPct: 3 } });
    expect(half.status).toBe(400);
    expect(errorRules(half.body)).toEqual(['tolerance-pair']);
    expect(errorPaths(half.body)).toEqual(['toleranceOverPct']);
    const row = await app.strapi.db
      .query('api::order.order')
      .findOne({ where: { documentId: o.documentId }, select: ['toleranceUnderPct'] });
    expect(row.toleranceUnderPct).toBeNull();
    const customer = await http(app).post('/api/customers', {
      data: { code: 'HALF-TOL', name: 'Half tolerance', market: 'US', toleranceOverPct: 5 },
    });
    expect(customer.status).toBe(400);
    expect(errorPaths(customer.body)).toEqual(['toleranceUnderPct']);
  });

  it('the order overrides the customer, the customer the rules', async () => {
    const { order: o, customer } = await order({ market: 'US', toleranceUnderPct: 3, toleranceOverPct: 3 });
    expect((await tolerance(o.documentId)).data).toMatchObject({
      underPct: 3,
      overPct: 3,
      source: { level: 'customer', name: customer.name },
    });
    await http(app).put(`/api/orders/${o.documentId}`, { data: { toleranceUnderPct: 0, toleranceOverPct: 10 } });
    expect((await tolerance(o.documentId)).data).toMatchObject({
      underPct: 0,
      overPct: 10,
      allowedMax: 1100,
      source: { level: 'order' },
    });
  });

  it("uses the final packing list's quantity when shipped is not given", async () => {
    const { order: o } = await order({ market: 'US' });
    await finalList(
      o.documentId,
      lines1000.map((l) => ({ ...l, quantity: l.quantity - 10 }))
    );
    expect((await tolerance(o.documentId)).data).toMatchObject({ shipped: 970, within: true });
  });

  it('refuses a bad shipped value and an unknown order', async () => {
    const { order: o } = await order();
    expect((await http(app).get(`/api/orders/${o.documentId}/tolerance?shipped=-4`)).status).toBe(400);
    expect((await http(app).get('/api/orders/nosuchorder000000000000/tolerance')).status).toBe(404);
  });

  it('administrators add rules; bad markets are refused', async () => {
    const bad = await http(app).post('/api/tolerance-rules', {
      data: { name: 'Bad', markets: ['XX'], underPct: 1, overPct: 1 },
    });
    expect(errorRules(bad.body)).toEqual(['markets-iso-3166']);
    const rule = await http(app).post('/api/tolerance-rules', {
      data: { name: 'Australia ±3 %', markets: ['au'], channel: 'any', underPct: 3, overPct: 3, priority: 10 },
    });
    expect(rule.status).toBe(201);
    expect(rule.body.data.markets).toEqual(['AU']);
    const au = await order({ market: 'AU' });
    expect((await tolerance(au.order.documentId)).data).toMatchObject({
      underPct: 3,
      source: { name: 'Australia ±3 %' },
    });
  });
});

describe('packing lists', () => {
  it('POST …/packing-lists/simulate builds the simulated list from the lines, and rebuilds it', async () => {
    const { order: o } = await order();
    const res = await simulate(app, o.documentId);
    expect(res.status).toBe(201);
    // S 250 = 10 × 24 + 10; M 500 = 20 × 24 + 20; L 250 = 10 × 24 + 10: 40 solid cartons,
    // then the 40 left consolidated in size order: [S10 M14], [M6 L10] → 42
    expect(res.body.data).toMatchObject({
      kind: 'simulated',
      totalCartons: 42,
      totalPieces: 1000,
      quantities: { Navy: { S: 250, M: 500, L: 250 } },
    });
    expect(res.body.data.totalCbm).toBeCloseTo(42 * 0.072, 3);
    const stored = (await app.strapi.db.query('api::packing-list.packing-list').findOne({
      where: { documentId: res.body.data.documentId },
      populate: { cartons: true },
    })) as { cartons: Array<{ sizes: object }> };
    expect(stored.cartons.slice(-2).map((row) => row.sizes)).toEqual([
      { S: 10, M: 14 },
      { M: 6, L: 10 },
    ]);
    const ratio = await simulate(app, o.documentId, { packType: 'ratio', ratio: { s: 1, M: 2, L: 1 } });
    // the buyer's 1:2:1 (4 a set) → 6 sets a carton, 250 sets → 41 cartons, 4 sets left in one mixed carton S4 M8 L4
    expect(ratio.status).toBe(201);
    expect(ratio.body.data).toMatchObject({ totalCartons: 42, totalPieces: 1000 });
    const rebuilt = (await app.strapi.db.query('api::packing-list.packing-list').findOne({
      where: { documentId: ratio.body.data.documentId },
      populate: { cartons: true },
    })) as { cartons: Array<{ fromCarton: number; toCarton: number; sizes: object }> };
    expect(rebuilt.cartons.at(-1)).toMatchObject({ fromCarton: 42, toCarton: 42, sizes: { S: 4, M: 8, L: 4 } });
    expect(
      await app.strapi.db
        .query('api::packing-list.packing-list')
        .count({ where: { order: { documentId: o.documentId } } })
    ).toBe(1);
  });

  it("packs by the buyer's ratio and consolidates what is left (issue #17's examples, through the API)", async () => {
    const customer = await makeCustomer(app);
    const scale = await makeSizeScale(app, ['S', 'M', 'L', 'XL']);
    const style = await makeStyle(app, customer.documentId, scale.documentId);
    const made = await http(app).post('/api/orders', {
      data: {
        poNumber: `RATIO-${Date.now()}`,
        customer: customer.documentId,
        style: style.documentId,
        fobPrice: 5,
        orderDate: '2026-09-01',
        exFactoryDate: '2026-11-30',
      },
    });
    expect(made.status).toBe(201);
    const id = made.body.data.documentId as string;
    const put = (quantities: number[]) =>
      http(app).put(`/api/orders/${id}/lines`, {
        data: ['S', 'M', 'L', 'XL'].map((size, i) => ({ colour: 'Navy', size, quantity: quantities[i] })),
      });
    const cartonsOf = async (documentId: string) =>
      (
        (await app.strapi.db.query('api::packing-list.packing-list').findOne({
          where: { documentId },
          populate: { cartons: true },
        })) as { cartons: Array<{ fromCarton: number; toCarton: number; sizes: object }> }
      ).cartons.map((row) => [row.fromCarton, row.toCarton, row.sizes]);

    // Navy S120/M240/L241/XL120, ratio 1:2:2:1, 24 a carton → 30 cartons of S4/M8/L8/XL4 and one of L1
    expect((await put([120, 240, 241, 120])).status).toBe(200);
    const ratio = await simulate(app, id, { packType: 'ratio', ratio: { S: 1, M: 2, L: 2, XL: 1 } });
    expect(ratio.body.data).toMatchObject({ totalCartons: 31, totalPieces: 721 });
    expect(await cartonsOf(ratio.body.data.documentId)).toEqual([
      [1, 30, { S: 4, M: 8, L: 8, XL: 4 }],
      [31, 31, { L: 1 }],
    ]);

    // solid, 24 a carton, Navy S101/M205/L203/XL99 → 24 full cartons, then [S5, M13, L6] and [L5, XL3]
    expect((await put([101, 205, 203, 99])).status).toBe(200);
    const solid = await simulate(app, id);
    expect(solid.body.data).toMatchObject({ totalCartons: 26, totalPieces: 608 });
    expect((await cartonsOf(solid.body.data.documentId)).slice(-2)).toEqual([
      [25, 25, { S: 5, M: 13, L: 6 }],
      [26, 26, { L: 5, XL: 3 }],
    ]);
  });

  it.each([
    [{ piecesPerCarton: 0 }, 'data.piecesPerCarton'],
    [{ packType: 'mixed' }, 'data.packType'],
    [{ carton: { lengthCm: 60, widthCm: 40 } }, 'data.carton.heightCm'],
    [{ pieceWeightKg: -1 }, 'data.pieceWeightKg'],
    [{ packType: 'ratio' }, 'data.ratio'],
    [{ packType: 'ratio', ratio: { S: 1, XXL: 1 } }, 'data.ratio.XXL'],
    [{ packType: 'ratio', ratios: { Navy: { S: 10, M: 10, L: 10 } } }, 'data.ratios.Navy'],
  ])('refuses a simulation request %j', async (data, path) => {
    const { order: o } = await order();
    const res = await simulate(app, o.documentId, data);
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toContain(path);
  });

  it('compares the final list with the order per colour × size and against the tolerance', async () => {
    const { order: o } = await order({ market: 'CA' });
    const res = await finalList(o.documentId, [
      { colour: 'Navy', size: 'S', quantity: 250 },
      { colour: 'Navy', size: 'M', quantity: 498 },
      { colour: 'Navy', size: 'L', quantity: 250 },
    ]);
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ totalPieces: 998, withinTolerance: false });
    expect(res.body.data.comparison).toEqual(
      expect.arrayContaining([{ colour: 'Navy', size: 'M', quantity: 500, packed: 498, difference: -2 }])
    );
  });

  it('refuses overlapping cartons, a second final list and hand-set totals', async () => {
    const { order: o } = await order();
    const rows = cartonRows(lines1000);
    const overlap = await http(app).post('/api/packing-lists', {
      data: { order: o.documentId, kind: 'final', cartons: [rows[0], { ...rows[1], fromCarton: 1, toCarton: 2 }] },
    });
    expect(errorRules(overlap.body)).toEqual(['carton-overlap']);
    expect(errorPaths(overlap.body)).toEqual(['cartons.1.fromCarton']);
    expect((await finalList(o.documentId, lines1000)).status).toBe(201);
    expect(errorRules((await finalList(o.documentId, lines1000)).body)).toEqual(['unique']);
    const forged = await http(app).post('/api/packing-lists', {
      data: { order: o.documentId, kind: 'simulated', cartons: rows, totalPieces: 5 },
    });
    expect(errorRules(forged.body)).toEqual(['derived-field']);
  });
});

describe('bookings and back-end trims', () => {
  it('a late-entry request needs a reason; approval needs a request; one booking per order', async () => {
    const { order: o } = await order();
    const noReason = await http(app).post('/api/bookings', {
      data: { order: o.documentId, bookedAt: day(0), lateEntryRequested: true },
    });
    expect(errorRules(noReason.body)).toEqual(['late-entry-reason']);
    const approvedOnly = await http(app).post('/api/bookings', {
      data: { order: o.documentId, bookedAt: day(0), lateEntryApprovedBy: 'Shipping' },
    });
    expect(errorRules(approvedOnly.body)).toEqual(['late-entry-not-requested']);
    const ok = await http(app).post('/api/bookings', {
      data: {
        order: o.documentId,
        bookedAt: day(0),
        cutoffDate: day(4),
        lateEntryRequested: true,
        lateEntryReason: 'Wash delay',
        lateEntryDate: day(6),
        lateEntryApprovedBy: 'Kerry Logistics',
      },
    });
    expect(ok.status).toBe(201);
    expect(
      errorRules((await http(app).post('/api/bookings', { data: { order: o.documentId, bookedAt: day(0) } })).body)
    ).toEqual(['unique']);
    const early = await http(app).put(`/api/bookings/${ok.body.data.documentId}`, { data: { cutoffDate: day(-1) } });
    expect(errorRules(early.body)).toEqual(['cutoff-after-booking']);
  });

  it('a trim appears once per order', async () => {
    const { order: o } = await order();
    expect(
      (
        await http(app).post('/api/backend-trims', {
          data: { order: o.documentId, item: 'hang-tags', requiredQty: 1000 },
        })
      ).status
    ).toBe(201);
    const twice = await http(app).post('/api/backend-trims', {
      data: { order: o.documentId, item: 'hang-tags', requiredQty: 10 },
    });
    expect(errorRules(twice.body)).toEqual(['unique']);
  });
});

describe('final inspection by AQL (大货尾查)', () => {
  it('POST /api/final-inspections/plan', async () => {
    const res = await http(app).post('/api/final-inspections/plan', { data: { lotSize: 1000, level: 'II', aql: 2.5 } });
    expect(res.body.data).toEqual({
      codeLetter: 'J',
      planLetter: 'J',
      severity: 'normal',
      sampleSize: 80,
      accept: 5,
      reject: 6,
      fullInspection: false,
      variant: 'standard',
    });
    const arrow = await http(app).post('/api/final-inspections/plan', { data: { lotSize: 60, aql: 2.5 } });
    expect(arrow.body.data).toMatchObject({ codeLetter: 'E', planLetter: 'F', sampleSize: 20, accept: 1, reject: 2 });
    for (const data of [
      { lotSize: 1, aql: 2.5 },
      { lotSize: 100, aql: 3 },
      { lotSize: 100, aql: 2.5, level: 'IV' },
      { lotSize: 100 },
      { lotSize: 100, aql: 2.5, aqls: { major: 2.5 } },
      { lotSize: 100, aql: 2.5, severity: 'strict' },
      // the buyers' keep-sample-size variant is a customer option, not a request parameter
      { lotSize: 100, aql: 2.5, keepSampleSize: true },
    ]) {
      expect([data, (await http(app).post('/api/final-inspections/plan', { data })).status]).toEqual([data, 400]);
    }
  });

  it('POST /api/final-inspections/plan: a plan per defect class, and the severities (ISO 2859-1 Tables 2-A, 2-B)', async () => {
    // lot 40, level II → major n 5 Ac 0 Re 1; minor n 13 Ac 1 Re 2; pull 13
    const classes = await http(app).post('/api/final-inspections/plan', {
      data: { lotSize: 40, aqls: { critical: 0, major: 2.5, minor: 4.0 } },
    });
    expect(classes.status).toBe(200);
    expect(classes.body.data).toMatchObject({ codeLetter: 'D', sampleSize: 13, variant: 'standard' });
    expect(classes.body.data.classes.major).toMatchObject({ sampleSize: 5, accept: 0, reject: 1 });
    expect(classes.body.data.classes.minor).toMatchObject({ sampleSize: 13, accept: 1, reject: 2 });
    expect(classes.body.data.classes.critical).toMatchObject({ sampleSize: 13, accept: 0, reject: 1 });
    // lot 1000, level II, tightened → J, n 80; AQL 2.5 Ac 3 Re 4; AQL 4.0 Ac 5 Re 6
    const tightened = await http(app).post('/api/final-inspections/plan', {
      data: { lotSize: 1000, severity: 'tightened', aqls: { major: 2.5, minor: 4.0 } },
    });
    expect(tightened.body.data).toMatchObject({ codeLetter: 'J', severity: 'tightened', sampleSize: 80 });
    expect(tightened.body.data.classes.major).toMatchObject({ accept: 3, reject: 4 });
    expect(tightened.body.data.classes.minor).toMatchObject({ accept: 5, reject: 6 });
    // a customer's variant is named in the answer
    const { customer } = await order({ aqlKeepSampleSize: true });
    const variant = await http(app).post('/api/final-inspections/plan', {
      data: { lotSize: 60, aql: 2.5, customer: customer.documentId },
    });
    expect(variant.body.data).toMatchObject({ planLetter: 'F', sampleSize: 13, variant: 'customer-keeps-sample-size' });
  });

  it('derives the plan from the final list and the result from the defects; a failed lot is re-inspected', async () => {
    const { order: o } = await order();
    await finalList(o.documentId, lines1000);
    const first = await http(app).post('/api/final-inspections', {
      data: {
        order: o.documentId,
        inspectedAt: day(0),
        majorFound: 6,
        minorFound: 2,
        cartonsPulled: 8,
        inspector: 'QC Wu',
      },
    });
    expect(first.status).toBe(201);
    expect(first.body.data).toMatchObject({
      lotSize: 1000,
      level: 'II',
      aqlMajor: 2.5,
      aqlMinor: 4,
      codeLetter: 'J',
      sampleSize: 80,
      majorAccept: 5,
      majorReject: 6,
      minorAccept: 7,
      minorReject: 8,
      result: 'fail',
    });
    const again = await http(app).post('/api/final-inspections', {
      data: {
        order: o.documentId,
        inspectedAt: day(0),
        majorFound: 2,
        minorFound: 7,
        reinspectionOf: first.body.data.documentId,
      },
    });
    expect(again.body.data.result).toBe('pass');
    const critical = await http(app).post('/api/final-inspections', {
      data: { order: o.documentId, inspectedAt: day(0), criticalFound: 1 },
    });
    expect(critical.body.data.result).toBe('fail');
    const pending = await http(app).post('/api/final-inspections', { data: { order: o.documentId } });
    expect(pending.body.data.result).toBeNull();
  });

  it("uses the customer's AQLs, and refuses unknown AQLs, forged results and bad re-inspections", async () => {
    const { order: o } = await order({ aqlMajor: 1.5, aqlKeepSampleSize: true });
    const res = await http(app).post('/api/final-inspections', {
      data: { order: o.documentId, lotSize: 60, inspectedAt: day(0) },
    });
    expect(res.body.data).toMatchObject({
      aqlMajor: 1.5,
      codeLetter: 'E',
      sampleSize: 13,
      planVariant: 'customer-keeps-sample-size',
    });
    const unknown = await http(app).post('/api/final-inspections', { data: { order: o.documentId, aqlMajor: 3 } });
    expect(errorRules(unknown.body)).toEqual(['aql-unknown']);
    const forged = await http(app).post('/api/final-inspections', { data: { order: o.documentId, result: 'pass' } });
    expect(errorRules(forged.body)).toEqual(['derived-field']);
    const notFailed = await http(app).post('/api/final-inspections', {
      data: { order: o.documentId, reinspectionOf: res.body.data.documentId },
    });
    expect(errorRules(notFailed.body)).toEqual(['reinspection-of-failed']);
  });
});

describe('each class on its own plan, and the switching rules per customer (ISO 2859-1 §9)', () => {
  it('stores each class plan and judges each class on its own numbers (lot 40)', async () => {
    const { order: o } = await order();
    const inspect = (found: Record<string, number>) =>
      http(app).post('/api/final-inspections', {
        data: { order: o.documentId, lotSize: 40, inspectedAt: day(0), ...found },
      });
    const oneMajor = await inspect({ majorFound: 1 });
    expect(oneMajor.status).toBe(201);
    expect(oneMajor.body.data).toMatchObject({
      codeLetter: 'D',
      sampleSize: 13,
      criticalSampleSize: 13,
      criticalAccept: 0,
      criticalReject: 1,
      majorSampleSize: 5,
      majorAccept: 0,
      majorReject: 1,
      minorSampleSize: 13,
      minorAccept: 1,
      minorReject: 2,
      severity: 'normal',
      planVariant: 'standard',
      resubmitted: false,
      result: 'fail',
    });
    // one minor defect in the 13 is accepted
    expect((await inspect({ minorFound: 1 })).body.data.result).toBe('pass');
    const stored = await app.strapi.db
      .query('api::final-inspection.final-inspection')
      .findOne({ where: { documentId: oneMajor.body.data.documentId }, select: ['majorSampleSize', 'result'] });
    expect(stored).toEqual({ majorSampleSize: 5, result: 'fail' });
  });

  it('two lots of five not accepted switch the customer to tightened; a new lot is inspected tightened', async () => {
    const { order: o, customer } = await order();
    await finalList(o.documentId, lines1000);
    const inspect = (data: Record<string, unknown>) =>
      http(app).post('/api/final-inspections', { data: { order: o.documentId, inspectedAt: day(0), ...data } });
    const severity = async () =>
      (await http(app).get(`/api/customers/${customer.documentId}/inspection-severity`)).body.data;
    expect(await severity()).toMatchObject({ severity: 'normal', score: 0, discontinued: false, lots: [] });

    const failed = await inspect({ majorFound: 6 }); // J n 80, 2.5: Re 6
    expect(failed.body.data.result).toBe('fail');
    // the resubmitted lot passes and is listed, but not counted
    const resubmitted = await inspect({ majorFound: 0, reinspectionOf: failed.body.data.documentId });
    expect(resubmitted.body.data).toMatchObject({ resubmitted: true, result: 'pass' });
    expect((await inspect({ majorFound: 3 })).body.data.result).toBe('pass');
    expect((await inspect({ criticalFound: 1 })).body.data.result).toBe('fail');
    const state = await severity();
    expect(state.severity).toBe('tightened');
    expect(state.lots.map((lot: { note: string | null }) => lot.note)).toEqual([
      null,
      'resubmission-not-counted',
      null,
      'to-tightened',
    ]);
    expect(state.lots[0]).toMatchObject({ poNumber: o.poNumber, accepted: false, severity: 'normal' });

    // the next lot: Table 2-B, lot 1000 → J, n 80, major 2.5 Ac 3 Re 4, minor 4.0 Ac 5 Re 6
    const next = await inspect({ majorFound: 3 });
    expect(next.body.data).toMatchObject({
      severity: 'tightened',
      majorAccept: 3,
      majorReject: 4,
      minorAccept: 5,
      minorReject: 6,
      result: 'pass',
    });
    // QC may inspect at another severity only with a reason
    const normal = await inspect({ severity: 'normal' });
    expect(normal.status).toBe(400);
    expect(errorRules(normal.body)).toEqual(['severity-override-reason']);
    const overridden = await inspect({ severity: 'normal', severityOverrideReason: 'Buyer QA on site agreed normal' });
    expect(overridden.status).toBe(201);
    expect(overridden.body.data).toMatchObject({ severity: 'normal', majorAccept: 5, majorReject: 6 });
  });

  it('answers 404 for an unknown customer', async () => {
    expect((await http(app).get('/api/customers/nosuchcustomer000000000/inspection-severity')).status).toBe(404);
  });
});

describe('completion and reconciliation (完单、对账)', () => {
  it('signs in order, with a reason when outside tolerance; reconciles at the FOB price', async () => {
    const { order: o } = await order({ market: 'US' }, { fobPrice: 6.5, currency: 'USD' });
    await finalList(o.documentId, [
      { colour: 'Navy', size: 'S', quantity: 240 },
      { colour: 'Navy', size: 'M', quantity: 460 },
      { colour: 'Navy', size: 'L', quantity: 240 },
    ]);
    const early = await http(app).post('/api/completion-reports', {
      data: { order: o.documentId, shippedAt: day(-5), factoryManagerSignedBy: 'Gu Hua' },
    });
    expect(errorRules(early.body)).toEqual(['reason-required', 'sign-order']);
    const noReason = await http(app).post('/api/completion-reports', {
      data: { order: o.documentId, shippedAt: day(-5), planningSignedBy: 'Planning' },
    });
    expect(errorRules(noReason.body)).toEqual(['reason-required']);
    const report = await http(app).post('/api/completion-reports', {
      data: {
        order: o.documentId,
        shippedAt: day(-5),
        outsideToleranceReason: 'Shading rejects on M; buyer informed',
        planningSignedBy: 'Planning head',
        tradeSignedBy: 'Li Na',
        factoryManagerSignedBy: 'Gu Hua',
      },
    });
    expect(report.status).toBe(201);
    expect(report.body.data).toMatchObject({ shippedQuantity: 940, withinTolerance: false, dueDate: day(-2) });

    const rec = (await http(app).get(`/api/orders/${o.documentId}/reconciliation`)).body.data;
    expect(rec).toMatchObject({
      ordered: 1000,
      shipped: 940,
      shortOver: -60,
      shortOverPct: -6,
      within: false,
      tolerance: { underPct: 5, overPct: 5, allowedMin: 950, allowedMax: 1050 },
      fobPrice: 6.5,
      currency: 'USD',
      orderedAmount: 6500,
      payableQuantity: 940,
      excessQuantity: 0,
      invoiceAmount: 6110,
      excessValue: 0,
      shortShipmentValue: 390,
      completion: { shippedAt: day(-5), dueDate: day(-2), overdue: true, signed: true },
    });
    expect(rec.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ size: 'M', quantity: 500, packed: 460, difference: -40, value: 2990 }),
      ])
    );
  });
});

describe("money: capped by the tolerance, in the currency's minor unit", () => {
  it('shipped 1080 of 1000 at ±5 %: 1050 payable, 30 excess', async () => {
    // FOB 1.25 USD: ordered 1000 × 1.25 = 1250; invoice 1050 × 1.25 = 1312.50; excess 30 × 1.25 = 37.50.
    // (Prices are stored with 2 decimals; 1 × 1.005 USD = 1.01 is pinned in the money unit tests.)
    const { order: o } = await order({ market: 'US' }, { fobPrice: 1.25, currency: 'USD' });
    await finalList(o.documentId, [
      { colour: 'Navy', size: 'S', quantity: 270 },
      { colour: 'Navy', size: 'M', quantity: 540 },
      { colour: 'Navy', size: 'L', quantity: 270 },
    ]);
    const rec = (await http(app).get(`/api/orders/${o.documentId}/reconciliation`)).body.data;
    expect(rec).toMatchObject({
      shipped: 1080,
      within: false,
      payableQuantity: 1050,
      excessQuantity: 30,
      orderedAmount: 1250,
      invoiceAmount: 1312.5,
      excessValue: 37.5,
      shortShipmentValue: 0,
    });
    expect(rec.lines).toEqual(
      expect.arrayContaining([expect.objectContaining({ size: 'S', packed: 270, value: 337.5 })])
    );
  });

  it('JPY has no minor unit: 1000 × 1234 JPY = 1234000', async () => {
    const { order: o } = await order({ market: 'JP' }, { fobPrice: 1234, currency: 'JPY' });
    await finalList(o.documentId, lines1000);
    const rec = (await http(app).get(`/api/orders/${o.documentId}/reconciliation`)).body.data;
    expect(rec).toMatchObject({ currency: 'JPY', orderedAmount: 1234000, invoiceAmount: 1234000 });
  });
});

describe('the end of the workflow waits for shipping', () => {
  it('booking, inspection, tolerance and completion are enforced, each named', async () => {
    const { order: o } = await makeReadyOrder(app, {}, { market: 'CA' });
    const rules = (res: { body: { error?: { details?: { failures?: Array<{ rule: string }> } } } }) =>
      (res.body.error?.details?.failures ?? []).map((f) => f.rule);
    for (let i = 0; i < 6; i += 1) await advance(app, o.documentId); // … in-production, packing

    const toBooked = await move(app, o.documentId, 'booked');
    expect(rules(toBooked)).toEqual([
      'trims-ready',
      'simulated-packing-list',
      'booking-documents-complete',
      'signoffs-complete',
    ]);
    await http(app).post('/api/backend-trims', {
      data: { order: o.documentId, item: 'cartons', requiredQty: 14, receivedQty: 14, checked: true },
    });
    await simulate(app, o.documentId);
    const booking = await http(app).post('/api/bookings', {
      data: { order: o.documentId, bookedAt: day(0), docPurchaseOrder: true },
    });
    await signoff(app, o.documentId, 'booked', 'planning');
    await signoff(app, o.documentId, 'booked', 'trade');
    const docs = await move(app, o.documentId, 'booked');
    expect(docs.body.error.details.failures).toEqual([
      expect.objectContaining({
        rule: 'booking-documents-complete',
        message: 'booking incomplete: simulated packing list, carton data, technical data, warehouse cut-off date',
      }),
    ]);
    await http(app).put(`/api/bookings/${booking.body.data.documentId}`, {
      data: { cutoffDate: day(3), docSimulatedPackingList: true, docCartonData: true, docTechnicalData: true },
    });
    expect((await move(app, o.documentId, 'booked')).status).toBe(200);

    const line = await makeLine(app);
    await report(app, { order: o.documentId, line: line.documentId, operation: 'packing', goodQty: 300 });
    expect(await advance(app, o.documentId)).toBe('final-inspection');

    const failed = await http(app).post('/api/final-inspections', {
      data: { order: o.documentId, inspectedAt: day(0), majorFound: 9 },
    });
    await signoff(app, o.documentId, 'shipped', 'shipping');
    expect(rules(await move(app, o.documentId, 'shipped'))).toEqual([
      'final-inspection-passed',
      'shipment-within-tolerance',
    ]);
    await http(app).post('/api/final-inspections', {
      data: { order: o.documentId, inspectedAt: day(0), majorFound: 1, reinspectionOf: failed.body.data.documentId },
    });
    const list = await http(app).post('/api/packing-lists', {
      data: {
        order: o.documentId,
        kind: 'final',
        cartons: cartonRows([
          { colour: 'Navy', size: 'S', quantity: 100 },
          { colour: 'Navy', size: 'M', quantity: 199 },
        ]),
      },
    });
    const short = await move(app, o.documentId, 'shipped');
    expect(short.body.error.details.failures).toEqual([
      expect.objectContaining({
        rule: 'shipment-within-tolerance',
        message: "final packing list 299 pieces is outside 300–300 (−0/+0 %); adjust or record the customer's approval",
      }),
    ]);
    await http(app).put(`/api/packing-lists/${list.body.data.documentId}`, {
      data: { deviationApprovedBy: 'Claire Tremblay, mail' },
    });
    expect((await move(app, o.documentId, 'shipped')).status).toBe(200);

    for (const department of ['planning', 'trade', 'factory'])
      await signoff(app, o.documentId, 'completed', department);
    expect(rules(await move(app, o.documentId, 'completed'))).toEqual(['completion-signed']);
    await http(app).post('/api/completion-reports', {
      data: {
        order: o.documentId,
        shippedAt: day(0),
        reportDate: day(0),
        outsideToleranceReason: 'One piece short, buyer approved',
        planningSignedBy: 'Planning head',
        tradeSignedBy: 'Trade',
        factoryManagerSignedBy: 'Factory manager',
      },
    });
    expect((await move(app, o.documentId, 'completed')).status).toBe(200);
  });
});

describe('GET /merchandiser/orders/:documentId/packing — what the packing list editor starts from', () => {
  it('gives the breakdown in size order, the tolerance with its scope and the simulated list row by row', async () => {
    const { token } = await adminSession(app);
    const { order: o } = await order(
      { market: 'US' },
      { toleranceUnderPct: 3, toleranceOverPct: 5, toleranceScope: 'colour' }
    );
    expect((await simulate(app, o.documentId)).status).toBe(201);
    const res = await request(app.strapi.server.httpServer)
      .get(`/merchandiser/orders/${o.documentId}/packing`)
      .set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.body.data.order).toMatchObject({ documentId: o.documentId, poNumber: o.poNumber });
    expect(res.body.data.sizes).toEqual(['S', 'M', 'L']);
    expect(res.body.data.lines).toEqual(lines1000);
    // The order's own tolerance wins over the US rule (±5 %), in its own scope.
    expect(res.body.data.tolerance).toMatchObject({
      underPct: 3,
      overPct: 5,
      scope: 'colour',
      source: { level: 'order' },
    });
    expect(res.body.data.final).toBeNull();
    // Solid cartons of 24 (by hand): 10 of S, 20 of M, 10 of L; the 10 + 20 + 10 left mixed in size order:
    // S 10 + M 14 = 24, then M 6 + L 10 = 16 — 42 cartons.
    const cartons = res.body.data.simulated.cartons as Array<{
      fromCarton: number;
      toCarton: number;
      sizes: Record<string, number>;
    }>;
    expect(cartons.reduce((sum, row) => sum + row.toCarton - row.fromCarton + 1, 0)).toBe(42);
    expect(
      cartons.reduce(
        (sum, row) => sum + (row.toCarton - row.fromCarton + 1) * Object.values(row.sizes).reduce((a, b) => a + b, 0),
        0
      )
    ).toBe(1000);
    const missing = await request(app.strapi.server.httpServer)
      .get('/merchandiser/orders/no-such-order/packing')
      .set('Authorization', `Bearer ${token}`);
    expect(missing.status).toBe(404);
  });
});

describe('decimals a factory reads to more than two places', () => {
  it('stores a CBM to 3 places and an AQL of 0.065 as they are, on both databases', async () => {
    const { order: o } = await order({ market: 'US' });
    // 20 cartons of 60 × 40 × 32 cm: 20 × 0.0768 m³ = 1.536 m³ (by hand) — not 1.54.
    const res = await http(app).post('/api/packing-lists', {
      data: {
        order: o.documentId,
        kind: 'simulated',
        cartons: [
          {
            fromCarton: 1,
            toCarton: 20,
            colour: 'Navy',
            sizes: { M: 50 },
            lengthCm: 60,
            widthCm: 40,
            heightCm: 32,
            netKg: 10,
            grossKg: 11,
          },
        ],
      },
    });
    expect(res.status).toBe(201);
    const stored = (await app.strapi.db
      .query('api::packing-list.packing-list' as never)
      .findOne({ where: { documentId: res.body.data.documentId }, select: ['totalCbm'] })) as { totalCbm: number };
    expect(Number(stored.totalCbm)).toBe(1.536);
    // ISO 2859-1's AQLs run from 0.010: a customer's 0.065 for critical defects stays 0.065.
    const customer = await makeCustomer(app, { aqlCritical: 0.065 });
    const row = (await app.strapi.db
      .query('api::customer.customer' as never)
      .findOne({ where: { documentId: customer.documentId }, select: ['aqlCritical'] })) as { aqlCritical: number };
    expect(Number(row.aqlCritical)).toBe(0.065);
  });

  it('widens a PostgreSQL column made before at start-up (schema sync leaves precisions alone)', async () => {
    if (app.strapi.db.dialect.client !== 'postgres') return;
    const db = app.strapi.db.connection;
    const schema = (app.strapi.db as unknown as { getSchemaName(): string | undefined }).getSchemaName() ?? 'public';
    await db.raw('alter table ??.packing_lists alter column total_cbm type numeric(10, 2)', [schema]);
    expect(await ensureDecimalPrecision(app.strapi)).toBe(1);
    const column = (await db('information_schema.columns')
      .where({ table_schema: schema, table_name: 'packing_lists', column_name: 'total_cbm' })
      .first('numeric_precision', 'numeric_scale')) as { numeric_precision: number; numeric_scale: number };
    expect(column).toEqual({ numeric_precision: 12, numeric_scale: 3 });
    expect(await ensureDecimalPrecision(app.strapi)).toBe(0);
  });
});

describe('GET /api/orders/:documentId/documents/:file — the packing list as a file', () => {
  const download = (orderId: string, file: string) =>
    http(app)
      .get(`/api/orders/${orderId}/documents/${file}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  it('prints the final list as a bilingual PDF and an .xlsx, the same bytes each time, named for the merchandiser', async () => {
    const { order: o } = await order({ market: 'US' });
    expect((await finalList(o.documentId, lines1000)).status).toBe(201);
    const pdf = await download(o.documentId, 'packing-list-final.pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(
      `attachment; filename="${String(o.poNumber)}_packing-list-final_v1.pdf"`
    );
    const text = pdfText(pdf.body as Buffer);
    expect(text).toContain(String(o.poNumber));
    expect(text).toContain('装箱单');
    // One carton per line (helpers/shipping): 3 cartons, 250 + 500 + 250 = 1,000 pieces; 3 × 0.6 × 0.4 × 0.3 = 0.216 m³.
    expect(text).toMatch(/合计 Total\s+3\s+250\s+500\s+250\s+1,000\s+30\.00\s+33\.00\s+0\.216/);
    expect(((await download(o.documentId, 'packing-list-final.pdf')).body as Buffer).equals(pdf.body as Buffer)).toBe(
      true
    );

    const xlsx = await download(o.documentId, 'packing-list-final.xlsx');
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    // exceljs types its input as an ArrayBuffer-backed Buffer; the bytes are the same.
    await book.xlsx.load(xlsx.body as never);
    const rows = book.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    const totals = rows[rows.length - 1].filter((cell) => cell !== undefined && cell !== null && cell !== '');
    expect(totals).toEqual(['合计 Total', 3, 250, 500, 250, 1000, 30, 33, 0.216]);
  });

  it('is downloaded from the admin with an admin session (the order panel’s Documents block)', async () => {
    const { token } = await adminSession(app);
    const { order: o } = await order({ market: 'US' });
    expect((await finalList(o.documentId, lines1000)).status).toBe(201);
    const res = await request(app.strapi.server.httpServer)
      .get(`/merchandiser/orders/${o.documentId}/documents/packing-list-final.pdf?language=en`)
      .set('Authorization', `Bearer ${token}`)
      .buffer(true)
      .parse((stream, done) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    const text = pdfText(res.body as Buffer);
    expect(text).toContain('Packing list');
    expect(text).not.toContain('装箱单');
    expect(
      (
        await request(app.strapi.server.httpServer).get(
          `/merchandiser/orders/${o.documentId}/documents/packing-list-final.pdf`
        )
      ).status
    ).toBe(401);
  });

  it('answers 409 naming what is missing, 404 for an unknown order or document', async () => {
    const { order: o } = await order({ market: 'US' });
    const missing = await http(app).get(`/api/orders/${o.documentId}/documents/packing-list-simulated.pdf`);
    expect(missing.status).toBe(409);
    expect(missing.body.error.details).toMatchObject({ missing: ['the simulated packing list'] });
    expect((await http(app).get('/api/orders/no-such-order/documents/packing-list-final.pdf')).status).toBe(404);
    expect((await http(app).get(`/api/orders/${o.documentId}/documents/passport.pdf`)).status).toBe(404);
  });
});
