/**
 * The two portal roles of the users-permissions plugin and exactly what each
 * may call. Everything else stays closed; every allowed call is further
 * scoped to the user's own customer or supplier.
 */
/** What every portal account may do with itself: read its profile, change its password, log out. */
const ACCOUNT = [
  'plugin::users-permissions.user.me',
  'plugin::users-permissions.auth.changePassword',
  'plugin::users-permissions.auth.logout',
] as const;

export const PORTAL_ROLES = {
  customer: {
    type: 'customer-portal',
    name: 'Customer portal',
    description: 'Buyers: their own orders, samples and complaints.',
    actions: [
      'api::order.order.find',
      'api::order.order.findOne',
      'api::order.order-lines.find',
      'api::order.order-workflow.find',
      'api::order.order-time-and-action.find',
      'api::order.order-shipping.tolerance',
      'api::order.order-shipping.reconciliation',
      'api::sample.sample.find',
      'api::sample.sample.findOne',
      'api::sample.sample-flow.feedback',
      'api::complaint.complaint.find',
      'api::complaint.complaint.findOne',
      'api::complaint.complaint.create',
      ...ACCOUNT,
    ],
  },
  supplier: {
    type: 'supplier-portal',
    name: 'Supplier portal',
    description: 'Suppliers and subcontractors: their own purchase orders and subcontract jobs.',
    actions: [
      'api::purchase-order.purchase-order.find',
      'api::purchase-order.purchase-order.findOne',
      'api::purchase-order-line.purchase-order-line.find',
      'api::purchase-order-line.purchase-order-line.findOne',
      'api::purchase-order-line.purchase-order-line.update',
      'api::subcontract-job.subcontract-job.find',
      'api::subcontract-job.subcontract-job.findOne',
      'api::subcontract-job.subcontract-job.update',
      ...ACCOUNT,
    ],
  },
} as const;

export type PortalKind = keyof typeof PORTAL_ROLES;

export const portalKindOfRole = (type: string | null | undefined): PortalKind | null =>
  type === PORTAL_ROLES.customer.type ? 'customer' : type === PORTAL_ROLES.supplier.type ? 'supplier' : null;
