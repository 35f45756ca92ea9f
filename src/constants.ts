/** Content-type UIDs, in one place so that a rename touches one line. */
export const UID = {
  customer: 'api::customer.customer',
  supplier: 'api::supplier.supplier',
  sizeScale: 'api::size-scale.size-scale',
  style: 'api::style.style',
  order: 'api::order.order',
  orderLine: 'api::order-line.order-line',
} as const;

export type GendanUid = (typeof UID)[keyof typeof UID];
