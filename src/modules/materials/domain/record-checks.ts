import { isAfter, isBefore, parseISO, startOfDay, addDays } from 'date-fns';
import { positive, violation, type Violation } from '../../../platform/domain/violation';
import { overReceipt } from './inspection';
import { DERIVED_STATUSES, type PurchaseStatus } from './purchase-status';

/**
 * What a write of a material record must satisfy, decided from the record and
 * the facts the glue loaded (a PO line's receipts, an order's permit, the passed
 * stock) — in English and Chinese, naming the field and the rule.
 */

const EPSILON = 1e-6;
const sameColour = (a: string | null, b: string | null) => (a || '').toLowerCase() === (b || '').toLowerCase();

export interface ConsumptionLineFacts {
  hasOrder: boolean;
  hasMaterial: boolean;
  consumptionPerPiece: unknown;
  colour: string | null;
  /** Colours of the order's other consumption lines for the same material. */
  otherColours: Array<string | null>;
}

/** A consumption line (物料定额): one per order, material and colour; a positive consumption per piece. */
export function checkConsumptionLine(facts: ConsumptionLineFacts): Violation[] {
  const found: Violation[] = [];
  if (!facts.hasOrder) found.push(violation(['order'], 'order-required', 'order is required', '必须指定订单'));
  if (!facts.hasMaterial)
    found.push(violation(['material'], 'material-required', 'material is required', '必须指定物料'));
  found.push(...positive(['consumptionPerPiece'], facts.consumptionPerPiece, '单耗', 'consumption-positive'));
  if (facts.hasOrder && facts.hasMaterial && facts.otherColours.some((other) => sameColour(other, facts.colour))) {
    found.push(
      violation(
        ['material'],
        'unique',
        `the order already has a consumption line for this material${facts.colour ? ` in ${facts.colour}` : ''}`,
        `该订单已有此物料${facts.colour ? `(${facts.colour})` : ''}的定额行`
      )
    );
  }
  return found;
}

/** A purchase order's received statuses follow from its receipts: typing one that is not already so is refused. */
export function checkPurchaseStatusTyped(wanted: string | undefined, current: string | null): Violation[] {
  if (!wanted || !DERIVED_STATUSES.includes(wanted as PurchaseStatus) || wanted === current) return [];
  return [
    violation(
      ['status'],
      'status-derived',
      `status "${wanted}" follows from the receipts; it cannot be set by hand`,
      `状态"${wanted}"由收货记录得出,不能手工设置`
    ),
  ];
}

export interface PurchaseOrderFacts {
  hasSupplier: boolean;
  status: string | null;
  /** Receipts on the purchase order's lines. */
  receipts: number;
}

/** A purchase order (采购单) names its supplier; one that received goods is closed, not cancelled. */
export function checkPurchaseOrder(facts: PurchaseOrderFacts): Violation[] {
  const found: Violation[] = [];
  if (!facts.hasSupplier)
    found.push(violation(['supplier'], 'supplier-required', 'supplier is required', '必须指定供应商'));
  if (facts.status === 'cancelled' && facts.receipts > 0) {
    found.push(
      violation(
        ['status'],
        'cancel-received',
        'a purchase order with receipts cannot be cancelled: close it',
        '已有收货的采购单不能取消:请关闭'
      )
    );
  }
  return found;
}

export interface PurchaseOrderLineFacts {
  hasPurchaseOrder: boolean;
  hasOrder: boolean;
  hasMaterial: boolean;
  quantity: unknown;
}

/** A PO line (采购明细) buys a positive quantity of one material for one order. */
export function checkPurchaseOrderLine(facts: PurchaseOrderLineFacts): Violation[] {
  return [
    ...(facts.hasPurchaseOrder
      ? []
      : [violation(['purchaseOrder'], 'purchase-order-required', 'purchaseOrder is required', '必须指定采购单')]),
    ...(facts.hasOrder
      ? []
      : [
          violation(
            ['order'],
            'order-required',
            'order is required: a PO line buys for one order',
            '必须指定订单:每条采购明细为一个订单采购'
          ),
        ]),
    ...(facts.hasMaterial
      ? []
      : [violation(['material'], 'material-required', 'material is required', '必须指定物料')]),
    ...positive(['quantity'], facts.quantity, '数量'),
  ];
}

export interface ReceiptFacts {
  /** The PO line the goods arrived against, with what it bought; null for a receipt without a PO line. */
  line: { quantity: number; materialId: number | null; orderId: number | null } | null;
  materialId: number | null;
  orderId: number | null;
  quantity: number;
  rejectedQuantity: number;
  receivedAt: string;
  inspectedAt: string | null;
  overReceiptApproved: boolean;
  /** Every receipt on the PO line, this one included, after the write. */
  receivedOnLine: number;
  overReceiptTolerancePct: number;
}

/**
 * A receipt (来料收货) is for the PO line's material and order, counts a
 * positive quantity that arrived by today and was inspected after it arrived;
 * the receipts on a PO line exceed it by the tolerance only, unless approved.
 */
export function checkReceipt(facts: ReceiptFacts, today: Date): Violation[] {
  const found: Violation[] = [];
  const { line } = facts;
  if (line?.materialId && facts.materialId !== line.materialId) {
    found.push(
      violation(['material'], 'po-line-mismatch', 'material differs from the PO line material', '物料与采购明细不符')
    );
  }
  if (line?.orderId && facts.orderId !== line.orderId) {
    found.push(violation(['order'], 'po-line-mismatch', 'order differs from the PO line order', '订单与采购明细不符'));
  }
  if (!facts.materialId) {
    found.push(
      violation(['material'], 'material-required', 'material is required (or a PO line)', '必须指定物料(或采购明细)')
    );
  }
  if (!facts.orderId) {
    found.push(violation(['order'], 'order-required', 'order is required (or a PO line)', '必须指定订单(或采购明细)'));
  }
  found.push(...positive(['quantity'], facts.quantity, '收货数量'));
  if (facts.rejectedQuantity > facts.quantity) {
    found.push(
      violation(
        ['rejectedQuantity'],
        'rejected-within-received',
        'rejectedQuantity cannot exceed quantity',
        '退货数量不能超过收货数量'
      )
    );
  }
  const receivedAt = parseISO(facts.receivedAt);
  if (!isBefore(receivedAt, addDays(startOfDay(today), 1))) {
    found.push(
      violation(['receivedAt'], 'received-in-future', 'receivedAt cannot be in the future', '收货日期不能晚于今天')
    );
  }
  if (facts.inspectedAt && isAfter(receivedAt, parseISO(facts.inspectedAt))) {
    found.push(
      violation(
        ['inspectedAt'],
        'inspected-before-arrival',
        'inspectedAt cannot be before receivedAt',
        '检验日期不能早于收货日期'
      )
    );
  }
  if (line && !facts.overReceiptApproved) {
    const excess = overReceipt(line.quantity, facts.receivedOnLine, facts.overReceiptTolerancePct);
    if (excess > 0) {
      const by = Math.round(excess * 1000) / 1000;
      found.push(
        violation(
          ['quantity'],
          'over-receipt',
          `receipts on the PO line total ${facts.receivedOnLine}, beyond its ${line.quantity} + ${facts.overReceiptTolerancePct}% by ${by}; set overReceiptApproved to accept`,
          `该采购明细累计收货 ${facts.receivedOnLine},超出 ${line.quantity} + ${facts.overReceiptTolerancePct}% 共 ${by};如接受请勾选超收批准(overReceiptApproved)`
        )
      );
    }
  }
  return found;
}

export interface ReceiptApprovals {
  cuttingApproved: boolean;
  tradeSignedOff: boolean;
  kind: string | null;
  /** The inspection verdict Gendan derived; null while not inspected. */
  result: string | null;
}

/** Cutting is approved only on fabric that passed (or passed on condition); trade signs only an inspected lot. */
export function checkReceiptApprovals(facts: ReceiptApprovals): Violation[] {
  const found: Violation[] = [];
  if (
    facts.cuttingApproved &&
    !(facts.kind === 'fabric' && (facts.result === 'pass' || facts.result === 'conditional'))
  ) {
    found.push(
      violation(
        ['cuttingApproved'],
        'cutting-needs-pass',
        'cutting can be approved only for fabric that passed inspection',
        '只有检验合格的面料才能批准开裁'
      )
    );
  }
  if (facts.tradeSignedOff && !facts.result) {
    found.push(
      violation(
        ['tradeSignedOff'],
        'signoff-needs-inspection',
        'trade signs only after the inspection',
        '检验完成后业务方可签字'
      )
    );
  }
  return found;
}

export interface IssueFacts {
  hasOrder: boolean;
  lines: Array<{ materialId: number | null; quantity: unknown }>;
  permitted: boolean;
  preIssue: boolean;
  preIssueApprovedBy: string | null;
  supplement: { sameOrder: boolean; status: string; materialId: number | null } | null;
}

/**
 * An issue (发料) has lines of material and quantity; it goes out only after the
 * production permit unless recorded as a pre-issue the fabric group approved;
 * one issued for a supplement request carries that request's material, once approved.
 */
export function checkMaterialIssue(facts: IssueFacts): Violation[] {
  const found: Violation[] = [];
  if (!facts.hasOrder) found.push(violation(['order'], 'order-required', 'order is required', '必须指定订单'));
  if (facts.lines.length === 0) {
    found.push(violation(['lines'], 'lines-required', 'an issue needs at least one line', '发料单至少需要一行'));
  }
  facts.lines.forEach((line, index) => {
    if (!line.materialId) {
      found.push(violation(['lines', index, 'material'], 'material-required', 'material is required', '必须指定物料'));
    }
    found.push(...positive(['lines', index, 'quantity'], line.quantity, '发料数量'));
  });
  if (facts.hasOrder && !facts.permitted && !facts.preIssue) {
    found.push(
      violation(
        ['preIssue'],
        'permit-required',
        'the order has no production permit yet: record a pre-issue (preIssue) with its approval',
        '订单尚未签发生产许可:如需提前发料,请登记预发料(preIssue)及批准人'
      )
    );
  }
  if (facts.preIssue && !facts.preIssueApprovedBy) {
    found.push(
      violation(
        ['preIssueApprovedBy'],
        'pre-issue-approval',
        'a pre-issue needs the approval of the fabric group (preIssueApprovedBy)',
        '预发料须有面料组批准(preIssueApprovedBy)'
      )
    );
  }
  const { supplement } = facts;
  if (supplement) {
    if (!supplement.sameOrder) {
      found.push(
        violation(
          ['supplementRequest'],
          'supplement-other-order',
          'the supplement request is for another order',
          '该补料单属于其他订单'
        )
      );
    }
    if (!['approved', 'issued'].includes(supplement.status)) {
      found.push(
        violation(
          ['supplementRequest'],
          'supplement-not-approved',
          'the supplement request is not approved yet',
          '补料单尚未批准'
        )
      );
    }
    if (!facts.lines.some((line) => line.materialId === supplement.materialId)) {
      found.push(
        violation(
          ['lines'],
          'supplement-material',
          'the issue does not contain the supplement request material',
          '发料单不含补料单的物料'
        )
      );
    }
  }
  return found;
}

export interface IssuedAgainstStock {
  index: number;
  code: string;
  /** Everything issued of the material to the order, this issue included. */
  issued: number;
  /** Passed quantity received for the order. */
  stock: number;
}

/** Never more issued of a material to an order than passed inspection for it. */
export const checkIssuedWithinStock = (lines: readonly IssuedAgainstStock[]): Violation[] =>
  lines
    .filter((line) => line.issued > line.stock + EPSILON)
    .map((line) =>
      violation(
        ['lines', line.index, 'quantity'],
        'issue-exceeds-stock',
        `${line.code}: issuing ${line.issued} in all exceeds the passed stock of ${line.stock}`,
        `${line.code}:累计发料 ${line.issued} 超过合格库存 ${line.stock}`
      )
    );

export interface SupplementFacts {
  hasOrder: boolean;
  hasMaterial: boolean;
  quantity: unknown;
  reason: string | null;
  rejected: boolean;
  rejectionReason: string | null;
}

/** A supplement request (补料单) asks for a positive quantity of one material for one order, and says why. */
export function checkSupplementRequest(facts: SupplementFacts): Violation[] {
  return [
    ...(facts.hasOrder ? [] : [violation(['order'], 'order-required', 'order is required', '必须指定订单')]),
    ...(facts.hasMaterial
      ? []
      : [violation(['material'], 'material-required', 'material is required', '必须指定物料')]),
    ...positive(['quantity'], facts.quantity, '补料数量'),
    ...(String(facts.reason ?? '').trim()
      ? []
      : [
          violation(
            ['reason'],
            'reason-required',
            'a supplement request must say why (reason)',
            '补料单必须说明原因(reason)'
          ),
        ]),
    ...(facts.rejected && !String(facts.rejectionReason ?? '').trim()
      ? [
          violation(
            ['rejectionReason'],
            'rejection-reason',
            'a rejection must say why (rejectionReason)',
            '驳回必须说明原因(rejectionReason)'
          ),
        ]
      : []),
  ];
}

export type SupplementStatus = 'requested' | 'approved' | 'rejected' | 'issued';

/** A supplement request's status: rejected, issued once material went out for it, approved by supervisor and trade. */
export function supplementStatus(facts: {
  rejected: boolean;
  issues: number;
  supervisorApprovedBy: string | null;
  tradeConfirmedBy: string | null;
}): SupplementStatus {
  if (facts.rejected) return 'rejected';
  if (facts.issues > 0) return 'issued';
  return facts.supervisorApprovedBy && facts.tradeConfirmedBy ? 'approved' : 'requested';
}
