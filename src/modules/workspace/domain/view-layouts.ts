/**
 * How the Content Manager shows Gendan's records to the people who use them:
 * edit views in the order of the work (header, quantities, inspection,
 * sign-off), derived bookkeeping out of the form (the summary panel shows it),
 * list columns a merchandiser scans and a default sort. Pure data and the one
 * packing rule; the glue merges it into Strapi's view configuration.
 */

export interface ViewLayout {
  /** Edit view sections in the order of the work; each starts a new row. Fields left out follow at the end. */
  readonly sections?: readonly (readonly string[])[];
  /** Never a form field: derived JSON and bookkeeping (the summary panel shows what matters of it). */
  readonly hidden?: readonly string[];
  /** The list view's columns, left to right. */
  readonly list?: readonly string[];
  readonly sort?: { readonly by: string; readonly order: 'ASC' | 'DESC' };
}

/** The one field every titled record hides from its form: the title is its heading. */
const TITLED = ['title'] as const;

export const VIEW_LAYOUTS: Record<string, ViewLayout> = {
  order: {
    sections: [
      ['poNumber', 'customer', 'style', 'merchandiser'],
      ['orderDate', 'exFactoryDate', 'materialIssueDate', 'shipMode'],
      ['season', 'market', 'channel', 'orderType'],
      ['fobPrice', 'currency', 'totalQuantity', 'lines'],
      ['toleranceUnderPct', 'toleranceOverPct', 'toleranceScope', 'prepackRatio'],
      ['requiresWashing', 'requiresPrintOrEmbroidery', 'stage'],
      ['notes', 'revisionReason', 'revisionApprovedBy'],
    ],
    hidden: ['stageDates', 'heldStage'],
    list: ['poNumber', 'customer', 'style', 'stage', 'exFactoryDate', 'totalQuantity', 'merchandiser'],
    sort: { by: 'exFactoryDate', order: 'ASC' },
  },
  'order-line': {
    sections: [['order', 'colour', 'size', 'quantity']],
    hidden: TITLED,
    list: ['title', 'order', 'colour', 'size', 'quantity'],
    sort: { by: 'createdAt', order: 'DESC' },
  },
  customer: {
    sections: [
      ['code', 'name', 'market', 'channel'],
      ['contacts'],
      ['toleranceUnderPct', 'toleranceOverPct', 'toleranceScope'],
      ['aqlLevel', 'aqlCritical', 'aqlMajor', 'aqlMinor', 'aqlKeepSampleSize', 'reducedInspectionAllowed'],
      ['shrinkageWovenPct', 'shrinkageKnitPct', 'fourPointPerRoll', 'fourPointLotAverage'],
      ['sampleFeePolicy', 'notes'],
    ],
    list: ['code', 'name', 'market', 'channel'],
    sort: { by: 'code', order: 'ASC' },
  },
  supplier: {
    sections: [['code', 'name', 'leadTimeDays'], ['kinds'], ['contacts']],
    list: ['code', 'name', 'leadTimeDays'],
    sort: { by: 'code', order: 'ASC' },
  },
  style: {
    sections: [['styleNo', 'customer', 'category', 'sizeScale'], ['description']],
    list: ['styleNo', 'customer', 'category', 'sizeScale'],
    sort: { by: 'styleNo', order: 'ASC' },
  },
  material: {
    sections: [
      ['code', 'name', 'kind', 'construction'],
      ['unit', 'widthCm', 'leadTimeDays', 'defaultSupplier'],
    ],
    list: ['code', 'name', 'kind', 'unit', 'defaultSupplier'],
    sort: { by: 'code', order: 'ASC' },
  },
  'purchase-order': {
    sections: [
      ['poNumber', 'supplier', 'status'],
      ['orderedAt', 'supplierConfirmedDate', 'supplierShipDate'],
      ['lines'],
      ['expediting'],
      ['notes'],
    ],
    list: ['poNumber', 'supplier', 'status', 'orderedAt', 'supplierConfirmedDate', 'supplierShipDate'],
    sort: { by: 'orderedAt', order: 'DESC' },
  },
  'purchase-order-line': {
    sections: [
      ['purchaseOrder', 'order', 'material'],
      ['quantity', 'unitPrice', 'shippedQuantity'],
      ['dueDate', 'supplierConfirmedDate', 'supplierShipDate'],
      ['flaggedForReview', 'flagReason'],
    ],
    hidden: TITLED,
    list: ['title', 'material', 'quantity', 'dueDate', 'supplierConfirmedDate', 'shippedQuantity'],
    sort: { by: 'dueDate', order: 'ASC' },
  },
  'material-receipt': {
    sections: [
      ['purchaseOrderLine', 'material', 'order'],
      ['receivedAt', 'quantity', 'rolls', 'lots', 'overReceiptApproved'],
      ['inspectedAt', 'shrinkageLengthPct', 'shrinkageWidthPct', 'measuredWidthCm', 'measuredConsumption'],
      ['fourPoint'],
      ['result', 'fourPointLotAverage', 'fourPointLotAveragePer100SqM', 'passedQuantity'],
      ['qcRejectReason', 'conditionalAcceptance', 'conditionalReason'],
      ['rejectedQuantity', 'returnedAt', 'returnNote'],
      ['cuttingApproved', 'tradeSignedOff'],
    ],
    hidden: [...TITLED, 'findings', 'findingsZh'],
    list: ['title', 'order', 'receivedAt', 'quantity', 'result', 'passedQuantity', 'cuttingApproved'],
    sort: { by: 'receivedAt', order: 'DESC' },
  },
  'material-issue': {
    sections: [
      ['order', 'issuedAt', 'preIssue'],
      ['lines'],
      ['preIssueApprovedBy', 'preIssueConfirmation'],
      ['supplementRequest', 'notes'],
    ],
    hidden: TITLED,
    list: ['title', 'order', 'issuedAt', 'preIssue'],
    sort: { by: 'issuedAt', order: 'DESC' },
  },
  'supplement-request': {
    sections: [
      ['order', 'material', 'quantity'],
      ['reason'],
      ['supervisorApprovedBy', 'tradeConfirmedBy', 'status'],
      ['rejected', 'rejectionReason'],
    ],
    hidden: TITLED,
    list: ['title', 'order', 'material', 'quantity', 'status'],
    sort: { by: 'createdAt', order: 'DESC' },
  },
  'production-report': {
    sections: [
      ['date', 'line', 'order', 'operation'],
      ['goodQty', 'defectQty', 'workers'],
      ['note', 'correctionReason'],
    ],
    hidden: [...TITLED, 'corrections'],
    list: ['date', 'line', 'order', 'operation', 'goodQty', 'defectQty', 'workers'],
    sort: { by: 'date', order: 'DESC' },
  },
  'production-exception': {
    sections: [
      ['order', 'cause', 'impactDays', 'ownerDepartment'],
      ['description', 'action'],
      ['status', 'resolvedAt', 'newExFactoryDate', 'customerApprovedBy', 'appliedAt'],
    ],
    hidden: TITLED,
    list: ['title', 'order', 'cause', 'impactDays', 'ownerDepartment', 'status'],
    sort: { by: 'createdAt', order: 'DESC' },
  },
  'subcontract-job': {
    sections: [
      ['order', 'supplier', 'process', 'status'],
      ['qtySent', 'sentAt', 'dueDate'],
      ['qtyReceived', 'receivedAt', 'defects'],
      ['note'],
    ],
    hidden: TITLED,
    list: ['title', 'supplier', 'process', 'qtySent', 'qtyReceived', 'dueDate', 'status'],
    sort: { by: 'dueDate', order: 'ASC' },
  },
  'packing-list': {
    sections: [
      ['order', 'kind'],
      ['cartons'],
      ['totalCartons', 'totalPieces', 'totalCbm', 'totalNetKg', 'totalGrossKg', 'withinTolerance'],
      ['deviationApprovedBy', 'notes'],
    ],
    hidden: [...TITLED, 'quantities', 'comparison', 'outsideTolerance'],
    list: ['title', 'order', 'kind', 'totalCartons', 'totalPieces', 'withinTolerance'],
    sort: { by: 'createdAt', order: 'DESC' },
  },
  booking: {
    sections: [
      ['order', 'bookedAt', 'shipMode', 'cutoffDate'],
      ['forwarder', 'vesselOrFlight'],
      ['docSimulatedPackingList', 'docCartonData', 'docPurchaseOrder', 'docTechnicalData'],
      ['lateEntryRequested', 'lateEntryDate', 'lateEntryApprovedBy', 'lateEntryReason'],
    ],
    hidden: TITLED,
    list: ['title', 'order', 'shipMode', 'forwarder', 'cutoffDate'],
    sort: { by: 'cutoffDate', order: 'ASC' },
  },
  'final-inspection': {
    sections: [
      ['order', 'inspectedAt', 'inspector', 'lotSize'],
      ['level', 'severity', 'severityOverrideReason'],
      ['aqlCritical', 'aqlMajor', 'aqlMinor', 'cartonsPulled'],
      ['criticalFound', 'majorFound', 'minorFound', 'result'],
      ['codeLetter', 'sampleSize', 'planVariant'],
      ['criticalSampleSize', 'criticalAccept', 'criticalReject'],
      ['majorSampleSize', 'majorAccept', 'majorReject'],
      ['minorSampleSize', 'minorAccept', 'minorReject'],
      ['reinspectionOf', 'resubmitted', 'notes'],
    ],
    hidden: TITLED,
    list: ['title', 'order', 'inspectedAt', 'lotSize', 'sampleSize', 'result'],
    sort: { by: 'inspectedAt', order: 'DESC' },
  },
  'completion-report': {
    sections: [
      ['order', 'shippedAt', 'reportDate', 'dueDate'],
      ['shippedQuantity', 'withinTolerance', 'outsideToleranceReason'],
      ['planningSignedBy', 'tradeSignedBy', 'factoryManagerSignedBy', 'stockInSlipNo'],
      ['notes'],
    ],
    hidden: [...TITLED, 'outsideTolerance'],
    list: ['title', 'order', 'shippedAt', 'shippedQuantity', 'withinTolerance', 'dueDate'],
    sort: { by: 'shippedAt', order: 'DESC' },
  },
  sample: {
    sections: [
      ['customer', 'style', 'order', 'type'],
      ['itemNo', 'round', 'colour', 'status'],
      ['requestedAt', 'dueAt', 'sentAt', 'receivedAt'],
      ['materials', 'process', 'packaging'],
      ['courier', 'trackingNumber', 'freightTerms'],
      ['charged', 'chargeAmount', 'chargeCurrency'],
      ['feedbackAt', 'feedbackComments'],
      ['retainedLocation', 'photos', 'purchaseOrders', 'previousRound'],
    ],
    hidden: ['statusDates'],
    list: ['itemNo', 'customer', 'style', 'type', 'round', 'status', 'dueAt'],
    sort: { by: 'dueAt', order: 'ASC' },
  },
  complaint: {
    sections: [
      ['order', 'customer', 'receivedAt', 'category'],
      ['description', 'quantityAffected'],
      ['rootCause', 'countermeasure', 'prevention'],
      ['resolution', 'amount', 'discountPct', 'status', 'closedAt'],
    ],
    hidden: TITLED,
    list: ['title', 'customer', 'category', 'receivedAt', 'status'],
    sort: { by: 'receivedAt', order: 'DESC' },
  },
  'order-revision': {
    hidden: TITLED,
    list: ['title', 'order', 'reason', 'approvedBy', 'at'],
    sort: { by: 'at', order: 'DESC' },
  },
  'order-document': {
    hidden: TITLED,
    list: ['title', 'order', 'kind', 'version', 'status', 'issuedAt'],
    sort: { by: 'issuedAt', order: 'DESC' },
  },
  'order-history': {
    hidden: TITLED,
    list: ['title', 'order', 'kind', 'actorName', 'at'],
    sort: { by: 'at', order: 'DESC' },
  },
  signoff: {
    hidden: TITLED,
    list: ['title', 'order', 'stage', 'decision', 'actorName', 'at'],
    sort: { by: 'at', order: 'DESC' },
  },
  'rule-waiver': {
    hidden: TITLED,
    list: ['title', 'order', 'rule', 'actorName', 'at'],
    sort: { by: 'at', order: 'DESC' },
  },
  'backend-trim': {
    sections: [['order', 'item', 'requiredQty', 'receivedQty', 'checked']],
    hidden: TITLED,
    list: ['title', 'order', 'item', 'requiredQty', 'receivedQty', 'checked'],
  },
  'order-milestone': {
    hidden: TITLED,
    list: ['title', 'order', 'plannedDate', 'actualDate', 'critical'],
    sort: { by: 'plannedDate', order: 'ASC' },
  },
  notification: { list: ['title', 'type', 'order', 'dueDate', 'readAt'], sort: { by: 'runDate', order: 'DESC' } },
  'audit-entry': { list: ['subjectLabel', 'action', 'actorName', 'at'], sort: { by: 'at', order: 'DESC' } },
  'data-import': {
    sections: [
      ['kind', 'status', 'customer', 'fileName'],
      ['file', 'rows', 'fileSize', 'fileHash'],
      ['actorName', 'committedAt', 'committedBy', 'reason'],
      ['findings'],
      ['error'],
      ['summary'],
      ['result'],
      ['mapping'],
    ],
    hidden: ['title', 'actorType', 'actorId'],
    list: ['title', 'status', 'customer', 'actorName', 'committedAt'],
    sort: { by: 'createdAt', order: 'DESC' },
  },
  'import-mapping': {
    sections: [['customer', 'kind', 'usedAt', 'usedBy'], ['mapping']],
    hidden: TITLED,
    list: ['title', 'customer', 'kind', 'usedAt'],
    sort: { by: 'usedAt', order: 'DESC' },
  },
};

/** A field as the edit layout holds it: its name and its width out of 12. */
export interface LayoutCell {
  name: string;
  size: number;
}

const ROW = 12;

/**
 * The edit layout of a view: the sections in order, each starting a new row
 * and wrapping at 12 columns; the fields no section names follow in their
 * current order; hidden fields are left out. Widths come from the current
 * layout (an administrator's resizing survives) or the type's default.
 */
export function arrangeEditLayout(
  layout: ViewLayout,
  current: readonly (readonly LayoutCell[])[],
  editable: readonly string[],
  defaultSize: (field: string) => number
): LayoutCell[][] {
  const hidden = new Set(layout.hidden ?? []);
  const sizes = new Map(current.flat().map((cell) => [cell.name, cell.size]));
  const placed = new Set<string>();
  const rows: LayoutCell[][] = [];
  const place = (fields: readonly string[]) => {
    let row: LayoutCell[] = [];
    for (const name of fields) {
      if (placed.has(name) || hidden.has(name) || !editable.includes(name)) continue;
      const size = Math.min(sizes.get(name) ?? defaultSize(name), ROW);
      if (row.reduce((sum, cell) => sum + cell.size, 0) + size > ROW) {
        rows.push(row);
        row = [];
      }
      row.push({ name, size });
      placed.add(name);
    }
    if (row.length > 0) rows.push(row);
  };
  for (const section of layout.sections ?? []) place(section);
  const inCurrent = current.flat().map((cell) => cell.name);
  place([...inCurrent, ...editable.filter((name) => !inCurrent.includes(name))]);
  return rows;
}
