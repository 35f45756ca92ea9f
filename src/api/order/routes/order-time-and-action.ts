/** The Time & Action calendar of one order (T&A 跟单节点): read it projected, or (re-)plan it from its template. */
export default {
  routes: [
    { method: 'GET', path: '/orders/:documentId/time-and-action', handler: 'order-time-and-action.find' },
    { method: 'POST', path: '/orders/:documentId/time-and-action/plan', handler: 'order-time-and-action.plan' },
  ],
};
