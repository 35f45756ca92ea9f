import { addDays, format } from 'date-fns';
import type { Client } from './client';
import { PASSWORD } from './world';

/** Factory records made through the content API with the full-access token, as an integrator would. */
let counter = 0;
export const unique = (prefix: string) =>
  `${prefix}-${process.pid.toString(36)}${Date.now().toString(36)}${(counter += 1)}`;
export const day = (offset: number) => format(addDays(new Date(), offset), 'yyyy-MM-dd');

type Row = Record<string, unknown> & { documentId: string; id: number };

export async function create(api: Client, plural: string, data: Record<string, unknown>): Promise<Row> {
  const res = await api.post(`/api/${plural}`, { data });
  if (res.status !== 201) throw new Error(`POST /api/${plural} → ${res.status}: ${res.text.slice(0, 400)}`);
  return res.body.data as Row;
}

export async function makeOrder(api: Client, data: Record<string, unknown> = {}) {
  const customer = await create(api, 'customers', {
    code: unique('C'),
    name: 'Blue Ridge Apparel',
    market: 'US',
    channel: 'regular',
  });
  const scale = await create(api, 'size-scales', {
    name: unique('Scale'),
    sizes: [{ code: 'S' }, { code: 'M' }, { code: 'L' }],
  });
  const style = await create(api, 'styles', {
    styleNo: unique('ST'),
    customer: customer.documentId,
    sizeScale: scale.documentId,
    category: 'tops',
  });
  const order = await create(api, 'orders', {
    poNumber: unique('PO'),
    customer: customer.documentId,
    style: style.documentId,
    fobPrice: 7.5,
    orderDate: day(-30),
    exFactoryDate: day(60),
    ...data,
  });
  return { customer, scale, style, order };
}

export const makeSupplier = (api: Client, kinds: string[]) =>
  create(api, 'suppliers', {
    code: unique('SUP'),
    name: 'Changzhou Huayang Textile Co.',
    kinds: kinds.map((kind) => ({ kind })),
  });

export const makeMaterial = (api: Client) =>
  create(api, 'materials', {
    code: unique('FAB'),
    name: 'Navy cotton twill 3/1',
    kind: 'fabric',
    construction: 'woven',
    unit: 'm',
    widthCm: 147,
  });

/** A portal account linked to a customer or supplier, created by the super admin in the Content Manager. */
export async function makePortalUser(
  superAdmin: Client,
  kind: 'customer' | 'supplier',
  tenantDocumentId: string
): Promise<{ email: string; password: string }> {
  const roles = await superAdmin.get('/users-permissions/roles');
  const role = (roles.body.roles as Array<{ id: number; type: string }>).find((r) => r.type === `${kind}-portal`)!;
  const email = `${unique(kind)}@portal.test`.toLowerCase();
  const res = await superAdmin.post('/content-manager/collection-types/plugin::users-permissions.user', {
    username: email.split('@')[0],
    email,
    password: PASSWORD,
    confirmed: true,
    blocked: false,
    role: { connect: [{ id: role.id }] },
    [kind]: { connect: [{ documentId: tenantDocumentId }] },
  });
  if (res.status !== 201) throw new Error(`portal user → ${res.status}: ${res.text.slice(0, 400)}`);
  return { email, password: PASSWORD };
}

let clientAddress = 0;
/**
 * A portal's own address as the trusted proxy reports it: each login comes
 * "from" a different LAN machine, so the suite's logins do not share one
 * rate-limit bucket (the limit itself is tested in transport.test.ts).
 */
export const lanAddress = () => {
  clientAddress += 1;
  return `10.${(process.pid >> 8) & 255}.${process.pid & 255}.${clientAddress % 250}`;
};

export interface PortalSession {
  jwt: string;
  cookie: string;
}

/** Logs in through /api/auth/local as a portal does (behind the trusted proxy, over HTTPS). */
export async function portalLogin(base: string, account: { email: string; password: string }): Promise<PortalSession> {
  const { call } = await import('./client');
  const res = await call(
    base,
    'POST',
    '/api/auth/local',
    { identifier: account.email, password: account.password },
    {
      headers: { 'X-Forwarded-For': lanAddress(), 'X-Forwarded-Proto': 'https' },
    }
  );
  if (res.status !== 200) throw new Error(`login ${account.email} → ${res.status}: ${res.text.slice(0, 300)}`);
  const cookie = (res.headers['set-cookie'] ?? []).find((c) => c.startsWith('strapi_up_refresh='));
  return { jwt: res.body.jwt as string, cookie: cookie?.split(';')[0] ?? '' };
}
