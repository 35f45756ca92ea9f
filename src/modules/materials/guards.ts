import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';
import {
  checkInspectable,
  judgeReceipt,
  passedQuantity,
  type Construction,
  type MaterialKind,
} from './domain/inspection';
import { checkRolls, evaluateFourPoint, withTalliedPoints, type RollInspection } from './domain/four-point';
import { DERIVED_STATUSES, derivePurchaseStatus, type PurchaseStatus } from './domain/purchase-status';
import {
  checkConsumptionLine,
  checkIssuedWithinStock,
  checkMaterialIssue,
  checkPurchaseOrder,
  checkPurchaseOrderLine,
  checkPurchaseStatusTyped,
  checkReceipt,
  checkReceiptApprovals,
  checkSupplementRequest,
  supplementStatus,
} from './domain/record-checks';
import { permitGrantedTo } from './facts';
import { loadMaterialSettings } from './settings';
import { afterWrite, refuseDerivedOf, type Row } from '../../platform/invariants/after-write';
import { rejectIf, type Guard, type GuardMap } from '../../platform/invariants/guard';
import { checkUnique } from '../../platform/invariants/unique';
import { linkedTo } from '../../platform/db/links';

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
    const twins =
      order && material
        ? ((await strapi.db.query(UID.bomLine).findMany({
            where: { order: { id: order.id }, material: { id: material.id }, id: { $ne: record.id } },
            select: ['id', 'colour'],
          })) as Array<{ colour: string | null }>)
        : [];
    return checkConsumptionLine({
      hasOrder: !!order,
      hasMaterial: !!material,
      consumptionPerPiece: record.consumptionPerPiece,
      colour: (record.colour as string | null) || null,
      otherColours: twins.map((twin) => twin.colour),
    });
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
    const wanted = call.params.data?.status as string | undefined;
    if (!wanted || !DERIVED_STATUSES.includes(wanted as PurchaseStatus)) return;
    const current = call.params.documentId
      ? ((await strapi.db
          .query(UID.purchaseOrder)
          .findOne({ where: { documentId: call.params.documentId }, select: ['status'] })) as {
          status: string;
        } | null)
      : null;
    rejectIf(checkPurchaseStatusTyped(wanted, current?.status ?? null));
  },
  check: async (record, { strapi, trx }) => {
    const receipts =
      record.status === 'cancelled'
        ? await strapi.db.query(UID.materialReceipt).count({
            where: { purchaseOrderLine: { purchaseOrder: { id: record.id } } },
          })
        : 0;
    return [
      ...checkPurchaseOrder({ hasSupplier: !!record.supplier, status: record.status as string | null, receipts }),
      ...(await checkUnique(strapi, trx, {
        uid: UID.purchaseOrder,
        field: 'poNumber',
        value: record.poNumber,
        selfId: record.id,
      })),
    ];
  },
  after: async (record, { strapi, call }) => {
    if (call.action !== 'delete') await refreshPurchaseStatus(strapi, record.id);
  },
});

export const purchaseOrderLineGuard: Guard = afterWrite({
  uid: UID.purchaseOrderLine,
  populate: { purchaseOrder: ID, order: ID, material: ID },
  check: async (record) =>
    checkPurchaseOrderLine({
      hasPurchaseOrder: !!record.purchaseOrder,
      hasOrder: !!record.order,
      hasMaterial: !!record.material,
      quantity: record.quantity,
    }),
  after: async (record, { strapi }) => {
    const po = record.purchaseOrder as Ref;
    if (po) await refreshPurchaseStatus(strapi, po.id);
  },
});

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
  before: (context) => refuseDerivedOf(context, 'material-receipt'),
  check: async (row, { strapi }) => {
    const record = row as ReceiptRow;
    const line = record.purchaseOrderLine;
    const derived: Record<string, unknown> = {};

    // Material and order follow the PO line when left empty.
    const materialId = record.material?.id ?? line?.material?.id ?? null;
    const orderId = record.order?.id ?? line?.order?.id ?? null;
    if (!record.material && materialId) derived.material = materialId;
    if (!record.order && orderId) derived.order = orderId;
    const quantity = Number(record.quantity);
    const rejected = Number(record.rejectedQuantity ?? 0);

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
    const onLine = line
      ? ((await strapi.db.query(UID.materialReceipt).findMany({
          where: { purchaseOrderLine: { id: line.id } },
          select: ['id', 'quantity'],
        })) as Array<{ quantity: number }>)
      : [];

    const found = checkReceipt(
      {
        line: line
          ? { quantity: Number(line.quantity), materialId: line.material?.id ?? null, orderId: line.order?.id ?? null }
          : null,
        materialId,
        orderId,
        quantity,
        rejectedQuantity: rejected,
        receivedAt: String(record.receivedAt),
        inspectedAt: (record.inspectedAt as string | null) ?? null,
        overReceiptApproved: !!record.overReceiptApproved,
        receivedOnLine: onLine.reduce((sum, receipt) => sum + Number(receipt.quantity), 0),
        overReceiptTolerancePct: settings.overReceiptTolerancePct,
      },
      new Date()
    );

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
    const judgement = scorable
      ? judgeReceipt(inspection, settings.quality)
      : { result: null, findings: [], findingsZh: [] };
    const fourPoint = scorable && rolls.length > 0 ? evaluateFourPoint(rolls, settings.quality.fourPoint) : null;
    const lotAverage = fourPoint?.lotAverage ?? null;
    if (fourPoint) derived.fourPointLotAveragePer100SqM = fourPoint.lotAveragePer100SqM;

    found.push(
      ...checkReceiptApprovals({
        cuttingApproved: !!record.cuttingApproved,
        tradeSignedOff: !!record.tradeSignedOff,
        kind: material?.kind ?? null,
        result: judgement.result,
      })
    );

    Object.assign(derived, {
      result: judgement.result,
      findings: judgement.findings,
      findingsZh: judgement.findingsZh,
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
    const order = record.order;
    const lines = record.lines ?? [];
    const supplement = record.supplementRequest;
    const found = checkMaterialIssue({
      hasOrder: !!order,
      lines: lines.map((line) => ({ materialId: line.material?.id ?? null, quantity: line.quantity })),
      permitted: !!order && (await permitGrantedTo(strapi, order.id)),
      preIssue: !!record.preIssue,
      preIssueApprovedBy: (record.preIssueApprovedBy as string | null) ?? null,
      supplement: supplement
        ? {
            sameOrder: supplement.order?.id === order?.id,
            status: supplement.status,
            materialId: supplement.material?.id ?? null,
          }
        : null,
    });
    if (!order || found.length > 0) return found;

    // The passed stock and everything issued to the order (this issue included), per material.
    const materialIds = [...new Set(lines.map((line) => line.material!.id))];
    const passed = (await strapi.db.query(UID.materialReceipt).findMany({
      where: { order: { id: order.id }, material: { id: { $in: materialIds } } },
      select: ['id', 'passedQuantity'],
      populate: { material: ID },
    })) as Array<{ passedQuantity: number | null; material: Ref }>;
    const issues = (await strapi.db.query(UID.materialIssue).findMany({
      where: { ...linkedTo(strapi, UID.materialIssue, 'order', order.id) },
      select: ['id'],
      populate: { lines: { populate: { material: ID } } },
    })) as Array<{ lines: Array<{ quantity: number; material: Ref }> }>;
    const sumOf = <T>(rows: T[], of: (row: T) => number | null, amount: (row: T) => unknown, id: number) =>
      rows.filter((row) => of(row) === id).reduce((sum, row) => sum + Number(amount(row) ?? 0), 0);
    return checkIssuedWithinStock(
      lines.map((line, index) => ({
        index,
        code: line.material!.code,
        issued: sumOf(
          issues.flatMap((issue) => issue.lines),
          (l) => l.material?.id ?? null,
          (l) => l.quantity,
          line.material!.id
        ),
        stock: sumOf(
          passed,
          (r) => r.material?.id ?? null,
          (r) => r.passedQuantity,
          line.material!.id
        ),
      }))
    );
  },
  after: async (row, { strapi }) => {
    const supplement = (row as IssueRow).supplementRequest;
    if (supplement) await refreshSupplementStatus(strapi, supplement.id);
  },
});

type SupplementRow = Row & { order: Ref; material: Ref };

const statusOf = async (strapi: Core.Strapi, record: SupplementRow) =>
  supplementStatus({
    rejected: !!record.rejected,
    issues: await strapi.db.query(UID.materialIssue).count({ where: { supplementRequest: { id: record.id } } }),
    supervisorApprovedBy: (record.supervisorApprovedBy as string | null) ?? null,
    tradeConfirmedBy: (record.tradeConfirmedBy as string | null) ?? null,
  });

async function refreshSupplementStatus(strapi: Core.Strapi, id: number) {
  const record = (await strapi.db.query(UID.supplementRequest).findOne({ where: { id } })) as SupplementRow | null;
  if (!record) return;
  const status = await statusOf(strapi, record);
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
  before: (context) => refuseDerivedOf(context, 'supplement-request'),
  check: async (row, { strapi }) => {
    const record = row as SupplementRow;
    const found = checkSupplementRequest({
      hasOrder: !!record.order,
      hasMaterial: !!record.material,
      quantity: record.quantity,
      reason: (record.reason as string | null) ?? null,
      rejected: !!record.rejected,
      rejectionReason: (record.rejectionReason as string | null) ?? null,
    });
    return { violations: found, derived: { status: await statusOf(strapi, record) } };
  },
});

/** Materials: the catalogue, BOM, purchasing, receipts, issues and supplements. */
export const materialsGuards: GuardMap = {
  [UID.material]: materialGuard,
  [UID.bomLine]: bomLineGuard,
  [UID.purchaseOrder]: purchaseOrderGuard,
  [UID.purchaseOrderLine]: purchaseOrderLineGuard,
  [UID.materialReceipt]: materialReceiptGuard,
  [UID.materialIssue]: materialIssueGuard,
  [UID.supplementRequest]: supplementRequestGuard,
};
