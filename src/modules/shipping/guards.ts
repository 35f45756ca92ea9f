import { UID } from '../../platform/constants';
import { inspectionPlan, isInspectionLevel, isSeverity, judgeLot, type InspectionLevel } from '../quality/domain/aql';
import { customerSeverity } from '../quality/inspection-severity';
import { checkCompletion, completionDue, completionOf } from './domain/completion';
import { checkCartonRows, compareWithOrder, packingTotals, type CartonRow } from './domain/packing';
import {
  checkAql,
  checkBooking,
  checkFinalInspection,
  checkOnePerOrder,
  checkToleranceMarkets,
} from './domain/record-checks';
import type { Violation } from '../../platform/domain/violation';
import { loadShippingSettings } from './settings';
import { judgeShipment } from './tolerance';
import { afterWrite, refuseDerivedOf, type Row } from '../../platform/invariants/after-write';
import { issueDocument } from '../changes/documents';
import { currentActor } from '../workflow/request-actor';
import type { Guard, GuardMap, GuardContext } from '../../platform/invariants/guard';
import { checkUnique } from '../../platform/invariants/unique';
import { linkedTo } from '../../platform/db/links';

type Ref = { id: number } | null;
const ID = { select: ['id'] };

/** One record of this type per order (per kind, where given). */
async function onePerOrder(
  context: GuardContext,
  uid: string,
  record: Row,
  [label, labelZh]: [string, string],
  extra: Record<string, unknown> = {}
) {
  const order = record.order as Ref;
  const others = order
    ? await context.strapi.db
        .query(uid as never)
        .count({ where: { order: { id: order.id }, id: { $ne: record.id }, ...extra } })
    : 0;
  return checkOnePerOrder({ hasOrder: !!order, others, label, labelZh });
}

export const toleranceRuleGuard: Guard = async (context) => {
  const data = context.call.params.data;
  if (data && Array.isArray(data.markets)) {
    data.markets = data.markets.map((market) => (typeof market === 'string' ? market.trim().toUpperCase() : market));
  }
  return afterWrite({
    uid: UID.toleranceRule,
    trimmed: ['name'],
    check: async (record, { strapi, trx }) => {
      return [
        ...checkToleranceMarkets(record.markets ?? []),
        ...(await checkUnique(strapi, trx, {
          uid: UID.toleranceRule,
          field: 'name',
          value: record.name,
          selfId: record.id,
        })),
      ];
    },
  })(context);
};

/** Packing lists: valid carton rows, one simulated and one final per order; totals and the comparison with the order derived. */
export const packingListGuard: Guard = afterWrite({
  uid: UID.packingList,
  populate: { order: ID, cartons: true },
  before: (context) => refuseDerivedOf(context, 'packing-list'),
  check: async (record, context) => {
    const kind =
      record.kind === 'final' ? ['a final packing list', '最终装箱单'] : ['a simulated packing list', '模拟装箱单'];
    const found = await onePerOrder(context, UID.packingList, record, kind as [string, string], { kind: record.kind });
    const rows = ((record.cartons as Array<Record<string, unknown>> | null) ?? []).map((row): CartonRow => ({
      fromCarton: Number(row.fromCarton),
      toCarton: Number(row.toCarton),
      colour: String(row.colour),
      sizes: (row.sizes && typeof row.sizes === 'object' ? row.sizes : {}) as Record<string, number>,
      lengthCm: Number(row.lengthCm),
      widthCm: Number(row.widthCm),
      heightCm: Number(row.heightCm),
      netKg: Number(row.netKg),
      grossKg: Number(row.grossKg),
    }));
    found.push(...checkCartonRows(rows));
    if (found.length > 0 || !record.order) return found;
    const totals = packingTotals(rows);
    const derived: Record<string, unknown> = {
      totalCartons: totals.cartons,
      totalPieces: totals.pieces,
      totalCbm: totals.cbm,
      totalNetKg: totals.netKg,
      totalGrossKg: totals.grossKg,
      quantities: totals.quantities,
      comparison: null,
      withinTolerance: null,
      outsideTolerance: null,
    };
    if (record.kind === 'final') {
      const orderId = (record.order as { id: number }).id;
      const lines = (await context.strapi.db.query(UID.orderLine).findMany({
        where: { ...linkedTo(context.strapi, UID.orderLine, 'order', orderId) },
        select: ['id', 'colour', 'size', 'quantity'],
      })) as Array<{ colour: string; size: string; quantity: number }>;
      derived.comparison = compareWithOrder(
        lines.map(({ colour, size, quantity }) => ({ colour, size, quantity })),
        totals.quantities
      );
      const judged = await judgeShipment(context.strapi, orderId, {
        total: totals.pieces,
        byColourSize: totals.quantities,
      });
      derived.withinTolerance = judged.within;
      derived.outsideTolerance = judged.outside;
    }
    return { violations: [], derived };
  },
  // Every version of a packing list is an issued document (a change of the order supersedes it).
  after: async (record, { strapi, call }) => {
    const order = record.order as { id: number } | null;
    if (call.action === 'delete' || !order) return;
    const { documentId } = (await strapi.db
      .query(UID.order)
      .findOne({ where: { id: order.id }, select: ['documentId'] })) as {
      documentId: string;
    };
    await issueDocument(
      strapi,
      { id: order.id, documentId },
      `${record.kind as 'simulated' | 'final'}-packing-list`,
      currentActor(strapi)
    );
  },
});

export const backendTrimGuard: Guard = afterWrite({
  uid: UID.backendTrim,
  populate: { order: ID },
  check: async (record, context) =>
    onePerOrder(context, UID.backendTrim, record, [`a ${String(record.item)} line`, ` ${String(record.item)} 行`], {
      item: record.item,
    }),
});

export const bookingGuard: Guard = afterWrite({
  uid: UID.booking,
  trimmed: ['forwarder', 'lateEntryReason', 'lateEntryApprovedBy'],
  populate: { order: ID },
  check: async (record, context) => [
    ...(await onePerOrder(context, UID.booking, record, ['a booking (托书)', '托书'])),
    ...checkBooking({
      bookedAt: (record.bookedAt as string | null) ?? null,
      cutoffDate: (record.cutoffDate as string | null) ?? null,
      lateEntryRequested: !!record.lateEntryRequested,
      lateEntryReason: (record.lateEntryReason as string | null) ?? null,
      lateEntryApprovedBy: (record.lateEntryApprovedBy as string | null) ?? null,
    }),
  ],
});

/**
 * Final inspection by AQL (ISO 2859-1): each defect class has its own plan
 * (code letter, sample size, Ac/Re from its AQL — the customer's, else the
 * factory's; critical 0 accepts none) at the severity the customer's lots so
 * far call for (normal, tightened, reduced), unless QC overrides it with a
 * reason. Each class is judged on its own numbers; the result is derived.
 */
export const finalInspectionGuard: Guard = afterWrite({
  uid: UID.finalInspection,
  trimmed: ['inspector', 'severityOverrideReason'],
  populate: {
    order: {
      select: ['id', 'totalQuantity'],
      populate: {
        customer: {
          select: ['id', 'aqlLevel', 'aqlCritical', 'aqlMajor', 'aqlMinor', 'aqlKeepSampleSize'],
        },
      },
    },
    reinspectionOf: { select: ['id', 'result'], populate: { order: ID } },
  },
  before: (context) => refuseDerivedOf(context, 'final-inspection'),
  check: async (record, { strapi }) => {
    const order = record.order as {
      id: number;
      totalQuantity: number;
      customer: (Record<string, unknown> & { id: number }) | null;
    } | null;
    if (!order) return checkOnePerOrder({ hasOrder: false, others: 0, label: '', labelZh: '' });
    const found: Violation[] = [];
    const settings = await loadShippingSettings(strapi);
    const customer = order.customer ?? ({} as Record<string, unknown>);
    const level = (record.level ??
      (isInspectionLevel(customer.aqlLevel) ? customer.aqlLevel : settings.aqlLevel)) as InspectionLevel;
    const aql = (field: 'aqlCritical' | 'aqlMajor' | 'aqlMinor', fallback: number, zeroAllowed: boolean) => {
      const raw = record[field] ?? customer[field] ?? fallback;
      const unknown = checkAql(field, raw, zeroAllowed);
      found.push(...unknown);
      return unknown.length > 0 ? fallback : Number(raw);
    };
    const aqlCritical = aql('aqlCritical', settings.aqlCritical, true);
    const aqlMajor = aql('aqlMajor', settings.aqlMajor, false);
    const aqlMinor = aql('aqlMinor', settings.aqlMinor, false);
    let lotSize = record.lotSize === null || record.lotSize === undefined ? null : Number(record.lotSize);
    if (lotSize === null) {
      const finalList = (await strapi.db.query(UID.packingList).findOne({
        where: { ...linkedTo(strapi, UID.packingList, 'order', order.id), kind: 'final' },
        select: ['totalPieces'],
      })) as { totalPieces: number | null } | null;
      lotSize = Number(finalList?.totalPieces ?? order.totalQuantity ?? 0);
    }
    const previous = record.reinspectionOf as { result: string | null; order: Ref } | null;

    // The severity this lot is due: the customer's lots before it, replayed through the switching rules.
    const due = order.customer
      ? (
          await customerSeverity(strapi, order.customer.id, {
            before: { inspectedAt: (record.inspectedAt as string | null) ?? null, id: (record.id as number) ?? null },
          })
        ).severity
      : 'normal';
    const severity = isSeverity(record.severity) ? record.severity : due;
    found.push(
      ...checkFinalInspection({
        lotSize,
        reinspectionOf: previous ? { sameOrder: previous.order?.id === order.id, result: previous.result } : null,
        dueSeverity: due,
        severity,
        severityOverrideReason: (record.severityOverrideReason as string | null) ?? null,
      })
    );
    if (found.length > 0) return found;

    const keepSampleSize = !!customer.aqlKeepSampleSize;
    const plan = inspectionPlan(
      lotSize,
      level,
      { critical: aqlCritical, major: aqlMajor, minor: aqlMinor },
      { severity, keepSampleSize }
    );
    const inspected = !!record.inspectedAt;
    const judged = judgeLot(plan, {
      critical: Number(record.criticalFound ?? 0),
      major: Number(record.majorFound ?? 0),
      minor: Number(record.minorFound ?? 0),
    });
    const { critical, major, minor } = plan.classes;
    return {
      violations: [],
      derived: {
        lotSize,
        level,
        severity,
        aqlCritical,
        aqlMajor,
        aqlMinor,
        codeLetter: plan.codeLetter,
        sampleSize: plan.sampleSize,
        planVariant: keepSampleSize ? 'customer-keeps-sample-size' : 'standard',
        criticalSampleSize: critical?.sampleSize ?? null,
        criticalAccept: critical?.accept ?? null,
        criticalReject: critical?.reject ?? null,
        majorSampleSize: major?.sampleSize ?? null,
        majorAccept: major?.accept ?? null,
        majorReject: major?.reject ?? null,
        minorSampleSize: minor?.sampleSize ?? null,
        minorAccept: minor?.accept ?? null,
        minorReject: minor?.reject ?? null,
        resubmitted: !!previous,
        result: inspected ? (judged.accepted ? 'pass' : 'fail') : null,
      },
    };
  },
});

/**
 * The completion report (完单报告): due N days after shipment; shipped quantity
 * from the final packing list unless entered; within tolerance derived; signed
 * in the source's order, with a reason when outside tolerance.
 */
export const completionReportGuard: Guard = afterWrite({
  uid: UID.completionReport,
  trimmed: ['planningSignedBy', 'tradeSignedBy', 'factoryManagerSignedBy', 'outsideToleranceReason'],
  populate: { order: ID },
  before: (context) => refuseDerivedOf(context, 'completion-report'),
  check: async (record, context) => {
    const found = await onePerOrder(context, UID.completionReport, record, ['a completion report', '完单报告']);
    if (found.length > 0) return found;
    const orderId = (record.order as { id: number }).id;
    const { strapi } = context;
    const entered =
      record.shippedQuantity === null || record.shippedQuantity === undefined ? null : Number(record.shippedQuantity);
    // Judged per colour from the final packing list; a count of its own can only be judged as a total.
    const judged = await judgeShipment(strapi, orderId, entered === null ? undefined : { total: entered });
    const shipped = judged.shipped;
    const withinTolerance = judged.within;
    const settings = await loadShippingSettings(strapi);
    const report = completionOf(record);
    return {
      violations: checkCompletion({ ...report, withinTolerance }),
      derived: {
        shippedQuantity: shipped,
        withinTolerance,
        outsideTolerance: shipped === null ? null : judged.outside,
        dueDate: completionDue(report.shippedAt, settings.completionReportDays, new Date(), null).dueDate,
      },
    };
  },
});

/** Shipping: tolerance, packing, trims for the back end, booking, the buyer's inspection and the completion report. */
export const shippingGuards: GuardMap = {
  [UID.toleranceRule]: toleranceRuleGuard,
  [UID.packingList]: packingListGuard,
  [UID.backendTrim]: backendTrimGuard,
  [UID.booking]: bookingGuard,
  [UID.finalInspection]: finalInspectionGuard,
  [UID.completionReport]: completionReportGuard,
};
