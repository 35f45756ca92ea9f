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
} as const;

/** Webhook event sent on every stage change of an order. */
export const ORDER_STAGE_CHANGED = 'order.stage.changed';

export type GendanUid = (typeof UID)[keyof typeof UID];
