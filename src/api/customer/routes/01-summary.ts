/** A customer's figures for a period (sales reports). */
export default {
  routes: [{ method: 'GET', path: '/customers/:documentId/summary', handler: 'summary.summary' }],
};
