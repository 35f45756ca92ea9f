import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../../../platform/constants';
import type { GetReconciliation, GetTolerance, SimulatePackingList } from '../../../modules/shipping/contracts';
import { completionDue, completionOf, isCompletionSigned } from '../../../modules/shipping/domain/completion';
import {
  checkSimulationRequest,
  compareWithOrder,
  simulatePackingList,
  type SizeRatio,
  type SimulationRequest,
} from '../../../modules/shipping/domain/packing';
import Decimal from 'decimal.js';
import { lineAmount } from '../../../modules/money/domain/money';
import { payablePieces } from '../../../modules/shipping/domain/tolerance';
import { loadShippingSettings } from '../../../modules/shipping/settings';
import {
  judgeLoadedShipment,
  judgeShipment,
  loadShipmentFacts,
  type JudgedShipment,
} from '../../../modules/shipping/tolerance';
import { loadOrder } from '../../../modules/orders/guards/order-state';
import { linkedTo } from '../../../platform/db/links';
import { rejectIf } from '../../../platform/invariants/guard';

/** The tolerance and how the shipment stands against it, cell by cell in a colour scope. */
const toleranceData = (judged: JudgedShipment): GetTolerance.Response['data'] => ({
  ordered: judged.ordered,
  shipped: judged.shipped,
  underPct: judged.underPct,
  overPct: judged.overPct,
  allowedMin: judged.allowedMin,
  allowedMax: judged.allowedMax,
  within: judged.within,
  scope: judged.scope,
  cells: judged.cells,
  outside: judged.outside,
  source: judged.source,
});

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

  return {
    async tolerance(documentId: string, shipped?: number): Promise<GetTolerance.Response> {
      const order = await orderRow(documentId);
      const judged = await judgeShipment(strapi, order.id, shipped === undefined ? undefined : { total: shipped });
      return { data: toleranceData(judged) };
    },

    /** Builds (or rebuilds) the order's simulated packing list; the packing-list guard derives its totals. */
    async simulate(
      documentId: string,
      request: Omit<SimulationRequest, 'cartonWeightKg'> & { cartonWeightKg?: number }
    ) {
      const order = await loadOrder(strapi, { documentId });
      if (!order) throw new errors.NotFoundError(`order ${documentId} not found`);
      // Ratio packing without a set given packs by the buyer's prepack set the PO sheet brought.
      if (request.packType === 'ratio' && !request.ratio && !request.ratios) {
        const stored = (await strapi.db
          .query(UID.order)
          .findOne({ where: { id: order.id }, select: ['prepackRatio'] })) as { prepackRatio: SizeRatio | null };
        if (stored.prepackRatio) request = { ...request, ratio: stored.prepackRatio };
      }
      rejectIf(checkSimulationRequest(order.lines, { ...request, cartonWeightKg: 0 }));
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
      const [facts, completion, settings] = await Promise.all([
        loadShipmentFacts(strapi, order.id),
        strapi.db
          .query(UID.completionReport)
          .findOne({ where: { ...linkedTo(strapi, UID.completionReport, 'order', order.id) } }),
        loadShippingSettings(strapi),
      ]);
      const report = completion as Record<string, string | number | boolean | null> | null;
      const reported = report?.shippedQuantity;
      // The completion report's count wins; else the final packing list (judged per colour).
      const judged = judgeLoadedShipment(
        facts,
        reported !== null && reported !== undefined ? { total: Number(reported) } : undefined
      );
      const finalList = facts.finalList;
      const { shipped, ordered } = judged;
      const currency = order.currency;
      const fob = String(order.fobPrice ?? 0);
      const shortOver = shipped === null ? null : shipped - ordered;
      const payable = payablePieces(judged);
      const comparison = compareWithOrder(facts.lines, finalList?.quantities ?? {});
      const due = report
        ? completionDue(
            (report.shippedAt as string | null) ?? null,
            settings.completionReportDays,
            now,
            (report.reportDate as string | null) ?? null
          )
        : null;
      const amount = (quantity: number) => lineAmount(quantity, fob, currency);
      return {
        data: {
          order: { documentId: order.documentId, poNumber: order.poNumber, stage: order.stage },
          ordered,
          shipped,
          shortOver,
          shortOverPct:
            shortOver === null || ordered === 0
              ? null
              : new Decimal(shortOver)
                  .times(100)
                  .dividedBy(ordered)
                  .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
                  .toNumber(),
          within: judged.within,
          tolerance: toleranceData(judged),
          fobPrice: Number(order.fobPrice ?? 0),
          currency,
          orderedAmount: amount(ordered),
          payableQuantity: payable?.payable ?? null,
          excessQuantity: payable?.excess ?? null,
          invoiceAmount: payable ? amount(payable.payable) : null,
          excessValue: payable ? amount(payable.excess) : null,
          shortShipmentValue: shortOver === null ? null : amount(Math.max(0, -shortOver)),
          lines: finalList ? comparison.map((line) => ({ ...line, value: amount(line.packed) })) : [],
          completion: report
            ? {
                shippedAt: (report.shippedAt as string | null) ?? null,
                reportDate: (report.reportDate as string | null) ?? null,
                dueDate: due?.dueDate ?? null,
                overdue: due?.overdue ?? false,
                signed: isCompletionSigned(completionOf(report)),
              }
            : null,
        },
      };
    },
  };
};
