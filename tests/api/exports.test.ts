import ExcelJS from 'exceljs';
import request from 'supertest';
import { makeOrder } from '../helpers/fixtures';
import { http } from '../helpers/http';
import { adminSession, startApp, type TestApp } from '../helpers/strapi';

let app: TestApp;
let admin: string;
beforeAll(async () => {
  app = await startApp();
  admin = (await adminSession(app)).token;
});
afterAll(async () => {
  await app.stop();
});

/** A workbook answer read back with exceljs: each sheet's rows as arrays of cells (row 1 the headers). */
async function workbook(url: string, token: string = app.token) {
  const res = await request(app.strapi.server.httpServer)
    .get(url)
    .set('Authorization', `Bearer ${token}`)
    .buffer(true)
    .parse((stream, done) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => done(null, Buffer.concat(chunks)));
    });
  if (res.status !== 200)
    return { status: res.status, body: res.body as Buffer, sheets: [] as unknown[][][], headers: res.headers };
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.body as never);
  const sheets = book.worksheets.map((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  });
  return { status: res.status, body: res.body as Buffer, sheets, headers: res.headers };
}

describe('lists as Excel (?format=xlsx)', () => {
  it('exports the orders the filters match, every field of the schema, numbers and dates typed', async () => {
    const { order, customer } = await makeOrder(app, { fobPrice: 6.5, exFactoryDate: '2026-12-20' });
    await makeOrder(app);
    const { status, sheets, headers } = await workbook(
      `/api/orders?format=xlsx&filters[poNumber][$eq]=${String(order.poNumber)}`
    );
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(headers['content-disposition']).toMatch(/^attachment; filename="gendan_orders_\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const [rows] = sheets;
    expect(rows).toHaveLength(2);
    const [head, row] = rows;
    const at = (header: string) => row[head.indexOf(header)];
    expect(at('客户订单号 PO number')).toBe(order.poNumber);
    expect(at('客户 Customer')).toBe(customer.name);
    expect(at('FOB单价 FOB unit price')).toBe(6.5);
    expect(at('出厂日期/交期 Ex-factory date')).toEqual(new Date('2026-12-20T00:00:00Z'));
    // Every exported field of the schema is a column: what an administrator adds in the Content-Type Builder comes along.
    const attributes = app.strapi.contentType('api::order.order').attributes as Record<
      string,
      { type: string; relation?: string; private?: boolean }
    >;
    const exported = Object.entries(attributes).filter(
      ([, a]) =>
        !a.private &&
        !['json', 'component', 'media', 'password', 'dynamiczone', 'blocks'].includes(a.type) &&
        (a.type !== 'relation' || /^(manyToOne|oneToOne)$/.test(a.relation ?? ''))
    );
    expect(head).toHaveLength(exported.length + 1);
  });

  it('exports the size breakdown of an order and refuses a format it does not make, naming it', async () => {
    const { order } = await makeOrder(app);
    await http(app).put(`/api/orders/${order.documentId}/lines`, {
      data: [
        { colour: 'Navy', size: 'S', quantity: 120 },
        { colour: 'Navy', size: 'M', quantity: 240 },
      ],
    });
    const { sheets } = await workbook(
      `/api/order-lines?format=xlsx&filters[order][documentId][$eq]=${order.documentId}`
    );
    const [head, ...rows] = sheets[0];
    expect(rows.map((row) => row[head.indexOf('数量(件) Pieces')])).toEqual([120, 240]);
    const bad = await http(app).get('/api/orders?format=pdf');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0]).toMatchObject({ path: ['format'], rule: 'export-format' });
    const json = await http(app).get(
      `/api/order-lines?format=json&filters[order][documentId][$eq]=${order.documentId}`
    );
    expect(json.status).toBe(200);
    expect(json.body.data).toHaveLength(2);
  });

  it('exports the expediting list and the T&A overview, English only when asked', async () => {
    const expediting = await workbook('/api/purchase-orders/expediting?format=xlsx&days=14&language=en');
    expect(expediting.status).toBe(200);
    expect(expediting.sheets[0][0].slice(0, 3)).toEqual(['Flags', 'Days late', 'Purchase order']);
    const overview = await workbook('/api/time-and-action/overview?format=xlsx');
    expect(overview.status).toBe(200);
    expect(overview.sheets[0][0][0]).toBe('客户订单号 PO number');
  });
});

describe('the admin export buttons (GET /merchandiser/exports/:list.xlsx)', () => {
  it.each(['orders', 'size-breakdown', 'materials', 'expediting', 'daily-report', 'time-and-action', 'reminders'])(
    '%s downloads as a workbook with the admin session',
    async (list) => {
      const { status, sheets } = await workbook(`/merchandiser/exports/${list}.xlsx`, admin);
      expect(status).toBe(200);
      expect(sheets[0][0].length).toBeGreaterThan(3);
    }
  );

  it('filters orders like the dashboard, 404 for a list it does not export, 401 without a session', async () => {
    const { order, customer } = await makeOrder(app);
    const { sheets } = await workbook(`/merchandiser/exports/orders.xlsx?customer=${customer.documentId}`, admin);
    expect(sheets[0].slice(1).map((row) => row[sheets[0][0].indexOf('客户订单号 PO number')])).toEqual([
      order.poNumber,
    ]);
    expect((await workbook('/merchandiser/exports/payroll.xlsx', admin)).status).toBe(404);
    expect((await request(app.strapi.server.httpServer).get('/merchandiser/exports/orders.xlsx')).status).toBe(401);
  });
});
