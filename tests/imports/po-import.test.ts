import ExcelJS from 'exceljs';
import request from 'supertest';
import { makeCustomer, makeSizeScale, makeStyle } from '../helpers/fixtures';
import { errorPaths, errorRules, http } from '../helpers/http';
import { startApp, type TestApp } from '../helpers/strapi';
import { buyerPoSheet, workbookOf } from './workbooks';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.stop();
});

const IMPORT = 'api::data-import.data-import';

/** POST /api/imports as a merchandiser's integration sends it: multipart with the file, kind, customer and maybe a mapping. */
function upload(
  file: Buffer,
  fields: Record<string, string>,
  name = 'northwind-po.xlsx',
  token: string | null = app.token
) {
  let req = request(app.strapi.server.httpServer).post('/api/imports');
  if (token) req = req.set('Authorization', `Bearer ${token}`);
  for (const [key, value] of Object.entries(fields)) req = req.field(key, value);
  return req.attach('file', file, name);
}
const commit = (documentId: string, body: Record<string, unknown> = {}) =>
  http(app).post(`/api/imports/${documentId}/commit`, body);

async function buyer() {
  const customer = await makeCustomer(app, { name: 'Northwind Apparel', market: 'CA' });
  const scale = await makeSizeScale(app, ['S', 'M', 'L']);
  const style = await makeStyle(app, customer.documentId, scale.documentId, { styleNo: `NW-${customer.id}` });
  return { customer, style, styleNo: `NW-${customer.id}` };
}

const ordersOf = (customerId: number) =>
  app.strapi.db.query('api::order.order').findMany({
    where: { customer: { id: customerId } },
    select: [
      'id',
      'documentId',
      'poNumber',
      'totalQuantity',
      'exFactoryDate',
      'orderDate',
      'fobPrice',
      'currency',
      'shipMode',
      'stage',
    ],
    populate: { lines: { select: ['colour', 'size', 'quantity'] } },
    orderBy: { poNumber: 'asc' },
  }) as Promise<
    Array<{
      id: number;
      documentId: string;
      poNumber: string;
      totalQuantity: number;
      exFactoryDate: string;
      orderDate: string;
      fobPrice: number | string;
      currency: string;
      shipMode: string;
      stage: string;
      lines: Array<{ colour: string; size: string; quantity: number }>;
    }>
  >;
const cells_ = (lines: Array<{ colour: string; size: string; quantity: number }>) =>
  lines.map((l) => `${l.colour}/${l.size}=${l.quantity}`).sort();

describe('a buyer PO sheet Gendan has never seen', () => {
  it('names the two bad cells, writes nothing; fixed, it commits the order with its breakdown; the next sheet needs no mapping', async () => {
    const { customer, styleNo } = await buyer();
    // Two mistakes a buyer makes: a size the style does not have (XL instead of Large) and half a piece.
    const wrong = buyerPoSheet(`NW-${customer.id}-1`, styleNo, [
      ['Navy', 60, '1,200', 120, 1380],
      ['Black', 100, 12.5, 80, 192.5],
    ]);
    wrong.PO[5] = ['Colour', 'Small', 'Medium', 'XL', 'Total'];
    const before = await app.strapi.db.query(IMPORT).count({});

    const first = await upload(await workbookOf(wrong), { kind: 'purchase-orders', customer: customer.documentId });
    expect(first.status).toBe(201);
    const view = first.body.data;
    expect(view).toMatchObject({
      status: 'refused',
      kind: 'purchase-orders',
      fileName: 'northwind-po.xlsx',
      customer: { name: 'Northwind Apparel' },
    });
    expect(view.summary.mappingSource).toBe('proposed');
    expect(view.summary.proposal.found).toMatchObject({
      poNumber: 'B2',
      style: 'E2',
      orderDate: 'B3',
      exFactoryDate: 'E3',
      fobPrice: 'B4',
      shipMode: 'E4',
    });
    expect(
      view.findings
        .filter((f: { severity: string }) => f.severity === 'error')
        .map((f: { sheet: string; cell: string; field: string; rule: string }) => [f.sheet, f.cell, f.field, f.rule])
    ).toEqual([
      ['PO', 'D6', 'size', 'size-in-scale'],
      ['PO', 'C8', 'quantity', 'quantity-positive-integer'],
    ]);
    expect(view.findings.find((f: { cell: string }) => f.cell === 'D6').messageZh).toContain('尺码"XL"不在款式');
    expect(await ordersOf(customer.id)).toEqual([]);
    const refusedCommit = await commit(view.documentId);
    expect(refusedCommit.status).toBe(409);
    expect(errorRules(refusedCommit.body)).toEqual(['import-has-errors']);
    expect(await ordersOf(customer.id)).toEqual([]);
    expect(await app.strapi.db.query(IMPORT).count({})).toBe(before + 1);

    // The merchandiser fixes the two cells the preview named.
    const fixed = buyerPoSheet(`NW-${customer.id}-1`, styleNo, [
      ['Navy', 60, '1,200', 120, 1380],
      ['Black', 100, 12, 80, 192],
    ]);
    const second = await upload(await workbookOf(fixed), { kind: 'purchase-orders', customer: customer.documentId });
    expect(second.status).toBe(201);
    expect(second.body.data.findings).toEqual([]);
    expect(second.body.data.summary).toMatchObject({
      create: 1,
      change: 0,
      lines: 6,
      pieces: 1572, // 60 + 1,200 + 120 + 100 + 12 + 80, worked by hand
      byColour: [
        { colour: 'Navy', quantity: 1380 },
        { colour: 'Black', quantity: 192 },
      ],
    });
    expect(await ordersOf(customer.id)).toEqual([]);

    const committed = await commit(second.body.data.documentId);
    expect(committed.status).toBe(200);
    expect(committed.body.data).toMatchObject({
      status: 'committed',
      result: { orders: [{ poNumber: `NW-${customer.id}-1`, action: 'created', pieces: 1572 }] },
    });
    const [order] = await ordersOf(customer.id);
    expect(order).toMatchObject({
      poNumber: `NW-${customer.id}-1`,
      totalQuantity: 1572,
      currency: 'USD',
      shipMode: 'sea',
    });
    expect(String(order.exFactoryDate).slice(0, 10)).toBe('2027-01-15');
    expect(String(order.orderDate).slice(0, 10)).toBe('2026-11-20');
    expect(Number(order.fobPrice)).toBe(12.5);
    expect(cells_(order.lines)).toEqual([
      'Black/L=80',
      'Black/M=12',
      'Black/S=100',
      'Navy/L=120',
      'Navy/M=1200',
      'Navy/S=60',
    ]);
    const stored = await app.strapi.db
      .query(IMPORT)
      .findOne({ where: { documentId: second.body.data.documentId }, select: ['status', 'committedAt', 'fileHash'] });
    expect(stored).toMatchObject({ status: 'committed' });
    expect(stored.fileHash).toMatch(/^[0-9a-f]{64}$/);
    const mappings = await http(app).get(
      `/api/import-mappings?filters[customer][documentId][$eq]=${customer.documentId}`
    );
    expect(mappings.status).toBe(200);
    expect(mappings.body.data).toHaveLength(1);

    // The buyer's next sheet: the saved mapping reads it, nothing to point at.
    const next = buyerPoSheet(`NW-${customer.id}-2`, styleNo, [['Olive', 10, 20, 30, 60]], '2027-02-01');
    const third = await upload(await workbookOf(next), { kind: 'purchase-orders', customer: customer.documentId });
    expect(third.body.data).toMatchObject({
      status: 'checked',
      findings: [],
      summary: { mappingSource: 'saved', proposal: null, create: 1, pieces: 60 },
    });
    expect((await commit(third.body.data.documentId)).status).toBe(200);
    expect((await ordersOf(customer.id)).map((o) => [o.poNumber, o.totalQuantity])).toEqual([
      [`NW-${customer.id}-1`, 1572],
      [`NW-${customer.id}-2`, 60],
    ]);
  });

  it('imports the same file once: a second upload says so and its commit writes nothing', async () => {
    const { customer, styleNo } = await buyer();
    const file = await workbookOf(buyerPoSheet(`NW-${customer.id}-9`, styleNo, [['Navy', 5, 5, 5, 15]]));
    const a = await upload(file, { kind: 'purchase-orders', customer: customer.documentId });
    expect((await commit(a.body.data.documentId)).status).toBe(200);
    // Committing the same import again answers what it wrote.
    expect((await commit(a.body.data.documentId)).body.data.status).toBe('committed');
    const b = await upload(file, { kind: 'purchase-orders', customer: customer.documentId });
    expect(b.body.data.summary.duplicateOf).toEqual({
      documentId: a.body.data.documentId,
      committedAt: expect.any(String),
    });
    const again = await commit(b.body.data.documentId);
    expect(again.status).toBe(200);
    expect(again.body.data.result).toMatchObject({
      alreadyImported: true,
      orders: [{ poNumber: `NW-${customer.id}-9` }],
    });
    expect(await ordersOf(customer.id)).toHaveLength(1);
    const revisions = await app.strapi.db
      .query('api::order-revision.order-revision')
      .count({ where: { order: { customer: { id: customer.id } } } });
    expect(revisions).toBe(0);
  });
});

describe("the buyer's prepack ratio", () => {
  it('is kept on the order and ratio packing starts from it', async () => {
    const { customer, styleNo } = await buyer();
    const sheet = buyerPoSheet(`NW-${customer.id}-R`, styleNo, [
      ['Navy', 250, 500, 250, 1000],
      ['Ratio', 1, 2, 1, 4],
    ]);
    const checked = await upload(await workbookOf(sheet), { kind: 'purchase-orders', customer: customer.documentId });
    expect(checked.body.data.findings).toEqual([]);
    expect(checked.body.data.summary.orders[0].ratio).toEqual({ S: 1, M: 2, L: 1 });
    expect((await commit(checked.body.data.documentId)).status).toBe(200);
    const [order] = await ordersOf(customer.id);
    const stored = (await app.strapi.db
      .query('api::order.order')
      .findOne({ where: { id: order.id }, select: ['prepackRatio'] })) as { prepackRatio: unknown };
    expect(stored.prepackRatio).toEqual({ S: 1, M: 2, L: 1 });
    // Ratio packing with no set given: the buyer's 1:2:1 (4 a set), 24 a carton = 6 sets; 250 sets →
    // 41 full cartons (246 sets) and the 4 sets left, S 4 M 8 L 4, in carton 42.
    const simulated = await http(app).post(`/api/orders/${order.documentId}/packing-lists/simulate`, {
      data: {
        packType: 'ratio',
        piecesPerCarton: 24,
        carton: { lengthCm: 60, widthCm: 40, heightCm: 30 },
        pieceWeightKg: 0.3,
      },
    });
    expect(simulated.status).toBe(201);
    expect(simulated.body.data).toMatchObject({ totalCartons: 42, totalPieces: 1000 });
    const list = (await app.strapi.db.query('api::packing-list.packing-list').findOne({
      where: { documentId: simulated.body.data.documentId },
      populate: { cartons: true },
    })) as { cartons: Array<{ fromCarton: number; sizes: object }> };
    expect(list.cartons.at(-1)).toMatchObject({ fromCarton: 42, sizes: { S: 4, M: 8, L: 4 } });
  });
});

describe('correcting the mapping', () => {
  it("re-checks the kept file with the buyer's size name mapped, and draws the sheet's cells", async () => {
    const { customer, styleNo } = await buyer();
    const sheet = buyerPoSheet(`NW-${customer.id}-M`, styleNo, [['Navy', 10, 20, 30, 60]]);
    sheet.PO[5] = ['Colour', 'Small', 'Medium', 'Lrg', 'Total'];
    const first = await upload(await workbookOf(sheet), { kind: 'purchase-orders', customer: customer.documentId });
    expect(first.body.data.findings.map((f: { cell: string; rule: string }) => [f.cell, f.rule])).toEqual([
      ['D6', 'size-in-scale'],
    ]);

    const cells = await http(app).get(`/api/imports/${first.body.data.documentId}/sheets`);
    expect(cells.status).toBe(200);
    expect(cells.body.data[0]).toMatchObject({ name: 'PO', rowCount: 7, columnCount: 5 });
    expect(cells.body.data[0].rows[5]).toEqual(['Colour', 'Small', 'Medium', 'Lrg', 'Total']);
    expect(cells.body.data[0].rows[2][4]).toBe('2027-01-15');

    const mapping = { ...first.body.data.mapping, sizes: { Lrg: 'L' } };
    const again = await http(app).post(`/api/imports/${first.body.data.documentId}/check`, { data: { mapping } });
    expect(again.status).toBe(200);
    expect(again.body.data).toMatchObject({
      status: 'checked',
      findings: [],
      summary: { mappingSource: 'sent', pieces: 60 },
    });
    const badMapping = await http(app).post(`/api/imports/${first.body.data.documentId}/check`, {
      data: { mapping: { layout: 'diagonal' } },
    });
    expect(badMapping.status).toBe(400);
    expect(errorPaths(badMapping.body)).toEqual(['mapping.layout']);
    expect((await commit(first.body.data.documentId)).status).toBe(200);
    const [order] = await ordersOf(customer.id);
    expect(cells_(order.lines)).toEqual(['Navy/L=30', 'Navy/M=20', 'Navy/S=10']);
    // The saved mapping now knows the buyer's "Lrg".
    const saved = (await app.strapi.db
      .query('api::import-mapping.import-mapping')
      .findOne({ where: { customer: { id: customer.id } }, select: ['mapping'] })) as {
      mapping: { sizes: Record<string, string> };
    };
    expect(saved.mapping.sizes).toEqual({ Lrg: 'L' });
    const late = await http(app).post(`/api/imports/${first.body.data.documentId}/check`, { data: { mapping } });
    expect(late.status).toBe(409);
    expect(errorRules(late.body)).toEqual(['import-committed']);
  });
});

describe('a label Gendan does not know', () => {
  it('is pointed at once; the saved mapping then reads the next sheet of the buyer', async () => {
    const { customer, styleNo } = await buyer();
    const sheet = (po: string) => ({
      Order: [
        ['PO No.:', po, null, 'Style', styleNo],
        ['Delivery (FOB Shanghai)', new Date(Date.UTC(2027, 2, 16)), null, 'FOB', 'USD 14.20'],
        [],
        ['Colour', 'Small', 'Medium', 'Large', 'Total'],
        ['Navy', 10, 20, 30, 60],
      ],
    });
    const first = await upload(await workbookOf(sheet(`NW-${customer.id}-L1`)), {
      kind: 'purchase-orders',
      customer: customer.documentId,
    });
    expect(first.body.data.findings.map((f: { cell: string; rule: string }) => [f.cell, f.rule])).toEqual([
      ['A4', 'ex-factory-required'],
    ]);
    const mapping = {
      ...first.body.data.mapping,
      header: { ...first.body.data.mapping.header, exFactoryDate: { label: 'Delivery (FOB Shanghai)' } },
    };
    const again = await http(app).post(`/api/imports/${first.body.data.documentId}/check`, { data: { mapping } });
    expect(again.body.data).toMatchObject({ status: 'checked', findings: [] });
    expect((await commit(first.body.data.documentId)).status).toBe(200);
    const second = await upload(await workbookOf(sheet(`NW-${customer.id}-L2`)), {
      kind: 'purchase-orders',
      customer: customer.documentId,
    });
    expect(second.body.data.findings).toEqual([]);
    expect(second.body.data).toMatchObject({ status: 'checked', summary: { mappingSource: 'saved', create: 1 } });
  });
});

describe('a revised PO sheet for an order in production', () => {
  it('is a revision with the colour × size diff; without a reason nothing changes, with one it is recorded', async () => {
    const { customer, styleNo } = await buyer();
    const po = `NW-${customer.id}-R`;
    const v1 = await upload(await workbookOf(buyerPoSheet(po, styleNo, [['Navy', 60, 120, 60, 240]])), {
      kind: 'purchase-orders',
      customer: customer.documentId,
    });
    expect((await commit(v1.body.data.documentId)).status).toBe(200);
    const [order] = await ordersOf(customer.id);
    // The order has left received (the notice is out): its breakdown now changes only by revision.
    await app.strapi.db.query('api::order.order').update({ where: { id: order.id }, data: { stage: 'notice-issued' } });

    const v2file = await workbookOf(buyerPoSheet(po, styleNo, [['Navy', 60, 150, 60, 270]], '2027-01-22'));
    const v2 = await upload(v2file, { kind: 'purchase-orders', customer: customer.documentId });
    expect(v2.body.data.summary).toMatchObject({ create: 0, change: 1, revisions: 1, pieces: 270 });
    expect(v2.body.data.summary.orders[0]).toMatchObject({
      action: 'change',
      revision: true,
      lineChanges: [{ colour: 'Navy', size: 'M', before: 120, after: 150 }],
      fieldChanges: [{ field: 'exFactoryDate', before: '2027-01-15', after: '2027-01-22' }],
    });

    const noReason = await commit(v2.body.data.documentId);
    expect(noReason.status).toBe(400);
    expect(errorPaths(noReason.body)).toEqual(['reason']);
    expect(errorRules(noReason.body)).toEqual(['revision-reason']);
    const unchanged = await ordersOf(customer.id);
    expect(unchanged[0].totalQuantity).toBe(240);
    expect(String(unchanged[0].exFactoryDate).slice(0, 10)).toBe('2027-01-15');
    expect(
      (
        await app.strapi.db
          .query(IMPORT)
          .findOne({ where: { documentId: v2.body.data.documentId }, select: ['status'] })
      ).status
    ).toBe('checked');

    const withReason = await commit(v2.body.data.documentId, { reason: 'buyer revised PO sheet' });
    expect(withReason.status).toBe(200);
    expect(withReason.body.data.result.orders[0]).toMatchObject({ action: 'changed', revisions: [1, 2] });
    const [after] = await ordersOf(customer.id);
    expect(after.totalQuantity).toBe(270);
    expect(String(after.exFactoryDate).slice(0, 10)).toBe('2027-01-22');
    const revisions = (await app.strapi.db.query('api::order-revision.order-revision').findMany({
      where: { order: { id: order.id } },
      select: ['number', 'reason', 'changes'],
      orderBy: { number: 'asc' },
    })) as Array<{ number: number; reason: string; changes: Array<{ field: string; lines?: unknown }> }>;
    expect(revisions.map((r) => [r.number, r.reason, r.changes.map((c) => c.field)])).toEqual([
      [1, 'buyer revised PO sheet', ['exFactoryDate']],
      [2, 'buyer revised PO sheet', ['lines']],
    ]);
    expect(revisions[1].changes[0].lines).toEqual([{ colour: 'Navy', size: 'M', before: 120, after: 150 }]);
  });
});

describe('the PO template', () => {
  it("offers the customer's styles, the style's sizes and whole numbers; filled in, it imports without a mapping", async () => {
    const { customer, styleNo } = await buyer();
    const res = await request(app.strapi.server.httpServer)
      .get(`/api/imports/template.xlsx?customer=${customer.documentId}`)
      .set('Authorization', `Bearer ${app.token}`)
      .buffer(true)
      .parse((stream, done) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="gendan_po-template_.+\.xlsx"$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as never);
    const sheet = book.getWorksheet('PO')!;
    const lists = book.getWorksheet('Lists')!;
    expect(lists.state).toBe('veryHidden');
    expect(lists.getCell('A2').value).toBe(styleNo);
    expect(sheet.getCell('B4').dataValidation).toMatchObject({ type: 'list', formulae: ['Lists!$A$2:$A$2'] });
    expect(sheet.getCell('E5').dataValidation).toMatchObject({ type: 'list' });
    expect((sheet.getRow(8).values as unknown[]).slice(1)).toEqual(['Colour', 'S', 'M', 'L', 'Total']);
    expect(sheet.getCell('C9').dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual' });

    // A merchandiser fills it in.
    const po = `NW-${customer.id}-T`;
    sheet.getCell('B3').value = po;
    sheet.getCell('B4').value = styleNo;
    sheet.getCell('B6').value = new Date(Date.UTC(2027, 3, 30));
    sheet.getCell('E3').value = 9.75;
    sheet.getRow(9).values = ['Navy', 100, 200, 100];
    sheet.getRow(10).values = ['Stone', 50, 100, 50];
    const filled = Buffer.from(await book.xlsx.writeBuffer());
    const checked = await upload(filled, { kind: 'purchase-orders', customer: customer.documentId }, 'template.xlsx');
    expect(checked.body.data).toMatchObject({
      status: 'checked',
      findings: [],
      summary: { create: 1, pieces: 600, mappingSource: 'proposed' },
    });
    expect((await commit(checked.body.data.documentId)).status).toBe(200);
    const [order] = await ordersOf(customer.id);
    expect(order).toMatchObject({ poNumber: po, totalQuantity: 600, currency: 'USD', shipMode: 'sea' });
    expect(Number(order.fobPrice)).toBe(9.75);
  });
});

describe('a large import', () => {
  it('is written in the background: 202 with its progress, then committed; GET follows it', async () => {
    const { customer, styleNo } = await buyer();
    process.env.IMPORT_BACKGROUND_LINES = '3';
    try {
      const sheet = buyerPoSheet(`NW-${customer.id}-BG`, styleNo, [
        ['Navy', 10, 20, 30, 60],
        ['Black', 5, 5, 5, 15],
      ]);
      const checked = await upload(await workbookOf(sheet), { kind: 'purchase-orders', customer: customer.documentId });
      expect(checked.body.data.summary.lines).toBe(6);
      const accepted = await commit(checked.body.data.documentId);
      expect(accepted.status).toBe(202);
      expect(accepted.body.data).toMatchObject({ status: 'checked', progress: { total: 6 } });
      // A second commit while it runs (or after) writes nothing more.
      expect([200, 202]).toContain((await commit(checked.body.data.documentId)).status);
      let view = accepted.body.data;
      for (let poll = 0; poll < 200 && view.progress; poll += 1) {
        await new Promise((resolve) => setImmediate(resolve));
        view = (await http(app).get(`/api/imports/${checked.body.data.documentId}`)).body.data;
      }
      expect(view).toMatchObject({ status: 'committed', progress: null, error: null });
      const written = await ordersOf(customer.id);
      expect(written.map((o) => o.totalQuantity)).toEqual([75]);
    } finally {
      delete process.env.IMPORT_BACKGROUND_LINES;
    }
  });
});

describe('files that are not a PO sheet', () => {
  it('refuses a bad request or a broken file with a 4xx naming the problem, and records nothing', async () => {
    const { customer, styleNo } = await buyer();
    const good = await workbookOf(buyerPoSheet('X-1', styleNo, [['Navy', 1, 1, 1, 3]]));
    const before = await app.strapi.db.query(IMPORT).count({});
    const fields = { kind: 'purchase-orders', customer: customer.documentId };
    const cases: Array<[Buffer, Record<string, string>, string, number, string]> = [
      [Buffer.alloc(0), fields, 'empty.xlsx', 400, 'file-empty'],
      [good.subarray(0, Math.floor(good.length / 2)), fields, 'cut.xlsx', 400, 'file-corrupt'],
      [
        Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
        fields,
        'locked.xlsx',
        415,
        'file-protected-or-xls',
      ],
      [Buffer.from('%PDF-1.7\n'), fields, 'po.pdf', 415, 'file-type'],
      [good, { ...fields, kind: 'invoices' }, 'po.xlsx', 400, 'import-kind'],
      [
        good,
        { ...fields, mapping: '{"layout":"grid","header":{"poNumber":{"cell":"ZZZZ1"}}}' },
        'po.xlsx',
        400,
        'mapping-shape',
      ],
      [good, { ...fields, mapping: 'not json' }, 'po.xlsx', 400, 'mapping-json'],
    ];
    for (const [bytes, f, name, status, rule] of cases) {
      const res = await upload(bytes, f, name);
      expect([name, res.status, errorRules(res.body)]).toEqual([name, status, [rule]]);
      expect(res.body.error.details.errors[0].messageZh).toBeTruthy();
    }
    const noCustomer = await upload(good, { kind: 'purchase-orders', customer: 'nope' });
    expect(noCustomer.status).toBe(400);
    expect(errorPaths(noCustomer.body)).toEqual(['customer']);
    expect(await app.strapi.db.query(IMPORT).count({})).toBe(before);
    expect((await http(app).get('/api/imports/unknown')).status).toBe(404);
    expect((await commit('unknown')).status).toBe(404);
  });

  it('is closed to callers without the permission', async () => {
    const { customer } = await buyer();
    const res = await upload(
      Buffer.from('a,b'),
      { kind: 'purchase-orders', customer: customer.documentId },
      'x.csv',
      null
    );
    expect(res.status).toBe(403);
    expect((await http(app, null).get('/api/imports')).status).toBe(403);
    expect((await http(app, null).get('/api/import-mappings')).status).toBe(403);
  });
});
