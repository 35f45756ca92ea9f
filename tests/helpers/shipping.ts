import { http } from './http';
import type { TestApp } from './strapi';
import { day } from './workflow';

const carton = { lengthCm: 60, widthCm: 40, heightCm: 30 };

async function post(app: TestApp, plural: string, data: Record<string, unknown>) {
  const res = await http(app).post(`/api/${plural}`, { data });
  if (res.status !== 201) throw new Error(`POST /api/${plural} → ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.data as Record<string, unknown> & { documentId: string };
}

/** One carton row per colour × size, all pieces in one carton each: enough for a final list. */
export const cartonRows = (lines: Array<{ colour: string; size: string; quantity: number }>) =>
  lines.map((line, i) => ({
    fromCarton: i + 1,
    toCarton: i + 1,
    colour: line.colour,
    sizes: { [line.size]: line.quantity },
    ...carton,
    netKg: 10,
    grossKg: 11,
  }));

export const simulate = (app: TestApp, orderId: string, data: Record<string, unknown> = {}) =>
  http(app).post(`/api/orders/${orderId}/packing-lists/simulate`, {
    data: { packType: 'solid', piecesPerCarton: 24, carton, pieceWeightKg: 0.3, ...data },
  });

/**
 * Everything the end of the workflow asks for, done properly: trims counted,
 * simulated list, booking with its documents, the final list as `lines`,
 * a passed final inspection and a signed completion report.
 */
export async function readyToShip(
  app: TestApp,
  orderId: string,
  lines: Array<{ colour: string; size: string; quantity: number }>
) {
  await post(app, 'backend-trims', {
    order: orderId,
    item: 'cartons',
    requiredQty: 20,
    receivedQty: 20,
    checked: true,
  });
  const simulated = await simulate(app, orderId);
  if (simulated.status !== 201) throw new Error(`simulate: ${simulated.status} ${JSON.stringify(simulated.body)}`);
  await post(app, 'bookings', {
    order: orderId,
    bookedAt: day(0),
    cutoffDate: day(5),
    forwarder: 'Kerry Logistics',
    docSimulatedPackingList: true,
    docCartonData: true,
    docPurchaseOrder: true,
    docTechnicalData: true,
  });
  await post(app, 'packing-lists', { order: orderId, kind: 'final', cartons: cartonRows(lines) });
  await post(app, 'final-inspections', {
    order: orderId,
    inspectedAt: day(0),
    majorFound: 0,
    minorFound: 1,
    inspector: 'QC Wu',
  });
  await post(app, 'completion-reports', {
    order: orderId,
    shippedAt: day(0),
    reportDate: day(0),
    planningSignedBy: 'Planning head',
    tradeSignedBy: 'Trade',
    factoryManagerSignedBy: 'Factory manager',
  });
}
