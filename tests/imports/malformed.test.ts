import JSZip from 'jszip';
import request from 'supertest';
import { makeCustomer, makeSizeScale, makeStyle } from '../helpers/fixtures';
import { errorRules } from '../helpers/http';
import { startApp, type TestApp } from '../helpers/strapi';
import { buyerPoSheet, workbookOf } from './workbooks';

/**
 * Malformed files, fuzzed: whatever arrives is a 4xx naming the problem (or a
 * dry run that refuses it), never a 500, never an order written, and the
 * server keeps answering.
 */
let app: TestApp;
let customer: string;
let good: Buffer;
beforeAll(async () => {
  app = await startApp();
  const buyer = await makeCustomer(app, { name: 'Fuzz Buyer' });
  const scale = await makeSizeScale(app, ['S', 'M', 'L']);
  await makeStyle(app, buyer.documentId, scale.documentId, { styleNo: 'FZ-1' });
  customer = buyer.documentId;
  good = await workbookOf(buyerPoSheet('FZ-PO-1', 'FZ-1', [['Navy', 1, 2, 3, 6]]));
});
afterAll(async () => {
  await app.stop();
});

const upload = (file: Buffer, name = 'po.xlsx', contentType?: string) =>
  request(app.strapi.server.httpServer)
    .post('/api/imports')
    .set('Authorization', `Bearer ${app.token}`)
    .field('kind', 'purchase-orders')
    .field('customer', customer)
    .attach('file', file, contentType ? { filename: name, contentType } : name);
const orders = () => app.strapi.db.query('api::order.order').count({});

/** A small deterministic generator (mulberry32): the same fuzz cases on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('malformed files', () => {
  it('cut short at any length: 400 file-corrupt', async () => {
    const before = await orders();
    for (const fraction of [0.01, 0.1, 0.5, 0.9, 0.99]) {
      const res = await upload(good.subarray(0, Math.floor(good.length * fraction)));
      expect([fraction, res.status, errorRules(res.body)]).toEqual([fraction, 400, ['file-corrupt']]);
    }
    expect(await orders()).toBe(before);
  });

  it('a zip that is no workbook, random bytes, a 0-byte file: named refusals', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'not a workbook');
    const notWorkbook = await zip.generateAsync({ type: 'nodebuffer' });
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251));
    const cases: Array<[Buffer, string, number, string]> = [
      [notWorkbook, 'po.xlsx', 400, 'file-corrupt'],
      [noise, 'po.xlsx', 415, 'file-type'],
      [Buffer.alloc(0), 'po.xlsx', 400, 'file-empty'],
      [Buffer.from('PO,Style\u0000\u0000'), 'po.csv', 400, 'file-corrupt'],
    ];
    for (const [bytes, name, status, rule] of cases) {
      const res = await upload(bytes, name);
      expect([name, res.status, errorRules(res.body)]).toEqual([name, status, [rule]]);
    }
  });

  it('reads the bytes, not the declared type: a workbook sent as text/plain is read', async () => {
    const res = await upload(good, 'po.xlsx', 'text/plain');
    expect(res.status).toBe(201);
    expect(res.body.data.findings).toEqual([]);
  });

  it('a huge shared-strings table (a zip that would unpack past 100 MB) is refused before it is unpacked', async () => {
    const zip = await JSZip.loadAsync(good);
    zip.file('xl/sharedStrings.xml', 'a'.repeat(110 * 1024 * 1024), { compression: 'DEFLATE' });
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const rss = process.memoryUsage().rss;
    const res = await upload(bomb);
    expect(res.status).toBe(413);
    expect(errorRules(res.body)).toEqual(['file-too-large']);
    expect(res.body.error.details.errors[0].message).toContain('100 MB');
    // Not inflated: the process did not grow by the table's size.
    expect(process.memoryUsage().rss - rss).toBeLessThan(100 * 1024 * 1024);
  });

  it('bytes flipped anywhere in a workbook: a 4xx or a refused dry run, never a 500 or an order', async () => {
    const next = random(2112);
    const before = await orders();
    const statuses = new Set<number>();
    for (let i = 0; i < 25; i += 1) {
      const bytes = Buffer.from(good);
      for (let flips = 0; flips < 1 + Math.floor(next() * 8); flips += 1)
        bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
      const res = await upload(bytes);
      statuses.add(res.status);
      expect(res.status).toBeLessThan(500);
      expect([201, 400, 413, 415]).toContain(res.status);
    }
    expect(await orders()).toBe(before);
    // The server still answers, and still imports a good file.
    expect((await upload(good)).status).toBe(201);
    expect([...statuses].every((s) => s < 500)).toBe(true);
  });
});
