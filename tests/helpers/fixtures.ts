import { http } from './http';
import type { TestApp } from './strapi';

let counter = 0;
const next = () => `${Date.now().toString(36)}${(counter += 1)}`;

type Data = Record<string, unknown>;

async function create(app: TestApp, plural: string, data: Data): Promise<Data & { documentId: string; id: number }> {
  const res = await http(app).post(`/api/${plural}`, { data });
  if (res.status !== 201) throw new Error(`POST /api/${plural} → ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.data;
}

export const makeCustomer = (app: TestApp, data: Data = {}) =>
  create(app, 'customers', { code: `C${next()}`, name: 'Test Buyer Ltd', market: 'US', channel: 'regular', ...data });

export const makeSizeScale = (app: TestApp, sizes = ['S', 'M', 'L'], data: Data = {}) =>
  create(app, 'size-scales', { name: `Scale ${next()}`, sizes: sizes.map((code) => ({ code })), ...data });

export const makeStyle = (app: TestApp, customer: string, sizeScale?: string, data: Data = {}) =>
  create(app, 'styles', { styleNo: `ST-${next()}`, customer, sizeScale, category: 'tops', ...data });

/** A customer with a style on an S/M/L scale and one order on it, ready for lines. */
export async function makeOrder(app: TestApp, data: Data = {}, customerData: Data = {}) {
  const customer = await makeCustomer(app, customerData);
  const scale = await makeSizeScale(app);
  const style = await makeStyle(app, customer.documentId, scale.documentId);
  const order = await create(app, 'orders', {
    poNumber: `PO-${next()}`,
    customer: customer.documentId,
    style: style.documentId,
    fobPrice: 7.5,
    orderDate: '2026-09-01',
    exFactoryDate: '2026-11-30',
    ...data,
  });
  return { customer, scale, style, order };
}
