import { addDays, format, parseISO } from 'date-fns';
import { UID } from '../constants';
import { isCountryCode } from '../domain/reference/codes';
import {
  inspectionPlan,
  isAql,
  isInspectionLevel,
  isSeverity,
  judgeLot,
  type InspectionLevel,
} from '../domain/shipping/aql';
import { customerSeverity } from '../shipping/inspection-severity';
import { checkCompletion } from '../domain/shipping/completion';
import { checkCartonRows, compareWithOrder, packingTotals, type CartonRow } from '../domain/shipping/packing';
import { violation, type Violation } from '../domain/violation';
import { loadShippingSettings } from '../shipping/settings';
import { judgeShipment } from '../shipping/tolerance';
import { afterWrite, refuseChangedDerived, type Row } from './after-write';
import { issueDocument } from '../changes/documents';
import { currentActor } from '../workflow/actor';
import type { Guard, GuardContext } from './guard';
import { checkUnique } from './unique';
import { linkedTo } from '../db/links';

type Ref = { id: number } | null;
const ID = { select: ['id'] };

/** One record of this type per order (per kind, where given). */
async function onePerOrder(
  context: GuardContext,
  uid: string,
  record: Row,
  label: string,
  extra: Record<string, unknown> = {}
) {
  const order = record.order as Ref;
  if (!order) return [violation(['order'], 'order-required', 'order is required')];
  const others = await context.strapi.db
    .query(uid as never)
    .count({ where: { order: { id: order.id }, id: { $ne: record.id }, ...extra } });
  return others > 0 ? [violation(['order'], 'unique', `the order already has ${label}`)] : [];
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
      const markets = record.markets ?? [];
      const found: Violation[] = [];
      if (!Array.isArray(markets) || markets.some((market) => !isCountryCode(market))) {
        found.push(
          violation(
            ['markets'],
            'markets-iso-3166',
            'markets must be a list of ISO 3166-1 alpha-2 codes, e.g. ["US", "JP"] ([] = any market)'
          )
        );
      }
      found.push(
        ...(await checkUnique(strapi, trx, {
          uid: UID.toleranceRule,
          field: 'name',
          value: record.name,
          selfId: record.id,
        }))
      );
      return found;
    },
  })(context);
};

const PACKING_DERIVED = [
  'totalCartons',
  'totalPieces',
  'totalCbm',
  'totalNetKg',
  'totalGrossKg',
  'quantities',
  'comparison',
  'withinTolerance',
  'outsideTolerance',
];

/** Packing lists: valid carton rows, one simulated and one final per order; totals and the comparison with the order derived. */
export const packingListGuard: Guard = afterWrite({
  uid: UID.packingList,
  populate: { order: ID, cartons: true },
  before: (context) => refuseChangedDerived(context, UID.packingList, PACKING_DERIVED, 'computed from the carton rows'),
  check: async (record, context) => {
    const found = await onePerOrder(context, UID.packingList, record, `a ${String(record.kind)} packing list`, {
      kind: record.kind,
    });
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
    onePerOrder(context, UID.backendTrim, record, `a ${String(record.item)} line`, { item: record.item }),
});

export const bookingGuard: Guard = afterWrite({
  uid: UID.booking,
  trimmed: ['forwarder', 'lateEntryReason', 'lateEntryApprovedBy'],
  populate: { order: ID },
  check: async (record, context) => [
    ...(await onePerOrder(context, UID.booking, record, 'a booking (托书)')),
    ...(record.cutoffDate && String(record.cutoffDate) < String(record.bookedAt)
      ? [violation(['cutoffDate'], 'cutoff-after-booking', 'the warehouse cut-off cannot be before the booking date')]
      : []),
    ...(record.lateEntryRequested && !String(record.lateEntryReason ?? '').trim()
      ? [violation(['lateEntryReason'], 'late-entry-reason', 'a late-entry request (晚进仓) must say why')]
      : []),
    ...(record.lateEntryApprovedBy && !record.lateEntryRequested
      ? [
          violation(
            ['lateEntryApprovedBy'],
            'late-entry-not-requested',
            'approve a late entry only once it is requested'
          ),
        ]
      : []),
  ],
});

const INSPECTION_DERIVED = [
  'codeLetter',
  'sampleSize',
  'planVariant',
  'criticalSampleSize',
  'criticalAccept',
  'criticalReject',
  'majorSampleSize',
  'majorAccept',
  'majorReject',
  'minorSampleSize',
  'minorAccept',
  'minorReject',
  'result',
  'resubmitted',
];

const AQL_LIST = 'one of the ISO 2859-1 columns 0.010 … 1000 (e.g. 0.65, 1.0, 1.5, 2.5, 4.0, 6.5)';

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
  before: (context) =>
    refuseChangedDerived(
      context,
      UID.finalInspection,
      INSPECTION_DERIVED,
      'computed from the AQL tables and the defects found'
    ),
  check: async (record, { strapi }) => {
    const order = record.order as {
      id: number;
      totalQuantity: number;
      customer: (Record<string, unknown> & { id: number }) | null;
    } | null;
    if (!order) return [violation(['order'], 'order-required', 'order is required')];
    const found: Violation[] = [];
    const settings = await loadShippingSettings(strapi);
    const customer = order.customer ?? ({} as Record<string, unknown>);
    const level = (record.level ??
      (isInspectionLevel(customer.aqlLevel) ? customer.aqlLevel : settings.aqlLevel)) as InspectionLevel;
    const aql = (field: 'aqlCritical' | 'aqlMajor' | 'aqlMinor', fallback: number, zeroAllowed: boolean) => {
      const raw = record[field] ?? customer[field] ?? fallback;
      const value = Number(raw);
      if (!(isAql(value) || (zeroAllowed && value === 0))) {
        found.push(
          violation([field], 'aql-unknown', `${field} ${String(raw)} is not ${zeroAllowed ? '0 or ' : ''}${AQL_LIST}`)
        );
        return fallback;
      }
      return value;
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
    if (lotSize < 2)
      found.push(
        violation(['lotSize'], 'lot-size', 'a lot has at least 2 pieces (from the final packing list or the order)')
      );
    const previous = record.reinspectionOf as { result: string | null; order: Ref } | null;
    if (previous && (previous.order?.id !== order.id || previous.result !== 'fail')) {
      found.push(
        violation(['reinspectionOf'], 'reinspection-of-failed', 're-inspect only a failed inspection of the same order')
      );
    }

    // The severity this lot is due: the customer's lots before it, replayed through the switching rules.
    const due = order.customer
      ? (
          await customerSeverity(strapi, order.customer.id, {
            before: { inspectedAt: (record.inspectedAt as string | null) ?? null, id: (record.id as number) ?? null },
          })
        ).severity
      : 'normal';
    const severity = isSeverity(record.severity) ? record.severity : due;
    if (severity !== due && !String(record.severityOverrideReason ?? '').trim()) {
      found.push(
        violation(
          ['severityOverrideReason'],
          'severity-override-reason',
          `the customer's lots call for ${due} inspection: say why QC inspects this lot ${severity} (severityOverrideReason)`
        )
      );
    }
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
  before: (context) =>
    refuseChangedDerived(
      context,
      UID.completionReport,
      ['dueDate', 'withinTolerance', 'outsideTolerance'],
      'computed from the shipment'
    ),
  check: async (record, context) => {
    const found = await onePerOrder(context, UID.completionReport, record, 'a completion report');
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
    const dueDate = record.shippedAt
      ? format(addDays(parseISO(String(record.shippedAt)), settings.completionReportDays), 'yyyy-MM-dd')
      : null;
    return {
      violations: checkCompletion({
        shippedAt: (record.shippedAt as string | null) ?? null,
        reportDate: (record.reportDate as string | null) ?? null,
        planningSignedBy: (record.planningSignedBy as string | null) ?? null,
        tradeSignedBy: (record.tradeSignedBy as string | null) ?? null,
        factoryManagerSignedBy: (record.factoryManagerSignedBy as string | null) ?? null,
        withinTolerance,
        outsideToleranceReason: (record.outsideToleranceReason as string | null) ?? null,
      }),
      derived: {
        shippedQuantity: shipped,
        withinTolerance,
        outsideTolerance: shipped === null ? null : judged.outside,
        dueDate,
      },
    };
  },
});
