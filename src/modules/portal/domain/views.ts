/**
 * What a portal user sees of each record: explicit allow-lists. Anything not
 * named here — internal notes, prices of other parties, exception texts,
 * other tenants' data — never leaves the server, whatever the query asks.
 */
type Row = Record<string, unknown>;

const pick = (row: Row | null | undefined, fields: readonly string[]) =>
  row ? Object.fromEntries(fields.filter((field) => field in row).map((field) => [field, row[field] ?? null])) : null;

export const ORDER_FIELDS = [
  'documentId',
  'poNumber',
  'season',
  'market',
  'channel',
  'orderDate',
  'exFactoryDate',
  'shipMode',
  'stage',
  'stageDates',
  'totalQuantity',
  'fobPrice',
  'currency',
] as const;
export const ORDER_FILTERABLE = [
  'poNumber',
  'season',
  'market',
  'orderDate',
  'exFactoryDate',
  'shipMode',
  'stage',
  'totalQuantity',
];

export interface OrderExtras {
  booking: Row | null;
  finalInspections: Row[];
}

export const orderView = (order: Row, extras: OrderExtras) => ({
  ...pick(order, ORDER_FIELDS),
  style: pick(order.style as Row, ['styleNo', 'description']),
  lines: ((order.lines as Row[] | null) ?? []).map((line) => pick(line, ['colour', 'size', 'quantity'])),
  booking: pick(extras.booking, ['bookedAt', 'shipMode', 'vesselOrFlight', 'cutoffDate', 'lateEntryDate']),
  finalInspections: extras.finalInspections.map((inspection) =>
    pick(inspection, [
      'inspectedAt',
      'result',
      'lotSize',
      'level',
      'aqlMajor',
      'aqlMinor',
      'sampleSize',
      'criticalFound',
      'majorFound',
      'minorFound',
    ])
  ),
});

export const SAMPLE_FIELDS = [
  'documentId',
  'type',
  'round',
  'status',
  'requestedAt',
  'dueAt',
  'itemNo',
  'materials',
  'colour',
  'packaging',
  'process',
  'sentAt',
  'receivedAt',
  'courier',
  'trackingNumber',
  'freightTerms',
  'charged',
  'chargeAmount',
  'chargeCurrency',
  'feedbackAt',
  'feedbackComments',
] as const;
export const SAMPLE_FILTERABLE = ['type', 'round', 'status', 'requestedAt', 'dueAt', 'itemNo', 'sentAt', 'receivedAt'];

export const sampleView = (sample: Row) => ({
  ...pick(sample, SAMPLE_FIELDS),
  style: pick(sample.style as Row, ['styleNo', 'description']),
  order: pick(sample.order as Row, ['documentId', 'poNumber']),
  photos: ((sample.photos as Row[] | null) ?? []).map((photo) =>
    pick(photo, ['url', 'name', 'alternativeText', 'width', 'height'])
  ),
});

export const COMPLAINT_FIELDS = [
  'documentId',
  'receivedAt',
  'category',
  'description',
  'quantityAffected',
  'status',
  'resolution',
  'amount',
  'discountPct',
  'countermeasure',
  'prevention',
  'closedAt',
] as const;
export const COMPLAINT_FILTERABLE = ['receivedAt', 'category', 'status', 'resolution', 'closedAt'];

export const complaintView = (complaint: Row) => ({
  ...pick(complaint, COMPLAINT_FIELDS),
  order: pick(complaint.order as Row, ['documentId', 'poNumber']),
});

const PO_LINE_FIELDS = [
  'documentId',
  'quantity',
  'unitPrice',
  'dueDate',
  'supplierConfirmedDate',
  'supplierShipDate',
  'shippedQuantity',
] as const;
export const PO_FIELDS = [
  'documentId',
  'poNumber',
  'status',
  'orderedAt',
  'supplierConfirmedDate',
  'supplierShipDate',
] as const;
export const PO_FILTERABLE = ['poNumber', 'status', 'orderedAt', 'supplierConfirmedDate', 'supplierShipDate'];
export const PO_LINE_FILTERABLE = ['dueDate', 'supplierConfirmedDate', 'supplierShipDate', 'quantity'];

const poLine = (line: Row) => ({
  ...pick(line, PO_LINE_FIELDS),
  material: pick(line.material as Row, ['code', 'name', 'unit']),
});

export const purchaseOrderView = (po: Row) => ({
  ...pick(po, PO_FIELDS),
  lines: ((po.lines as Row[] | null) ?? []).map(poLine),
});

export const purchaseOrderLineView = (line: Row) => ({
  ...poLine(line),
  purchaseOrder: pick(line.purchaseOrder as Row, ['documentId', 'poNumber', 'status']),
});

export const JOB_FIELDS = [
  'documentId',
  'process',
  'qtySent',
  'sentAt',
  'dueDate',
  'qtyReceived',
  'receivedAt',
  'defects',
  'status',
] as const;
export const JOB_FILTERABLE = ['process', 'sentAt', 'dueDate', 'receivedAt', 'status'];
export const subcontractJobView = (job: Row) => ({
  ...pick(job, JOB_FIELDS),
  order: pick(job.order as Row, ['poNumber']),
});

interface WorkflowStage extends Row {
  key: string;
}

/**
 * Where an order stands, for its buyer: the stages and their dates. The
 * factory's own machinery — transitions, sign-offs, history with names and
 * comments — stays inside.
 */
export const workflowView = (body: unknown) => {
  const data = ((body as { data?: Row } | null)?.data ?? {}) as Row;
  return {
    data: {
      order: pick(data.order as Row, ['documentId', 'poNumber']),
      stage: pick(data.stage as Row, ['key', 'name', 'nameZh', 'enteredAt']),
      heldStage: pick(data.heldStage as Row, ['key', 'name', 'nameZh']),
      stageDates: data.stageDates ?? {},
      stages: ((data.stages as WorkflowStage[] | null) ?? [])
        .filter((stage) => stage.kind === 'step' && stage.applies !== false)
        .map((stage) => pick(stage, ['key', 'name', 'nameZh', 'terminal'])),
    },
  };
};

/**
 * A buyer's view of an order's T&A: the milestones the template marks
 * customer-visible, with their planned, projected and actual dates and
 * status, and whether the order is at risk — never owners, slack, causes,
 * the template or the merchandiser.
 */
export const timeAndActionView = (body: unknown) => {
  const data = ((body as { data?: Row } | null)?.data ?? {}) as Row;
  return {
    data: {
      order: pick(data.order as Row, ['documentId', 'poNumber', 'exFactoryDate']),
      plannedExFactory: data.plannedExFactory ?? null,
      projectedExFactory: data.projectedExFactory ?? null,
      late: !!data.late,
      // The one at-risk answer, without its internal cause (a stalled line, an exception) or owner.
      risk: pick(data.risk as Row, ['atRisk', 'projectedReady', 'daysLate']),
      milestones: ((data.milestones as Row[] | null) ?? [])
        .filter((milestone) => milestone.customerVisible === true)
        .map((milestone) =>
          pick(milestone, ['key', 'name', 'nameZh', 'plannedDate', 'projectedDate', 'actualDate', 'status'])
        ),
    },
  };
};

/** What a portal user may write: a supplier confirms and ships its lines; a subcontractor reports pieces returned. */
export const WRITABLE = {
  'api::purchase-order-line.purchase-order-line': ['supplierConfirmedDate', 'supplierShipDate', 'shippedQuantity'],
  'api::subcontract-job.subcontract-job': ['qtyReceived', 'receivedAt', 'defects'],
  'api::complaint.complaint': ['order', 'category', 'description', 'quantityAffected'],
  // The account itself: users-permissions' change-password.
  'plugin::users-permissions.user': ['password'],
} as const;
