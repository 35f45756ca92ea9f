import { isAfter, isBefore, parseISO, startOfTomorrow } from 'date-fns';
import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import {
  checkInspectable,
  judgeReceipt,
  overReceipt,
  passedQuantity,
  type Construction,
  type MaterialKind,
} from '../domain/materials/inspection';
import { checkRolls, evaluateFourPoint, withTalliedPoints, type RollInspection } from '../domain/materials/four-point';
import { DERIVED_STATUSES, derivePurchaseStatus, type PurchaseStatus } from '../domain/materials/purchase-status';
import { violation, type Violation } from '../domain/violation';
import { permitGrantedTo } from '../materials/facts';
import { loadMaterialSettings } from '../materials/settings';
import { afterWrite, refuseChangedDerived, type Row } from './after-write';
import { rejectIf, type Guard } from './guard';
import { checkUnique } from './unique';
import { linkedTo } from '../db/links';

type Ref = { id: number } | null;
const ID = { select: ['id'] };
const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

export const materialGuard: Guard = afterWrite({
  uid: UID.material,
  trimmed: ['code', 'name'],
  check: async (record, { strapi, trx }) =>
    checkUnique(strapi, trx, { uid: UID.material, field: 'code', value: record.code, selfId: record.id }),
});

export const bomLineGuard: Guard = afterWrite({
  uid: UID.bomLine,
  trimmed: ['colour'],
  populate: { order: ID, material: ID },
  check: async (record, { strapi }) => {
    const order = record.order as Ref;
    const material = record.material as Ref;
    const found: Violation[] = [];
    if (!order) found.push(violation(['order'], 'order-required', 'order is required'));
    if (!material) found.push(violation(['material'], 'material-required', 'material is required'));
    if (!(Number(record.consumptionPerPiece) > 0)) {
      found.push(
        violation(['consumptionPerPiece'], 'consumption-positive', 'consumptionPerPiece must be greater than 0')
      );
    }
    if (order && material) {
      const colour = (record.colour as string | null) || null;
      const twins = (await strapi.db.query(UID.bomLine).findMany({
        where: { order: { id: order.id }, material: { id: material.id }, id: { $ne: record.id } },
        select: ['id', 'colour'],
      })) as Array<{ colour: string | null }>;
      if (twins.some((twin) => (twin.colour || '').toLowerCase() === (colour || '').toLowerCase())) {
        found.push(
          violation(
            ['material'],
            'unique',
            `the order already has a consumption line for this material${colour ? ` in ${colour}` : ''}`
          )
        );
      }
    }
    return found;
  },
});

/** Re-derives a purchase order's status from what its lines received. */
export async function refreshPurchaseStatus(
  strapi: Core.Strapi,
  purchaseOrderId: number
): Promise<PurchaseStatus | null> {
  const po = (await strapi.db
    .query(UID.purchaseOrder)
    .findOne({ where: { id: purchaseOrderId }, select: ['id', 'status'] })) as {
    id: number;
    status: PurchaseStatus;
  } | null;
  if (!po) return null;
  const lines = (await strapi.db.query(UID.purchaseOrderLine).findMany({
    where: { purchaseOrder: { id: po.id } },
    select: ['id', 'quantity'],
  })) as Array<{ id: number; quantity: number }>;
  const receipts = (await strapi.db.query(UID.materialReceipt).findMany({
    where: { purchaseOrderLine: { id: { $in: lines.map((line) => line.id) } } },
    select: ['id', 'quantity'],
    populate: { purchaseOrderLine: ID },
  })) as Array<{ quantity: number; purchaseOrderLine: Ref }>;
  const received = (lineId: number) =>
    receipts.filter((r) => r.purchaseOrderLine?.id === lineId).reduce((sum, r) => sum + Number(r.quantity), 0);
  const status = derivePurchaseStatus(
    po.status,
    lines.map((line) => ({ quantity: Number(line.quantity), received: received(line.id) }))
  );
  if (status !== po.status) await strapi.db.query(UID.purchaseOrder).update({ where: { id: po.id }, data: { status } });
  return status;
}

export const purchaseOrderGuard: Guard = afterWrite({
  uid: UID.purchaseOrder,
  trimmed: ['poNumber'],
  populate: { supplier: ID },
  before: async ({ strapi, call }) => {
    const wanted = call.params.data?.status as PurchaseStatus | undefined;
    if (!wanted || !DERIVED_STATUSES.includes(wanted)) return;
    const current = call.params.documentId
      ? ((await strapi.db
          .query(UID.purchaseOrder)
          .findOne({ where: { documentId: call.params.documentId }, select: ['status'] })) as {
          status: string;
        } | null)
      : null;
    if (current?.status !== wanted) {
      rejectIf([
        violation(
          ['status'],
          'status-derived',
          `status "${wanted}" follows from the receipts; it cannot be set by hand`
        ),
      ]);
    }
  },
  check: async (record, { strapi, trx }) => {
    const found: Violation[] = [];
    if (!record.supplier) found.push(violation(['supplier'], 'supplier-required', 'supplier is required'));
    found.push(
      ...(await checkUnique(strapi, trx, {
        uid: UID.purchaseOrder,
        field: 'poNumber',
        value: record.poNumber,
        selfId: record.id,
      }))
    );
    if (record.status === 'cancelled') {
      const received = await strapi.db.query(UID.materialReceipt).count({
        where: { purchaseOrderLine: { purchaseOrder: { id: record.id } } },
      });
      if (received > 0)
        found.push(
          violation(['status'], 'cancel-received', 'a purchase order with receipts cannot be cancelled: close it')
        );
    }
    return found;
  },
  after: async (record, { strapi, call }) => {
    if (call.action !== 'delete') await refreshPurchaseStatus(strapi, record.id);
  },
});

export const purchaseOrderLineGuard: Guard = afterWrite({
  uid: UID.purchaseOrderLine,
  populate: { purchaseOrder: ID, order: ID, material: ID },
  check: async (record) => [
    ...(record.purchaseOrder
      ? []
      : [violation(['purchaseOrder'], 'purchase-order-required', 'purchaseOrder is required')]),
    ...(record.order
      ? []
      : [violation(['order'], 'order-required', 'order is required: a PO line buys for one order')]),
    ...(record.material ? [] : [violation(['material'], 'material-required', 'material is required')]),
    ...(Number(record.quantity) > 0
      ? []
      : [violation(['quantity'], 'quantity-positive', 'quantity must be greater than 0')]),
  ],
  after: async (record, { strapi }) => {
    const po = record.purchaseOrder as Ref;
    if (po) await refreshPurchaseStatus(strapi, po.id);
  },
});

const DERIVED_RECEIPT_FIELDS = [
  'result',
  'findings',
  'fourPointLotAverage',
  'fourPointLotAveragePer100SqM',
  'passedQuantity',
] as const;

/** A stored roll (decimals may come back as strings) as the 4-point module reads it. */
const rollOf = (roll: RollInspection): RollInspection => ({
  ...roll,
  length: Number(roll.length),
  cuttableWidth: Number(roll.cuttableWidth),
  points: Number(roll.points ?? 0),
});

type ReceiptRow = Row & {
  purchaseOrderLine: { id: number; quantity: number; order: Ref; material: Ref; purchaseOrder: Ref } | null;
  material: {
    id: number;
    code: string;
    kind: MaterialKind;
    construction: Construction | null;
    widthCm: number | null;
  } | null;
  order: { id: number; customer: Ref } | null;
  fourPoint: RollInspection[] | null;
};

/**
 * A receipt is counted, then inspected, in one record and one transaction:
 * material and order follow the PO line; the total on a PO line may exceed it
 * by the tolerance only; the result, findings and passed quantity are derived
 * from the measurements and the customer's limits; cutting is approved only on
 * a passed lot.
 */
export const materialReceiptGuard: Guard = afterWrite({
  uid: UID.materialReceipt,
  trimmed: ['lots'],
  populate: {
    purchaseOrderLine: { select: ['id', 'quantity'], populate: { order: ID, material: ID, purchaseOrder: ID } },
    material: { select: ['id', 'code', 'kind', 'construction', 'widthCm'] },
    order: { select: ['id'], populate: { customer: ID } },
    fourPoint: true,
  },
  before: (context) =>
    refuseChangedDerived(
      context,
      UID.materialReceipt,
      DERIVED_RECEIPT_FIELDS,
      'computed from the inspection measurements'
    ),
  check: async (row, { strapi }) => {
    const record = row as ReceiptRow;
    const line = record.purchaseOrderLine;
    const found: Violation[] = [];
    const derived: Record<string, unknown> = {};

    // Material and order follow the PO line when left empty.
    let materialId = record.material?.id ?? null;
    let orderId = record.order?.id ?? null;
    if (line) {
      if (!materialId && line.material) derived.material = materialId = line.material.id;
      if (!orderId && line.order) derived.order = orderId = line.order.id;
      if (line.material && materialId !== line.material.id) {
        found.push(violation(['material'], 'po-line-mismatch', 'material differs from the PO line material'));
      }
      if (line.order && orderId !== line.order.id)
        found.push(violation(['order'], 'po-line-mismatch', 'order differs from the PO line order'));
    }
    if (!materialId) found.push(violation(['material'], 'material-required', 'material is required (or a PO line)'));
    if (!orderId) found.push(violation(['order'], 'order-required', 'order is required (or a PO line)'));

    const quantity = Number(record.quantity);
    const rejected = Number(record.rejectedQuantity ?? 0);
    if (!(quantity > 0)) found.push(violation(['quantity'], 'quantity-positive', 'quantity must be greater than 0'));
    if (rejected > quantity)
      found.push(
        violation(['rejectedQuantity'], 'rejected-within-received', 'rejectedQuantity cannot exceed quantity')
      );

    const receivedAt = parseISO(String(record.receivedAt));
    if (!isBefore(receivedAt, startOfTomorrow())) {
      found.push(violation(['receivedAt'], 'received-in-future', 'receivedAt cannot be in the future'));
    }
    if (record.inspectedAt && isAfter(receivedAt, parseISO(String(record.inspectedAt)))) {
      found.push(violation(['inspectedAt'], 'inspected-before-arrival', 'inspectedAt cannot be before receivedAt'));
    }

    const material =
      record.material ??
      (materialId
        ? ((await strapi.db.query(UID.material).findOne({
            where: { id: materialId },
            select: ['id', 'code', 'kind', 'construction', 'widthCm'],
          })) as ReceiptRow['material'])
        : null);
    const customerId =
      record.order?.customer?.id ??
      (orderId
        ? ((
            (await strapi.db.query(UID.order).findOne({ where: { id: orderId }, populate: { customer: ID } })) as {
              customer: Ref;
            } | null
          )?.customer?.id ?? null)
        : null);
    const settings = await loadMaterialSettings(strapi, customerId);

    if (line && !record.overReceiptApproved) {
      const onLine = (await strapi.db.query(UID.materialReceipt).findMany({
        where: { purchaseOrderLine: { id: line.id } },
        select: ['id', 'quantity'],
      })) as Array<{ quantity: number }>;
      const total = onLine.reduce((sum, receipt) => sum + Number(receipt.quantity), 0);
      const excess = overReceipt(Number(line.quantity), total, settings.overReceiptTolerancePct);
      if (excess > 0) {
        found.push(
          violation(
            ['quantity'],
            'over-receipt',
            `receipts on the PO line total ${total}, beyond its ${line.quantity} + ${settings.overReceiptTolerancePct}% by ${Math.round(excess * 1000) / 1000}; set overReceiptApproved to accept`
          )
        );
      }
    }

    const rolls = (record.fourPoint ?? []).map((roll) => withTalliedPoints(rollOf(roll)));
    found.push(...checkRolls(rolls));
    const inspection = {
      kind: material?.kind ?? 'fabric',
      construction: material?.construction ?? null,
      orderedWidthCm: num(material?.widthCm),
      inspectedAt: (record.inspectedAt as string | null) ?? null,
      shrinkageLengthPct: num(record.shrinkageLengthPct),
      shrinkageWidthPct: num(record.shrinkageWidthPct),
      measuredWidthCm: num(record.measuredWidthCm),
      rolls,
      qcRejectReason: (record.qcRejectReason as string | null) ?? null,
      conditionalAcceptance: !!record.conditionalAcceptance,
      conditionalReason: (record.conditionalReason as string | null) ?? null,
    };
    found.push(...checkInspectable(inspection, material?.code ?? null));
    const scorable = found.every((v) => !v.rule.startsWith('roll-') && v.rule !== 'construction-required');
    const judgement = scorable ? judgeReceipt(inspection, settings.quality) : { result: null, findings: [] };
    const fourPoint = scorable && rolls.length > 0 ? evaluateFourPoint(rolls, settings.quality.fourPoint) : null;
    const lotAverage = fourPoint?.lotAverage ?? null;
    if (fourPoint) derived.fourPointLotAveragePer100SqM = fourPoint.lotAveragePer100SqM;

    if (
      record.cuttingApproved &&
      !(material?.kind === 'fabric' && (judgement.result === 'pass' || judgement.result === 'conditional'))
    ) {
      found.push(
        violation(
          ['cuttingApproved'],
          'cutting-needs-pass',
          'cutting can be approved only for fabric that passed inspection'
        )
      );
    }
    if (record.tradeSignedOff && !judgement.result) {
      found.push(violation(['tradeSignedOff'], 'signoff-needs-inspection', 'trade signs only after the inspection'));
    }

    Object.assign(derived, {
      result: judgement.result,
      findings: judgement.findings,
      fourPointLotAverage: lotAverage,
      passedQuantity: passedQuantity({ result: judgement.result, quantity, rejectedQuantity: rejected }),
    });
    return { violations: found, derived };
  },
  after: async (row, { strapi }) => {
    const line = (row as ReceiptRow).purchaseOrderLine;
    if (line?.purchaseOrder) await refreshPurchaseStatus(strapi, line.purchaseOrder.id);
  },
});

type IssueRow = Row & {
  order: { id: number; stageDates: Record<string, string> | null } | null;
  lines: Array<{ quantity: number; material: { id: number; code: string } | null }> | null;
  supplementRequest: { id: number; status: string; order: Ref; material: Ref } | null;
};

/**
 * Issuing materials (发料): only after the production permit, unless recorded as
 * an approved pre-issue (seed: the fabric group confirms by mail, the warehouse
 * pre-issues); never more than the passed stock of the order.
 */
export const materialIssueGuard: Guard = afterWrite({
  uid: UID.materialIssue,
  trimmed: ['preIssueApprovedBy'],
  populate: {
    order: { select: ['id', 'stageDates'] },
    lines: { populate: { material: { select: ['id', 'code'] } } },
    supplementRequest: { select: ['id', 'status'], populate: { order: ID, material: ID } },
  },
  check: async (row, { strapi }) => {
    const record = row as IssueRow;
    const found: Violation[] = [];
    const order = record.order;
    if (!order) found.push(violation(['order'], 'order-required', 'order is required'));
    const lines = record.lines ?? [];
    if (lines.length === 0) found.push(violation(['lines'], 'lines-required', 'an issue needs at least one line'));
    lines.forEach((line, index) => {
      if (!line.material)
        found.push(violation(['lines', index, 'material'], 'material-required', 'material is required'));
      if (!(Number(line.quantity) > 0))
        found.push(violation(['lines', index, 'quantity'], 'quantity-positive', 'quantity must be greater than 0'));
    });
    const permitted = !!order && (await permitGrantedTo(strapi, order.id));
    if (order && !permitted && !record.preIssue) {
      found.push(
        violation(
          ['preIssue'],
          'permit-required',
          'the order has no production permit yet: record a pre-issue (preIssue) with its approval'
        )
      );
    }
    if (record.preIssue && !record.preIssueApprovedBy) {
      found.push(
        violation(
          ['preIssueApprovedBy'],
          'pre-issue-approval',
          'a pre-issue needs the approval of the fabric group (preIssueApprovedBy)'
        )
      );
    }

    const supplement = record.supplementRequest;
    if (supplement) {
      if (supplement.order?.id !== order?.id)
        found.push(
          violation(['supplementRequest'], 'supplement-other-order', 'the supplement request is for another order')
        );
      if (!['approved', 'issued'].includes(supplement.status)) {
        found.push(
          violation(['supplementRequest'], 'supplement-not-approved', 'the supplement request is not approved yet')
        );
      }
      if (!lines.some((line) => line.material?.id === supplement.material?.id)) {
        found.push(
          violation(['lines'], 'supplement-material', 'the issue does not contain the supplement request material')
        );
      }
    }

    if (order && found.length === 0) {
      for (const [index, line] of lines.entries()) {
        const material = line.material!;
        const passed = (await strapi.db.query(UID.materialReceipt).findMany({
          where: { order: { id: order.id }, material: { id: material.id } },
          select: ['id', 'passedQuantity'],
        })) as Array<{ passedQuantity: number | null }>;
        const issues = (await strapi.db.query(UID.materialIssue).findMany({
          where: { ...linkedTo(strapi, UID.materialIssue, 'order', order.id) },
          select: ['id'],
          populate: { lines: { populate: { material: ID } } },
        })) as Array<{ lines: Array<{ quantity: number; material: Ref }> }>;
        const stock = passed.reduce((sum, r) => sum + Number(r.passedQuantity ?? 0), 0);
        const issued = issues
          .flatMap((issue) => issue.lines)
          .filter((l) => l.material?.id === material.id)
          .reduce((sum, l) => sum + Number(l.quantity), 0);
        if (issued > stock + 1e-6) {
          found.push(
            violation(
              ['lines', index, 'quantity'],
              'issue-exceeds-stock',
              `${material.code}: issuing ${issued} in all exceeds the passed stock of ${stock}`
            )
          );
        }
      }
    }
    return found;
  },
  after: async (row, { strapi }) => {
    const supplement = (row as IssueRow).supplementRequest;
    if (supplement) await refreshSupplementStatus(strapi, supplement.id);
  },
});

type SupplementRow = Row & { order: Ref; material: Ref };

const supplementStatus = async (strapi: Core.Strapi, record: SupplementRow) => {
  if (record.rejected) return 'rejected';
  const issued = await strapi.db.query(UID.materialIssue).count({ where: { supplementRequest: { id: record.id } } });
  if (issued > 0) return 'issued';
  return record.supervisorApprovedBy && record.tradeConfirmedBy ? 'approved' : 'requested';
};

async function refreshSupplementStatus(strapi: Core.Strapi, id: number) {
  const record = (await strapi.db.query(UID.supplementRequest).findOne({ where: { id } })) as SupplementRow | null;
  if (!record) return;
  const status = await supplementStatus(strapi, record);
  if (status !== record.status)
    await strapi.db.query(UID.supplementRequest).update({ where: { id }, data: { status } });
}

/**
 * A supplement request (补料单) says why more material is needed; the supervisor
 * approves and trade confirms before it can be issued. Its status follows.
 */
export const supplementRequestGuard: Guard = afterWrite({
  uid: UID.supplementRequest,
  trimmed: ['reason', 'supervisorApprovedBy', 'tradeConfirmedBy'],
  populate: { order: ID, material: ID },
  before: (context) =>
    refuseChangedDerived(
      context,
      UID.supplementRequest,
      ['status'],
      'it follows from the approvals, the rejection and the issues'
    ),
  check: async (row, { strapi }) => {
    const record = row as SupplementRow;
    const found: Violation[] = [
      ...(record.order ? [] : [violation(['order'], 'order-required', 'order is required')]),
      ...(record.material ? [] : [violation(['material'], 'material-required', 'material is required')]),
      ...(Number(record.quantity) > 0
        ? []
        : [violation(['quantity'], 'quantity-positive', 'quantity must be greater than 0')]),
      ...(String(record.reason ?? '').trim()
        ? []
        : [violation(['reason'], 'reason-required', 'a supplement request must say why (reason)')]),
      ...(record.rejected && !String(record.rejectionReason ?? '').trim()
        ? [violation(['rejectionReason'], 'rejection-reason', 'a rejection must say why (rejectionReason)')]
        : []),
    ];
    return { violations: found, derived: { status: await supplementStatus(strapi, record) } };
  },
});
