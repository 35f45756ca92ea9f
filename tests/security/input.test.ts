import { errorPaths, errorRules, type Client } from './helpers/client';
import { fingerprint } from './helpers/db';
import { create, makeOrder, makeSupplier, makeMaterial, day, unique } from './helpers/fixtures';
import { worldForFile } from './helpers/world';

/**
 * Findings 9–13: malformed input is a 400 naming the parameter on both
 * databases (PostgreSQL answered 500 to NUL, out-of-range integers and
 * impossible dates), sizes are bounded, pages do not wrap, read-only tokens
 * read every read-only endpoint, Editors do not list other people's items.
 */
const { who, db } = worldForFile();
let order: { documentId: string };
let customer: { documentId: string };
beforeAll(async () => {
  ({ order, customer } = await makeOrder(who.api));
});

describe('malformed input is a 400 naming the parameter, never a 500 (finding 9)', () => {
  it('refuses impossible calendar dates on every date parameter', async () => {
    const probes: Array<[Client, string, string]> = [
      [who.api, '/api/time-and-action/overview?from=2026-99-99', 'from'],
      [who.api, '/api/production-reports/daily?date=2026-02-31', 'date'],
      [who.api, `/api/customers/${customer.documentId}/summary?from=2026-02-30&to=2026-12-31`, 'from'],
      [who.superAdmin, '/merchandiser/dashboard/kpis?from=2026-02-31', 'from'],
      [who.superAdmin, '/merchandiser/time-and-action/overview?to=2026-13-01', 'to'],
    ];
    for (const [client, url, path] of probes) {
      const res = await client.get(url);
      expect([url, res.status, errorPaths(res)]).toEqual([url, 400, [path]]);
    }
  });

  it('refuses a word compared with a number, on the content API and in the Content Manager', async () => {
    const api = await who.api.get('/api/orders?filters[totalQuantity][$gt]=abc');
    expect([api.status, errorPaths(api)]).toEqual([400, ['filters.totalQuantity.$gt']]);
    const cm = await who.superAdmin.get(
      '/content-manager/collection-types/api::order.order?page=1&pageSize=10&filters[$and][0][totalQuantity][$gt]=abc'
    );
    expect(cm.status).toBe(400);
    // The Content Manager wraps the user's filters in its own $and before they reach Gendan.
    expect(errorPaths(cm)).toEqual([expect.stringMatching(/^filters\.\$and\.0\.(\$and\.0\.)?totalQuantity\.\$gt$/)]);
  });

  it('refuses JSON nested beyond the limit, integers beyond the column, NUL anywhere — storing nothing', async () => {
    const before = await fingerprint(db);
    const deep = `{"data":${'{"a":'.repeat(60)}1${'}'.repeat(60)}}`;
    const nested = await who.api.post('/api/customers', undefined, { raw: deep });
    expect([nested.status, errorRules(nested)]).toEqual([400, ['max-depth']]);

    const huge = await who.api.post('/api/complaints', {
      data: { order: order.documentId, category: 'quantity', description: 'short shipped', quantityAffected: 1e20 },
    });
    expect([huge.status, errorPaths(huge)]).toEqual([400, ['quantityAffected']]);

    const nulRelation = await who.api.post('/api/order-lines', {
      data: { order: '\u0000', colour: 'Navy', size: 'S', quantity: 1 },
    });
    expect([nulRelation.status, errorPaths(nulRelation)]).toEqual([400, ['body.data.order']]);
    const nulText = await who.api.put(`/api/customers/${customer.documentId}`, { data: { name: 'Blue\u0000Ridge' } });
    expect([nulText.status, errorRules(nulText)]).toEqual([400, ['nul-character']]);
    const nulId = await who.api.get('/api/orders/%00');
    expect([nulId.status, errorRules(nulId)]).toEqual([400, ['nul-character']]);
    const nulFilter = await who.api.get('/api/orders?filters[poNumber][$eq]=%00');
    expect([nulFilter.status, errorRules(nulFilter)]).toEqual([400, ['nul-character']]);
    expect(await fingerprint(db)).toBe(before);
  });
});

describe('sizes are bounded (finding 10)', () => {
  it('refuses text beyond its maxLength, naming the field', async () => {
    const res = await who.api.post('/api/complaints', {
      data: { order: order.documentId, category: 'quality', description: 'x'.repeat(4001), quantityAffected: 1 },
    });
    expect([res.status, errorPaths(res)]).toEqual([400, ['description']]);
  });

  it('refuses a body beyond the route limit with a 413, before reading it', async () => {
    const res = await who.api.post('/api/customers', {
      data: { code: unique('C'), name: 'x', notes: 'y'.repeat(600 * 1024) },
    });
    expect(res.status).toBe(413);
    expect(res.body.error.message).toMatch(/at most 512 KB/);
  });

  it('answers 50 000 unknown keys without an echo: 413 beyond the body limit, 400 with the first few below it', async () => {
    const withKeys = (n: number) => {
      const data: Record<string, unknown> = { to: 'notice-issued' };
      for (let i = 0; i < n; i += 1) data[`k${i}`] = 1;
      return { data };
    };
    for (const url of [`/api/orders/${order.documentId}/transitions`, '/api/customers']) {
      const big = await who.api.post(url, withKeys(50_000));
      expect([url, big.status]).toEqual([url, 413]);
      expect(big.text.length).toBeLessThan(1_000);
      const many = await who.api.post(url, withKeys(30_000));
      expect([url, many.status]).toEqual([url, 400]);
      expect(many.text.length).toBeLessThan(4_000);
    }
  });

  it('refuses required text made of spaces only, before trimming', async () => {
    const res = await who.api.post('/api/customers', { data: { code: '   ', name: '  ', market: 'US' } });
    expect(res.status).toBe(400);
    expect(errorPaths(res).sort()).toEqual(['code', 'name']);
    expect(errorRules(res)).toEqual(['required', 'required']);
  });
});

describe('pagination does not wrap around (finding 11)', () => {
  it('answers 400 for a page number beyond range, on the content API and in the Content Manager', async () => {
    const api = await who.api.get('/api/orders?pagination[page]=1e300');
    expect([api.status, errorPaths(api)]).toEqual([400, ['pagination.page']]);
    const cm = await who.superAdmin.get('/content-manager/collection-types/api::order.order?page=1e300&pageSize=10');
    expect([cm.status, errorPaths(cm)]).toEqual([400, ['page']]);
  });
});

describe('a read-only API token reads every read-only endpoint (finding 12)', () => {
  it('answers 200 on expediting, revisions, tolerance, reconciliation, follow-ups and the customer summary', async () => {
    const supplier = await makeSupplier(who.api, ['fabric']);
    const fabric = await makeMaterial(who.api);
    const po = await create(who.api, 'purchase-orders', {
      poNumber: unique('PO'),
      supplier: supplier.documentId,
      status: 'confirmed',
      orderedAt: day(-5),
    });
    await create(who.api, 'purchase-order-lines', {
      purchaseOrder: po.documentId,
      order: order.documentId,
      material: fabric.documentId,
      quantity: 100,
      dueDate: day(2),
    });
    for (const url of [
      '/api/purchase-orders/expediting',
      `/api/orders/${order.documentId}/revisions`,
      `/api/orders/${order.documentId}/tolerance`,
      `/api/orders/${order.documentId}/reconciliation`,
      '/api/samples/follow-ups',
      `/api/customers/${customer.documentId}/summary`,
    ]) {
      const res = await who.readOnly.get(url);
      expect([url, res.status]).toEqual([url, 200]);
    }
  });

  it('still cannot write', async () => {
    const res = await who.readOnly.post(`/api/orders/${order.documentId}/transitions`, {
      data: { to: 'notice-issued' },
    });
    expect(res.status).toBe(403);
  });
});

describe("Editors do not list other people's notifications, sign-offs or history (finding 13)", () => {
  const list = (uid: string) => `/content-manager/collection-types/${uid}?page=1&pageSize=10`;
  it('hides them from Editors and Authors in the Content Manager', async () => {
    for (const uid of ['api::notification.notification', 'api::signoff.signoff', 'api::order-history.order-history']) {
      expect([uid, (await who.editor.get(list(uid))).status]).toEqual([uid, 403]);
      expect([uid, (await who.author.get(list(uid))).status]).toEqual([uid, 403]);
      expect([uid, (await who.superAdmin.get(list(uid))).status]).toEqual([uid, 200]);
    }
  });

  it('lets Editors read the audit entries, never write them; Authors do not see them', async () => {
    expect((await who.editor.get(list('api::audit-entry.audit-entry'))).status).toBe(200);
    expect((await who.author.get(list('api::audit-entry.audit-entry'))).status).toBe(403);
    const forged = await who.editor.post('/content-manager/collection-types/api::audit-entry.audit-entry', {
      at: new Date().toISOString(),
      reason: 'portal',
      action: 'update',
      actorType: 'system',
      subjectType: 'x',
    });
    expect(forged.status).toBe(403);
  });
});
