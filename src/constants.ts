/** Content-type UIDs, in one place so that a rename touches one line. */
export const UID = {
  customer: 'api::customer.customer',
  supplier: 'api::supplier.supplier',
  sizeScale: 'api::size-scale.size-scale',
  style: 'api::style.style',
  order: 'api::order.order',
  orderLine: 'api::order-line.order-line',
  department: 'api::department.department',
  workflowStage: 'api::workflow-stage.workflow-stage',
  orderHistory: 'api::order-history.order-history',
  signoff: 'api::signoff.signoff',
  material: 'api::material.material',
  bomLine: 'api::bom-line.bom-line',
  purchaseOrder: 'api::purchase-order.purchase-order',
  purchaseOrderLine: 'api::purchase-order-line.purchase-order-line',
  materialReceipt: 'api::material-receipt.material-receipt',
  materialIssue: 'api::material-issue.material-issue',
  supplementRequest: 'api::supplement-request.supplement-request',
  qualitySetting: 'api::quality-setting.quality-setting',
  productionLine: 'api::production-line.production-line',
  productionReport: 'api::production-report.production-report',
  productionException: 'api::production-exception.production-exception',
  subcontractJob: 'api::subcontract-job.subcontract-job',
  orderRevision: 'api::order-revision.order-revision',
  productionSetting: 'api::production-setting.production-setting',
  toleranceRule: 'api::tolerance-rule.tolerance-rule',
  packingList: 'api::packing-list.packing-list',
  backendTrim: 'api::backend-trim.backend-trim',
  booking: 'api::booking.booking',
  finalInspection: 'api::final-inspection.final-inspection',
  completionReport: 'api::completion-report.completion-report',
  shippingSetting: 'api::shipping-setting.shipping-setting',
  sample: 'api::sample.sample',
  orderDocument: 'api::order-document.order-document',
  complaint: 'api::complaint.complaint',
} as const;

/** Webhook event sent on every stage change of an order. */
export const ORDER_STAGE_CHANGED = 'order.stage.changed';

export type GendanUid = (typeof UID)[keyof typeof UID];
