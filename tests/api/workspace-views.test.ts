import request from 'supertest';
import { ensureRecordTitles, fillMissingTitles } from '../../src/modules/workspace/titles';
import { applyContentManagerViews } from '../../src/modules/workspace/content-manager-views';
import { makeOrder } from '../helpers/fixtures';
import { makeMaterial, makePurchaseOrder, makeSupplier, receive } from '../helpers/materials';
import { makeLine, report } from '../helpers/production';
import { day } from '../helpers/workflow';
import { errorRules, http } from '../helpers/http';
import { cartonRows } from '../helpers/shipping';
import { adminSession, startApp, type TestApp } from '../helpers/strapi';

let app: TestApp;
let admin: { token: string; userId: number };
beforeAll(async () => {
  app = await startApp();
  admin = await adminSession(app);
});
afterAll(async () => {
  await app.stop();
});

const cm = (method: 'get' | 'put', url: string, body?: object) => {
  const req = request(app.strapi.server.httpServer)
    [method](`/content-manager${url}`)
    .set('Authorization', `Bearer ${admin.token}`);
  return body ? req.send(body) : req;
};
const configurationOf = async (type: string) =>
  (await cm('get', `/content-types/api::${type}.${type}/configuration`)).body.data.contentType as {
    settings: Record<string, unknown>;
    metadatas: Record<string, { edit: Record<string, unknown>; list: Record<string, unknown> }>;
    layouts: { list: string[]; edit: Array<Array<{ name: string; size: number }>> };
  };
const titleIn = async (uid: string, documentId: string) =>
  ((await app.strapi.db.query(uid as never).findOne({ where: { documentId }, select: ['title'] })) as { title: string })
    .title;

const lines = [
  { colour: 'Navy', size: 'S', quantity: 10 },
  { colour: 'Navy', size: 'M', quantity: 20 },
];

describe('every record has a human title — what pickers, lists and headings show', () => {
  it('titles a simulated packing list saved twice "PO · simulated v2" and an order line "PO · colour · size", in the response and the database', async () => {
    const { order } = await makeOrder(app, { poNumber: 'RWM-26-0931' });
    expect((await http(app).put(`/api/orders/${order.documentId}/lines`, { data: lines })).status).toBe(200);
    const first = await http(app).post('/api/packing-lists', {
      data: { order: order.documentId, kind: 'simulated', cartons: cartonRows(lines) },
    });
    // Every save issues the packing list again: the second version.
    const second = await http(app).put(`/api/packing-lists/${String(first.body.data.documentId)}`, {
      data: { notes: 'cartons re-weighed' },
    });
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(first.body.data.title).toBe('RWM-26-0931 · simulated v1');
    expect(second.body.data.title).toBe('RWM-26-0931 · simulated v2');
    expect(await titleIn('api::packing-list.packing-list', second.body.data.documentId)).toBe(
      'RWM-26-0931 · simulated v2'
    );
    const stored = (await app.strapi.db.query('api::order-line.order-line').findMany({
      where: { order: { documentId: order.documentId } },
      select: ['title'],
      orderBy: { id: 'asc' },
    })) as Array<{ title: string }>;
    expect(stored.map((line) => line.title)).toEqual(['RWM-26-0931 · Navy · S', 'RWM-26-0931 · Navy · M']);
    // The order's creation is on its history, titled with the stage's name.
    const history = (await app.strapi.db.query('api::order-history.order-history').findOne({
      where: { order: { documentId: order.documentId }, kind: 'created' },
      select: ['title', 'at'],
    })) as { title: string; at: string };
    expect(history.title).toBe(
      `RWM-26-0931 · created · PO received · ${new Date(history.at).toISOString().slice(0, 10)}`
    );
  });

  it('refuses a title typed by hand (400, nothing written) and accepts it sent back unchanged', async () => {
    const { order } = await makeOrder(app);
    await http(app).put(`/api/orders/${order.documentId}/lines`, { data: lines });
    const list = await http(app).post('/api/packing-lists', {
      data: { order: order.documentId, kind: 'simulated', cartons: cartonRows(lines) },
    });
    const id = list.body.data.documentId as string;
    const title = list.body.data.title as string;
    const typed = await http(app).put(`/api/packing-lists/${id}`, { data: { title: 'My list', notes: 'x' } });
    expect(typed.status).toBe(400);
    expect(errorRules(typed.body)).toEqual(['derived-field']);
    expect(await titleIn('api::packing-list.packing-list', id)).toBe(title);
    const stored = (await app.strapi.db
      .query('api::packing-list.packing-list')
      .findOne({ where: { documentId: id } })) as {
      notes: string | null;
    };
    expect(stored.notes).toBeNull();
    const unchanged = await http(app).put(`/api/packing-lists/${id}`, { data: { title, notes: 'checked' } });
    expect(unchanged.status).toBe(200);
    // Saved again, the list is issued again: its title names the new version.
    expect(unchanged.body.data.title).toBe(title.replace(/v1$/, 'v2'));
  });

  it("follows a corrected PO number into the order's records", async () => {
    const { order } = await makeOrder(app);
    await http(app).put(`/api/orders/${order.documentId}/lines`, { data: lines });
    const res = await cm('put', `/collection-types/api::order.order/${order.documentId}`, { poNumber: 'RWM-26-0999' });
    expect(res.status).toBe(200);
    const titles = (await app.strapi.db.query('api::order-line.order-line').findMany({
      where: { order: { documentId: order.documentId } },
      select: ['title'],
    })) as Array<{ title: string }>;
    expect(titles.map((line) => line.title).sort()).toEqual(['RWM-26-0999 · Navy · M', 'RWM-26-0999 · Navy · S']);
  });

  it('follows a renamed purchase order, material and production line into the titles that carry them', async () => {
    const { order } = await makeOrder(app, { poNumber: 'RWM-26-0950', orderDate: day(-30) });
    await http(app).put(`/api/orders/${order.documentId}/lines`, { data: lines });
    const supplier = await makeSupplier(app);
    const material = await makeMaterial(app, { code: 'FAB-OLD-1' });
    const { po, lines: poLines } = await makePurchaseOrder(
      app,
      supplier.documentId,
      [{ order: order.documentId, material: material.documentId, quantity: 100 }],
      { poNumber: 'SKJ-OLD-01' }
    );
    const receipt = await receive(app, { purchaseOrderLine: poLines[0].documentId, quantity: 50 });
    expect(receipt.status).toBe(201);
    const line = await makeLine(app, { name: 'L-OLD' });
    const filed = await report(app, { order: order.documentId, line: line.documentId, goodQty: 5 });
    expect(filed.status).toBe(201);
    const LINE = 'api::purchase-order-line.purchase-order-line';
    const RECEIPT = 'api::material-receipt.material-receipt';
    const REPORT = 'api::production-report.production-report';
    expect(await titleIn(LINE, poLines[0].documentId)).toBe('SKJ-OLD-01 · FAB-OLD-1 · RWM-26-0950');
    expect(await titleIn(RECEIPT, receipt.body.data.documentId)).toBe(`FAB-OLD-1 · SKJ-OLD-01 · ${day(0)}`);

    const renamed = await cm('put', `/collection-types/api::purchase-order.purchase-order/${po.documentId}`, {
      poNumber: 'SKJ-NEW-01',
    });
    expect(renamed.status).toBe(200);
    expect((await http(app).put(`/api/materials/${material.documentId}`, { data: { code: 'FAB-NEW-1' } })).status).toBe(
      200
    );
    expect((await http(app).put(`/api/production-lines/${line.documentId}`, { data: { name: 'L-NEW' } })).status).toBe(
      200
    );

    expect(await titleIn(LINE, poLines[0].documentId)).toBe('SKJ-NEW-01 · FAB-NEW-1 · RWM-26-0950');
    expect(await titleIn(RECEIPT, receipt.body.data.documentId)).toBe(`FAB-NEW-1 · SKJ-NEW-01 · ${day(0)}`);
    expect(await titleIn(REPORT, filed.body.data.documentId)).toBe(`L-NEW · RWM-26-0950 · ${day(0)} · sewing`);
  });

  it('gives records written without a title one at start-up', async () => {
    const { order } = await makeOrder(app, { poNumber: 'OLD-1' });
    await http(app).put(`/api/orders/${order.documentId}/lines`, { data: lines });
    const written = (await app.strapi.db.query('api::order-line.order-line').findMany({
      where: { order: { documentId: order.documentId } },
      select: ['id'],
    })) as Array<{ id: number }>;
    await app.strapi.db
      .query('api::order-line.order-line')
      .updateMany({ where: { id: { $in: written.map((line) => line.id) } }, data: { title: null } });
    // The start-up pass ran at boot: it does not scan again until the titles' version changes.
    expect(await ensureRecordTitles(app.strapi)).toBe(0);
    await app.strapi.store.set({ type: 'core', name: 'gendan', key: 'record-titles-version', value: 0 });
    expect(await ensureRecordTitles(app.strapi)).toBe(2);
    expect(await app.strapi.db.query('api::order-line.order-line').count({ where: { title: { $null: true } } })).toBe(
      0
    );
    expect(await fillMissingTitles(app.strapi)).toBe(0);
  });
});

describe('Content Manager views configured for the job', () => {
  it('shows titles as main fields, edit views in the order of the work, no derived JSON as a form field', async () => {
    const packing = await configurationOf('packing-list');
    expect(packing.settings.mainField).toBe('title');
    const fields = packing.layouts.edit.flat().map((cell) => cell.name);
    expect(fields.slice(0, 3)).toEqual(['order', 'kind', 'cartons']);
    for (const hidden of ['title', 'quantities', 'comparison', 'outsideTolerance'])
      expect(fields).not.toContain(hidden);
    expect(packing.metadatas.totalPieces.edit.editable).toBe(false);

    const order = await configurationOf('order');
    expect(order.settings.mainField).toBe('poNumber');
    expect(order.layouts.edit[0].map((cell) => cell.name)).toEqual(['poNumber', 'customer']);
    expect(order.layouts.edit.flat().map((cell) => cell.name)).not.toContain('stageDates');
    expect(order.layouts.list).toEqual([
      'poNumber',
      'customer',
      'style',
      'stage',
      'exFactoryDate',
      'totalQuantity',
      'merchandiser',
    ]);
    expect(order.settings).toMatchObject({ defaultSortBy: 'exFactoryDate', defaultSortOrder: 'ASC' });

    const receipt = await configurationOf('material-receipt');
    expect(receipt.settings.mainField).toBe('title');
    expect(receipt.layouts.list[0]).toBe('title');
    expect(receipt.settings).toMatchObject({ defaultSortBy: 'receivedAt', defaultSortOrder: 'DESC' });
  });

  it("keeps an administrator's own layout, columns and sort across restarts", async () => {
    const { settings, metadatas, layouts } = await configurationOf('booking');
    const arranged = [...layouts.edit].reverse();
    // The admin panel drops these read-only keys before it saves; so does this test.
    for (const field of Object.keys(metadatas)) delete metadatas[field].list?.mainField;
    const saved = await cm('put', '/content-types/api::booking.booking/configuration', {
      settings: { ...settings, defaultSortBy: 'bookedAt', defaultSortOrder: 'DESC' },
      metadatas,
      layouts: { ...layouts, edit: arranged, list: ['title', 'forwarder'] },
    });
    expect(saved.status).toBe(200);
    await applyContentManagerViews(app.strapi);
    const after = await configurationOf('booking');
    expect(after.layouts.edit).toEqual(arranged);
    expect(after.layouts.list).toEqual(['title', 'forwarder']);
    expect(after.settings).toMatchObject({ defaultSortBy: 'bookedAt', defaultSortOrder: 'DESC', mainField: 'title' });
  });
});

describe('refusals in the reader’s language', () => {
  it('answers a Chinese reader with the rules’ Chinese messages, the English beside them', async () => {
    const { order } = await makeOrder(app);
    const url = `/content-manager/collection-types/api::order.order/${order.documentId}`;
    const english = await request(app.strapi.server.httpServer)
      .put(url)
      .set('Authorization', `Bearer ${admin.token}`)
      .send({ exFactoryDate: '2026-01-01' });
    expect(english.status).toBe(400);
    const rule = english.body.error.details.errors[0] as { message: string; messageZh: string };
    expect(english.body.error.message).toBe(rule.message);
    expect(rule.messageZh).toMatch(/[\u4e00-\u9fff]/);

    // The browser says Chinese …
    const byBrowser = await request(app.strapi.server.httpServer)
      .put(url)
      .set('Authorization', `Bearer ${admin.token}`)
      .set('Accept-Language', 'zh-CN,zh;q=0.9,en;q=0.8')
      .send({ exFactoryDate: '2026-01-01' });
    expect(byBrowser.status).toBe(400);
    expect(byBrowser.body.error).toMatchObject({ message: rule.messageZh, messageEn: rule.message });
    expect(byBrowser.body.error.details.errors[0]).toMatchObject({
      path: ['exFactoryDate'],
      message: rule.messageZh,
      messageEn: rule.message,
    });

    // … or the admin profile does, whatever the browser says; nothing was written either way.
    await app.strapi.db
      .query('admin::user')
      .update({ where: { id: admin.userId }, data: { preferedLanguage: 'zh-Hans' } });
    try {
      const byProfile = await request(app.strapi.server.httpServer)
        .put(url)
        .set('Authorization', `Bearer ${admin.token}`)
        .set('Accept-Language', 'en-US')
        .send({ exFactoryDate: '2026-01-01' });
      expect(byProfile.body.error.message).toBe(rule.messageZh);
    } finally {
      await app.strapi.db
        .query('admin::user')
        .update({ where: { id: admin.userId }, data: { preferedLanguage: null } });
    }
    const stored = (await app.strapi.db
      .query('api::order.order')
      .findOne({ where: { documentId: order.documentId }, select: ['exFactoryDate'] })) as { exFactoryDate: string };
    expect(stored.exFactoryDate).toBe('2026-11-30');
  });
});
