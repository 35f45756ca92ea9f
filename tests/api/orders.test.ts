import { errorPaths, errorRules, http } from '../helpers/http';
import { makeCustomer, makeOrder, makeSizeScale, makeStyle } from '../helpers/fixtures';
import { startApp, type TestApp } from '../helpers/strapi';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.stop();
});

const ORDER = 'api::order.order';
const storedOrder = (documentId: string) =>
  app.strapi.db.query(ORDER).findOne({ where: { documentId } }) as Promise<Record<string, unknown> | null>;
const orderCount = () => app.strapi.db.query(ORDER).count();

async function customerWithStyle(customerData: Record<string, unknown> = {}) {
  const customer = await makeCustomer(app, customerData);
  const scale = await makeSizeScale(app);
  const style = await makeStyle(app, customer.documentId, scale.documentId);
  return { customer, style };
}

const orderPayload = (customer: string, style: string, data: Record<string, unknown> = {}) => ({
  data: {
    poNumber: `PO-${Math.random().toString(36).slice(2, 9)}`,
    customer,
    style,
    fobPrice: 6.8,
    orderDate: '2026-09-01',
    exFactoryDate: '2026-11-30',
    ...data,
  },
});

describe('orders: CRUD', () => {
  it("creates an order with the customer's market and channel, USD and sea by default", async () => {
    const { customer, style } = await customerWithStyle({ market: 'CA', channel: 'online' });
    const res = await http(app).post(
      '/api/orders',
      orderPayload(customer.documentId, style.documentId, { poNumber: ' 4500231877 ' })
    );

    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      poNumber: '4500231877',
      market: 'CA',
      channel: 'online',
      currency: 'USD',
      shipMode: 'sea',
      fobPrice: 6.8,
      totalQuantity: 0,
      requiresWashing: false,
    });
    expect(await storedOrder(res.body.data.documentId)).toMatchObject({
      market: 'CA',
      channel: 'online',
      totalQuantity: 0,
    });
  });

  it('reads, lists with pagination and populate, updates and deletes', async () => {
    const { order, customer } = await makeOrder(app);
    const one = await http(app).get(`/api/orders/${order.documentId}?populate[customer][fields][0]=code`);
    expect(one.status).toBe(200);
    expect(one.body.data.customer.code).toBe(customer.code);

    const list = await http(app).get('/api/orders?pagination[pageSize]=1&fields[0]=poNumber&sort=poNumber:asc');
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(1);
    expect(list.body.meta.pagination.pageSize).toBe(1);

    const update = await http(app).put(`/api/orders/${order.documentId}`, {
      data: { exFactoryDate: '2026-12-15', market: 'jp', shipMode: 'air' },
    });
    expect(update.status).toBe(200);
    expect(await storedOrder(order.documentId)).toMatchObject({
      exFactoryDate: '2026-12-15',
      market: 'JP',
      shipMode: 'air',
    });

    expect((await http(app).delete(`/api/orders/${order.documentId}`)).status).toBe(204);
    expect(await storedOrder(order.documentId)).toBeNull();
  });

  it('allows the same PO number at another customer', async () => {
    const a = await makeOrder(app, { poNumber: 'PO-SHARED-1' });
    const b = await customerWithStyle();
    const res = await http(app).post(
      '/api/orders',
      orderPayload(b.customer.documentId, b.style.documentId, { poNumber: 'PO-SHARED-1' })
    );
    expect(res.status).toBe(201);
    expect(res.body.data.documentId).not.toBe(a.order.documentId);
  });
});

describe('orders: invariants refuse with 400, naming the field, and write nothing', () => {
  const refusedCreate = async (data: Record<string, unknown>, path: string, rule?: string) => {
    const { customer, style } = await customerWithStyle();
    const before = await orderCount();
    const res = await http(app).post('/api/orders', orderPayload(customer.documentId, style.documentId, data));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    expect(errorPaths(res.body)).toContain(path);
    if (rule) expect(errorRules(res.body)).toContain(rule);
    expect(await orderCount()).toBe(before);
    return res;
  };

  it('an ex-factory date before the order date', async () => {
    const res = await refusedCreate(
      { orderDate: '2026-09-01', exFactoryDate: '2026-08-31' },
      'exFactoryDate',
      'ex-factory-after-order-date'
    );
    expect(res.body.error.message).toBe('exFactoryDate (2026-08-31) must not be before orderDate (2026-09-01)');
    // The same refusal in Chinese, for a client that shows it to a merchandiser.
    expect(res.body.error.details.errors[0].messageZh).toBe(
      '出厂日期 exFactoryDate(2026-08-31)不能早于接单日期 orderDate(2026-09-01)'
    );
  });
  it('a material issue date after ex-factory', () =>
    refusedCreate({ materialIssueDate: '2026-12-30' }, 'materialIssueDate', 'material-issue-within-order'));
  it('a negative FOB price', () => refusedCreate({ fobPrice: -1 }, 'fobPrice'));
  it('an unknown market', () => refusedCreate({ market: 'XX' }, 'market', 'market-iso-3166'));
  it('an unknown currency', () => refusedCreate({ currency: 'ABC' }, 'currency', 'currency-iso-4217'));
  it('an unknown ship mode', () => refusedCreate({ shipMode: 'boat' }, 'shipMode'));
  it('a missing PO number', () => refusedCreate({ poNumber: undefined }, 'poNumber'));
  it('a total quantity set by hand', () => refusedCreate({ totalQuantity: 500 }, 'totalQuantity', 'read-only'));
  it('no customer', () => refusedCreate({ customer: undefined }, 'customer', 'customer-required'));
  it('no style', () => refusedCreate({ style: undefined }, 'style', 'style-required'));

  it('a style of another customer', async () => {
    const other = await customerWithStyle();
    await refusedCreate({ style: other.style.documentId }, 'style', 'style-of-customer');
  });

  it('a PO number the customer already has (case and spaces aside)', async () => {
    const { customer, order } = await makeOrder(app, { poNumber: 'PO-DUP-7' });
    const style = await makeStyle(app, customer.documentId);
    const before = await orderCount();
    const res = await http(app).post(
      '/api/orders',
      orderPayload(customer.documentId, style.documentId, { poNumber: ' po-dup-7 ' })
    );
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['poNumber']);
    expect(errorRules(res.body)).toEqual(['unique']);
    expect(await orderCount()).toBe(before);
    expect(await storedOrder(order.documentId)).toMatchObject({ poNumber: 'PO-DUP-7' });
  });

  it('an update that breaks the calendar leaves the stored order as it was', async () => {
    const { order } = await makeOrder(app);
    const before = await storedOrder(order.documentId);
    const res = await http(app).put(`/api/orders/${order.documentId}`, {
      data: { orderDate: '2027-01-10', season: 'SS28' },
    });
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['exFactoryDate']);
    expect(await storedOrder(order.documentId)).toEqual(before);
  });

  it("a change of style whose scale lacks the order's sizes", async () => {
    const { order, customer } = await makeOrder(app);
    await http(app).put(`/api/orders/${order.documentId}/lines`, {
      data: [{ colour: 'Navy', size: 'M', quantity: 10 }],
    });
    const kids = await makeSizeScale(app, ['2T', '3T']);
    const kidsStyle = await makeStyle(app, customer.documentId, kids.documentId);
    const res = await http(app).put(`/api/orders/${order.documentId}`, { data: { style: kidsStyle.documentId } });
    expect(res.status).toBe(400);
    expect(errorRules(res.body)).toEqual(['size-in-scale']);
    const stored = (await app.strapi.db.query(ORDER).findOne({
      where: { documentId: order.documentId },
      populate: { style: { select: ['documentId'] } },
    })) as { style: { documentId: string } };
    expect(stored.style.documentId).not.toBe(kidsStyle.documentId);
  });

  it('the Document Service ignores a hand-set total and keeps the sum of the lines', async () => {
    const { order } = await makeOrder(app);
    await http(app).put(`/api/orders/${order.documentId}/lines`, {
      data: [{ colour: 'Navy', size: 'M', quantity: 10 }],
    });
    const updated = await app.strapi
      .documents(ORDER)
      .update({ documentId: order.documentId, data: { totalQuantity: 999, season: 'AW27' } as never });
    expect(updated).toMatchObject({ totalQuantity: 10, season: 'AW27' });
    expect(await storedOrder(order.documentId)).toMatchObject({ totalQuantity: 10, season: 'AW27' });
  });

  it('two orders racing for one PO number at one customer: exactly one wins', async () => {
    const { customer, style } = await customerWithStyle();
    const attempts = await Promise.all(
      [1, 2, 3].map(() =>
        http(app).post('/api/orders', orderPayload(customer.documentId, style.documentId, { poNumber: 'RACE-1' }))
      )
    );
    expect(attempts.map((r) => r.status).sort()).toEqual([201, 400, 400]);
    expect(await app.strapi.db.query(ORDER).count({ where: { poNumber: 'RACE-1' } })).toBe(1);
  });
});
