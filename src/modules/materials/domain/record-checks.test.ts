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
  type ReceiptFacts,
} from './record-checks';

const rules = (found: Array<{ rule: string }>) => found.map((v) => v.rule);
const today = new Date(2026, 10, 30, 10, 0);

describe('consumption lines', () => {
  const line = { hasOrder: true, hasMaterial: true, consumptionPerPiece: 1.35, colour: 'Navy', otherColours: [] };

  it('accepts a line with a positive consumption', () => {
    expect(checkConsumptionLine(line)).toEqual([]);
  });

  it('refuses a second line for the same material and colour, whatever the case', () => {
    const found = checkConsumptionLine({ ...line, otherColours: ['Black', ' navy'.trim()] });
    expect(rules(found)).toEqual(['unique']);
    expect(found[0]).toMatchObject({ path: ['material'], messageZh: '该订单已有此物料(Navy)的定额行' });
    expect(checkConsumptionLine({ ...line, colour: null, otherColours: [''] }).map((v) => v.rule)).toEqual(['unique']);
  });

  it('names every missing part, in both languages', () => {
    const found = checkConsumptionLine({ ...line, hasOrder: false, hasMaterial: false, consumptionPerPiece: 0 });
    expect(found.map((v) => [v.path.join('.'), v.rule, v.messageZh])).toEqual([
      ['order', 'order-required', '必须指定订单'],
      ['material', 'material-required', '必须指定物料'],
      ['consumptionPerPiece', 'consumption-positive', '单耗必须大于 0'],
    ]);
  });
});

describe('purchase orders', () => {
  it('keeps the received statuses for the receipts', () => {
    expect(rules(checkPurchaseStatusTyped('received', 'sent'))).toEqual(['status-derived']);
    expect(checkPurchaseStatusTyped('received', 'received')).toEqual([]);
    expect(checkPurchaseStatusTyped('confirmed', 'sent')).toEqual([]);
    expect(checkPurchaseStatusTyped(undefined, 'sent')).toEqual([]);
  });

  it('closes, not cancels, a purchase order that received goods', () => {
    expect(rules(checkPurchaseOrder({ hasSupplier: true, status: 'cancelled', receipts: 1 }))).toEqual([
      'cancel-received',
    ]);
    expect(checkPurchaseOrder({ hasSupplier: true, status: 'cancelled', receipts: 0 })).toEqual([]);
    expect(rules(checkPurchaseOrder({ hasSupplier: false, status: 'draft', receipts: 0 }))).toEqual([
      'supplier-required',
    ]);
  });

  it('a PO line buys a positive quantity of one material for one order', () => {
    expect(
      checkPurchaseOrderLine({ hasPurchaseOrder: false, hasOrder: false, hasMaterial: false, quantity: '-1' }).map(
        (v) => v.path[0]
      )
    ).toEqual(['purchaseOrder', 'order', 'material', 'quantity']);
    expect(
      checkPurchaseOrderLine({ hasPurchaseOrder: true, hasOrder: true, hasMaterial: true, quantity: '950.00' })
    ).toEqual([]);
  });
});

describe('receipts', () => {
  // A PO line of 1 000 m with the default 5 % tolerance: up to 1 050 m may arrive against it.
  const receipt: ReceiptFacts = {
    line: { quantity: 1000, materialId: 7, orderId: 3 },
    materialId: 7,
    orderId: 3,
    quantity: 600,
    rejectedQuantity: 0,
    receivedAt: '2026-11-30',
    inspectedAt: null,
    overReceiptApproved: false,
    receivedOnLine: 1050,
    overReceiptTolerancePct: 5,
  };

  it('accepts receipts up to the line plus its tolerance (1 000 m + 5 % = 1 050 m)', () => {
    expect(checkReceipt(receipt, today)).toEqual([]);
  });

  it('refuses 1 060 m on a 1 000 m line by 10 m, unless the over-receipt is approved', () => {
    const found = checkReceipt({ ...receipt, receivedOnLine: 1060 }, today);
    expect(rules(found)).toEqual(['over-receipt']);
    expect(found[0].message).toContain('beyond its 1000 + 5% by 10;');
    expect(checkReceipt({ ...receipt, receivedOnLine: 1060, overReceiptApproved: true }, today)).toEqual([]);
    // Without a PO line there is nothing to exceed.
    expect(checkReceipt({ ...receipt, line: null, receivedOnLine: 5000 }, today)).toEqual([]);
  });

  it("follows the PO line's material and order", () => {
    expect(checkReceipt({ ...receipt, materialId: 8, orderId: 4 }, today).map((v) => [v.path[0], v.rule])).toEqual([
      ['material', 'po-line-mismatch'],
      ['order', 'po-line-mismatch'],
    ]);
    expect(
      rules(checkReceipt({ ...receipt, line: null, materialId: null, orderId: null, receivedOnLine: 0 }, today))
    ).toEqual(['material-required', 'order-required']);
  });

  it('arrives by today, is inspected after it arrives, rejects no more than it received', () => {
    expect(rules(checkReceipt({ ...receipt, receivedAt: '2026-12-01' }, today))).toEqual(['received-in-future']);
    expect(checkReceipt({ ...receipt, receivedAt: '2026-11-30' }, new Date(2026, 10, 30, 23, 59))).toEqual([]);
    expect(rules(checkReceipt({ ...receipt, inspectedAt: '2026-11-29' }, today))).toEqual(['inspected-before-arrival']);
    expect(rules(checkReceipt({ ...receipt, quantity: 100, rejectedQuantity: 101 }, today))).toEqual([
      'rejected-within-received',
    ]);
    expect(rules(checkReceipt({ ...receipt, quantity: 0 }, today))).toEqual(['quantity-positive']);
  });

  it('approves cutting on passed fabric only; trade signs an inspected lot', () => {
    const approvals = { cuttingApproved: true, tradeSignedOff: true, kind: 'fabric', result: 'pass' };
    expect(checkReceiptApprovals(approvals)).toEqual([]);
    expect(checkReceiptApprovals({ ...approvals, result: 'conditional' })).toEqual([]);
    expect(rules(checkReceiptApprovals({ ...approvals, result: 'fail' }))).toEqual(['cutting-needs-pass']);
    expect(rules(checkReceiptApprovals({ ...approvals, kind: 'trim' }))).toEqual(['cutting-needs-pass']);
    expect(rules(checkReceiptApprovals({ ...approvals, cuttingApproved: false, result: null }))).toEqual([
      'signoff-needs-inspection',
    ]);
  });
});

describe('material issues', () => {
  const issue = {
    hasOrder: true,
    lines: [{ materialId: 7, quantity: 300 }],
    permitted: true,
    preIssue: false,
    preIssueApprovedBy: null,
    supplement: null,
  };

  it('issues after the permit, or as a pre-issue the fabric group approved', () => {
    expect(checkMaterialIssue(issue)).toEqual([]);
    expect(rules(checkMaterialIssue({ ...issue, permitted: false }))).toEqual(['permit-required']);
    expect(rules(checkMaterialIssue({ ...issue, permitted: false, preIssue: true }))).toEqual(['pre-issue-approval']);
    expect(
      checkMaterialIssue({ ...issue, permitted: false, preIssue: true, preIssueApprovedBy: 'Fabric group, mail 11-28' })
    ).toEqual([]);
  });

  it('names the line and field that is wrong', () => {
    expect(
      checkMaterialIssue({ ...issue, lines: [{ materialId: null, quantity: 0 }] }).map((v) => v.path.join('.'))
    ).toEqual(['lines.0.material', 'lines.0.quantity']);
    expect(rules(checkMaterialIssue({ ...issue, lines: [] }))).toEqual(['lines-required']);
  });

  it("issues a supplement request's material, for its order, once approved", () => {
    const supplement = { sameOrder: true, status: 'approved', materialId: 7 };
    expect(checkMaterialIssue({ ...issue, supplement })).toEqual([]);
    expect(
      rules(checkMaterialIssue({ ...issue, supplement: { sameOrder: false, status: 'requested', materialId: 9 } }))
    ).toEqual(['supplement-other-order', 'supplement-not-approved', 'supplement-material']);
  });

  it('never issues more than the passed stock: 950 m passed, 600 + 400 m issued is 50 m over', () => {
    const found = checkIssuedWithinStock([{ index: 0, code: 'FAB-01', issued: 1000, stock: 950 }]);
    expect(found).toEqual([
      {
        path: ['lines', 0, 'quantity'],
        rule: 'issue-exceeds-stock',
        message: 'FAB-01: issuing 1000 in all exceeds the passed stock of 950',
        messageZh: 'FAB-01:累计发料 1000 超过合格库存 950',
      },
    ]);
    expect(checkIssuedWithinStock([{ index: 0, code: 'FAB-01', issued: 950, stock: 950 }])).toEqual([]);
  });
});

describe('supplement requests', () => {
  const request = {
    hasOrder: true,
    hasMaterial: true,
    quantity: 40,
    reason: 'Shading on 3 rolls',
    rejected: false,
    rejectionReason: null,
  };

  it('says why, and why when rejected', () => {
    expect(checkSupplementRequest(request)).toEqual([]);
    expect(rules(checkSupplementRequest({ ...request, reason: '  ' }))).toEqual(['reason-required']);
    expect(rules(checkSupplementRequest({ ...request, rejected: true }))).toEqual(['rejection-reason']);
  });

  it('is requested, approved by supervisor and trade, issued, or rejected', () => {
    const none = { rejected: false, issues: 0, supervisorApprovedBy: null, tradeConfirmedBy: null };
    expect(supplementStatus(none)).toBe('requested');
    expect(supplementStatus({ ...none, supervisorApprovedBy: 'Li' })).toBe('requested');
    expect(supplementStatus({ ...none, supervisorApprovedBy: 'Li', tradeConfirmedBy: 'Wang' })).toBe('approved');
    expect(supplementStatus({ ...none, issues: 1 })).toBe('issued');
    expect(supplementStatus({ ...none, issues: 1, rejected: true })).toBe('rejected');
  });
});
