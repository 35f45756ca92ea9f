import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { hasValidCheckDigit } from '../../src/modules/documents/domain/gs1';
import { makeOrder } from '../helpers/fixtures';
import { http } from '../helpers/http';
import { makeBomLine, makeMaterial, makePurchaseOrder, makeSupplier } from '../helpers/materials';
import { pdfText } from '../helpers/pdf-text';
import { makePortalUser } from '../helpers/portal';
import { cartonRows, readyToShip } from '../helpers/shipping';
import { startApp, type TestApp } from '../helpers/strapi';
import { advance, makeReadyOrder } from '../helpers/workflow';

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
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A download as bytes, with the token given (the API token by default, a portal JWT, or none). */
const download = (url: string, token: string | null = app.token) => {
  const req = request(app.strapi.server.httpServer).get(url);
  if (token) req.set('Authorization', `Bearer ${token}`);
  return req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
};
const doc = (orderId: string, file: string, query = '', token?: string | null) =>
  download(`/api/orders/${orderId}/documents/${file}${query}`, token);

async function order(customer: Record<string, unknown> = {}, data: Record<string, unknown> = {}) {
  const made = await makeOrder(app, { fobPrice: 6.5, ...data }, customer);
  const lines = await http(app).put(`/api/orders/${made.order.documentId}/lines`, { data: lines1000 });
  expect(lines.status).toBe(200);
  return made;
}

type DocumentRow = {
  id: number;
  version: number;
  status: string;
  prints: { files: Record<string, { fileId: number; sha256: string }> } | null;
};
const versions = async (orderId: number, kind: string) =>
  (await app.strapi.db.query('api::order-document.order-document').findMany({
    where: { order: { id: orderId }, kind },
    select: ['id', 'version', 'status', 'prints'],
    orderBy: { version: 'asc' },
  })) as DocumentRow[];
const uploads = () => app.strapi.db.query('plugin::upload.file').count({});

describe('tracked documents print their versions, kept in the media library', () => {
  it('prints the notice as a draft before it is issued, then v1 from the stage that issues it, kept with its SHA-256', async () => {
    const { order: o } = await makeReadyOrder(app);
    const draft = await doc(o.documentId, 'production-notice.pdf');
    expect(draft.status).toBe(200);
    expect(draft.headers['content-disposition']).toBe(
      `attachment; filename="${String(o.poNumber)}_production-notice_draft.pdf"`
    );
    expect(pdfText(draft.body as Buffer)).toContain('草稿 · 未下达 DRAFT · not issued');
    expect(await versions(o.id, 'production-notice')).toEqual([]);

    await advance(app, o.documentId);
    const [issued] = await versions(o.id, 'production-notice');
    expect(issued).toMatchObject({ version: 1, status: 'current' });
    const before = await uploads();
    const v1 = await doc(o.documentId, 'production-notice.pdf');
    expect(v1.status).toBe(200);
    expect(v1.headers['content-disposition']).toBe(
      `attachment; filename="${String(o.poNumber)}_production-notice_v1.pdf"`
    );
    const text = pdfText(v1.body as Buffer);
    expect(text).toContain('生产通知单 Production notice');
    expect(text).toContain(String(o.poNumber));
    // 100 S + 200 M = 300 pieces (makeReadyOrder's lines).
    expect(text).toMatch(/合计 Total\s+100\s+200\s+300/);
    expect(text).not.toContain('DRAFT');

    const [kept] = await versions(o.id, 'production-notice');
    const print = kept.prints!.files['production-notice.pdf|bilingual|current'];
    expect(print.sha256).toBe(sha256(v1.body as Buffer));
    const file = (await app.strapi.db.query('plugin::upload.file').findOne({ where: { id: print.fileId } })) as {
      name: string;
      mime: string;
      caption: string;
    };
    expect(file).toMatchObject({
      name: `${String(o.poNumber)}_production-notice_v1.pdf`,
      mime: 'application/pdf',
      caption: `sha256:${print.sha256}`,
    });
    expect(await uploads()).toBe(before + 1);

    const again = await doc(o.documentId, 'production-notice.pdf');
    expect((again.body as Buffer).equals(v1.body as Buffer)).toBe(true);
    expect(await uploads()).toBe(before + 1);
  });

  it('prints a superseded packing list from what it froze, watermarked with the version that replaces it', async () => {
    const { order: o } = await order({ market: 'US' });
    expect(
      (
        await http(app).post('/api/packing-lists', {
          data: { order: o.documentId, kind: 'final', cartons: cartonRows(lines1000) },
        })
      ).status
    ).toBe(201);
    const v1 = await doc(o.documentId, 'packing-list-final.pdf');
    expect(pdfText(v1.body as Buffer)).toMatch(/合计 Total\s+3\s+250\s+500\s+250\s+1,000/);

    // The warehouse re-packs: one more carton of 20 S. Saving the list issues v2 and supersedes v1.
    const list = (await app.strapi.db
      .query('api::packing-list.packing-list')
      .findOne({ where: { order: { id: o.id }, kind: 'final' } })) as { documentId: string };
    const repacked = [
      ...cartonRows(lines1000),
      { ...cartonRows(lines1000)[0], fromCarton: 4, toCarton: 4, sizes: { S: 20 } },
    ];
    expect((await http(app).put(`/api/packing-lists/${list.documentId}`, { data: { cartons: repacked } })).status).toBe(
      200
    );
    expect((await versions(o.id, 'final-packing-list')).map((v) => [v.version, v.status])).toEqual([
      [1, 'superseded'],
      [2, 'current'],
    ]);

    const old = await doc(o.documentId, 'packing-list-final.pdf', '?version=1');
    expect(old.status).toBe(200);
    expect(old.headers['content-disposition']).toContain('_packing-list-final_v1.pdf');
    const oldText = pdfText(old.body as Buffer);
    expect(oldText).toContain('已作废 · 以 v2 为准 SUPERSEDED · see v2');
    expect(oldText).toMatch(/合计 Total\s+3\s+250\s+500\s+250\s+1,000/);
    expect(
      ((await doc(o.documentId, 'packing-list-final.pdf', '?version=1')).body as Buffer).equals(old.body as Buffer)
    ).toBe(true);

    const current = pdfText((await doc(o.documentId, 'packing-list-final.pdf')).body as Buffer);
    expect(current).toMatch(/合计 Total\s+4\s+270\s+500\s+250\s+1,020/);
    expect(current).not.toContain('SUPERSEDED');

    // v3 issued and replaced before anyone printed it: its content was never kept.
    expect(
      (await http(app).put(`/api/packing-lists/${list.documentId}`, { data: { cartons: cartonRows(lines1000) } }))
        .status
    ).toBe(200);
    expect((await http(app).put(`/api/packing-lists/${list.documentId}`, { data: { cartons: repacked } })).status).toBe(
      200
    );
    const lost = await doc(o.documentId, 'packing-list-final.pdf', '?version=3');
    expect(lost.status).toBe(409);
    expect(JSON.parse((lost.body as Buffer).toString()).error.details).toMatchObject({
      rule: 'document-version-not-printed',
      version: 3,
      latest: 4,
    });
    expect((await doc(o.documentId, 'packing-list-final.pdf', '?version=9')).status).toBe(404);
  });

  it('lists each document with its versions', async () => {
    const { order: o } = await order({ market: 'US' });
    await http(app).post('/api/packing-lists', {
      data: { order: o.documentId, kind: 'final', cartons: cartonRows(lines1000) },
    });
    const res = await http(app).get(`/api/orders/${o.documentId}/documents`);
    expect(res.status).toBe(200);
    const byName = Object.fromEntries((res.body.data as Array<{ name: string }>).map((entry) => [entry.name, entry]));
    expect(Object.keys(byName)).toEqual([
      'production-notice',
      'production-permit',
      'material-slips',
      'packing-list-simulated',
      'packing-list-final',
      'shipping-marks',
      'shipping-marks-a4',
      'commercial-invoice',
      'inspection-report',
      'reconciliation',
    ]);
    expect(byName['packing-list-final']).toMatchObject({
      files: ['packing-list-final.pdf', 'packing-list-final.xlsx'],
      versions: [{ version: 1, status: 'current' }],
    });
    expect(res.body.meta).toEqual({ language: 'bilingual' });
  });
});

describe('shipping marks', () => {
  afterAll(async () => {
    const setting = await http(app).get('/api/shipping-setting');
    if (setting.status === 200) await http(app).put('/api/shipping-setting', { data: { gs1CompanyPrefix: null } });
  });

  it('print one SSCC per carton from the GS1 prefix, reserved once per version: 4×6 and A4 carry the same numbers', async () => {
    const set = await http(app).put('/api/shipping-setting', {
      data: { gs1CompanyPrefix: '0614141', ssccExtensionDigit: 0, ssccNextSerial: 123456789 },
    });
    expect(set.status).toBe(200);
    const { order: o } = await order({ market: 'US' });
    await http(app).post('/api/packing-lists', {
      data: { order: o.documentId, kind: 'final', cartons: cartonRows(lines1000) },
    });
    const labels = await doc(o.documentId, 'shipping-marks.pdf');
    expect(labels.status).toBe(200);
    const text = pdfText(labels.body as Buffer);
    // GS1's SSCC example 0 0614141 123456789 → check digit 0; the next serials → 6 and 3 (sums 114 and 117 worked by hand).
    const ssccs = [...text.matchAll(/SSCC\s+(\d{18})/g)].map((match) => match[1]);
    expect(ssccs).toEqual(['006141411234567890', '006141411234567906', '006141411234567913']);
    for (const key of ssccs) expect(hasValidCheckDigit(key)).toBe(true);
    expect(text).toContain('3 of 3');
    const setting = (await app.strapi.db.query('api::shipping-setting.shipping-setting').findOne({})) as {
      ssccNextSerial: number;
    };
    expect(setting.ssccNextSerial).toBe(123456792);

    const sheet = pdfText((await doc(o.documentId, 'shipping-marks-a4.pdf')).body as Buffer);
    expect([...sheet.matchAll(/SSCC\s+(\d{18})/g)].map((match) => match[1])).toEqual(ssccs);
    expect(((await doc(o.documentId, 'shipping-marks.pdf')).body as Buffer).equals(labels.body as Buffer)).toBe(true);
    expect(
      ((await app.strapi.db.query('api::shipping-setting.shipping-setting').findOne({})) as { ssccNextSerial: number })
        .ssccNextSerial
    ).toBe(123456792);
  });

  it('fall back to a Code 128 of PO and carton number without a prefix; 409 before the final list', async () => {
    await http(app).put('/api/shipping-setting', { data: { gs1CompanyPrefix: null } });
    const { order: o } = await order({ market: 'US' });
    const missing = await doc(o.documentId, 'shipping-marks.pdf');
    expect(missing.status).toBe(409);
    await http(app).post('/api/packing-lists', {
      data: { order: o.documentId, kind: 'final', cartons: cartonRows(lines1000) },
    });
    expect(pdfText((await doc(o.documentId, 'shipping-marks.pdf')).body as Buffer)).toContain(
      `Carton ID ${String(o.poNumber)}-0002`
    );
  });
});

describe('shipped-order documents and the customer’s layout', () => {
  it('prints the invoice at the FOB price, the inspection report and the reconciliation from the facts', async () => {
    const { order: o } = await order({ market: 'US' });
    await readyToShip(app, o.documentId, lines1000);
    const invoice = pdfText((await doc(o.documentId, 'commercial-invoice.pdf')).body as Buffer);
    expect(invoice).toContain('商业发票 Commercial invoice');
    // 250 + 500 + 250 pieces × USD 6.50 = 6,500.00.
    expect(invoice).toMatch(/合计 Total\s+1,000\s+6,500\.00/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await doc(o.documentId, 'commercial-invoice.xlsx')).body as never);
    const rows = book.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[rows.length - 1].filter((cell) => cell !== undefined && cell !== null && cell !== '')).toEqual([
      '合计 Total',
      1000,
      6500,
    ]);

    const report = pdfText((await doc(o.documentId, 'inspection-report.pdf')).body as Buffer);
    expect(report).toContain('尾查报告 Final inspection report');
    expect(report).toContain('QC Wu');
    const statement = pdfText((await doc(o.documentId, 'reconciliation.pdf')).body as Buffer);
    expect(statement).toContain('完单报告 / 对账单');
    expect(statement).toMatch(/合计 Total\s+1,000\s+1,000\s+0 \(0%\)\s+6,500\.00/);
  });

  it('prints in English only for a buyer who reads English, unless asked for both', async () => {
    const { order: o } = await order({ market: 'US', documentLanguage: 'en' });
    await http(app).post('/api/packing-lists', {
      data: { order: o.documentId, kind: 'final', cartons: cartonRows(lines1000) },
    });
    expect(pdfText((await doc(o.documentId, 'packing-list-final.pdf')).body as Buffer)).not.toMatch(/[\u4e00-\u9fff]/);
    expect(
      pdfText((await doc(o.documentId, 'packing-list-final.pdf', '?language=bilingual')).body as Buffer)
    ).toContain('装箱单');
    expect((await doc(o.documentId, 'packing-list-final.pdf', '?language=fr')).status).toBe(400);
  });

  it('prints the issue slips, and 409 naming what is missing before there are any', async () => {
    const { order: o } = await order({ market: 'US' });
    const none = await doc(o.documentId, 'material-slips.pdf');
    for (const name of ['constructor.pdf', '__proto__.pdf', 'production-notice.xlsx', 'toString.pdf'])
      expect([name, (await doc(o.documentId, name)).status]).toEqual([name, 404]);
    expect(none.status).toBe(409);
    expect(JSON.parse((none.body as Buffer).toString()).error.details).toMatchObject({ missing: ['a material issue'] });
  });
});

describe('portals download their own documents', () => {
  it('a customer gets its final packing list and invoice, never the internal ones nor another buyer’s', async () => {
    const { order: own, customer } = await order({ market: 'US' });
    const { order: foreign } = await order({ market: 'US' });
    for (const o of [own, foreign])
      await http(app).post('/api/packing-lists', {
        data: { order: o.documentId, kind: 'final', cartons: cartonRows(lines1000) },
      });
    const jwt = await makePortalUser(
      app,
      'customer',
      String(customer.code),
      `buyer-${String(customer.code).toLowerCase()}`
    );
    const mine = await doc(own.documentId, 'packing-list-final.pdf', '', jwt);
    expect(mine.status).toBe(200);
    expect(pdfText(mine.body as Buffer)).toContain(String(own.poNumber));
    expect((await doc(own.documentId, 'commercial-invoice.pdf', '', jwt)).status).toBe(200);
    expect((await doc(own.documentId, 'production-notice.pdf', '', jwt)).status).toBe(404);
    expect((await doc(own.documentId, 'packing-list-simulated.pdf', '', jwt)).status).toBe(404);
    expect((await doc(own.documentId, 'shipping-marks.pdf', '', jwt)).status).toBe(404);
    const theirs = await doc(foreign.documentId, 'packing-list-final.pdf', '', jwt);
    expect(theirs.status).toBe(404);
    expect((theirs.body as Buffer).toString()).not.toContain(String(foreign.poNumber));
    const listed = await http(app, jwt).get(`/api/orders/${own.documentId}/documents`);
    expect(listed.status).toBe(200);
    expect((listed.body.data as Array<{ name: string }>).map((entry) => entry.name)).toEqual([
      'packing-list-final',
      'commercial-invoice',
      'inspection-report',
      'reconciliation',
    ]);
    expect((await http(app, jwt).get(`/api/orders/${foreign.documentId}/documents`)).status).toBe(404);
  });

  it('a supplier gets its own purchase order as a PDF, another supplier’s is a 404', async () => {
    const { order: o } = await order({ market: 'US' });
    const material = await makeMaterial(app);
    await makeBomLine(app, o.documentId, material.documentId);
    const supplier = await makeSupplier(app);
    const other = await makeSupplier(app);
    const { po } = await makePurchaseOrder(app, supplier.documentId, [
      { order: o.documentId, material: material.documentId, quantity: 1236 },
    ]);
    const { po: otherPo } = await makePurchaseOrder(app, other.documentId, [
      { order: o.documentId, material: material.documentId, quantity: 10 },
    ]);
    const pdf = await download(`/api/purchase-orders/${po.documentId}/document.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="${String(po.poNumber)}_purchase-order.pdf"`);
    const text = pdfText(pdf.body as Buffer);
    expect(text).toContain('采购单 Purchase order');
    // 1,236 m × CNY 2.50 = 3,090.00.
    expect(text).toMatch(/合计 Total\s+3,090\.00/);
    const jwt = await makePortalUser(
      app,
      'supplier',
      String(supplier.code),
      `sup-${String(supplier.code).toLowerCase()}`
    );
    expect((await download(`/api/purchase-orders/${po.documentId}/document.pdf`, jwt)).status).toBe(200);
    expect((await download(`/api/purchase-orders/${otherPo.documentId}/document.pdf`, jwt)).status).toBe(404);
    expect((await doc(o.documentId, 'packing-list-final.pdf', '', jwt)).status).toBe(403);
    expect((await download(`/api/purchase-orders/${po.documentId}/document.pdf`, null)).status).toBe(403);
  });
});
