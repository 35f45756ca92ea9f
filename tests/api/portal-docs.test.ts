import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { addDays, format } from 'date-fns';
import request from 'supertest';
import { parse } from 'yaml';
import { PORTAL_ROUTES } from '../../src/modules/portal/routes';
import { loadDemoData } from '../../src/modules/demo/load-demo';
import { http } from '../helpers/http';
import { login, makePortalUser, openPurchaseLine, PORTAL_PASSWORD } from '../helpers/portal';
import { startApp, type TestApp } from '../helpers/strapi';

const root = path.resolve(__dirname, '..', '..');
const spec = parse(readFileSync(path.join(root, 'docs', 'openapi', 'portal.yaml'), 'utf8')) as {
  paths: Record<string, Record<string, { tags?: string[]; responses: Record<string, unknown> }>>;
};

let app: TestApp;
let baseUrl: string;
const jwt: Record<string, string> = {};
/** The first record of each portal list, as the portal sees it: ids for the `{documentId}` paths. */
const sampleIds: Record<string, string> = {};

beforeAll(async () => {
  app = await startApp();
  process.env.DEMO_PORTAL_PASSWORD = PORTAL_PASSWORD;
  await loadDemoData(app.strapi);
  await new Promise<void>((resolve) => app.strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(app.strapi.server.httpServer.address() as AddressInfo).port}`;
  jwt.customer = await login(app, 'portal@blueridge.example');
  jwt.supplier = await login(app, 'portal@huayang.example');
  jwt.washer = await login(app, 'portal@jintan-wash.example');
}, 180_000);

afterAll(async () => {
  await app.stop();
});

describe('examples/portal-client', () => {
  it('logs in as the demo buyer and prints its orders with their stage', async () => {
    const { stdout } = await promisify(execFile)(
      path.join(root, 'node_modules', '.bin', 'tsx'),
      [path.join(root, 'examples', 'portal-client', 'index.ts')],
      {
        cwd: root,
        env: {
          ...process.env,
          GENDAN_URL: baseUrl,
          GENDAN_USER: 'portal@blueridge.example',
          GENDAN_PASSWORD: PORTAL_PASSWORD,
        },
      }
    );
    const lines = stdout.trim().split('\n');
    const orders = (await app.strapi.db
      .query('api::order.order')
      .findMany({ where: { customer: { code: 'BLUERIDGE' } }, select: ['poNumber'] })) as Array<{ poNumber: string }>;
    expect(lines).toHaveLength(orders.length);
    for (const order of orders) expect(stdout).toContain(order.poNumber);
    expect(stdout).toMatch(/ex-factory \d{4}-\d{2}-\d{2}/);
  });
});

describe('docs/openapi/portal.yaml', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(spec, 'portal');
  const pointer = (...parts: string[]) => parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
  const validate = (route: string, method: string, status: string, body: unknown) => {
    const response = spec.paths[route]?.[method]?.responses[status] as { $ref?: string } | undefined;
    if (!response) return [`${method} ${route} does not describe ${status}`];
    // A shared response (`#/components/responses/NotFound`) or one written in place.
    const at = response.$ref ? response.$ref.slice(2).split('/') : ['paths', route, method, 'responses', status];
    const schema = `portal#/${pointer(...at, 'content', 'application/json', 'schema')}`;
    const check = ajv.getSchema(schema) ?? ajv.compile({ $ref: schema });
    const valid = check(body);
    return valid ? [] : (check.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
  };

  it('describes every route a portal may call, and nothing else', () => {
    const described = Object.entries(spec.paths)
      .filter(([route]) => !route.startsWith('/auth/') && route !== '/users/me')
      .flatMap(([route, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} /api${route}`))
      .sort();
    const routes: string[] = [];
    const apis = app.strapi.apis as unknown as Record<
      string,
      { routes: Record<string, { routes: Array<{ method: string; path: string; handler: string }> }> }
    >;
    for (const [apiName, api] of Object.entries(apis)) {
      for (const router of Object.values(api.routes)) {
        for (const route of router.routes) {
          const action = route.handler.startsWith('api::') ? route.handler : `api::${apiName}.${route.handler}`;
          if (PORTAL_ROUTES[action])
            routes.push(
              `${route.method} /api${route.path.replace(/:(\w+)/g, (_, name: string) => `{${name === 'id' ? 'documentId' : name}}`)}`
            );
        }
      }
    }
    expect(described).toEqual(routes.sort());
  });

  const LISTS: Array<[string, string]> = [
    ['/orders', 'customer'],
    ['/samples', 'customer'],
    ['/complaints', 'customer'],
    ['/purchase-orders', 'supplier'],
    ['/purchase-order-lines', 'supplier'],
    ['/subcontract-jobs', 'washer'],
  ];

  it.each(LISTS)('GET %s and GET %s/{documentId} answer as described', async (list, who) => {
    const page = await http(app, jwt[who]).get(`/api${list}?pagination[pageSize]=100`);
    expect(validate(list, 'get', '200', page.body)).toEqual([]);
    expect(page.body.data.length).toBeGreaterThan(0);
    sampleIds[list] = page.body.data[0].documentId;
    const one = await http(app, jwt[who]).get(`/api${list}/${sampleIds[list]}`);
    expect(validate(`${list}/{documentId}`, 'get', '200', one.body)).toEqual([]);
    const missing = await http(app, jwt[who]).get(`/api${list}/no-such-document`);
    expect(validate(`${list}/{documentId}`, 'get', '404', missing.body)).toEqual([]);
    const invalid = await http(app, jwt[who]).get(`/api${list}?populate=*`);
    expect(invalid.status).toBe(400);
  });

  it.each(['workflow', 'time-and-action', 'lines', 'tolerance', 'reconciliation', 'documents'])(
    'GET /orders/{documentId}/%s answers as described',
    async (part) => {
      const orders = (await app.strapi.db
        .query('api::order.order')
        .findMany({ where: { customer: { code: 'BLUERIDGE' } }, select: ['documentId'] })) as Array<{
        documentId: string;
      }>;
      for (const order of orders) {
        const res = await http(app, jwt.customer).get(`/api/orders/${order.documentId}/${part}`);
        expect(validate(`/orders/{documentId}/${part}`, 'get', '200', res.body)).toEqual([]);
      }
    }
  );

  it('the writes answer as described', async () => {
    const day = (offset: number) => format(addDays(new Date(), offset), 'yyyy-MM-dd');
    const order = (await app.strapi.db
      .query('api::order.order')
      .findOne({ where: { customer: { code: 'BLUERIDGE' } }, select: ['documentId'] })) as { documentId: string };
    const complaint = await http(app, jwt.customer).post('/api/complaints', {
      data: {
        order: order.documentId,
        category: 'quality',
        description: 'Loose threads at the hem.',
        quantityAffected: 12,
      },
    });
    expect(complaint.status).toBe(201);
    expect(validate('/complaints', 'post', '201', complaint.body)).toEqual([]);
    const bad = await http(app, jwt.customer).post('/api/complaints', {
      data: { order: 'nope', category: 'quality', description: 'x' },
    });
    expect(validate('/complaints', 'post', '400', bad.body)).toEqual([]);

    const sample = (await app.strapi.db.query('api::sample.sample').findOne({
      where: { customer: { code: 'BLUERIDGE' }, status: { $in: ['sent', 'received'] } },
      select: ['documentId'],
    })) as { documentId: string };
    const feedback = await http(app, jwt.customer).post(`/api/samples/${sample.documentId}/feedback`, {
      data: { decision: 'commented', comments: 'Collar 0.5 cm narrower, please.' },
    });
    expect(feedback.status).toBe(200);
    expect(validate('/samples/{documentId}/feedback', 'post', '200', feedback.body)).toEqual([]);
    expect(feedback.body.meta.nextRound).toMatchObject({ round: expect.any(Number) });
    const closed = await http(app, jwt.customer).post(`/api/samples/${sample.documentId}/feedback`, {
      data: { decision: 'approved' },
    });
    expect(validate('/samples/{documentId}/feedback', 'post', '409', closed.body)).toEqual([]);

    // A line still open to the supplier: not fully received, its order not closed (finding 8 closes the others).
    const lines = await http(app, jwt.supplier).get('/api/purchase-order-lines?pagination[pageSize]=100');
    const { documentId: openLine } = await openPurchaseLine(app.strapi, {
      documentId: { $in: (lines.body.data as Array<{ documentId: string }>).map((line) => line.documentId) },
    });
    const line = await http(app, jwt.supplier).put(`/api/purchase-order-lines/${openLine}`, {
      data: { supplierConfirmedDate: day(5) },
    });
    expect(line.status).toBe(200);
    expect(validate('/purchase-order-lines/{documentId}', 'put', '200', line.body)).toEqual([]);

    const job = (await app.strapi.db.query('api::subcontract-job.subcontract-job').findOne({
      where: { supplier: { code: 'JINTAN-WASH' }, status: 'sent' },
      select: ['documentId', 'qtySent'],
    })) as { documentId: string; qtySent: number };
    const reported = await http(app, jwt.washer).put(`/api/subcontract-jobs/${job.documentId}`, {
      data: { qtyReceived: job.qtySent, receivedAt: day(0), defects: 0 },
    });
    expect(reported.status).toBe(200);
    expect(validate('/subcontract-jobs/{documentId}', 'put', '200', reported.body)).toEqual([]);
    expect(reported.body.data.status).toBe('returned');
  });

  it('the account endpoints answer as described', async () => {
    const token = await makePortalUser(app, 'customer', 'BLUERIDGE', 'docs-account');
    const me = await http(app, token).get('/api/users/me');
    expect(validate('/users/me', 'get', '200', me.body)).toEqual([]);
    const loggedIn = await request(app.strapi.server.httpServer)
      .post('/api/auth/local')
      .send({ identifier: 'docs-account@portal.test', password: PORTAL_PASSWORD });
    expect(validate('/auth/local', 'post', '200', loggedIn.body)).toEqual([]);
    const refreshed = await request(app.strapi.server.httpServer)
      .post('/api/auth/refresh')
      .set('Cookie', loggedIn.headers['set-cookie'])
      .send({});
    expect(refreshed.status).toBe(200);
    expect(validate('/auth/refresh', 'post', '200', refreshed.body)).toEqual([]);
    const changed = await http(app, loggedIn.body.jwt).post('/api/auth/change-password', {
      currentPassword: PORTAL_PASSWORD,
      password: 'Changed-Portal-2026',
      passwordConfirmation: 'Changed-Portal-2026',
    });
    expect(changed.status).toBe(200);
    expect(validate('/auth/change-password', 'post', '200', changed.body)).toEqual([]);
    const out = await http(app, changed.body.jwt).post('/api/auth/logout', {});
    expect(out.status).toBe(200);
    expect(validate('/auth/logout', 'post', '200', out.body)).toEqual([]);
  });
});
