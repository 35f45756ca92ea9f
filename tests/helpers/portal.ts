import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { PORTAL_ROLES, type PortalKind } from '../../src/modules/portal/domain/roles';
import type { TestApp } from './strapi';

export const PORTAL_PASSWORD = 'Portal-Test-2026';

/** Creates a portal account linked to a customer or supplier (by code); null code leaves it unlinked. */
export async function makePortalUser(app: TestApp, kind: PortalKind, code: string | null, name: string) {
  const role = (await app.strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: PORTAL_ROLES[kind].type } })) as { id: number };
  const tenant = code
    ? ((await app.strapi.db
        .query(kind === 'customer' ? 'api::customer.customer' : 'api::supplier.supplier')
        .findOne({ where: { code } })) as { id: number })
    : null;
  await app.strapi
    .plugin('users-permissions')
    .service('user')
    .add({
      username: name,
      email: `${name}@portal.test`,
      password: PORTAL_PASSWORD,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
      ...(tenant ? { [kind]: tenant.id } : {}),
    });
  return login(app, `${name}@portal.test`);
}

/** Logs in through `/api/auth/local` as a portal would; returns the access token. */
export async function login(app: TestApp, identifier: string, password = PORTAL_PASSWORD): Promise<string> {
  const res = await request(app.strapi.server.httpServer).post('/api/auth/local').send({ identifier, password });
  if (res.status !== 200) throw new Error(`login ${identifier} → ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.jwt as string;
}

/**
 * Every row of Gendan's own tables (content types, their components and link
 * tables), as one string: a denied write must leave it exactly as it was.
 */
export async function fingerprint(strapi: Core.Strapi): Promise<string> {
  const tables = new Set<string>();
  for (const [uid, meta] of strapi.db.metadata as unknown as Map<
    string,
    { tableName: string; attributes: Record<string, { joinTable?: { name: string } }> }
  >) {
    // Content types of the app, and components (whose uids have no namespace).
    if (!uid.startsWith('api::') && uid.includes('::')) continue;
    tables.add(meta.tableName);
    for (const attribute of Object.values(meta.attributes))
      if (attribute.joinTable) tables.add(attribute.joinTable.name);
  }
  const dump: Record<string, unknown[]> = {};
  for (const table of [...tables].sort()) {
    if (!(await strapi.db.connection.schema.hasTable(table))) continue;
    dump[table] = await strapi.db.connection(table).select('*').orderBy('id');
  }
  return JSON.stringify(dump);
}

/** Every key that occurs anywhere in a JSON value. */
export function keysDeep(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysDeep(item, into));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      into.add(key);
      keysDeep(inner, into);
    }
  }
  return into;
}

/**
 * A PO line still open to its supplier's portal: not fully received, its
 * order not completed or cancelled (portal writes to the others are refused).
 */
export async function openPurchaseLine(strapi: Core.Strapi, where: Record<string, unknown>) {
  const lines = (await strapi.db.query('api::purchase-order-line.purchase-order-line').findMany({
    where,
    populate: { order: { select: ['stage'] } },
    orderBy: { id: 'asc' },
  })) as Array<{ id: number; documentId: string; quantity: number; order: { stage: string } | null }>;
  for (const line of lines) {
    const receipts = (await strapi.db
      .query('api::material-receipt.material-receipt')
      .findMany({ where: { purchaseOrderLine: { id: line.id } }, select: ['quantity'] })) as Array<{
      quantity: number;
    }>;
    const received = receipts.reduce((sum, receipt) => sum + Number(receipt.quantity), 0);
    if (received < Number(line.quantity) && !['completed', 'cancelled'].includes(line.order?.stage ?? '')) return line;
  }
  throw new Error(`no open PO line matches ${JSON.stringify(where)}`);
}
