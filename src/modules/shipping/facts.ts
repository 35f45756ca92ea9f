import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';
import { completionOf } from './domain/completion';
import type { ShippingFacts } from './domain/rule-inputs';
import { judgeShipment, type JudgedShipment } from './tolerance';
import { linkedTo } from '../../platform/db/links';

/** What the shipping rules of an order read: packing lists, trims, booking, inspections, completion. */
export async function loadShippingFacts(strapi: Core.Strapi, orderId: number): Promise<ShippingFacts> {
  const byOrder = (uid: string) => linkedTo(strapi, uid, 'order', orderId);
  const [lists, trims, booking, inspections, completion, check] = (await Promise.all([
    strapi.db
      .query(UID.packingList)
      .findMany({ where: byOrder(UID.packingList), select: ['id', 'kind', 'totalPieces', 'deviationApprovedBy'] }),
    strapi.db
      .query(UID.backendTrim)
      .findMany({ where: byOrder(UID.backendTrim), select: ['id', 'item', 'requiredQty', 'receivedQty', 'checked'] }),
    strapi.db.query(UID.booking).findOne({ where: byOrder(UID.booking), orderBy: { id: 'desc' } }),
    strapi.db.query(UID.finalInspection).findMany({
      where: byOrder(UID.finalInspection),
      select: ['id', 'result', 'inspectedAt'],
      orderBy: [{ inspectedAt: 'desc' }, { id: 'desc' }],
    }),
    strapi.db.query(UID.completionReport).findOne({ where: byOrder(UID.completionReport), orderBy: { id: 'desc' } }),
    judgeShipment(strapi, orderId),
  ])) as [
    Array<{ kind: string; totalPieces: number | null; deviationApprovedBy: string | null }>,
    Array<{ item: string; requiredQty: number; receivedQty: number | null; checked: boolean | null }>,
    Record<string, unknown> | null,
    Array<{ result: 'pass' | 'fail' | null; inspectedAt: string | null }>,
    Record<string, unknown> | null,
    JudgedShipment,
  ];
  const finalList = lists.find((list) => list.kind === 'final') ?? null;
  return {
    simulatedList: lists.some((list) => list.kind === 'simulated'),
    finalList: finalList
      ? {
          pieces: Number(finalList.totalPieces ?? 0),
          within: check.within,
          deviationApprovedBy: finalList.deviationApprovedBy,
        }
      : null,
    tolerance: {
      allowedMin: check.allowedMin,
      allowedMax: check.allowedMax,
      underPct: check.underPct,
      overPct: check.overPct,
    },
    trims: trims.map((t) => ({
      item: t.item,
      requiredQty: t.requiredQty,
      receivedQty: t.receivedQty ?? 0,
      checked: !!t.checked,
    })),
    booking: booking
      ? {
          documents: Object.fromEntries(
            ['docSimulatedPackingList', 'docCartonData', 'docPurchaseOrder', 'docTechnicalData'].map((field) => [
              field,
              !!booking[field],
            ])
          ),
          cutoffDate: (booking.cutoffDate as string | null) ?? null,
        }
      : null,
    inspections: inspections.map((i) => ({ result: i.result, inspectedAt: i.inspectedAt })),
    completion: completion ? completionOf(completion) : null,
  };
}
