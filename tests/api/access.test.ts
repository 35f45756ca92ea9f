import { http } from '../helpers/http';
import { makeOrder } from '../helpers/fixtures';
import { startApp, type TestApp } from '../helpers/strapi';

let app: TestApp;
let orderId: string;
beforeAll(async () => {
  app = await startApp();
  orderId = (await makeOrder(app)).order.documentId;
});
afterAll(async () => {
  await app.stop();
});

const PLURALS = [
  'customers',
  'suppliers',
  'size-scales',
  'styles',
  'orders',
  'order-lines',
  'departments',
  'workflow-stages',
];

describe('content-API routes are closed unless a role grants them', () => {
  const routes = (): Array<[string, string, object?]> => [
    ...PLURALS.flatMap((plural): Array<[string, string, object?]> => [
      ['get', `/api/${plural}`],
      ['get', `/api/${plural}/someid`],
      ['post', `/api/${plural}`, { data: {} }],
      ['put', `/api/${plural}/someid`, { data: {} }],
      ['delete', `/api/${plural}/someid`],
    ]),
    ['get', `/api/orders/${orderId}/lines`],
    ['put', `/api/orders/${orderId}/lines`, { data: [] }],
    ['get', `/api/orders/${orderId}/workflow`],
    ['post', `/api/orders/${orderId}/transitions`, { data: { to: 'on-hold' } }],
    [
      'post',
      `/api/orders/${orderId}/signoffs`,
      { data: { stage: 'notice-issued', department: 'planning', decision: 'approved' } },
    ],
    ['post', `/api/orders/${orderId}/waivers`, { data: { rule: 'fabric-inspected-in-time', reason: 'x' } }],
    ['get', '/api/order-histories'],
    ['get', '/api/signoffs'],
    ['get', '/api/rule-waivers'],
    ['get', `/api/orders/${orderId}/materials`],
    ['get', '/api/purchase-orders/expediting'],
    ['get', '/api/quality-setting'],
    ['put', '/api/quality-setting', { data: { shrinkageWovenPct: 9 } }],
    ['get', `/api/orders/${orderId}/progress`],
    ['get', '/api/production-reports/daily'],
    ['get', '/api/production-lines/load'],
    ['post', '/api/production-exceptions/someid/apply-delay', {}],
    ['get', '/api/order-revisions'],
    ['get', '/api/production-setting'],
    ['get', `/api/orders/${orderId}/tolerance`],
    ['post', `/api/orders/${orderId}/packing-lists/simulate`, { data: {} }],
    ['get', `/api/orders/${orderId}/reconciliation`],
    ['post', '/api/final-inspections/plan', { data: { lotSize: 100, aql: 2.5 } }],
    ['get', '/api/shipping-setting'],
    ['post', '/api/samples/someid/status', { data: { to: 'sent' } }],
    ['post', '/api/samples/someid/feedback', { data: { decision: 'approved' } }],
    ['get', '/api/samples'],
    ['get', '/api/complaints'],
    ['post', '/api/complaints', { data: {} }],
    ['get', '/api/purchase-order-lines'],
    ['put', '/api/purchase-order-lines/someid', { data: {} }],
    ['get', '/api/subcontract-jobs'],
    ['get', '/api/samples/follow-ups'],
    ['get', `/api/orders/${orderId}/revisions`],
    ['post', `/api/orders/${orderId}/documents/reissue`, { data: { kind: 'production-notice' } }],
    ['get', '/api/order-documents'],
    ['get', '/api/customers/someid/summary'],
    ['get', '/api/customers/someid/inspection-severity'],
  ];

  it('answers 403 to a caller without a token on every route, and writes nothing', async () => {
    const anonymous = http(app, null);
    for (const [method, url, body] of routes()) {
      const res =
        method === 'get'
          ? await anonymous.get(url)
          : method === 'delete'
            ? await anonymous.delete(url)
            : await anonymous[method as 'post' | 'put'](url, body);
      expect([method, url, res.status, res.body.error?.name]).toEqual([method, url, 403, 'ForbiddenError']);
    }
    expect(await app.strapi.db.query('api::order.order').count()).toBe(1);
    expect(await app.strapi.db.query('api::order-history.order-history').count()).toBe(1);
    expect(await app.strapi.db.query('api::signoff.signoff').count()).toBe(0);
  });

  it('answers 403 to a signed-in portal user whose role grants nothing', async () => {
    const role = (await app.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'authenticated' } })) as {
      id: number;
    };
    const user = await app.strapi.plugin('users-permissions').service('user').add({
      username: 'portal-user',
      email: 'portal@gendan.test',
      password: 'Portal-2026',
      provider: 'local',
      confirmed: true,
      role: role.id,
    });
    const jwt = app.strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
    for (const url of [
      '/api/orders',
      `/api/orders/${orderId}`,
      `/api/orders/${orderId}/lines`,
      `/api/orders/${orderId}/workflow`,
      '/api/customers',
    ]) {
      expect([url, (await http(app, jwt).get(url)).status]).toEqual([url, 403]);
    }
  });

  it('answers 401 to a made-up token', async () => {
    expect((await http(app, 'not-a-token').get('/api/orders')).status).toBe(401);
  });

  it('the public role holds no Gendan permission', async () => {
    const permissions = (await app.strapi.db.query('plugin::users-permissions.permission').findMany({
      where: { role: { type: 'public' }, action: { $startsWith: 'api::' } },
    })) as unknown[];
    expect(permissions).toEqual([]);
  });
});
