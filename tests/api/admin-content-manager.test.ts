import request from 'supertest';
import { DERIVED_FIELDS } from '../../src/platform/domain/derived-fields';
import { labelOfField, TRADE_TERMS } from '../../src/modules/reference/domain/trade-terms';
import { makeOrder } from '../helpers/fixtures';
import { errorPaths, errorRules } from '../helpers/http';
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

const cm = (method: 'get' | 'post' | 'put', url: string, body?: object) => {
  const req = request(app.strapi.server.httpServer)
    [method](`/content-manager${url}`)
    .set('Authorization', `Bearer ${admin.token}`);
  return body ? req.send(body) : req;
};
const ORDERS = '/collection-types/api::order.order';

describe('the admin content manager is held to the same invariants', () => {
  it('creates an order with a merchandiser and derived fields', async () => {
    const { customer, style } = await makeOrder(app, {}, { market: 'JP' });
    const res = await cm('post', ORDERS, {
      poNumber: 'CM-1',
      customer: { connect: [{ documentId: customer.documentId }] },
      style: { connect: [{ documentId: style.documentId }] },
      merchandiser: { connect: [{ id: admin.userId }] },
      fobPrice: 5,
      orderDate: '2026-10-01',
      exFactoryDate: '2026-12-01',
      totalQuantity: 12345,
    });
    expect(res.status).toBe(201);
    const stored = (await app.strapi.db.query('api::order.order').findOne({
      where: { documentId: res.body.data.documentId },
      populate: { merchandiser: { select: ['id'] } },
    })) as { market: string; totalQuantity: number; merchandiser: { id: number } };
    expect(stored).toMatchObject({ market: 'JP', totalQuantity: 0, merchandiser: { id: admin.userId } });
    const history = await app.strapi.db.query('api::order-history.order-history').findMany({
      where: { order: { documentId: res.body.data.documentId } },
    });
    expect(history).toEqual([
      expect.objectContaining({ kind: 'created', toStage: 'received', actorType: 'admin', actorName: 'Test Admin' }),
    ]);
  });

  it('refuses an ex-factory date before the order date and writes nothing', async () => {
    const { order } = await makeOrder(app);
    const res = await cm('put', `${ORDERS}/${order.documentId}`, { exFactoryDate: '2026-01-01' });
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(errorPaths(res.body)).toEqual(['exFactoryDate']);
    const stored = (await app.strapi.db
      .query('api::order.order')
      .findOne({ where: { documentId: order.documentId } })) as {
      exFactoryDate: string;
    };
    expect(stored.exFactoryDate).toBe('2026-11-30');
  });

  it('refuses an order line outside the size scale', async () => {
    const { order } = await makeOrder(app);
    const res = await cm('post', '/collection-types/api::order-line.order-line', {
      order: { connect: [{ documentId: order.documentId }] },
      colour: 'Navy',
      size: 'XXXL',
      quantity: 3,
    });
    expect(res.status).toBe(400);
    expect(errorRules(res.body)).toEqual(['size-in-scale']);
    expect(await app.strapi.db.query('api::order-line.order-line').count({ where: { size: 'XXXL' } })).toBe(0);
  });

  it('refuses a stage change from the order form, and invalid rule params on a workflow stage', async () => {
    const { order } = await makeOrder(app);
    const moved = await cm('put', `${ORDERS}/${order.documentId}`, { stage: 'shipped' });
    expect(moved.status).toBe(400);
    expect(errorRules(moved.body)).toEqual(['stage-by-transition']);

    const stage = (await app.strapi.db
      .query('api::workflow-stage.workflow-stage')
      .findOne({ where: { key: 'notice-issued' } })) as {
      documentId: string;
    };
    const res = await cm('put', `/collection-types/api::workflow-stage.workflow-stage/${stage.documentId}`, {
      rules: [{ rule: 'notice-lead-time', params: { days: 'three' } }],
    });
    expect(res.status).toBe(400);
    expect(errorRules(res.body)).toEqual(['rule-params']);
  });

  it('refuses to edit the append-only order history', async () => {
    const { order } = await makeOrder(app);
    const [row] = (await app.strapi.db.query('api::order-history.order-history').findMany({
      where: { order: { documentId: order.documentId } },
    })) as Array<{ documentId: string }>;
    const res = await cm('put', `/collection-types/api::order-history.order-history/${row.documentId}`, {
      comment: 'x',
    });
    expect(res.status).toBe(403);
  });

  it('shows the Chinese trade term beside each field, and the total as read-only', async () => {
    const res = await cm('get', '/content-types/api::order.order/configuration');
    expect(res.status).toBe(200);
    const metadatas = res.body.data.contentType.metadatas;
    expect(metadatas.poNumber.edit.description).toBe("客户订单号 · Customer's PO number (unique per customer)");
    expect(metadatas.materialIssueDate.edit.description).toContain('领料日期');
    expect(metadatas.totalQuantity.edit.editable).toBe(false);
    expect(res.body.data.contentType.settings.mainField).toBe('poNumber');
  });

  it('shows every field Gendan derives as read-only, from the one list the write guard refuses', async () => {
    const typed: string[] = [];
    for (const [type, derived] of Object.entries(DERIVED_FIELDS)) {
      const res = await cm('get', `/content-types/api::${type}.${type}/configuration`);
      const metadatas = res.body.data.contentType.metadatas as Record<string, { edit: { editable?: boolean } }>;
      for (const field of derived.fields) if (metadatas[field]?.edit.editable !== false) typed.push(`${type}.${field}`);
    }
    expect(typed).toEqual([]);
  });

  it('labels every field 中文 · English in the edit view and the list, never camelCase', async () => {
    const order = await cm('get', '/content-types/api::order.order/configuration');
    const metadatas = order.body.data.contentType.metadatas;
    expect(metadatas.poNumber.edit.label).toBe('客户订单号 · PO number');
    expect(metadatas.exFactoryDate.list.label).toBe('出厂日期/交期 · Ex-factory date');
    // The description says more than the label, or nothing: no copy of the label under the field.
    expect(metadatas.customer.edit.label).toBe('客户 · Customer');
    expect(metadatas.customer.edit.description).toBe('');

    const wrong: string[] = [];
    for (const [type, terms] of Object.entries(TRADE_TERMS)) {
      const res = await cm('get', `/content-types/api::${type}.${type}/configuration`);
      const fields = res.body.data.contentType.metadatas as Record<
        string,
        { edit?: { label?: string }; list?: { label?: string } }
      >;
      for (const [field, term] of Object.entries(terms)) {
        if (!fields[field]) continue;
        for (const label of [fields[field].edit?.label, fields[field].list?.label]) {
          if (label !== labelOfField(term) || /[a-z][A-Z]/.test(label) || !/[\u4e00-\u9fff]/.test(label))
            wrong.push(`${type}.${field}: ${label}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("keeps an administrator's own label and updates the labels Gendan wrote", async () => {
    const uid = 'api::supplier.supplier';
    const current = await cm('get', `/content-types/${uid}/configuration`);
    const { settings, metadatas, layouts } = current.body.data.contentType;
    metadatas.code.edit.label = 'Vendor no.';
    metadatas.name.edit.label = 'Name (old Gendan wording)';
    for (const field of ['createdBy', 'updatedBy']) delete metadatas[field]?.list?.mainField;
    expect((await cm('put', `/content-types/${uid}/configuration`, { settings, metadatas, layouts })).status).toBe(200);
    // As if an earlier release of Gendan had written the second label.
    const store = { type: 'core', name: 'gendan', key: 'admin-field-labels' } as const;
    const written = (await app.strapi.store.get(store)) as Record<string, string>;
    await app.strapi.store.set({ ...store, value: { ...written, [`${uid}.name`]: 'Name (old Gendan wording)' } });

    const { applyContentManagerViews: applyAdminFieldTerms } =
      await import('../../src/modules/workspace/content-manager-views');
    await applyAdminFieldTerms(app.strapi);
    const after = (await cm('get', `/content-types/${uid}/configuration`)).body.data.contentType.metadatas;
    expect(after.code.edit.label).toBe('Vendor no.');
    expect(after.name.edit.label).toBe('供应商名称 · Supplier name');
    expect(after.kinds.edit.label).toBe('供应类别 · What the supplier provides');
  });

  it("keeps an administrator's own field description across restarts", async () => {
    const current = await cm('get', '/content-types/api::customer.customer/configuration');
    const { settings, metadatas, layouts } = current.body.data.contentType;
    metadatas.code.edit.description = 'Our own wording';
    // The admin panel drops these read-only keys before it saves; so does this test.
    for (const field of ['createdBy', 'updatedBy']) delete metadatas[field]?.list?.mainField;
    const saved = await cm('put', '/content-types/api::customer.customer/configuration', {
      settings,
      metadatas,
      layouts,
    });
    expect(saved.status).toBe(200);

    const { applyContentManagerViews: applyAdminFieldTerms } =
      await import('../../src/modules/workspace/content-manager-views');
    await applyAdminFieldTerms(app.strapi);
    const after = await cm('get', '/content-types/api::customer.customer/configuration');
    expect(after.body.data.contentType.metadatas.code.edit.description).toBe('Our own wording');
    expect(after.body.data.contentType.metadatas.market.edit.description).toContain('目的国');
  });
});
