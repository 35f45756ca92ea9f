import ExcelJS from 'exceljs';
import request from 'supertest';
import { makeOrder } from '../helpers/fixtures';
import { errorRules, http } from '../helpers/http';
import { makeLine } from '../helpers/production';
import { startApp, type TestApp } from '../helpers/strapi';
import { day } from '../helpers/workflow';
import { workbookOf } from './workbooks';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.stop();
});

function upload(file: Buffer, fields: Record<string, string>, name: string) {
  let req = request(app.strapi.server.httpServer).post('/api/imports').set('Authorization', `Bearer ${app.token}`);
  for (const [key, value] of Object.entries(fields)) req = req.field(key, value);
  return req.attach('file', file, name);
}
const commit = (documentId: string, body: Record<string, unknown> = {}) =>
  http(app).post(`/api/imports/${documentId}/commit`, body);

/** An order of Navy S 40 / M 84 / L 80 (204 pieces), or of `lines`, with a 5 % over-tolerance of its own. */
async function orderOf(
  lines = [
    { colour: 'Navy', size: 'S', quantity: 40 },
    { colour: 'Navy', size: 'M', quantity: 84 },
    { colour: 'Navy', size: 'L', quantity: 80 },
  ]
) {
  const { order, customer } = await makeOrder(app, { orderDate: day(-30), toleranceUnderPct: 5, toleranceOverPct: 5 });
  const res = await http(app).put(`/api/orders/${order.documentId}/lines`, { data: lines });
  expect(res.status).toBe(200);
  return { order: order as unknown as { id: number; documentId: string; poNumber: string }, customer };
}

const reportsOf = (orderId: number) =>
  app.strapi.db.query('api::production-report.production-report').findMany({
    where: { order: { id: orderId } },
    select: ['documentId', 'date', 'operation', 'goodQty', 'defectQty', 'workers', 'title', 'corrections'],
    populate: { line: { select: ['documentId'] } },
    orderBy: { operation: 'asc' },
  }) as Promise<
    Array<{
      documentId: string;
      date: string;
      operation: string;
      goodQty: number;
      defectQty: number;
      workers: number | null;
      title: string;
      corrections: Array<{ reason: string; before: Record<string, number>; after: Record<string, number> }> | null;
      line: { documentId: string } | null;
    }>
  >;

/** A line supervisor's day: date and line above, a row per PO and operation, a totals row. */
const dailySheet = (date: string, line: string, rows: unknown[][]) => ({
  [date]: [
    ['生产日报 Daily output'],
    ['Date:', date, null, 'Line', line],
    [],
    ['PO No.', '工序', 'Good', 'Defects', 'Workers'],
    ...rows,
    ['Total'],
  ],
});

describe('daily output from a line supervisor’s sheet', () => {
  it('names the cells the rules refuse, files the fixed sheet; the next needs no mapping and a changed count is a correction with its reason', async () => {
    // 1,000 ordered, 5 % over and the factory's margin of 10: at most ⌊1,000 × 1.05⌋ + 10 = 1,060 pieces an operation.
    const { order } = await orderOf([{ colour: 'Navy', size: 'M', quantity: 1000 }]);
    const line = await makeLine(app);
    const yesterday = day(-1);

    const wrong = await workbookOf(
      dailySheet(yesterday, line.name, [
        [order.poNumber, '车缝', 600, 5, 30],
        [order.poNumber, '裁剪', '1,100', 0, null],
        ['NO-SUCH-PO', 'sewing', 10, 0, null],
      ])
    );
    const refused = await upload(wrong, { kind: 'production-reports' }, 'line-daily.xlsx');
    expect(refused.status).toBe(201);
    expect(refused.body.data.status).toBe('refused');
    expect(refused.body.data.summary.mappingSource).toBe('proposed');
    expect(refused.body.data.findings.map((f: { cell: string; rule: string }) => [f.cell, f.rule])).toEqual([
      ['C6', 'output-over-order'],
      ['A7', 'order-unknown'],
    ]);
    expect((await commit(refused.body.data.documentId)).status).toBe(409);
    expect(await reportsOf(order.id)).toEqual([]);

    const fixed = await workbookOf(
      dailySheet(yesterday, line.name, [
        [order.poNumber, '车缝', 600, 5, 30],
        [order.poNumber, '裁剪', '1,000', 0, null],
      ])
    );
    const checked = await upload(fixed, { kind: 'production-reports' }, 'line-daily.xlsx');
    expect(checked.body.data.status).toBe('checked');
    expect(checked.body.data.summary.reports).toMatchObject({
      create: 2,
      corrections: 0,
      pieces: { sewing: 600, cutting: 1000 },
      dates: { from: yesterday, to: yesterday },
    });
    const done = await commit(checked.body.data.documentId);
    expect(done.status).toBe(200);
    expect(done.body.data.result.reports).toEqual({ created: 2, corrected: 0, unchanged: 0 });
    const filed = await reportsOf(order.id);
    expect(filed.map((r) => [r.operation, r.date, r.goodQty, r.defectQty, r.workers, r.line?.documentId])).toEqual([
      ['cutting', yesterday, 1000, 0, null, line.documentId],
      ['sewing', yesterday, 600, 5, 30, line.documentId],
    ]);
    expect(filed[1].title).toContain(order.poNumber);
    expect(filed[1].documentId).toHaveLength(24);
    // The daily output sheet sees them as it sees reports typed in.
    const sheet = await http(app).get(`/api/production-reports/daily?date=${yesterday}`);
    const mine = sheet.body.data.filter((r: { line: { name: string } }) => r.line.name === line.name);
    expect(
      mine.map((r: { operation: string; goodQty: number; defectQty: number }) => [r.operation, r.goodQty, r.defectQty])
    ).toEqual([
      ['cutting', 1000, 0],
      ['sewing', 600, 5],
    ]);
    // A REST write of the same key meets the guard (one report per key).
    const twin = await http(app).post('/api/production-reports', {
      data: { order: order.documentId, line: line.documentId, date: yesterday, operation: 'sewing', goodQty: 1 },
    });
    expect(twin.status).toBe(409);

    // The next day's sheet: the saved mapping; sewing corrected 600 → 650, cutting as filed.
    const again = await workbookOf(
      dailySheet(yesterday, line.name, [
        [order.poNumber, '车缝', 650, 5, 30],
        [order.poNumber, '裁剪', 1000, 0, null],
      ])
    );
    const correction = await upload(again, { kind: 'production-reports' }, 'line-daily-corrected.xlsx');
    expect(correction.body.data.summary.mappingSource).toBe('saved');
    expect(correction.body.data.summary.reports).toMatchObject({ create: 0, corrections: 1, unchanged: 1 });
    expect(correction.body.data.summary.reports.preview[0]).toMatchObject({
      action: 'correct',
      goodQty: 650,
      before: { goodQty: 600 },
    });
    const noReason = await commit(correction.body.data.documentId);
    expect(noReason.status).toBe(400);
    expect(errorRules(noReason.body)).toEqual(['correction-reason']);
    expect((await reportsOf(order.id))[1].goodQty).toBe(600);

    const withReason = await commit(correction.body.data.documentId, { reason: 'line 3 recount' });
    expect(withReason.status).toBe(200);
    expect(withReason.body.data.result.reports).toEqual({ created: 0, corrected: 1, unchanged: 1 });
    const sewing = (await reportsOf(order.id))[1];
    expect(sewing.goodQty).toBe(650);
    expect(sewing.corrections).toEqual([
      expect.objectContaining({ reason: 'line 3 recount', before: { goodQty: 600 }, after: { goodQty: 650 } }),
    ]);
  });

  it('reads a wide sheet (a column per operation) and refuses a day in the future, writing nothing', async () => {
    const { order } = await orderOf([{ colour: 'Navy', size: 'M', quantity: 500 }]);
    const line = await makeLine(app);
    const wide = await workbookOf({
      Output: [
        ['Date', 'Line', 'PO No.', 'Cutting', 'Sewing', 'Packing'],
        [day(-2), line.name, order.poNumber, 300, 120, null],
        [day(2), line.name, order.poNumber, null, 80, null],
      ],
    });
    const refused = await upload(wide, { kind: 'production-reports' }, 'wide.xlsx');
    expect(refused.body.data.findings).toEqual([expect.objectContaining({ cell: 'A3', rule: 'date-in-future' })]);
    expect(await reportsOf(order.id)).toEqual([]);
    // A mapping that is not one is refused by the kind's own schema, naming the field; the import keeps its own.
    const bad = await http(app).post(`/api/imports/${refused.body.data.documentId}/check`, {
      data: { mapping: { headerRow: 0, columns: { goodQty: 'C7' } } },
    });
    expect(bad.status).toBe(400);
    expect(errorRules(bad.body)).toEqual(['mapping-shape', 'mapping-shape']);
    expect(bad.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.')).sort()).toEqual([
      'mapping.columns.goodQty',
      'mapping.headerRow',
    ]);
    const kept = await http(app).get(`/api/imports/${refused.body.data.documentId}`);
    expect(kept.body.data.mapping).toEqual(refused.body.data.mapping);
  });
});

/** The warehouse's final list: the PO above, carton ranges, sizes across, weights per carton and the carton size. */
const warehouseList = (po: string, rows: unknown[][]) => ({
  'Packing list': [
    ['PACKING LIST 装箱单'],
    [`PO No.: ${po}`],
    [],
    ['Ctn No.', 'Colour', 'S', 'M', 'L', 'Pcs/Ctn', 'Ctns', 'N.W.', 'G.W.', 'Meas. (cm)'],
    ...rows,
  ],
});

describe('the final packing list from the warehouse', () => {
  it('checks the cartons against the order, writes the final list through its guard; a second list replaces it only with a reason', async () => {
    const { order, customer } = await orderOf();
    const list = await workbookOf(
      warehouseList(order.poNumber, [
        ['1-10', 'Navy', 4, 8, 8, 20, 10, 8.5, 9.5, '60x40x30'],
        ['11-12', 'Navy', 2, 4, null, 6, 2, 3, 4, '60x40x20'],
        ['Total', null, 44, 88, 80, 212, 12],
      ])
    );
    const checked = await upload(list, { kind: 'packing-lists', customer: customer.documentId }, 'final-pl.xlsx');
    expect(checked.status).toBe(201);
    expect(checked.body.data.findings).toEqual([]);
    // By hand: 10 × 0.072 + 2 × 0.048 = 0.816 m³; net 10 × 8.5 + 2 × 3 = 91 kg; gross 10 × 9.5 + 2 × 4 = 103 kg.
    expect(checked.body.data.summary.packing.lists[0]).toMatchObject({
      action: 'create',
      poNumber: order.poNumber,
      totals: { cartons: 12, pieces: 212, cbm: 0.816, netKg: 91, grossKg: 103 },
    });
    const done = await commit(checked.body.data.documentId);
    expect(done.status).toBe(200);
    expect(done.body.data.result.packingLists).toEqual([
      expect.objectContaining({ poNumber: order.poNumber, action: 'created', cartons: 12, pieces: 212 }),
    ]);
    const stored = (await app.strapi.db.query('api::packing-list.packing-list').findMany({
      where: { order: { id: order.id }, kind: 'final' },
      populate: { cartons: true },
    })) as Array<{
      documentId: string;
      totalCartons: number;
      totalPieces: number;
      totalCbm: string | number;
      cartons: unknown[];
      quantities: Record<string, Record<string, number>>;
    }>;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ totalCartons: 12, totalPieces: 212 });
    expect(Number(stored[0].totalCbm)).toBe(0.816);
    expect(stored[0].cartons).toHaveLength(2);
    expect(stored[0].quantities).toEqual({ Navy: { S: 44, M: 88, L: 80 } });

    // The warehouse re-sends it with the 11–12 cartons repacked: a replacement of an issued list needs a reason.
    const resent = await workbookOf(
      warehouseList(order.poNumber, [
        ['1-10', 'Navy', 4, 8, 8, 20, 10, 8.5, 9.5, '60x40x30'],
        ['11', 'Navy', null, 4, null, 4, 1, 2, 3, '60x40x20'],
      ])
    );
    const replacing = await upload(
      resent,
      { kind: 'packing-lists', customer: customer.documentId },
      'final-pl-v2.xlsx'
    );
    expect(replacing.body.data.summary.packing.lists[0]).toMatchObject({
      action: 'replace',
      replaces: stored[0].documentId,
    });
    const noReason = await commit(replacing.body.data.documentId);
    expect(noReason.status).toBe(400);
    expect(errorRules(noReason.body)).toEqual(['replacement-reason']);
    const replaced = await commit(replacing.body.data.documentId, { reason: 'warehouse repacked cartons 11–12' });
    expect(replaced.status).toBe(200);
    const after = (await app.strapi.db.query('api::packing-list.packing-list').findMany({
      where: { order: { id: order.id }, kind: 'final' },
    })) as Array<{ documentId: string; totalPieces: number; totalCartons: number }>;
    // 10 × 20 + 1 × 4 = 204 pieces in 11 cartons, the same list.
    expect(after).toEqual([
      expect.objectContaining({ documentId: stored[0].documentId, totalPieces: 204, totalCartons: 11 }),
    ]);
  });

  it('names overlapping cartons and a colour the order lacks; nothing is written', async () => {
    const { order } = await orderOf();
    const bad = await workbookOf(
      warehouseList(order.poNumber, [
        ['1-10', 'Navy', 4, 8, 8, 20, 10, 8.5, 9.5, '60x40x30'],
        ['10-12', 'Red', 2, 4, null, 6, 3, 3, 4, '60x40x20'],
      ])
    );
    const refused = await upload(bad, { kind: 'packing-lists' }, 'bad-pl.xlsx');
    expect(refused.body.data.status).toBe('refused');
    expect(refused.body.data.findings.map((f: { cell: string; rule: string }) => [f.cell, f.rule])).toEqual([
      ['A6', 'carton-overlap'],
      ['B6', 'colour-not-on-order'],
    ]);
    const lists = await app.strapi.db.query('api::packing-list.packing-list').findMany({
      where: { order: { id: order.id } },
    });
    expect(lists).toEqual([]);
  });
});

describe("master data for a new factory's first day", () => {
  it('imports customers, suppliers, materials and styles from one workbook, kind by kind; a second upload updates what changed', async () => {
    const run = Date.now().toString(36).toUpperCase();
    const book = {
      Customers: [
        ['Code', 'Name', 'Market', 'Channel', 'Short %', 'Over %', 'Contact', 'E-mail'],
        [`NW${run}`, 'Northwind Apparel', 'ca', '线上', 3, 5, 'Jane Roe', 'jane@northwind.example'],
        [`HB${run}`, 'Hanse Bekleidung', 'DE', 'regular', null, null, null, null],
      ],
      Suppliers: [
        ['Code', 'Name', 'Supplies', 'Lead time'],
        [`JT${run}`, `Jintan Textile ${run}`, '面料, wash', 21],
      ],
      Materials: [
        ['Code', 'Name', 'Kind', 'Unit', 'Width (cm)', 'Supplier'],
        [`F${run}`, 'Cotton twill 240 g', '面料', '米', 150, `JT${run}`],
      ],
      Styles: [
        ['款号', '客户', '尺码', 'Description'],
        [`SKJ-${run}`, `NW${run}`, 'XS/S/M/L/XL', 'Softshell jacket'],
      ],
    };
    const file = await workbookOf(book);
    for (const kind of ['customers', 'suppliers', 'materials', 'styles']) {
      const checked = await upload(file, { kind }, 'first-day.xlsx');
      expect(checked.status).toBe(201);
      expect([kind, checked.body.data.findings]).toEqual([kind, []]);
      const done = await commit(checked.body.data.documentId);
      expect(done.status).toBe(200);
    }
    const customer = (await app.strapi.db.query('api::customer.customer').findOne({
      where: { code: `NW${run}` },
      populate: { contacts: true },
    })) as {
      documentId: string;
      market: string;
      channel: string;
      toleranceOverPct: string | number;
      contacts: Array<{ name: string; email: string }>;
    };
    expect(customer).toMatchObject({
      market: 'CA',
      channel: 'online',
      contacts: [{ name: 'Jane Roe', email: 'jane@northwind.example' }],
    });
    expect(Number(customer.toleranceOverPct)).toBe(5);
    const supplier = (await app.strapi.db.query('api::supplier.supplier').findOne({
      where: { code: `JT${run}` },
      populate: { kinds: true },
    })) as { id: number; leadTimeDays: number; kinds: Array<{ kind: string }> };
    expect(supplier.kinds.map((k) => k.kind)).toEqual(['fabric', 'wash']);
    const material = (await app.strapi.db.query('api::material.material').findOne({
      where: { code: `F${run}` },
      populate: { defaultSupplier: { select: ['id'] } },
    })) as { kind: string; unit: string; widthCm: string | number; defaultSupplier: { id: number } };
    expect(material).toMatchObject({ kind: 'fabric', unit: 'm', defaultSupplier: { id: supplier.id } });
    const style = (await app.strapi.db.query('api::style.style').findOne({
      where: { styleNo: `SKJ-${run}` },
      populate: { customer: { select: ['documentId'] }, sizeScale: { populate: { sizes: true } } },
    })) as { customer: { documentId: string }; sizeScale: { sizes: Array<{ code: string }> } };
    expect(style.customer.documentId).toBe(customer.documentId);
    expect(style.sizeScale.sizes.map((s) => s.code)).toEqual(['XS', 'S', 'M', 'L', 'XL']);

    // The customers' sheet again, Hanse now on 2 % / 2 %: one update, one unchanged, the saved mapping.
    const again = await workbookOf({
      Customers: [book.Customers[0], book.Customers[1], [`HB${run}`, 'Hanse Bekleidung', 'DE', 'regular', 2, 2]],
    });
    const second = await upload(again, { kind: 'customers' }, 'customers-v2.xlsx');
    expect(second.body.data.summary.mappingSource).toBe('saved');
    expect(second.body.data.summary.records).toMatchObject({ create: 0, update: 1, unchanged: 1 });
    expect(second.body.data.summary.records.preview[0].changes).toEqual([
      { field: 'toleranceUnderPct', before: null, after: 2 },
      { field: 'toleranceOverPct', before: null, after: 2 },
    ]);
    expect((await commit(second.body.data.documentId)).body.data.result.records).toEqual({
      created: 0,
      updated: 1,
      unchanged: 1,
    });
    const hanse = (await app.strapi.db.query('api::customer.customer').findOne({ where: { code: `HB${run}` } })) as {
      toleranceUnderPct: string | number;
    };
    expect(Number(hanse.toleranceUnderPct)).toBe(2);
  });
});

/** GET a template as bytes. */
async function template(query: string) {
  const res = await request(app.strapi.server.httpServer)
    .get(`/api/imports/template.xlsx?${query}`)
    .set('Authorization', `Bearer ${app.token}`)
    .buffer(true)
    .parse((stream, done) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => done(null, Buffer.concat(chunks)));
    });
  expect(res.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.body as never);
  return { book, disposition: String(res.headers['content-disposition']) };
}

describe('templates of the factory’s own sheets', () => {
  it('daily output: lines and operations to choose from; filled in, it imports without a mapping', async () => {
    const { order } = await orderOf([{ colour: 'Navy', size: 'M', quantity: 800 }]);
    const line = await makeLine(app);
    const { book, disposition } = await template('kind=production-reports');
    expect(disposition).toBe('attachment; filename="gendan_daily-output-template.xlsx"');
    const sheet = book.getWorksheet('Daily output')!;
    const lists = book.getWorksheet('Lists')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Date',
      'Line',
      'PO No.',
      'Operation',
      'Good',
      'Defects',
      'Workers',
      'Correction reason',
    ]);
    const lineNames = (lists.getColumn(1).values as unknown[]).slice(2);
    expect(lineNames).toContain(line.name);
    expect(sheet.getCell('D2').dataValidation).toMatchObject({ type: 'list', formulae: ['Lists!$C$2:$C$6'] });
    expect(sheet.getCell('E2').dataValidation).toMatchObject({ type: 'whole' });
    sheet.getRow(2).values = [new Date(`${day(-1)}T00:00:00Z`), line.name, order.poNumber, 'Sewing', 120, 2, 28];
    const checked = await upload(
      Buffer.from(await book.xlsx.writeBuffer()),
      { kind: 'production-reports' },
      'daily.xlsx'
    );
    expect(checked.body.data).toMatchObject({
      status: 'checked',
      findings: [],
      summary: { mappingSource: 'proposed' },
    });
    expect((await commit(checked.body.data.documentId)).status).toBe(200);
    expect((await reportsOf(order.id)).map((r) => [r.operation, r.goodQty, r.defectQty, r.workers])).toEqual([
      ['sewing', 120, 2, 28],
    ]);
  });

  it("packing list: the order's PO and sizes; filled in, it imports without a mapping", async () => {
    const { order } = await orderOf();
    const { book } = await template(`kind=packing-lists&order=${order.documentId}`);
    const sheet = book.getWorksheet('Packing list')!;
    expect(sheet.getCell('B2').value).toBe(order.poNumber);
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual([
      'Ctn No.',
      'Colour',
      'S',
      'M',
      'L',
      'Pcs/Ctn',
      'N.W.',
      'G.W.',
      'Meas. (cm)',
    ]);
    sheet.getRow(5).values = ['1-10', 'Navy', 4, 8, 8, null, 8.5, 9.5, '60x40x30'];
    const checked = await upload(Buffer.from(await book.xlsx.writeBuffer()), { kind: 'packing-lists' }, 'pl.xlsx');
    expect(checked.body.data.findings).toEqual([]);
    // 10 cartons × (4 + 8 + 8) = 200 pieces.
    expect(checked.body.data.summary.packing.lists[0].totals).toMatchObject({ cartons: 10, pieces: 200 });
  });

  it('styles: the customers to choose from; filled in, it imports without a mapping', async () => {
    const { customer } = await orderOf();
    const { book } = await template('kind=styles');
    const sheet = book.getWorksheet('Styles')!;
    expect((book.getWorksheet('Lists')!.getColumn(1).values as unknown[]).slice(2)).toContain(customer.code);
    sheet.getRow(2).values = [`TPL-${customer.id}`, customer.code as string, 'S/M/L', 'Polo'];
    const checked = await upload(Buffer.from(await book.xlsx.writeBuffer()), { kind: 'styles' }, 'styles.xlsx');
    expect(checked.body.data.findings).toEqual([]);
    expect(checked.body.data.summary.records).toMatchObject({ create: 1 });
  });
});

describe('a large daily sheet', () => {
  it('is filed in the background at once (new reports in bulk) and each report links its order and line', async () => {
    const { order } = await orderOf([{ colour: 'Navy', size: 'M', quantity: 100_000 }]);
    const lines = [await makeLine(app), await makeLine(app), await makeLine(app)];
    // 3 lines × 25 days × 4 operations = 300 reports.
    const rows: unknown[][] = [['Date', 'Line', 'PO No.', 'Cutting', 'Sewing', 'Finishing', 'Packing']];
    for (let d = 1; d <= 25; d += 1)
      for (const line of lines) rows.push([day(-d), line.name, order.poNumber, 110, 100 + d, 90, 80]);
    process.env.IMPORT_BACKGROUND_LINES = '100';
    try {
      const checked = await upload(await workbookOf({ Output: rows }), { kind: 'production-reports' }, 'month.xlsx');
      expect(checked.body.data.summary.reports).toMatchObject({ create: 300 });
      const accepted = await commit(checked.body.data.documentId);
      expect(accepted.status).toBe(202);
      let view = accepted.body.data;
      for (let i = 0; i < 100 && view.status !== 'committed'; i += 1)
        view = (await http(app).get(`/api/imports/${checked.body.data.documentId}`)).body.data;
      expect(view.status).toBe('committed');
      expect(view.result.reports).toEqual({ created: 300, corrected: 0, unchanged: 0 });
    } finally {
      delete process.env.IMPORT_BACKGROUND_LINES;
    }
    const filed = await reportsOf(order.id);
    expect(filed).toHaveLength(300);
    // Sewing: Σ over 25 days of (100 + d) × 3 lines = 3 × (2,500 + 325) = 8,475 pieces.
    expect(filed.filter((r) => r.operation === 'sewing').reduce((sum, r) => sum + r.goodQty, 0)).toBe(8475);
    expect(new Set(filed.map((r) => r.line?.documentId))).toEqual(new Set(lines.map((l) => l.documentId)));
    const progress = await http(app).get(`/api/orders/${order.documentId}/progress`);
    expect(progress.status).toBe(200);
    // 75 reports an operation (25 days × 3 lines): cutting 75 × 110, finishing 75 × 90, packing 75 × 80.
    expect(progress.body.data.byOperation).toEqual({
      cutting: 8250,
      sewing: 8475,
      finishing: 6750,
      washing: 0,
      packing: 6000,
    });
  });
});
