/** Applies a customer-approved delay to the order's ex-factory date, through an audited revision. */
export default {
  routes: [{ method: 'POST', path: '/production-exceptions/:documentId/apply-delay', handler: 'apply-delay.apply' }],
};
