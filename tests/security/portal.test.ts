import { randomBytes } from 'node:crypto';
import { as, call, errorPaths, errorRules, type Client } from './helpers/client';
import { count } from './helpers/db';
import {
  create,
  day,
  lanAddress,
  makeMaterial,
  makeOrder,
  makePortalUser,
  makeSupplier,
  portalLogin,
  unique,
} from './helpers/fixtures';
import { worldForFile } from './helpers/world';

/**
 * Findings 7, 8 and the session half of 12: the portal gate covers plugin
 * routes and portal roles refuse over-grants; supplier and subcontractor
 * writes are limited to open records, bounded and audited; creates are
 * rate-limited per account; logout and refresh-token reuse end the login.
 */
const { w, who, db } = worldForFile();

const proxied = { 'X-Forwarded-Proto': 'https' };
const portal = (jwt: string): Client => as(w.base, jwt, { headers: { ...proxied, 'X-Forwarded-For': lanAddress() } });
const roleId = async (type: string) => ((await db('up_roles').where({ type }).first()) as { id: number }).id;

describe('the portal gate covers plugin routes; portal roles refuse over-grants (finding 7)', () => {
  it('refuses to grant the customer portal users.find or upload.find in the admin', async () => {
    const id = await roleId('customer-portal');
    const before = await db('up_permissions_role_lnk').where({ role_id: id }).count({ n: '*' }).first();
    const res = await who.superAdmin.put(`/users-permissions/roles/${id}`, {
      name: 'Customer portal',
      description: 'Buyers',
      permissions: {
        'plugin::users-permissions': { controllers: { user: { find: { enabled: true } } } },
        'plugin::upload': { controllers: { 'content-api': { find: { enabled: true } } } },
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('plugin::users-permissions.user.find');
    expect(await db('up_permissions_role_lnk').where({ role_id: id }).count({ n: '*' }).first()).toEqual(before);
  });

  it('keeps a portal user from the user list and the files even when a grant slipped into the database', async () => {
    const { customer } = await makeOrder(who.api);
    const session = await portalLogin(w.base, await makePortalUser(who.superAdmin, 'customer', customer.documentId));
    const id = await roleId('customer-portal');
    const now = new Date();
    const inserted: number[] = [];
    for (const action of ['plugin::users-permissions.user.find', 'plugin::upload.content-api.find']) {
      const [row] = (await db('up_permissions')
        .insert({
          document_id: randomBytes(12).toString('hex'),
          action,
          created_at: now,
          updated_at: now,
          published_at: now,
        })
        .returning('id')) as Array<{ id: number } | number>;
      const permissionId = typeof row === 'number' ? row : row.id;
      inserted.push(permissionId);
      await db('up_permissions_role_lnk').insert({ permission_id: permissionId, role_id: id, permission_ord: 1 });
    }
    try {
      for (const url of ['/api/users', '/api/upload/files']) {
        const res = await portal(session.jwt).get(url);
        expect([url, res.status, res.body.error?.message]).toEqual([
          url,
          403,
          'This route is not available to portal users',
        ]);
        expect(res.text).not.toContain('@portal.test');
      }
      const me = await portal(session.jwt).get('/api/users/me');
      expect(me.status).toBe(200);
    } finally {
      await db('up_permissions_role_lnk').whereIn('permission_id', inserted).delete();
      await db('up_permissions').whereIn('id', inserted).delete();
    }
  });
});

describe('supplier and subcontractor writes: open records, bounded, audited (finding 8)', () => {
  let supplierJwt: string;
  let line: { documentId: string };
  let receivedLine: { documentId: string };
  let returnedJob: { documentId: string };
  let cancelledJob: { documentId: string };
  let openJob: { documentId: string };

  beforeAll(async () => {
    const supplier = await makeSupplier(who.api, ['fabric', 'wash']);
    const fabric = await makeMaterial(who.api);
    const { order } = await makeOrder(who.api);
    const { order: cancelled } = await makeOrder(who.api);
    const po = await create(who.api, 'purchase-orders', {
      poNumber: unique('PO'),
      supplier: supplier.documentId,
      status: 'confirmed',
      orderedAt: day(-20),
    });
    const lineOf = (quantity: number) =>
      create(who.api, 'purchase-order-lines', {
        purchaseOrder: po.documentId,
        order: order.documentId,
        material: fabric.documentId,
        quantity,
        dueDate: day(10),
        unitPrice: 2.5,
      });
    line = await lineOf(1200);
    receivedLine = await lineOf(300);
    const receipt = await who.api.post('/api/material-receipts', {
      data: { purchaseOrderLine: receivedLine.documentId, receivedAt: day(0), quantity: 300, rolls: 3 },
    });
    expect(receipt.status).toBe(201);
    const job = (orderId: string, data: Record<string, unknown>) =>
      create(who.api, 'subcontract-jobs', {
        order: orderId,
        supplier: supplier.documentId,
        process: 'wash',
        qtySent: 3000,
        sentAt: day(-5),
        dueDate: day(5),
        ...data,
      });
    openJob = await job(order.documentId, {});
    returnedJob = await job(order.documentId, { qtyReceived: 3000, receivedAt: day(-1), defects: 2 });
    cancelledJob = await job(cancelled.documentId, {});
    const cancel = await who.api.post(`/api/orders/${cancelled.documentId}/transitions`, {
      data: { to: 'cancelled', comment: 'buyer withdrew the PO' },
    });
    expect(cancel.status).toBe(200);
    supplierJwt = (await portalLogin(w.base, await makePortalUser(who.superAdmin, 'supplier', supplier.documentId)))
      .jwt;
  });

  const putLine = (documentId: string, data: Record<string, unknown>) =>
    portal(supplierJwt).put(`/api/purchase-order-lines/${documentId}`, { data });
  const putJob = (documentId: string, data: Record<string, unknown>) =>
    portal(supplierJwt).put(`/api/subcontract-jobs/${documentId}`, { data });

  it('refuses a shipped quantity beyond the order plus tolerance, and absurd dates, changing nothing', async () => {
    const before = await db('purchase_order_lines').where({ document_id: line.documentId }).first();
    // 1 200 m + 5 % over-delivery = 1 260 m at most.
    const over = await putLine(line.documentId, { shippedQuantity: 1261 });
    expect([over.status, errorRules(over)]).toEqual([400, ['portal-quantity-bound']]);
    const huge = await putLine(line.documentId, { shippedQuantity: 1e12 });
    expect([huge.status, errorPaths(huge)]).toEqual([400, ['shippedQuantity']]);
    const dates = await putLine(line.documentId, {
      supplierConfirmedDate: '1900-01-01',
      supplierShipDate: '9999-12-31',
    });
    expect([dates.status, errorRules(dates)]).toEqual([400, ['portal-date-window', 'portal-date-window']]);
    expect(await db('purchase_order_lines').where({ document_id: line.documentId }).first()).toEqual(before);
  });

  it('accepts a real confirmation and leaves an audit row (who, when, before → after) on the order', async () => {
    const res = await putLine(line.documentId, { shippedQuantity: 1260, supplierShipDate: day(8) });
    expect(res.status).toBe(200);
    const audit = (await db('audit_entries')
      .where({ subject_id: line.documentId })
      .orderBy('id', 'desc')
      .first()) as Record<string, unknown>;
    expect(audit).toMatchObject({
      reason: 'portal',
      action: 'update',
      actor_type: 'user',
      subject_type: 'api::purchase-order-line.purchase-order-line',
    });
    const changes = typeof audit.changes === 'string' ? JSON.parse(audit.changes) : audit.changes;
    expect(changes.supplierShipDate).toEqual({ before: null, after: day(8) });
    expect(Number(changes.shippedQuantity.after)).toBe(1260);
    expect(await db('audit_entries_order_lnk').where({ audit_entry_id: audit.id }).first()).toBeTruthy();
  });

  it('refuses any change to a fully received PO line, a returned job and a job of a cancelled order', async () => {
    const received = await putLine(receivedLine.documentId, { shippedQuantity: 10 });
    expect([received.status, errorRules(received)]).toEqual([400, ['portal-record-closed']]);
    const returned = await putJob(returnedJob.documentId, { qtyReceived: 3000, defects: 0 });
    expect([returned.status, errorRules(returned)]).toEqual([400, ['portal-record-closed']]);
    expect(await db('subcontract_jobs').where({ document_id: returnedJob.documentId }).first()).toMatchObject({
      defects: 2,
    });
    const cancelled = await putJob(cancelledJob.documentId, { qtyReceived: 100 });
    expect([cancelled.status, errorRules(cancelled)]).toEqual([400, ['portal-record-closed']]);
  });

  it('bounds a return report by what was sent and by today', async () => {
    const res = await putJob(openJob.documentId, { qtyReceived: 3001, defects: 0, receivedAt: day(3) });
    expect(res.status).toBe(400);
    expect(errorRules(res).sort()).toEqual(['portal-date-window', 'portal-quantity-bound']);
    const ok = await putJob(openJob.documentId, { qtyReceived: 2990, defects: 12, receivedAt: day(0) });
    expect(ok.status).toBe(200);
    expect(await count(db, 'audit_entries', { subject_id: openJob.documentId, reason: 'portal' })).toBe(1);
  });
});

describe('portal creates are rate-limited per account (finding 10)', () => {
  it('answers 429 after the hourly allowance (3 on this server), each create audited', async () => {
    const { customer, order } = await makeOrder(who.api);
    const account = await makePortalUser(who.superAdmin, 'customer', customer.documentId);
    const buyer = portal((await portalLogin(w.base, account)).jwt);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const res = await buyer.post('/api/complaints', {
        data: {
          order: order.documentId,
          category: 'packing',
          description: `Carton ${i} crushed on arrival.`,
          quantityAffected: 12,
        },
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
    const user = (await db('up_users').where({ email: account.email }).first()) as { id: number };
    expect(await count(db, 'audit_entries', { reason: 'portal', action: 'create', actor_id: String(user.id) })).toBe(3);
  });
});

describe('sessions end when the login ends (finding 12)', () => {
  let account: { email: string; password: string };
  beforeAll(async () => {
    const { customer } = await makeOrder(who.api);
    account = await makePortalUser(who.superAdmin, 'customer', customer.documentId);
  });
  const refresh = (cookie: string) =>
    call(
      w.base,
      'POST',
      '/api/auth/refresh',
      {},
      { headers: { ...proxied, Cookie: cookie, 'X-Forwarded-For': lanAddress() } }
    );

  it('logout revokes the access token at once, not when it expires', async () => {
    const session = await portalLogin(w.base, account);
    expect((await portal(session.jwt).get('/api/users/me')).status).toBe(200);
    expect((await portal(session.jwt).post('/api/auth/logout', {})).status).toBe(200);
    expect((await portal(session.jwt).get('/api/users/me')).status).toBe(401);
    expect((await portal(session.jwt).get('/api/orders')).status).toBe(401);
  });

  it('reuse of a rotated refresh token revokes the whole login', async () => {
    const session = await portalLogin(w.base, account);
    const rotated = await refresh(session.cookie);
    expect(rotated.status).toBe(200);
    const next = ((rotated.headers['set-cookie'] as string[]) ?? [])
      .find((c) => c.startsWith('strapi_up_refresh='))!
      .split(';')[0];
    expect(next).not.toBe(session.cookie);

    const replayed = await refresh(session.cookie);
    expect(replayed.status).toBe(401);
    expect(replayed.body.error.message).toMatch(/already used/);
    // The thief's successor token and every access token of the login are dead too.
    expect((await refresh(next)).status).toBe(401);
    expect((await portal(rotated.body.jwt).get('/api/users/me')).status).toBe(401);
    expect((await portal(session.jwt).get('/api/users/me')).status).toBe(401);
  });
});
