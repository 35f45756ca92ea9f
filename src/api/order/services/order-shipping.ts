import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../../../constants';
import type { GetReconciliation, GetTolerance, SimulatePackingList } from '../../../contracts/shipping';
import { completionDue, isCompletionSigned } from '../../../domain/shipping/completion';
import { compareWithOrder, simulatePackingList, type SimulationRequest } from '../../../domain/shipping/packing';
import { checkShipment } from '../../../domain/shipping/tolerance';
import { loadShippingSettings } from '../../../shipping/settings';
import { toleranceOf } from '../../../shipping/tolerance';
import { loadOrder } from '../../../invariants/order-state';
import { linkedTo } from '../../../db/links';

const money = (value: number) => Math.round(value * 100) / 100;

/** Shipment tolerance, the simulated packing list and the reconciliation of one order. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function orderRow(documentId: string) {
    const order = (await strapi.db.query(UID.order).findOne({
      where: { documentId },
      select: ['id', 'documentId', 'poNumber', 'stage', 'fobPrice', 'currency', 'totalQuantity'],
    })) as {
      id: number;
      documentId: string;
      poNumber: string;
      stage: string | null;
      fobPrice: number;
      currency: string;
      totalQuantity: number;
    } | null;
    if (!order) throw new errors.NotFoundError(`order ${documentId} not found`);
    return order;
  }

  const finalPieces = async (orderId: number) =>
    ((await strapi.db.query(UID.packingList).findOne({
      where: { ...linkedTo(strapi, UID.packingList, 'order', orderId), kind: 'final' },
      select: ['id', 'totalPieces', 'quantities'],
    })) ?? null) as { totalPieces: number | null; quantities: Record<string, Record<string, number>> | null } | null;

  return {
    async tolerance(documentId: string, shipped?: number): Promise<GetTolerance.Response> {
      const order = await orderRow(documentId);
      const tolerance = await toleranceOf(strapi, order.id);
      const quantity = shipped ?? (await finalPieces(order.id))?.totalPieces ?? null;
      const check = checkShipment(tolerance.ordered, tolerance, quantity === null ? null : Number(quantity));
      return { data: { ...check, source: tolerance.source } };
    },

    /** Builds (or rebuilds) the order's simulated packing list; the packing-list guard derives its totals. */
    async simulate(
      documentId: string,
      request: Omit<SimulationRequest, 'cartonWeightKg'> & { cartonWeightKg?: number }
    ) {
      const order = await loadOrder(strapi, { documentId });
      if (!order) throw new errors.NotFoundError(`order ${documentId} not found`);
      const settings = await loadShippingSettings(strapi);
      const cartons = simulatePackingList(
        order.lines,
        { ...request, cartonWeightKg: request.cartonWeightKg ?? settings.cartonWeightKg },
        order.snapshot.style?.sizeScale ?? []
      );
      const lists = strapi.documents(UID.packingList);
      const existing = (await strapi.db.query(UID.packingList).findOne({
        where: { ...linkedTo(strapi, UID.packingList, 'order', order.id), kind: 'simulated' },
        select: ['documentId'],
      })) as { documentId: string } | null;
      const data = { order: order.documentId, kind: 'simulated', cartons } as never;
      const list = existing
        ? await lists.update({ documentId: existing.documentId, data })
        : await lists.create({ data });
      return list as unknown as SimulatePackingList.Response['data'];
    },

    async reconciliation(documentId: string, now = new Date()): Promise<GetReconciliation.Response> {
      const order = await orderRow(documentId);
      const [tolerance, finalList, lines, completion, settings] = await Promise.all([
        toleranceOf(strapi, order.id),
        finalPieces(order.id),
        strapi.db.query(UID.orderLine).findMany({
          where: { ...linkedTo(strapi, UID.orderLine, 'order', order.id) },
          select: ['id', 'colour', 'size', 'quantity'],
        }),
        strapi.db
          .query(UID.completionReport)
          .findOne({ where: { ...linkedTo(strapi, UID.completionReport, 'order', order.id) } }),
        loadShippingSettings(strapi),
      ]);
      const report = completion as Record<string, string | number | boolean | null> | null;
      const reported = report?.shippedQuantity;
      const shipped =
        reported !== null && reported !== undefined
          ? Number(reported)
          : finalList
            ? Number(finalList.totalPieces ?? 0)
            : null;
      const check = checkShipment(tolerance.ordered, tolerance, shipped);
      const fob = Number(order.fobPrice);
      const shortOver = shipped === null ? null : shipped - tolerance.ordered;
      const comparison = compareWithOrder(
        (lines as Array<{ colour: string; size: string; quantity: number }>).map(({ colour, size, quantity }) => ({
          colour,
          size,
          quantity,
        })),
        finalList?.quantities ?? {}
      );
      const due = report
        ? completionDue(
            (report.shippedAt as string | null) ?? null,
            settings.completionReportDays,
            now,
            (report.reportDate as string | null) ?? null
          )
        : null;
      return {
        data: {
          order: { documentId: order.documentId, poNumber: order.poNumber, stage: order.stage },
          ordered: tolerance.ordered,
          shipped,
          shortOver,
          shortOverPct:
            shortOver === null || tolerance.ordered === 0
              ? null
              : Math.round((shortOver / tolerance.ordered) * 10000) / 100,
          within: check.within,
          tolerance: {
            underPct: check.underPct,
            overPct: check.overPct,
            allowedMin: check.allowedMin,
            allowedMax: check.allowedMax,
            source: tolerance.source,
          },
          fobPrice: fob,
          currency: order.currency,
          orderedAmount: money(tolerance.ordered * fob),
          invoiceAmount: shipped === null ? null : money(shipped * fob),
          shortShipmentValue: shortOver === null ? null : money(Math.max(0, -shortOver) * fob),
          lines: finalList ? comparison.map((line) => ({ ...line, value: money(line.packed * fob) })) : [],
          completion: report
            ? {
                shippedAt: (report.shippedAt as string | null) ?? null,
                reportDate: (report.reportDate as string | null) ?? null,
                dueDate: due?.dueDate ?? null,
                overdue: due?.overdue ?? false,
                signed: isCompletionSigned({
                  shippedAt: (report.shippedAt as string | null) ?? null,
                  reportDate: (report.reportDate as string | null) ?? null,
                  planningSignedBy: (report.planningSignedBy as string | null) ?? null,
                  tradeSignedBy: (report.tradeSignedBy as string | null) ?? null,
                  factoryManagerSignedBy: (report.factoryManagerSignedBy as string | null) ?? null,
                  withinTolerance: (report.withinTolerance as boolean | null) ?? null,
                  outsideToleranceReason: (report.outsideToleranceReason as string | null) ?? null,
                }),
              }
            : null,
        },
      };
    },
  };
};
