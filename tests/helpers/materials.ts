import { http } from './http';
import type { TestApp } from './strapi';
import { day } from './workflow';

let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${(counter += 1)}`;

async function create(app: TestApp, plural: string, data: Record<string, unknown>) {
  const res = await http(app).post(`/api/${plural}`, { data });
  if (res.status !== 201) throw new Error(`POST /api/${plural} → ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.data as Record<string, unknown> & { documentId: string; id: number };
}

export const makeMaterial = (app: TestApp, data: Record<string, unknown> = {}) =>
  create(app, 'materials', {
    code: unique('FAB'),
    name: 'Navy cotton twill 3/1',
    kind: 'fabric',
    construction: 'woven',
    unit: 'm',
    widthCm: 147,
    ...data,
  });

export const makeSupplier = (app: TestApp, data: Record<string, unknown> = {}) =>
  create(app, 'suppliers', {
    code: unique('SUP'),
    name: 'Changzhou Huayang Textile Co.',
    kinds: [{ kind: 'fabric' }],
    contacts: [{ name: 'Wang Lei', role: 'sales', phone: '+86 519 8555 0101' }],
    ...data,
  });

export const makeBomLine = (app: TestApp, order: string, material: string, data: Record<string, unknown> = {}) =>
  create(app, 'bom-lines', { order, material, consumptionPerPiece: 1.2, wastagePct: 3, ...data });

/** A purchase order with one line per `lines` entry. */
export async function makePurchaseOrder(
  app: TestApp,
  supplier: string,
  lines: Array<{ order: string; material: string; quantity: number; dueDate?: string; supplierShipDate?: string }>,
  data: Record<string, unknown> = {}
) {
  const po = await create(app, 'purchase-orders', {
    poNumber: unique('PO'),
    supplier,
    status: 'confirmed',
    orderedAt: day(-20),
    ...data,
  });
  const created = [];
  for (const line of lines) {
    created.push(
      await create(app, 'purchase-order-lines', {
        purchaseOrder: po.documentId,
        dueDate: day(10),
        unitPrice: 2.5,
        ...line,
      })
    );
  }
  return { po, lines: created };
}

export const goodInspection = (data: Record<string, unknown> = {}) => ({
  inspectedAt: day(0),
  shrinkageLengthPct: -2,
  shrinkageWidthPct: -1,
  measuredWidthCm: 148,
  fourPoint: [{ rollNo: 'R1', length: 130, lengthUnit: 'yd', cuttableWidth: 45, widthUnit: 'in', points: 30 }],
  ...data,
});

export const receive = (app: TestApp, data: Record<string, unknown>) =>
  http(app).post('/api/material-receipts', { data: { receivedAt: day(0), ...data } });
