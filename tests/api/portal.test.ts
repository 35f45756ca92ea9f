import { addDays, format } from 'date-fns';
import request from 'supertest';
import { PORTAL_ROLES } from '../../src/modules/portal/domain/roles';
import { PORTAL_ROUTES } from '../../src/modules/portal/routes';
import { ORDER_DOCUMENT_FILES } from '../../src/modules/documents/catalogue';
import { ensurePortalRoles } from '../../src/modules/portal/bootstrap';
import { loadDemoData } from '../../src/modules/demo/load-demo';
import { errorPaths, errorRules, http } from '../helpers/http';
import { fingerprint, keysDeep, login, makePortalUser, openPurchaseLine, PORTAL_PASSWORD } from '../helpers/portal';
import { adminSession, startApp, type TestApp } from '../helpers/strapi';

type Row = Record<string, unknown> & { id: number; documentId: string };
const day = (offset: number) => format(addDays(new Date(), offset), 'yyyy-MM-dd');

let app: TestApp;
const jwt: Record<string, string> = {};
/** Records of the tenants the probes run as ("own") and of their neighbours ("foreign"). */
const own: Record<string, Row> = {};
const foreign: Record<string, Row> = {};

const query = (uid: string) => app.strapi.db.query(uid as never);
const first = async (uid: string, where: Record<string, unknown>) => {
  const row = (await query(uid).findOne({ where, orderBy: { id: 'asc' } })) as Row | null;
  if (!row) throw new Error(`no ${uid} where ${JSON.stringify(where)}`);
  return row;
};
const as = (who: string) => http(app, jwt[who]);

beforeAll(async () => {
  app = await startApp();
  process.env.DEMO_PORTAL_PASSWORD = PORTAL_PASSWORD;
  await loadDemoData(app.strapi);
  // The demo accounts (BLUERIDGE buyer, HUAYANG fabric supplier, JINTAN-WASH subcontractor) and their neighbours.
  jwt.buyer = await login(app, 'portal@blueridge.example');
  jwt.supplier = await login(app, 'portal@huayang.example');
  jwt.washer = await login(app, 'portal@jintan-wash.example');
  jwt.otherBuyer = await makePortalUser(app, 'customer', 'MAPLE', 'maple-portal');
  jwt.unlinked = await makePortalUser(app, 'customer', null, 'unlinked-portal');

  const customer = (code: string) => ({ customer: { code } });
  own.order = await first('api::order.order', customer('BLUERIDGE'));
  foreign.order = await first('api::order.order', customer('MAPLE'));
  own.sample = await first('api::sample.sample', { ...customer('BLUERIDGE'), status: { $in: ['sent', 'received'] } });
  foreign.sample = await first('api::sample.sample', {
    ...customer('MAPLE'),
    status: { $in: ['sent', 'received', 'approved'] },
  });
  foreign.complaint = await first('api::complaint.complaint', customer('MAPLE'));
  foreign.customer = await first('api::customer.customer', { code: 'MAPLE' });
  own.customer = await first('api::customer.customer', { code: 'BLUERIDGE' });
  own.po = await first('api::purchase-order.purchase-order', { supplier: { code: 'HUAYANG' } });
  foreign.po = await first('api::purchase-order.purchase-order', { supplier: { code: { $ne: 'HUAYANG' } } });
  own.poLine = (await openPurchaseLine(app.strapi, { purchaseOrder: { supplier: { code: 'HUAYANG' } } })) as Row;
  foreign.poLine = await first('api::purchase-order-line.purchase-order-line', {
    purchaseOrder: { supplier: { code: { $ne: 'HUAYANG' } } },
  });
  own.job = await first('api::subcontract-job.subcontract-job', {
    supplier: { code: 'JINTAN-WASH' },
    status: { $ne: 'returned' },
  });
  foreign.job = await first('api::subcontract-job.subcontract-job', { supplier: { code: 'HENGLI-PE' } });
}, 180_000);

afterAll(async () => {
  await app.stop();
});

describe('portal roles and accounts', () => {
  it('creates the two portal roles with exactly their permissions', async () => {
    for (const role of Object.values(PORTAL_ROLES)) {
      const found = (await query('plugin::users-permissions.role').findOne({
        where: { type: role.type },
        populate: { permissions: { select: ['action'] } },
      })) as { name: string; permissions: Array<{ action: string }> };
      expect(found.name).toBe(role.name);
      expect(found.permissions.map((p) => p.action).sort()).toEqual([...role.actions].sort());
    }
  });

  it('an administrator creates an account in the admin panel and links it to a customer', async () => {
    const admin = await adminSession(app);
    const configuration = (await app.strapi
      .plugin('content-manager')
      .service('content-types')
      .findConfiguration(app.strapi.contentType('plugin::users-permissions.user'))) as {
      metadatas: Record<string, { edit: { description: string } }>;
    };
    expect(configuration.metadatas.customer.edit.description).toMatch(/所属客户/);
    expect(configuration.metadatas.supplier.edit.description).toMatch(/所属供应商/);

    const role = (await query('plugin::users-permissions.role').findOne({
      where: { type: PORTAL_ROLES.customer.type },
    })) as Row;
    const res = await request(app.strapi.server.httpServer)
      .post('/content-manager/collection-types/plugin::users-permissions.user')
      .set('Authorization', `Bearer ${admin.token}`)
      .send({
        username: 'sakura-buyer',
        email: 'buyer@sakura.test',
        password: PORTAL_PASSWORD,
        confirmed: true,
        blocked: false,
        role: { connect: [{ id: role.id }] },
        customer: { connect: [{ documentId: (await first('api::customer.customer', { code: 'SAKURA' })).documentId }] },
      });
    expect(res.status).toBe(201);
    const token = await login(app, 'buyer@sakura.test');
    const orders = await http(app, token).get('/api/orders?pagination[pageSize]=100');
    expect(orders.body.meta.pagination.total).toBe(
      await query('api::order.order').count({ where: { customer: { code: 'SAKURA' } } })
    );
    expect(orders.body.meta.pagination.total).toBeGreaterThan(0);
  });

  it('closes self-registration', async () => {
    const res = await http(app, null).post('/api/auth/local/register', {
      username: 'intruder',
      email: 'intruder@example.com',
      password: 'Intruder-2026',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/disabled/i);
    expect(await query('plugin::users-permissions.user').count({ where: { username: 'intruder' } })).toBe(0);
  });

  it('logs in with /api/auth/local and answers /api/users/me without secrets or other records', async () => {
    const res = await request(app.strapi.server.httpServer)
      .post('/api/auth/local')
      .send({ identifier: 'portal@blueridge.example', password: PORTAL_PASSWORD });
    expect(res.status).toBe(200);
    expect(typeof res.body.jwt).toBe('string');
    expect(res.body.user).toMatchObject({ email: 'portal@blueridge.example' });
    expect(res.body.user.password).toBeUndefined();
    // The refresh token travels in an httpOnly cookie, not in the body.
    expect(res.body.refreshToken).toBeUndefined();
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly/i);

    const me = await as('buyer').get('/api/users/me?populate[customer]=true&populate[role]=true');
    expect(me.status).toBe(200);
    expect(me.body.email).toBe('portal@blueridge.example');
    expect(me.body.password).toBeUndefined();
    expect(me.body.customer).toBeUndefined();
  });
});

describe('customer portal: its own orders, samples and complaints', () => {
  it('lists only its own orders, with the count of its own', async () => {
    const res = await as('buyer').get('/api/orders?pagination[pageSize]=100&sort=poNumber:asc');
    expect(res.status).toBe(200);
    const expected = await query('api::order.order').count({ where: { customer: { code: 'BLUERIDGE' } } });
    expect(res.body.meta.pagination).toEqual({ page: 1, pageSize: 100, pageCount: 1, total: expected });
    expect(res.body.data).toHaveLength(expected);
    const poNumbers = res.body.data.map((order: Row) => order.poNumber);
    expect(poNumbers).toEqual([...poNumbers].sort());
    expect(poNumbers).toContain(own.order.poNumber);
    expect(poNumbers).not.toContain(foreign.order.poNumber);
  });

  it('filters, sorts and paginates on the visible fields', async () => {
    const res = await as('buyer').get(
      `/api/orders?filters[poNumber][$eq]=${encodeURIComponent(String(own.order.poNumber))}&pagination[pageSize]=1`
    );
    expect(res.status).toBe(200);
    expect(res.body.data.map((order: Row) => order.documentId)).toEqual([own.order.documentId]);
  });

  it('reads one of its orders with style, lines, booking and final inspections', async () => {
    const shipped = await first('api::order.order', {
      customer: { code: 'BLUERIDGE' },
      stage: { $in: ['shipped', 'completed'] },
    });
    const res = await as('buyer').get(`/api/orders/${shipped.documentId}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ documentId: shipped.documentId, poNumber: shipped.poNumber });
    expect(res.body.data.style.styleNo).toEqual(expect.any(String));
    expect(res.body.data.lines.length).toBeGreaterThan(0);
    expect(res.body.data.booking).toMatchObject({ bookedAt: expect.any(String) });
    expect(res.body.data.finalInspections[0]).toMatchObject({ result: expect.any(String) });
  });

  it("reads its order's stages, lines, tolerance and reconciliation", async () => {
    const workflow = await as('buyer').get(`/api/orders/${own.order.documentId}/workflow`);
    expect(workflow.status).toBe(200);
    expect(Object.keys(workflow.body.data).sort()).toEqual(['heldStage', 'order', 'stage', 'stageDates', 'stages']);
    expect(workflow.body.data.stages[0]).toEqual({
      key: 'received',
      name: 'PO received',
      nameZh: expect.any(String),
      terminal: false,
    });
    for (const path of ['lines', 'tolerance', 'reconciliation']) {
      expect((await as('buyer').get(`/api/orders/${own.order.documentId}/${path}`)).status).toBe(200);
    }
  });

  it("reads the customer-visible milestones of its order's T&A, without owners or slack", async () => {
    const res = await as('buyer').get(`/api/orders/${own.order.documentId}/time-and-action`);
    expect(res.status).toBe(200);
    const internal = (await http(app).get(`/api/orders/${own.order.documentId}/time-and-action`)).body.data as {
      milestones: Array<{ key: string; customerVisible: boolean }>;
      risk: { atRisk: boolean; projectedReady: string | null; daysLate: number };
    };
    const visible = internal.milestones.filter((m) => m.customerVisible).map((m) => m.key);
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(internal.milestones.length);
    expect(res.body.data.milestones.map((m: { key: string }) => m.key)).toEqual(visible);
    expect(Object.keys(res.body.data.milestones[0]).sort()).toEqual(
      ['actualDate', 'key', 'name', 'nameZh', 'plannedDate', 'projectedDate', 'status'].sort()
    );
    expect(Object.keys(res.body.data).sort()).toEqual(
      ['late', 'milestones', 'order', 'plannedExFactory', 'projectedExFactory', 'risk'].sort()
    );
    // The one at-risk answer, without its internal cause or the milestone's owner.
    expect(Object.keys(res.body.data.risk).sort()).toEqual(['atRisk', 'daysLate', 'projectedReady']);
    expect(res.body.data.risk).toMatchObject({
      atRisk: internal.risk.atRisk,
      projectedReady: internal.risk.projectedReady,
      daysLate: internal.risk.daysLate,
    });
  });

  it('answers a sample: a judgement on a sent sample confirms its receipt too', async () => {
    const res = await as('buyer').post(`/api/samples/${own.sample.documentId}/feedback`, {
      data: { decision: 'approved', comments: 'Colour and hand feel approved.' },
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ documentId: own.sample.documentId, status: 'approved' });
    expect(res.body.meta).toMatchObject({ from: own.sample.status, to: 'approved', nextRound: null });
    const stored = await first('api::sample.sample', { id: own.sample.id });
    expect(stored).toMatchObject({ status: 'approved', feedbackComments: 'Colour and hand feel approved.' });
    expect(stored.receivedAt).toEqual(expect.any(String));

    const again = await as('buyer').post(`/api/samples/${own.sample.documentId}/feedback`, {
      data: { decision: 'rejected', comments: 'no' },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.details.failures.map((f: { rule: string }) => f.rule)).toEqual(['sample-already-judged']);
  });

  it('submits a complaint on its own order: customer and status are set by Gendan', async () => {
    const res = await as('buyer').post('/api/complaints', {
      data: {
        order: own.order.documentId,
        category: 'packing',
        description: 'Two cartons crushed on arrival.',
        quantityAffected: 24,
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      category: 'packing',
      status: 'open',
      order: { documentId: own.order.documentId },
    });
    const stored = (await query('api::complaint.complaint').findOne({
      where: { documentId: res.body.data.documentId },
      populate: { customer: { select: ['code'] } },
    })) as Row & { customer: { code: string } };
    expect(stored.customer.code).toBe('BLUERIDGE');
    expect(stored.status).toBe('open');

    const list = await as('buyer').get('/api/complaints');
    expect(list.body.data.map((c: Row) => c.documentId)).toContain(res.body.data.documentId);
    expect(list.body.data.map((c: Row) => c.documentId)).not.toContain(foreign.complaint.documentId);
  });

  it('an account not linked to a customer sees nothing', async () => {
    const res = await as('unlinked').get('/api/orders');
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([]);
    expect(res.body.meta.pagination.total).toBe(0);
    expect((await as('unlinked').get(`/api/orders/${own.order.documentId}`)).status).toBe(404);
  });
});

describe('supplier portal: its own purchase orders and subcontract jobs', () => {
  it('lists only its own purchase orders and lines', async () => {
    const res = await as('supplier').get('/api/purchase-orders?pagination[pageSize]=100');
    expect(res.status).toBe(200);
    const expected = await query('api::purchase-order.purchase-order').count({
      where: { supplier: { code: 'HUAYANG' } },
    });
    expect(res.body.meta.pagination.total).toBe(expected);
    expect(res.body.data.map((po: Row) => po.documentId)).not.toContain(foreign.po.documentId);
    const lines = await as('supplier').get('/api/purchase-order-lines?pagination[pageSize]=100');
    const expectedLines = await query('api::purchase-order-line.purchase-order-line').count({
      where: { purchaseOrder: { supplier: { code: 'HUAYANG' } } },
    });
    expect(lines.body.meta.pagination.total).toBe(expectedLines);
  });

  it('confirms dates and shipped quantity on its own PO line — only those fields', async () => {
    const res = await as('supplier').put(`/api/purchase-order-lines/${own.poLine.documentId}`, {
      data: { supplierConfirmedDate: day(6), supplierShipDate: day(8), shippedQuantity: 120 },
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      supplierConfirmedDate: day(6),
      supplierShipDate: day(8),
      shippedQuantity: 120,
    });
    const stored = await first('api::purchase-order-line.purchase-order-line', { id: own.poLine.id });
    expect(stored).toMatchObject({ supplierConfirmedDate: day(6), supplierShipDate: day(8) });
    expect(Number(stored.shippedQuantity)).toBe(120);
  });

  it('a subcontractor reports pieces returned on its own job; the status follows', async () => {
    const qty = Number(own.job.qtySent);
    const res = await as('washer').put(`/api/subcontract-jobs/${own.job.documentId}`, {
      data: { qtyReceived: qty - 10, receivedAt: day(0), defects: 3 },
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ qtyReceived: qty - 10, status: 'partly-returned' });
    expect(await first('api::subcontract-job.subcontract-job', { id: own.job.id })).toMatchObject({
      qtyReceived: qty - 10,
      defects: 3,
      status: 'partly-returned',
    });
  });
});

/** One BOLA probe: who calls what, and the only acceptable answer. Denied writes must change nothing. */
type Probe = [
  who: string,
  method: 'get' | 'post' | 'put' | 'delete',
  url: () => string,
  expected: number,
  body?: () => unknown,
];

const enc = (value: unknown) => encodeURIComponent(String(value));
const PROBES: Array<[string, Probe]> = [
  // Another customer's order, by documentId, numeric id, filters and populate.
  ['order by documentId', ['buyer', 'get', () => `/api/orders/${foreign.order.documentId}`, 404]],
  ['order by numeric id', ['buyer', 'get', () => `/api/orders/${foreign.order.id}`, 404]],
  [
    'order by filter on its PO number',
    ['buyer', 'get', () => `/api/orders?filters[poNumber][$eq]=${enc(foreign.order.poNumber)}`, 200],
  ],
  [
    'order filter on customer relation',
    ['buyer', 'get', () => `/api/orders?filters[customer][id][$ne]=${own.customer.id}`, 400],
  ],
  ['order filter on customer code', ['buyer', 'get', () => `/api/orders?filters[customer][code][$eq]=MAPLE`, 400]],
  [
    'order $or filter',
    [
      'buyer',
      'get',
      () =>
        `/api/orders?filters[$or][0][customer][id][$eq]=${foreign.customer.id}&filters[$or][1][poNumber][$null]=false`,
      400,
    ],
  ],
  ['order $and filter', ['buyer', 'get', () => `/api/orders?filters[$and][0][poNumber][$notNull]=true`, 400]],
  ['order $not filter', ['buyer', 'get', () => `/api/orders?filters[$not][poNumber][$null]=true`, 400]],
  ['order filter by id list', ['buyer', 'get', () => `/api/orders?filters[id][$in][0]=${foreign.order.id}`, 400]],
  ['order filter on hidden notes', ['buyer', 'get', () => `/api/orders?filters[notes][$containsi]=a`, 400]],
  ['order filter on hidden fobPrice', ['buyer', 'get', () => `/api/orders?filters[fobPrice][$gt]=0`, 400]],
  ['order nested operator', ['buyer', 'get', () => `/api/orders?filters[poNumber][$eq][$ne]=x`, 400]],
  ['order sort on hidden field', ['buyer', 'get', () => `/api/orders?sort=notes:asc`, 400]],
  ['order populate customer', ['buyer', 'get', () => `/api/orders?populate[customer]=true`, 400]],
  ['order populate *', ['buyer', 'get', () => `/api/orders?populate=*`, 400]],
  [
    'order nested populate filters',
    [
      'buyer',
      'get',
      () => `/api/orders?populate[lines][filters][order][customer][id][$eq]=${foreign.customer.id}`,
      400,
    ],
  ],
  ['order fields', ['buyer', 'get', () => `/api/orders?fields[0]=notes`, 400]],
  [
    'order findOne with populate',
    ['buyer', 'get', () => `/api/orders/${own.order.documentId}?populate[customer]=true`, 400],
  ],
  ['order page size over the cap', ['buyer', 'get', () => `/api/orders?pagination[pageSize]=1000`, 400]],
  ['order workflow', ['buyer', 'get', () => `/api/orders/${foreign.order.documentId}/workflow`, 404]],
  ['order T&A', ['buyer', 'get', () => `/api/orders/${foreign.order.documentId}/time-and-action`, 404]],
  [
    'plan an order T&A',
    ['buyer', 'post', () => `/api/orders/${own.order.documentId}/time-and-action/plan`, 403, () => ({})],
  ],
  ['T&A overview', ['buyer', 'get', () => '/api/time-and-action/overview', 403]],
  ['reminder run', ['buyer', 'post', () => '/api/reminders/run', 403, () => ({})]],
  ['notifications', ['buyer', 'get', () => '/api/notifications', 403]],
  ['order lines', ['buyer', 'get', () => `/api/orders/${foreign.order.documentId}/lines`, 404]],
  ['order tolerance', ['buyer', 'get', () => `/api/orders/${foreign.order.documentId}/tolerance`, 404]],
  ['order reconciliation', ['buyer', 'get', () => `/api/orders/${foreign.order.documentId}/reconciliation`, 404]],
  [
    'order progress (not a portal endpoint)',
    ['buyer', 'get', () => `/api/orders/${own.order.documentId}/progress`, 403],
  ],
  ['order materials', ['buyer', 'get', () => `/api/orders/${foreign.order.documentId}/materials`, 403]],
  ['order revisions', ['buyer', 'get', () => `/api/orders/${own.order.documentId}/revisions`, 403]],
  [
    'transition another order',
    [
      'buyer',
      'post',
      () => `/api/orders/${foreign.order.documentId}/transitions`,
      403,
      () => ({ data: { to: 'on-hold' } }),
    ],
  ],
  [
    'transition its own order',
    [
      'buyer',
      'post',
      () => `/api/orders/${own.order.documentId}/transitions`,
      403,
      () => ({ data: { to: 'on-hold' } }),
    ],
  ],
  [
    'replace lines of its order',
    ['buyer', 'put', () => `/api/orders/${own.order.documentId}/lines`, 403, () => ({ data: [] })],
  ],
  [
    'update its order',
    [
      'buyer',
      'put',
      () => `/api/orders/${own.order.documentId}`,
      403,
      () => ({ data: { exFactoryDate: '2027-01-01' } }),
    ],
  ],
  [
    'update another order',
    ['buyer', 'put', () => `/api/orders/${foreign.order.documentId}`, 403, () => ({ data: { notes: 'x' } })],
  ],
  ['delete another order', ['buyer', 'delete', () => `/api/orders/${foreign.order.documentId}`, 403]],
  [
    'create an order',
    [
      'buyer',
      'post',
      () => '/api/orders',
      403,
      () => ({ data: { poNumber: 'X-1', customer: foreign.customer.documentId } }),
    ],
  ],
  // Samples and complaints of another customer.
  ['sample by documentId', ['buyer', 'get', () => `/api/samples/${foreign.sample.documentId}`, 404]],
  ['sample by numeric id', ['buyer', 'get', () => `/api/samples/${foreign.sample.id}`, 404]],
  [
    'sample filter on customer',
    ['buyer', 'get', () => `/api/samples?filters[customer][id][$eq]=${foreign.customer.id}`, 400],
  ],
  ['sample populate purchase orders', ['buyer', 'get', () => `/api/samples?populate[purchaseOrders]=true`, 400]],
  [
    'feedback on another sample',
    [
      'buyer',
      'post',
      () => `/api/samples/${foreign.sample.documentId}/feedback`,
      404,
      () => ({ data: { decision: 'rejected', comments: 'x' } }),
    ],
  ],
  [
    'move another sample',
    [
      'buyer',
      'post',
      () => `/api/samples/${foreign.sample.documentId}/status`,
      403,
      () => ({ data: { to: 'received' } }),
    ],
  ],
  ['sample follow-ups', ['buyer', 'get', () => '/api/samples/follow-ups', 403]],
  ['complaint by documentId', ['buyer', 'get', () => `/api/complaints/${foreign.complaint.documentId}`, 404]],
  [
    'complaint filter on order relation',
    ['buyer', 'get', () => `/api/complaints?filters[order][customer][code][$eq]=MAPLE`, 400],
  ],
  [
    'complaint on another order',
    [
      'buyer',
      'post',
      () => '/api/complaints',
      400,
      () => ({ data: { order: foreign.order.documentId, category: 'quality', description: 'x' } }),
    ],
  ],
  [
    'complaint on another order by connect',
    [
      'buyer',
      'post',
      () => '/api/complaints',
      400,
      () => ({ data: { order: { connect: [foreign.order.documentId] }, category: 'quality', description: 'x' } }),
    ],
  ],
  [
    'complaint for another customer',
    [
      'buyer',
      'post',
      () => '/api/complaints',
      400,
      () => ({
        data: {
          order: own.order.documentId,
          customer: foreign.customer.documentId,
          category: 'quality',
          description: 'x',
        },
      }),
    ],
  ],
  [
    'complaint already closed',
    [
      'buyer',
      'post',
      () => '/api/complaints',
      400,
      () => ({ data: { order: own.order.documentId, status: 'closed', category: 'quality', description: 'x' } }),
    ],
  ],
  [
    'update another complaint',
    [
      'buyer',
      'put',
      () => `/api/complaints/${foreign.complaint.documentId}`,
      403,
      () => ({ data: { status: 'closed' } }),
    ],
  ],
  ['delete another complaint', ['buyer', 'delete', () => `/api/complaints/${foreign.complaint.documentId}`, 403]],
  // Everything else is closed to the customer portal.
  ['customers list', ['buyer', 'get', () => '/api/customers', 403]],
  ['another customer record', ['buyer', 'get', () => `/api/customers/${foreign.customer.documentId}`, 403]],
  ['its customer summary', ['buyer', 'get', () => `/api/customers/${own.customer.documentId}/summary`, 403]],
  [
    'order lines collection',
    ['buyer', 'get', () => `/api/order-lines?filters[order][customer][id][$eq]=${foreign.customer.id}`, 403],
  ],
  ['order history', ['buyer', 'get', () => '/api/order-histories', 403]],
  ['purchase orders', ['buyer', 'get', () => '/api/purchase-orders', 403]],
  ['final inspections', ['buyer', 'get', () => '/api/final-inspections', 403]],
  ['production exceptions', ['buyer', 'get', () => '/api/production-exceptions', 403]],
  ['users list', ['buyer', 'get', () => '/api/users', 403]],
  ['change its own role', ['buyer', 'put', () => '/api/users/1', 403, () => ({ role: 1 })]],
  // Suppliers: another supplier's purchase orders and lines.
  ['PO by documentId', ['supplier', 'get', () => `/api/purchase-orders/${foreign.po.documentId}`, 404]],
  ['PO by numeric id', ['supplier', 'get', () => `/api/purchase-orders/${foreign.po.id}`, 404]],
  ['PO filter on supplier', ['supplier', 'get', () => `/api/purchase-orders?filters[supplier][id][$ne]=0`, 400]],
  [
    'PO $or filter',
    ['supplier', 'get', () => `/api/purchase-orders?filters[$or][0][poNumber][$eq]=${enc(foreign.po.poNumber)}`, 400],
  ],
  ['PO populate supplier', ['supplier', 'get', () => `/api/purchase-orders?populate[supplier]=true`, 400]],
  ['PO line by documentId', ['supplier', 'get', () => `/api/purchase-order-lines/${foreign.poLine.documentId}`, 404]],
  [
    'PO line filter on purchase order',
    [
      'supplier',
      'get',
      () => `/api/purchase-order-lines?filters[purchaseOrder][supplier][code][$eq]=JIANGNAN-DENIM`,
      400,
    ],
  ],
  [
    'PO line filter on hidden order',
    ['supplier', 'get', () => `/api/purchase-order-lines?filters[order][id][$gt]=0`, 400],
  ],
  [
    'confirm another PO line',
    [
      'supplier',
      'put',
      () => `/api/purchase-order-lines/${foreign.poLine.documentId}`,
      404,
      () => ({ data: { supplierConfirmedDate: '2026-12-01' } }),
    ],
  ],
  [
    'reprice its PO line',
    [
      'supplier',
      'put',
      () => `/api/purchase-order-lines/${own.poLine.documentId}`,
      400,
      () => ({ data: { unitPrice: 0.01 } }),
    ],
  ],
  [
    'move its PO line to another PO',
    [
      'supplier',
      'put',
      () => `/api/purchase-order-lines/${own.poLine.documentId}`,
      400,
      () => ({ data: { purchaseOrder: foreign.po.documentId } }),
    ],
  ],
  [
    'attach its PO line to an order',
    [
      'supplier',
      'put',
      () => `/api/purchase-order-lines/${own.poLine.documentId}`,
      400,
      () => ({ data: { order: foreign.order.documentId } }),
    ],
  ],
  [
    'create a PO line',
    [
      'supplier',
      'post',
      () => '/api/purchase-order-lines',
      403,
      () => ({ data: { purchaseOrder: own.po.documentId, quantity: 1 } }),
    ],
  ],
  ['delete its PO line', ['supplier', 'delete', () => `/api/purchase-order-lines/${own.poLine.documentId}`, 403]],
  [
    'close its PO',
    ['supplier', 'put', () => `/api/purchase-orders/${own.po.documentId}`, 403, () => ({ data: { status: 'closed' } })],
  ],
  ['expediting list', ['supplier', 'get', () => '/api/purchase-orders/expediting', 403]],
  ['orders', ['supplier', 'get', () => '/api/orders', 403]],
  ['order workflow', ['supplier', 'get', () => `/api/orders/${own.order.documentId}/workflow`, 403]],
  ['order T&A', ['supplier', 'get', () => `/api/orders/${own.order.documentId}/time-and-action`, 403]],
  ['materials', ['supplier', 'get', () => '/api/materials', 403]],
  ['suppliers', ['supplier', 'get', () => '/api/suppliers', 403]],
  ['another supplier subcontract job', ['supplier', 'get', () => `/api/subcontract-jobs/${own.job.documentId}`, 404]],
  // Subcontractors: another subcontractor's jobs.
  ['job by documentId', ['washer', 'get', () => `/api/subcontract-jobs/${foreign.job.documentId}`, 404]],
  ['job by numeric id', ['washer', 'get', () => `/api/subcontract-jobs/${foreign.job.id}`, 404]],
  [
    'job filter on supplier',
    ['washer', 'get', () => `/api/subcontract-jobs?filters[supplier][code][$eq]=HENGLI-PE`, 400],
  ],
  [
    'job filter on order',
    ['washer', 'get', () => `/api/subcontract-jobs?filters[order][poNumber][$notNull]=true`, 400],
  ],
  [
    'report on another job',
    [
      'washer',
      'put',
      () => `/api/subcontract-jobs/${foreign.job.documentId}`,
      404,
      () => ({ data: { qtyReceived: 1 } }),
    ],
  ],
  [
    'inflate its job',
    ['washer', 'put', () => `/api/subcontract-jobs/${own.job.documentId}`, 400, () => ({ data: { qtySent: 99999 } })],
  ],
  [
    'reassign its job',
    [
      'washer',
      'put',
      () => `/api/subcontract-jobs/${own.job.documentId}`,
      400,
      () => ({ data: { supplier: foreign.customer.documentId } }),
    ],
  ],
  ['another supplier PO', ['washer', 'get', () => `/api/purchase-orders/${own.po.documentId}`, 404]],
  [
    'PO line of another supplier',
    [
      'washer',
      'put',
      () => `/api/purchase-order-lines/${own.poLine.documentId}`,
      404,
      () => ({ data: { shippedQuantity: 1 } }),
    ],
  ],
  // Documents: another tenant's file is a 404, an internal document of its own order too.
  [
    'another customer packing list file',
    ['buyer', 'get', () => `/api/orders/${foreign.order.documentId}/documents/packing-list-final.pdf`, 404],
  ],
  ['another customer document list', ['buyer', 'get', () => `/api/orders/${foreign.order.documentId}/documents`, 404]],
  [
    'own order production notice (internal)',
    ['buyer', 'get', () => `/api/orders/${own.order.documentId}/documents/production-notice.pdf`, 404],
  ],
  [
    'own order shipping marks (internal)',
    ['buyer', 'get', () => `/api/orders/${own.order.documentId}/documents/shipping-marks.pdf`, 404],
  ],
  [
    'another supplier PO document',
    ['washer', 'get', () => `/api/purchase-orders/${own.po.documentId}/document.pdf`, 404],
  ],
  [
    'customer reading a PO document',
    ['buyer', 'get', () => `/api/purchase-orders/${own.po.documentId}/document.pdf`, 403],
  ],
  [
    'supplier reading order documents',
    ['supplier', 'get', () => `/api/orders/${own.order.documentId}/documents/packing-list-final.pdf`, 403],
  ],
  // Customers and suppliers across portals.
  ['customer reading a PO line', ['buyer', 'get', () => `/api/purchase-order-lines/${own.poLine.documentId}`, 403]],
  ['other customer reading the buyer order', ['otherBuyer', 'get', () => `/api/orders/${own.order.documentId}`, 404]],
  [
    'other customer answering the buyer sample',
    [
      'otherBuyer',
      'post',
      () => `/api/samples/${own.sample.documentId}/feedback`,
      404,
      () => ({ data: { decision: 'received' } }),
    ],
  ],
  [
    'unlinked account reading an order',
    ['unlinked', 'get', () => `/api/orders/${foreign.order.documentId}/workflow`, 404],
  ],
];

describe('BOLA: a portal user never reaches another tenant (denied writes change nothing)', () => {
  it('runs at least 50 probes', () => {
    expect(PROBES.length).toBeGreaterThanOrEqual(50);
  });

  it.each(PROBES)('%s', async (_name, [who, method, url, expected, body]) => {
    const before = await fingerprint(app.strapi);
    const client = as(who);
    const res =
      method === 'get' || method === 'delete'
        ? await client[method](url())
        : await client[method](url(), body?.() ?? {});
    expect({ status: res.status, body: res.status === expected ? undefined : res.body }).toEqual({
      status: expected,
      body: undefined,
    });
    if (expected === 200) {
      // A filter naming another tenant's record finds nothing.
      expect(res.body.data).toEqual([]);
      expect(res.body.meta.pagination.total).toBe(0);
    } else {
      // Strapi's error shape; another tenant's record is "Not Found", never an existence oracle.
      expect(res.body.error).toMatchObject({ status: expected, name: expect.any(String), message: expect.any(String) });
      if (expected === 404) expect(res.body.error.message).toBe('Not Found');
    }
    expect(await fingerprint(app.strapi)).toBe(before);
  });

  it('names the field or rule on refusals', async () => {
    const hidden = await as('buyer').get('/api/orders?filters[notes][$containsi]=a');
    expect(errorPaths(hidden.body)).toEqual(['filters.notes']);
    expect(errorRules(hidden.body)).toEqual(['portal-filter']);
    const price = await as('supplier').put(`/api/purchase-order-lines/${own.poLine.documentId}`, {
      data: { unitPrice: 0.01 },
    });
    expect(errorPaths(price.body)).toEqual(['unitPrice']);
    expect(errorRules(price.body)).toEqual(['portal-field']);
    const complaint = await as('buyer').post('/api/complaints', {
      data: { order: foreign.order.documentId, category: 'quality', description: 'x' },
    });
    expect(errorPaths(complaint.body)).toEqual(['order']);
  });
});

describe('data level: the document service confines portal users even where a route forgets', () => {
  const asPortalUser = async <T>(who: string, work: () => Promise<T>) => {
    const me = await as(who).get('/api/users/me');
    const ctx = { state: { auth: { strategy: { name: 'users-permissions' } }, user: { id: me.body.id } } };
    let result: T | undefined;
    await app.strapi.requestContext.run(ctx as never, async () => {
      result = await work();
    });
    return result as T;
  };

  it('reads only the tenant’s records, whatever the filters and populate', async () => {
    const orders = (await asPortalUser('buyer', () =>
      app.strapi
        .documents('api::order.order')
        .findMany({ filters: { $or: [{ customer: { code: 'MAPLE' } }, { id: { $gt: 0 } }] } as never })
    )) as Row[];
    const expected = await query('api::order.order').count({ where: { customer: { code: 'BLUERIDGE' } } });
    expect(orders).toHaveLength(expected);
    expect(
      await asPortalUser('buyer', () =>
        app.strapi.documents('api::order.order').findOne({ documentId: foreign.order.documentId })
      )
    ).toBeNull();
    expect(
      await asPortalUser('buyer', () =>
        app.strapi.documents('api::order.order').count({ filters: { customer: { code: 'MAPLE' } } as never })
      )
    ).toBe(0);
    // Types outside the portal are simply not found.
    await expect(
      asPortalUser('buyer', () => app.strapi.documents('api::customer.customer').findMany())
    ).rejects.toThrow('Not Found');
  });

  it('refuses writes outside the portal’s few', async () => {
    const before = await fingerprint(app.strapi);
    await expect(
      asPortalUser('buyer', () =>
        app.strapi
          .documents('api::order.order')
          .update({ documentId: own.order.documentId, data: { notes: 'x' } as never })
      )
    ).rejects.toThrow(/cannot change/);
    await expect(
      asPortalUser('supplier', () =>
        app.strapi
          .documents('api::purchase-order-line.purchase-order-line')
          .update({ documentId: foreign.poLine.documentId, data: { supplierShipDate: '2026-12-24' } as never })
      )
    ).rejects.toThrow('Not Found');
    expect(await fingerprint(app.strapi)).toBe(before);
  });
});

describe('property level: portal responses carry only their allow-lists', () => {
  const ORDER_KEYS = [
    'documentId',
    'poNumber',
    'season',
    'market',
    'channel',
    'orderDate',
    'exFactoryDate',
    'shipMode',
    'stage',
    'stageDates',
    'totalQuantity',
    'fobPrice',
    'currency',
    'style',
    'styleNo',
    'description',
    'lines',
    'colour',
    'size',
    'quantity',
    'booking',
    'bookedAt',
    'vesselOrFlight',
    'cutoffDate',
    'lateEntryDate',
    'finalInspections',
    'inspectedAt',
    'result',
    'lotSize',
    'level',
    'aqlMajor',
    'aqlMinor',
    'sampleSize',
    'criticalFound',
    'majorFound',
    'minorFound',
  ];
  const PAGE_KEYS = ['data', 'meta', 'pagination', 'page', 'pageSize', 'pageCount', 'total'];
  const STAGE_KEYS = [
    'received',
    'notice-issued',
    'materials-in-house',
    'permit-granted',
    'materials-issued',
    'in-production',
    'print-embroidery',
    'washing',
    'packing',
    'booked',
    'final-inspection',
    'shipped',
    'completed',
    'on-hold',
    'cancelled',
  ];
  const allowed = (...lists: string[][]) => new Set(lists.flat());

  const CASES: Array<[string, string, () => string, Set<string>]> = [
    ['orders list', 'buyer', () => '/api/orders?pagination[pageSize]=100', allowed(ORDER_KEYS, PAGE_KEYS, STAGE_KEYS)],
    ['one order', 'buyer', () => `/api/orders/${own.order.documentId}`, allowed(ORDER_KEYS, PAGE_KEYS, STAGE_KEYS)],
    [
      'workflow',
      'buyer',
      () => `/api/orders/${own.order.documentId}/workflow`,
      allowed(
        [
          'data',
          'order',
          'documentId',
          'poNumber',
          'stage',
          'key',
          'name',
          'nameZh',
          'enteredAt',
          'heldStage',
          'stageDates',
          'stages',
          'terminal',
        ],
        STAGE_KEYS
      ),
    ],
    [
      'samples list',
      'buyer',
      () => '/api/samples',
      allowed(PAGE_KEYS, [
        'documentId',
        'type',
        'round',
        'status',
        'requestedAt',
        'dueAt',
        'itemNo',
        'materials',
        'colour',
        'packaging',
        'process',
        'sentAt',
        'receivedAt',
        'courier',
        'trackingNumber',
        'freightTerms',
        'charged',
        'chargeAmount',
        'chargeCurrency',
        'feedbackAt',
        'feedbackComments',
        'style',
        'styleNo',
        'description',
        'order',
        'poNumber',
        'photos',
        'url',
        'name',
        'alternativeText',
        'width',
        'height',
      ]),
    ],
    [
      'complaints list',
      'buyer',
      () => '/api/complaints',
      allowed(PAGE_KEYS, [
        'documentId',
        'receivedAt',
        'category',
        'description',
        'quantityAffected',
        'status',
        'resolution',
        'amount',
        'discountPct',
        'countermeasure',
        'prevention',
        'closedAt',
        'order',
        'poNumber',
      ]),
    ],
    [
      'purchase orders',
      'supplier',
      () => '/api/purchase-orders?pagination[pageSize]=100',
      allowed(PAGE_KEYS, [
        'documentId',
        'poNumber',
        'status',
        'orderedAt',
        'supplierConfirmedDate',
        'supplierShipDate',
        'lines',
        'quantity',
        'unitPrice',
        'dueDate',
        'shippedQuantity',
        'material',
        'code',
        'name',
        'unit',
      ]),
    ],
    [
      'purchase order lines',
      'supplier',
      () => '/api/purchase-order-lines?pagination[pageSize]=100',
      allowed(PAGE_KEYS, [
        'documentId',
        'quantity',
        'unitPrice',
        'dueDate',
        'supplierConfirmedDate',
        'supplierShipDate',
        'shippedQuantity',
        'material',
        'code',
        'name',
        'unit',
        'purchaseOrder',
        'poNumber',
        'status',
      ]),
    ],
    [
      'subcontract jobs',
      'washer',
      () => '/api/subcontract-jobs',
      allowed(PAGE_KEYS, [
        'documentId',
        'process',
        'qtySent',
        'sentAt',
        'dueDate',
        'qtyReceived',
        'receivedAt',
        'defects',
        'status',
        'order',
        'poNumber',
      ]),
    ],
  ];

  it.each(CASES)('%s', async (_name, who, url, keys) => {
    const res = await as(who).get(url());
    expect(res.status).toBe(200);
    expect([...keysDeep(res.body)].filter((key) => !keys.has(key))).toEqual([]);
  });

  it('never leaks internal text: order notes, merchandisers, exceptions, root causes, prices to buyers', async () => {
    const bodies: unknown[] = [];
    for (const [, who, url] of CASES) if (who === 'buyer') bodies.push((await as(who).get(url())).body);
    for (const order of (await query('api::order.order').findMany({
      where: { customer: { code: 'BLUERIDGE' } },
    })) as Row[]) {
      for (const path of ['', '/workflow', '/time-and-action', '/lines', '/tolerance', '/reconciliation']) {
        bodies.push((await as('buyer').get(`/api/orders/${order.documentId}${path}`)).body);
      }
    }
    const text = JSON.stringify(bodies);
    const secrets = [
      ...(
        (await query('api::order.order').findMany({ where: { notes: { $notNull: true } }, select: ['notes'] })) as Row[]
      ).map((o) => o.notes),
      ...(
        (await query('api::production-exception.production-exception').findMany({
          select: ['description', 'action'],
        })) as Row[]
      ).flatMap((e) => [e.description, e.action]),
      ...(
        (await query('api::complaint.complaint').findMany({
          where: { rootCause: { $notNull: true } },
          select: ['rootCause'],
        })) as Row[]
      ).map((c) => c.rootCause),
      ...((await query('admin::user').findMany({ select: ['email'] })) as Row[]).map((u) => u.email),
    ].filter((value): value is string => typeof value === 'string' && value.length > 8);
    expect(secrets.length).toBeGreaterThan(0);
    expect(secrets.filter((secret) => text.includes(secret))).toEqual([]);
    for (const key of ['unitPrice', 'notes', 'merchandiser', 'rootCause', 'customer', 'supplier', 'id']) {
      expect(keysDeep(bodies).has(key)).toBe(false);
    }
  });
});

describe('API tokens carry no user: explicit read-only and full-access behaviour', () => {
  it('a read-only token reads everything and writes nothing; a full-access token is not scoped', async () => {
    const readOnly = (await app.strapi
      .service('admin::api-token')
      .create({ name: 'erp-read', type: 'read-only', lifespan: null })) as { accessKey: string };
    const reader = http(app, readOnly.accessKey);
    const all = await query('api::order.order').count();
    const list = await reader.get('/api/orders?pagination[pageSize]=100');
    expect(list.status).toBe(200);
    expect(list.body.meta.pagination.total).toBe(all);
    expect((await reader.put(`/api/orders/${own.order.documentId}`, { data: { notes: 'x' } })).status).toBe(403);
    expect((await http(app).get(`/api/orders/${foreign.order.documentId}`)).status).toBe(200);
  });
});

describe('the portal gate is on every route, even when a role grants too much', () => {
  it('an over-granted customer portal still gets only its portal routes, never another tenant', async () => {
    const role = (await query('plugin::users-permissions.role').findOne({
      where: { type: PORTAL_ROLES.customer.type },
    })) as Row;
    const apis = app.strapi.apis as unknown as Record<
      string,
      { routes: Record<string, { routes: Array<{ method: string; path: string; handler: string }> }> }
    >;
    const routes = Object.entries(apis).flatMap(([apiName, api]) =>
      Object.values(api.routes).flatMap((router) =>
        router.routes.map((route) => ({
          ...route,
          action: route.handler.startsWith('api::') ? route.handler : `api::${apiName}.${route.handler}`,
        }))
      )
    );
    // An administrator's mistake: every Gendan action ticked for the customer portal.
    const granted = await Promise.all(
      [...new Set(routes.map((route) => route.action))].map(
        (action) =>
          query('plugin::users-permissions.permission').create({ data: { action, role: role.id } }) as Promise<Row>
      )
    );
    try {
      const before = await fingerprint(app.strapi);
      const answers: string[] = [];
      let gated = 0;
      for (const route of routes) {
        const url = `/api${route.path.replace(/:(documentId|id)\b/, String(foreign.order.documentId))}`;
        const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
        const res =
          method === 'get' || method === 'delete'
            ? await as('buyer')[method](url)
            : await as('buyer')[method](url, { data: {} });
        const portal = PORTAL_ROUTES[route.action]?.portal === 'customer';
        const leaked = JSON.stringify(res.body).includes(String(foreign.order.poNumber));
        const fine = portal ? [200, 400, 404].includes(res.status) && !leaked : res.status === 403;
        if (!fine) answers.push(`${route.method} ${url} → ${res.status}`);
        if (res.body.error?.message === 'This route is not available to portal users') gated += 1;
      }
      expect(answers).toEqual([]);
      // The grants took effect: it is the portal gate, not the role, that refused.
      expect(gated).toBe(routes.filter((route) => PORTAL_ROUTES[route.action]?.portal !== 'customer').length);
      expect(routes.length).toBeGreaterThan(100);
      expect(await fingerprint(app.strapi)).toBe(before);
    } finally {
      await query('plugin::users-permissions.permission').deleteMany({
        where: { id: { $in: granted.map((p) => p.id) } },
      });
    }
  });
});

describe('login is rate-limited', () => {
  it('answers 429 after too many attempts from one address', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const res = await request(app.strapi.server.httpServer)
        .post('/api/auth/local')
        .send({ identifier: 'portal@blueridge.example', password: `wrong-${attempt}` });
      statuses.push(res.status);
    }
    expect(statuses).toContain(429);
    expect(statuses[statuses.length - 1]).toBe(429);
  });
});

describe('portal roles hold only portal permissions (finding 7)', () => {
  it('lose at start any permission beyond their list, however it got there', async () => {
    const role = (await query('plugin::users-permissions.role').findOne({
      where: { type: PORTAL_ROLES.supplier.type },
    })) as Row;
    const foreign = (await query('plugin::users-permissions.permission').create({
      data: { action: 'plugin::users-permissions.user.find', role: role.id },
    })) as Row;
    await ensurePortalRoles(app.strapi);
    expect(await query('plugin::users-permissions.permission').count({ where: { id: foreign.id } })).toBe(0);
    const held = (await query('plugin::users-permissions.permission').findMany({
      where: { role: { id: role.id } },
      select: ['action'],
    })) as Array<{ action: string }>;
    expect(held.map((p) => p.action).sort()).toEqual([...PORTAL_ROLES.supplier.actions].sort());
  });
});

describe('the demo factory prints every document (issue #20)', () => {
  it('each file of the catalogue prints from the demo data, for a merchandiser', async () => {
    const orders = (await query('api::order.order').findMany({
      select: ['documentId'],
      orderBy: { id: 'asc' },
    })) as Row[];
    const unprinted: string[] = [];
    for (const file of ORDER_DOCUMENT_FILES) {
      let printed = false;
      for (const order of orders) {
        const res = await http(app)
          .get(`/api/orders/${String(order.documentId)}/documents/${file}`)
          .buffer(true);
        if (res.status === 200) {
          printed = true;
          break;
        }
        // Not yet (409, naming what is missing) is the only other answer a demo order may give.
        if (res.status !== 409) unprinted.push(`${file} → ${res.status}`);
      }
      if (!printed) unprinted.push(file);
    }
    expect(unprinted).toEqual([]);
    const po = await first('api::purchase-order.purchase-order', {});
    expect((await http(app).get(`/api/purchase-orders/${String(po.documentId)}/document.pdf`)).status).toBe(200);
  }, 240_000);
});
